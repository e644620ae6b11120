"""A real SMTP server on loopback (aiosmtpd), whose answers a test can script."""

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "sanshen-mailer", "s3cret-Pa55word!"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class ScriptedHandler:
    """Accepts mail, unless told to answer 4xx a number of times, refuse an address, or hang up."""

    received: list[EmailMessage] = field(default_factory=list)
    temporary_failures: int = 0
    refuse: set[str] = field(default_factory=set)
    hang_up_after: int | None = None
    logins: list[str] = field(default_factory=list)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.temporary_failures > 0:
            self.temporary_failures -= 1
            return "451 4.3.0 Temporary local problem, try later"
        if self.hang_up_after is not None and len(self.received) >= self.hang_up_after:
            server.transport.close()
            return "421 4.3.2 closing"
        message = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        self.received.append(message)  # type: ignore[arg-type]
        return "250 OK"


def authenticate(handler: ScriptedHandler):
    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER \
            and auth_data.password.decode() == PASSWORD
        if ok:
            handler.logins.append(USER)
        return AuthResult(success=ok)

    return check


@dataclass
class SmtpServer:
    handler: ScriptedHandler
    port: int


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    handler = ScriptedHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=authenticate(handler),
                            auth_require_tls=False)
    controller.start()
    yield SmtpServer(handler, port)
    controller.stop()
