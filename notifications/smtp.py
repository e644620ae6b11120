"""Delivering the outbox over SMTP with aiosmtplib: one connection per batch, each message sent at most once.

A run claims one message at a time, just before sending it. In one transaction it takes the next
due `pending` row (on PostgreSQL with FOR UPDATE SKIP LOCKED, so runs side by side never wait for
each other; on SQLite the write transaction serialises the claims), renders it, and marks it
`sending` with an UPDATE guarded by "still pending and due" whose row count is checked, so a row
that another run took first is skipped. The row is marked `sent` right after the server accepted it.

A failure before the message data went out (connection refused or dropped, MAIL or RCPT refused,
a 4xx answer) puts the message back with a backoff; a 5xx answer parks it with the server's
answer, and so does a message that cannot be rendered. A connection lost after the DATA command
without an answer may have delivered the message: it becomes `uncertain`, never sent again
automatically, and so does a message left `sending` by a worker that died, once its lease has run
out. The operator looks in the recipient's mailbox for its Message-ID and settles it
(`confirm_sent`) or sends it again (`requeue`). Credentials come from the environment (or a
Prefect Secret block, resolved by the flow) and are never logged or stored.
"""

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any

import aiosmtplib
from sqlalchemy import ColumnElement, Select, literal, or_, select, update
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.db import Database, is_postgres
from ..ledger.policystore import current_policy
from ..ledger.times import Clock, utc
from .render import render

OUTBOX = models.OutboxMessage.__table__
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2), timedelta(hours=6))
MAX_ATTEMPTS = 8
LEASE = timedelta(minutes=10)


class SmtpSettingsError(ValueError):
    """SMTP settings that cannot work: one sentence naming the variable at fault."""


@dataclass(frozen=True)
class SmtpConfig:
    host: str = "127.0.0.1"
    port: int = 25
    security: str = "none"  # none | starttls | tls
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "SmtpConfig":
        env = os.environ if environ is None else environ
        security = env.get("SANSHEN_SMTP_TLS", "none").strip().lower()
        if security not in ("none", "starttls", "tls"):
            raise SmtpSettingsError(f"SANSHEN_SMTP_TLS 只能是 none、starttls 或 tls，而不是 {security!r}")
        port = env.get("SANSHEN_SMTP_PORT", "25").strip()
        if not port.isascii() or not port.isdigit() or not 1 <= int(port) <= 65535:
            raise SmtpSettingsError(f"SANSHEN_SMTP_PORT 应为 1 到 65535 之间的端口号，而不是 {port!r}")
        return cls(host=env.get("SANSHEN_SMTP_HOST", "127.0.0.1"), port=int(port),
                   security=security, username=env.get("SANSHEN_SMTP_USER") or None,
                   password=env.get("SANSHEN_SMTP_PASSWORD") or None)


@dataclass
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    parked: int = 0
    uncertain: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Claim:
    """A message this run has taken: rendered and marked `sending`, or parked because it cannot be rendered."""

    id: int
    attempts: int
    message_id: str
    message: EmailMessage | None
    error: str | None = None


class _Client(aiosmtplib.SMTP):
    """An SMTP client that notes when the DATA command of a message was issued."""

    data_issued = False

    async def data(self, *args: Any, **kwargs: Any) -> aiosmtplib.SMTPResponse:
        self.data_issued = True
        return await super().data(*args, **kwargs)


def _is_due(now: datetime) -> ColumnElement[bool]:
    return (OUTBOX.c.status == "pending") & or_(OUTBOX.c.next_attempt_at.is_(None),
                                                OUTBOX.c.next_attempt_at <= utc(now))


def _due(db: Database, now: datetime, limit: int) -> Select[Any]:
    """The due messages, oldest first; on PostgreSQL locked, skipping those another run holds."""
    query = select(OUTBOX).where(_is_due(now)).order_by(OUTBOX.c.id).limit(limit)
    return query.with_for_update(skip_locked=True) if is_postgres(db.engine) else query


