"""Delivering the outbox over SMTP with aiosmtplib: one connection per batch, exactly-once by design.

Each message goes through three committed states: `pending` → `sending` (committed before the
SMTP transaction starts) → `sent` (committed right after the server accepted it). A worker that
dies in between leaves at most one message in `sending`; such a message is never sent again
automatically: once its lease runs out it is parked as `uncertain` for the operator, who can see
from the recipient's mailbox (same Message-ID) whether it arrived. So a crash can delay one
message per worker but never send one twice.

Temporary failures (connection refused or dropped, 4xx) put the message back with a backoff;
permanent ones (5xx for the recipient) park it with the server's answer. Credentials come from
the environment (or a Prefect Secret block, resolved by the flow) and are never logged or stored.
"""

import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import aiosmtplib
from sqlalchemy import or_, select, update

from ..ledger import models
from ..ledger.db import Database
from ..ledger.times import utc
from .render import render

OUTBOX = models.OutboxMessage.__table__
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2), timedelta(hours=6))
MAX_ATTEMPTS = 8
LEASE = timedelta(minutes=10)


@dataclass(frozen=True)
class SmtpConfig:
    host: str = "127.0.0.1"
    port: int = 25
    security: str = "none"  # none | starttls | tls
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "SmtpConfig":
        env = os.environ if environ is None else environ
        security = env.get("SANSHEN_SMTP_TLS", "none").lower()
        if security not in ("none", "starttls", "tls"):
            raise ValueError("SANSHEN_SMTP_TLS 只能是 none、starttls 或 tls")
        return cls(host=env.get("SANSHEN_SMTP_HOST", "127.0.0.1"), port=int(env.get("SANSHEN_SMTP_PORT", "25")),
                   security=security, username=env.get("SANSHEN_SMTP_USER") or None,
                   password=env.get("SANSHEN_SMTP_PASSWORD") or None)


@dataclass
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    parked: int = 0
    errors: list[str] = field(default_factory=list)


def due_messages(db: Database, now: datetime, limit: int) -> list[Any]:
    """Pending messages whose next attempt is due, oldest first; parks stale `sending` ones as uncertain."""
    with db.transaction() as session:
        session.execute(update(OUTBOX).where(OUTBOX.c.status == "sending", OUTBOX.c.next_attempt_at < utc(now))
                        .values(status="uncertain", last_error="发送过程中断：可能已送达，请核对收件箱（Message-ID 相同）"))
        ready = or_(OUTBOX.c.next_attempt_at.is_(None), OUTBOX.c.next_attempt_at <= utc(now))
        return list(session.execute(select(OUTBOX).where(OUTBOX.c.status == "pending", ready)
                                    .order_by(OUTBOX.c.id).limit(limit)).all())


def _mark(db: Database, message_id: int, **values: Any) -> None:
    with db.transaction() as session:
        session.execute(update(OUTBOX).where(OUTBOX.c.id == message_id).values(**values))


async def deliver(db: Database, config: SmtpConfig, now: datetime, limit: int = 200) -> DeliveryReport:
    """Send the due messages over one SMTP connection; a dropped connection ends the batch."""
    report = DeliveryReport()
    rows = due_messages(db, now, limit)
    if not rows:
        return report
    client = aiosmtplib.SMTP(hostname=config.host, port=config.port, timeout=config.timeout,
                             use_tls=config.security == "tls", start_tls=config.security == "starttls")
    try:
        await client.connect()
        if config.username:
            await client.login(config.username, config.password or "")
    except (aiosmtplib.SMTPException, OSError) as error:
        client.close()
        for row in rows:
            _retry(db, row, now, _describe(error), report)
        return report
    try:
        for row in rows:
            if not await _send_one(client, db, row, now, report):
                break
    finally:
        if client.is_connected:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError):
                client.close()
    return report


async def _send_one(client: aiosmtplib.SMTP, db: Database, row: Any, now: datetime, report: DeliveryReport) -> bool:
    """Send one message; False when the connection is gone and the batch must stop."""
    _mark(db, row.id, status="sending", attempts=row.attempts + 1, next_attempt_at=utc(now + LEASE))
    message = render_row(row, now)
    try:
        await client.send_message(message)
    except aiosmtplib.SMTPRecipientsRefused as refused:
        codes = [r.code for r in refused.recipients]
        if all(code >= 500 for code in codes):
            _park(db, row, _describe(refused), report)
        else:
            _retry(db, row, now, _describe(refused), report)
        return True
    except aiosmtplib.SMTPResponseException as error:
        if error.code >= 500:
            _park(db, row, _describe(error), report)
            return True
        _retry(db, row, now, _describe(error), report)
        return error.code not in (421,)
    except (aiosmtplib.SMTPException, OSError) as error:
        _retry(db, row, now, _describe(error), report)
        return False
    _mark(db, row.id, status="sent", sent_at=utc(now), last_error=None, next_attempt_at=None)
    report.sent += 1
    return True


def _retry(db: Database, row: Any, now: datetime, error: str, report: DeliveryReport) -> None:
    attempts = row.attempts + 1
    if attempts >= MAX_ATTEMPTS:
        _park(db, row, error, report)
        return
    wait = BACKOFF[min(attempts - 1, len(BACKOFF) - 1)]
    _mark(db, row.id, status="pending", attempts=attempts, last_error=error, next_attempt_at=utc(now + wait))
    report.retried += 1
    report.errors.append(error)


def _park(db: Database, row: Any, error: str, report: DeliveryReport) -> None:
    _mark(db, row.id, status="parked", attempts=row.attempts + 1, last_error=error, next_attempt_at=None)
    report.parked += 1
    report.errors.append(error)


def _describe(error: BaseException) -> str:
    """The server's answer or the connection error, without anything the client sent (no credentials)."""
    if isinstance(error, aiosmtplib.SMTPRecipientsRefused):
        return "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in error.recipients)
    if isinstance(error, aiosmtplib.SMTPResponseException):
        return f"{error.code} {error.message}"
    return f"{type(error).__name__}: {error}"


def render_row(row: Any, now: datetime) -> Any:
    """The MIME message of an outbox row."""
    values = json.loads(row.message)
    return render(row.kind, values, to=row.address, sender=values["sender"], message_id=row.message_id,
                  now=datetime.fromisoformat(values.get("written_at") or now.isoformat()))
