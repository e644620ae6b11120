"""The operator's hand on the outbox: requeue a parked or uncertain message, or record one as sent."""

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.db import Database
from ..ledger.times import utc
from ..notifications.smtp import OUTBOX, STATUS_NAMES
from ..policies.scope import Scope
from .errors import CommandError, NotFound, a_row_id
from .org_scope import within


def requeue(db: Database, message_id: int, scope: Scope | None = None) -> None:
    """Put a parked or uncertain message back in the queue, due at once, with its attempts counted afresh."""
    _operator_change(db, message_id, scope, ("parked", "uncertain"), "重新发送",
                     status="pending", attempts=0, next_attempt_at=None, last_error=None)


def confirm_sent(db: Database, message_id: int, now: datetime, scope: Scope | None = None) -> None:
    """Record as sent an uncertain message that the operator found in the recipient's mailbox."""
    _operator_change(db, message_id, scope, ("uncertain",), "记为已送达",
                     status="sent", sent_at=utc(now), next_attempt_at=None, last_error=None)


def _operator_change(db: Database, message_id: int, scope: Scope | None, allowed: tuple[str, ...], action: str,
                     **values: Any) -> None:
    """Change a message of the scope's organisations that is in one of the allowed states; otherwise say why.

    Another organisation's message answers exactly as one that does not exist.
    """
    if not a_row_id(message_id):
        raise NotFound(f"找不到通知 {message_id}")
    with db.transaction() as session:
        status = session.execute(select(OUTBOX.c.status).where(
            OUTBOX.c.id == message_id, within(scope, OUTBOX.c.organisation_id))).scalar_one_or_none()
        if status is None:
            raise NotFound(f"找不到通知 {message_id}")
        changed = session.execute(update(OUTBOX).where(OUTBOX.c.id == message_id, OUTBOX.c.status.in_(allowed))
                                  .values(**values)).rowcount
        if changed != 1:
            names = "或".join(f"“{STATUS_NAMES[s]}”" for s in allowed)
            raise CommandError(f"通知 {message_id} 的状态是“{STATUS_NAMES.get(status, status)}”，不能{action}："
                               f"只有{names}的通知可以")


def requeue_parked(db: Database, since: datetime | None = None, scope: Scope | None = None) -> list[int]:
    """Put every parked message of the scope's organisations (written at or after `since`, if given) back in the
    queue, due at once; their ids."""
    with db.transaction() as session:
        rows = session.execute(select(OUTBOX.c.id, OUTBOX.c.created_at).where(
            OUTBOX.c.status == "parked", within(scope, OUTBOX.c.organisation_id)).order_by(OUTBOX.c.id)).all()
        ids = [r.id for r in rows if since is None or datetime.fromisoformat(r.created_at) >= since]
        for start in range(0, len(ids), 500):
            session.execute(update(OUTBOX).where(OUTBOX.c.id.in_(ids[start:start + 500]), OUTBOX.c.status == "parked")
                            .values(status="pending", attempts=0, next_attempt_at=None, last_error=None))
    return ids


def undelivered(session: Session, scope: Scope | None = None) -> list[dict[str, Any]]:
    """Notifications of the scope's organisations not yet delivered (pending, sending, uncertain or parked), with
    the server's answer and the organisation's code."""
    organisations = models.Organisation.__table__
    rows = session.execute(select(OUTBOX.c.id, organisations.c.code.label("organisation"), OUTBOX.c.status,
                                  OUTBOX.c.address, OUTBOX.c.subject, OUTBOX.c.message_id, OUTBOX.c.attempts,
                                  OUTBOX.c.last_error, OUTBOX.c.next_attempt_at)
                           .join(organisations, organisations.c.id == OUTBOX.c.organisation_id)
                           .where(OUTBOX.c.status.in_(("pending", "sending", "uncertain", "parked")),
                                  within(scope, OUTBOX.c.organisation_id))
                           .order_by(OUTBOX.c.id)).all()
    return [dict(r._mapping) for r in rows]


def message_organisations(session: Session, message_ids: list[str]) -> dict[str, int]:
    """The organisation of each of these Message-IDs that the outbox wrote (a received mail's organisation)."""
    found: dict[str, int] = {}
    for start in range(0, len(message_ids), 500):
        chunk = message_ids[start:start + 500]
        found.update(session.execute(select(OUTBOX.c.message_id, OUTBOX.c.organisation_id)
                                     .where(OUTBOX.c.message_id.in_(chunk))).all())
    return found


def mails_in_scope(session: Session, mails: list[Any], scope: Scope) -> list[tuple[Any, str | None]]:
    """The received mails the scope sees, each with its organisation's code (by its Message-ID in the outbox)."""
    owners = message_organisations(session, [m.message_id for m in mails])
    codes = {row.id: row.code for row in session.execute(select(models.Organisation.id, models.Organisation.code))}
    return [(m, codes.get(owners[m.message_id]) if m.message_id in owners else None) for m in mails
            if scope.everything or owners.get(m.message_id) == scope.organisation_id]