def expire_leases(db: Database, now: datetime) -> list[str]:
    """Messages left `sending` past their lease (their worker died) become `uncertain`, never resent; their Message-IDs."""
    note = literal("发送过程中断（进程退出）：可能已送达，请在收件箱中查找 Message-ID ") + OUTBOX.c.message_id
    expired = (OUTBOX.c.status == "sending") & (OUTBOX.c.next_attempt_at < utc(now))
    with db.transaction() as session:
        ids = session.execute(select(OUTBOX.c.message_id).where(expired)).scalars().all()
        if ids:
            session.execute(update(OUTBOX).where(expired).values(status="uncertain", last_error=note,
                                                                 next_attempt_at=None))
    return list(ids)


def claim_next(db: Database, now: datetime) -> Claim | None:
    """Take the next due message for this run; None when nothing is due."""
    while True:
        with db.transaction() as session:
            row = session.execute(_due(db, now, 1)).first()
            if row is None:
                return None
            claim = _claim(session, row, now)
        if claim is not None:
            return claim


def _claim(session: Session, row: Any, now: datetime) -> Claim | None:
    """Render the row, then mark it `sending` (or park it) if it is still due; None when another run took it."""
    claim = _rendered(row, now, current_policy(session, row.organisation_id)[1].templates)
    if claim.error is None:
        values = {"status": "sending", "attempts": claim.attempts, "next_attempt_at": utc(now + LEASE)}
    else:
        values = {"status": "parked", "attempts": claim.attempts, "next_attempt_at": None, "last_error": claim.error}
    taken = session.connection().execute(update(OUTBOX).where(OUTBOX.c.id == row.id, _is_due(now))
                                         .values(**values)).rowcount
    return claim if taken == 1 else None


def _rendered(row: Any, now: datetime, templates: Mapping[str, str] | None = None) -> Claim:
    """The claim of a row with its MIME message (in its organisation's templates), or why it cannot be rendered."""
    try:
        message = render_row(row, now, templates)
    except Exception as error:  # a broken template or stored values: this message alone cannot go
        return Claim(row.id, row.attempts + 1, row.message_id, None, f"无法生成邮件：{_describe(error)}")
    return Claim(row.id, row.attempts + 1, row.message_id, message)


def _has_due(db: Database, now: datetime) -> bool:
    with db.reading() as session:
        return session.execute(select(OUTBOX.c.id).where(_is_due(now)).limit(1)).first() is not None


async def deliver(db: Database, config: SmtpConfig, now: datetime, limit: int = 200,
                  clock: Callable[[], datetime] | None = None) -> DeliveryReport:
    """Send up to `limit` due messages over one SMTP connection; a dropped connection ends the batch.

    `clock`: the moment of each claim and outcome (default: `now` plus the time elapsed), so each message's
    lease runs from its own claim, however long the run.
    """
    report, clock = DeliveryReport(), clock or Clock(now)
    for message_id in expire_leases(db, now):
        _count(report, "uncertain", f"发送过程中断（进程退出）：可能已送达，请在收件箱中查找 Message-ID {message_id}")
    if not _has_due(db, now):
        return report
    client = _Client(hostname=config.host, port=config.port, timeout=config.timeout,
                     use_tls=config.security == "tls", start_tls=config.security == "starttls")
    try:
        await client.connect()
        if config.username:
            await client.login(config.username, config.password or "")
    except (aiosmtplib.SMTPException, OSError) as error:
        client.close()
        _postpone_due(db, now, limit, _describe(error), report)
        return report
    try:
        await _send_batch(client, db, clock, limit, report)
    finally:
        await _hang_up(client)
    return report


async def _send_batch(client: _Client, db: Database, clock: Callable[[], datetime], limit: int,
                      report: DeliveryReport) -> None:
    for _ in range(limit):
        claim = claim_next(db, clock())  # the lease runs from this message's claim, not from the run's start
        if claim is None:
            return
        if claim.message is None:
            _count(report, "parked", claim.error or "")
            continue
        if not await _send_one(client, db, claim, clock, report):
            return


async def _hang_up(client: _Client) -> None:
    if client.is_connected:
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError):
            client.close()


