"""The operator's hand on the outbox: requeue a parked or uncertain message, or record one as sent."""

from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from ..ledger.db import Database
from ..ledger.times import utc
from ..notifications.smtp import OUTBOX, STATUS_NAMES
from .errors import CommandError, NotFound, a_row_id


def requeue(db: Database, message_id: int) -> None:
    """Put a parked or uncertain message back in the queue, due at once, with its attempts counted afresh."""
    _operator_change(db, message_id, ("parked", "uncertain"), "重新发送",
                     status="pending", attempts=0, next_attempt_at=None, last_error=None)


def confirm_sent(db: Database, message_id: int, now: datetime) -> None:
    """Record as sent an uncertain message that the operator found in the recipient's mailbox."""
    _operator_change(db, message_id, ("uncertain",), "记为已送达",
                     status="sent", sent_at=utc(now), next_attempt_at=None, last_error=None)


def _operator_change(db: Database, message_id: int, allowed: tuple[str, ...], action: str, **values: Any) -> None:
    """Change a message that is in one of the allowed states; otherwise change nothing and say why."""
    if not a_row_id(message_id):
        raise NotFound(f"找不到通知 {message_id}")
    with db.transaction() as session:
        status = session.execute(select(OUTBOX.c.status).where(OUTBOX.c.id == message_id)).scalar_one_or_none()
        if status is None:
            raise NotFound(f"找不到通知 {message_id}")
        changed = session.execute(update(OUTBOX).where(OUTBOX.c.id == message_id, OUTBOX.c.status.in_(allowed))
                                  .values(**values)).rowcount
        if changed != 1:
            names = "或".join(f"“{STATUS_NAMES[s]}”" for s in allowed)
            raise CommandError(f"通知 {message_id} 的状态是“{STATUS_NAMES.get(status, status)}”，不能{action}："
                               f"只有{names}的通知可以")
