"""Delivery over STARTTLS and implicit TLS with login, to a real SMTP server with a certificate made here."""

import asyncio
import base64
import ipaddress
import logging
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import select

from sanshen.engine.handlers import Engine
from sanshen.ledger import models
from sanshen.notifications.smtp import DeliveryReport, SmtpConfig, deliver
from tests.helpers import submit
from tests.notifications.conftest import PASSWORD, USER, ScriptedHandler, SmtpServer, authenticate, free_port

OUTBOX = models.OutboxMessage
SECRETS = (PASSWORD, base64.b64encode(PASSWORD.encode()).decode(),
           base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode())  # as typed, as AUTH LOGIN, as AUTH PLAIN


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sanshen test SMTP")])
    start = datetime.now(UTC) - timedelta(hours=1)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(start + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_file, key_file = folder / "smtp.crt", folder / "smtp.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.fixture(params=["starttls", "tls"])
def tls_server(request: pytest.FixtureRequest, certificate: tuple[Path, Path]) -> Iterator[tuple[str, SmtpServer]]:
    """A server that takes mail and logins only encrypted: after STARTTLS, or over TLS from the first byte."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    handler, port = ScriptedHandler(), free_port()
    if request.param == "starttls":
        tls = {"tls_context": context, "require_starttls": True, "auth_require_tls": True}
    else:
        tls = {"ssl_context": context, "auth_require_tls": False}  # aiosmtpd 1.4 sees TLS only after STARTTLS
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=authenticate(handler), **tls)
    controller.start()
    yield request.param, SmtpServer(handler, port)
    controller.stop()


def deliver_over(db, server: SmtpServer, security: str, now) -> DeliveryReport:
    config = SmtpConfig(host="127.0.0.1", port=server.port, security=security, username=USER, password=PASSWORD,
                        timeout=10)
    return asyncio.run(deliver(db, config, now))


def outbox_text(db) -> str:
    with db.transaction() as session:
        return repr(session.execute(select(OUTBOX.__table__)).all())


def leaked(*texts: str) -> list[str]:
    return [secret for secret in SECRETS for text in texts if secret in text]


def test_mail_goes_encrypted_after_login_and_the_password_appears_in_no_log_and_no_row(
        db, now, tls_server, certificate, monkeypatch, caplog):
    security, server = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # the client trusts it as it would a private CA
    caplog.set_level(logging.DEBUG)
    submit(Engine(db), now)
    report = deliver_over(db, server, security, now)
    assert report.sent == 2 and server.handler.logins == [USER]
    assert sorted(m["To"] for m in server.handler.received) == [
        "linfeng@kjj.qinghe.example", "songjia@kjj.qinghe.example"]
    assert server.handler.encrypted == [True, True]
    assert "AUTH" in caplog.text and leaked(caplog.text, outbox_text(db)) == []
    assert "'sent'" in outbox_text(db) and "'pending'" not in outbox_text(db)


def test_a_certificate_the_client_does_not_trust_stops_the_batch_before_login(db, now, tls_server, caplog):
    security, server = tls_server
    caplog.set_level(logging.DEBUG)
    submit(Engine(db), now)
    report = deliver_over(db, server, security, now)
    assert (report.sent, report.retried) == (0, 2) and any("CERTIFICATE_VERIFY_FAILED" in e for e in report.errors)
    assert server.handler.logins == [] and server.handler.received == []
    assert leaked(caplog.text, outbox_text(db), *report.errors) == []