async def _send_one(client: _Client, db: Database, claim: Claim, clock: Callable[[], datetime],
                    report: DeliveryReport) -> bool:
    """Send one claimed message and record the outcome; False when the connection is gone and the batch must stop."""
    assert claim.message is not None
    client.data_issued = False
    try:
        await client.send_message(claim.message)
    except aiosmtplib.SMTPRecipientsRefused as refused:
        permanent = all(r.code >= 500 for r in refused.recipients)
        _failed(db, claim, clock(), _describe(refused), report, permanent)
        return True
    except aiosmtplib.SMTPResponseException as error:
        _failed(db, claim, clock(), _describe(error), report, error.code >= 500)
        return error.code != 421
    except (aiosmtplib.SMTPNotSupported, ValueError) as error:  # this message alone cannot go (e.g. no SMTPUTF8)
        _failed(db, claim, clock(), f"无法发送：{error}", report, permanent=True)
        return True
    except (aiosmtplib.SMTPException, OSError) as error:
        if client.data_issued:
            _unanswered(db, claim, _describe(error), report)
        else:
            _failed(db, claim, clock(), _describe(error), report, permanent=False)
        return False
    _settle(db, claim, status="sent", sent_at=utc(clock()), last_error=None, next_attempt_at=None)
    report.sent += 1
    return True


def _settle(db: Database, claim: Claim, **values: Any) -> None:
    """Record the outcome of a message this run is sending (and nothing if someone changed it meanwhile)."""
    with db.transaction() as session:
        session.execute(update(OUTBOX).where(OUTBOX.c.id == claim.id, OUTBOX.c.status == "sending").values(**values))


def _after_failure(attempts: int, now: datetime, error: str, permanent: bool) -> dict[str, Any]:
    """The row's new values: back to `pending` with a backoff, or `parked` when permanent or out of attempts."""
    if permanent or attempts >= MAX_ATTEMPTS:
        return {"status": "parked", "attempts": attempts, "last_error": error, "next_attempt_at": None}
    wait = BACKOFF[min(attempts - 1, len(BACKOFF) - 1)]
    return {"status": "pending", "attempts": attempts, "last_error": error, "next_attempt_at": utc(now + wait)}


def _failed(db: Database, claim: Claim, now: datetime, error: str, report: DeliveryReport, permanent: bool) -> None:
    values = _after_failure(claim.attempts, now, error, permanent)
    _settle(db, claim, **values)
    _count(report, "parked" if values["status"] == "parked" else "retried", error)


def _unanswered(db: Database, claim: Claim, error: str, report: DeliveryReport) -> None:
    """The message went out but no answer came back: it may have arrived, so it is never resent automatically."""
    note = f"邮件内容已发出，但未收到服务器答复（{error}）：可能已送达，请在收件箱中查找 Message-ID {claim.message_id}"
    _settle(db, claim, status="uncertain", last_error=note, next_attempt_at=None)
    _count(report, "uncertain", note)


def _postpone_due(db: Database, now: datetime, limit: int, error: str, report: DeliveryReport) -> None:
    """No connection: each due message waits for its next try (or is parked after its last one)."""
    with db.transaction() as session:
        for row in session.execute(_due(db, now, limit)).all():
            values = _after_failure(row.attempts + 1, now, error, permanent=False)
            if session.execute(update(OUTBOX).where(OUTBOX.c.id == row.id, _is_due(now)).values(**values)).rowcount:
                _count(report, "parked" if values["status"] == "parked" else "retried", error)


def _count(report: DeliveryReport, outcome: str, error: str) -> None:
    setattr(report, outcome, getattr(report, outcome) + 1)
    report.errors.append(error)


def _describe(error: BaseException) -> str:
    """The server's answer or the connection error, without anything the client sent (no credentials)."""
    if isinstance(error, aiosmtplib.SMTPRecipientsRefused):
        return "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in error.recipients)
    if isinstance(error, aiosmtplib.SMTPResponseException):
        return f"{error.code} {error.message}"
    return f"{type(error).__name__}: {error}"


def render_row(row: Any, now: datetime, templates: Mapping[str, str] | None = None) -> EmailMessage:
    """The MIME message of an outbox row, in its organisation's templates (None: the package's)."""
    values = json.loads(row.message)
    return render(row.kind, values, to=row.address, sender=values["sender"], message_id=row.message_id,
                  now=datetime.fromisoformat(values.get("written_at") or now.isoformat()), templates=templates)


STATUS_NAMES = {"pending": "待发送", "sending": "发送中", "sent": "已发送", "uncertain": "状态不明",
                "parked": "已搁置", "digest": "待并入汇总", "digested": "已并入汇总"}
