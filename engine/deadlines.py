"""The deadline sweep: reminders before a task's deadline, escalation after it, the daily digests.

One transaction per sweep; each notice is recorded on its task (`reminders_sent`) and keyed in the
outbox, so running the sweep twice sends nothing twice. The sweep reads only the tasks whose next
notice has come (engine/reminder_sweep.py) and writes in batches (engine/digests.py for the digests).
"""

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text, union_all
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.db import Database, is_postgres
from ..ledger.policystore import current_policy, policy_at
from ..policies.calendar import WorkingCalendar
from ..policies.config import Policy
from ..policies.deadlines import Lateness, lateness
from ..policies.scope import Scope
from ..states import stage_name
from .digests import write_digests
from .org_scope import within
from .reminder_sweep import remind

TASKS, ITEMS, OUTBOX = models.ReviewTask.__table__, models.Item.__table__, models.OutboxMessage.__table__
ONE_SWEEP_AT_A_TIME = text("SELECT pg_advisory_xact_lock(7301)")  # SQLite's writers queue anyway


def sweep(db: Database, now: datetime) -> dict[str, int]:
    """Write the reminders, escalations and digests due at `now`; returns how many of each were written.

    One transaction; sweeps run one at a time, and a second sweep at the same moment finds nothing due.
    """
    with db.transaction() as session:
        if is_postgres(session.get_bind()):  # type: ignore[arg-type]
            session.execute(ONE_SWEEP_AT_A_TIME)
        policy_of = PoliciesInForce(session)
        counts = remind(session, policy_of, now)
        counts["digest"] += write_digests(session, policy_of, now)
    return {kind: n for kind, n in counts.items() if n}


class PoliciesInForce:
    """Each organisation's policy in force, parsed when first asked for (a sweep may touch few of thousands)."""

    def __init__(self, session: Session):
        self.session = session
        self.versions: dict[int, int] = dict(session.execute(
            select(models.PolicyVersion.organisation_id, func.max(models.PolicyVersion.id))
            .group_by(models.PolicyVersion.organisation_id)).all())

    def __call__(self, organisation: int) -> Policy:
        return policy_at(self.session, self.versions[organisation])


def overdue(session: Session, now: datetime, limit: int | None = 100,
            scope: Scope | None = None) -> list[dict[str, Any]]:
    """Tasks of the scope past their deadline, the most overdue first (the first `limit`), with how late they are.

    The database keeps only tasks due before now (read with a margin of the widest UTC offset, since
    stored moments carry their own) in deadline order; the exact moment is compared here.
    """
    margin = (now.astimezone(UTC) + timedelta(hours=14)).replace(tzinfo=None).isoformat()
    late = []
    for task in session.execute(_due_before(margin, None if limit is None else limit + OVERDUE_SLACK, scope)).all():
        due = datetime.fromisoformat(task.due_at)
        if due < now:
            late.append((due, task))
    late.sort(key=lambda pair: (pair[0], pair[1].due_at))  # the earliest deadline is the most office time late
    calendars: dict[int, WorkingCalendar] = {}  # each task late by its own organisation's calendar
    for _, task in late[:limit]:
        if task.organisation_id not in calendars:
            calendars[task.organisation_id] = current_policy(session, task.organisation_id)[1].working_calendar
    return [_overdue_row(task, lateness(due, now, calendars[task.organisation_id])) for due, task in late[:limit]]


def _due_before(margin: str, limit: int | None, scope: Scope | None) -> Any:
    """The scope's open and claimed tasks due before `margin`, by deadline: one ordered index scan per status, merged."""
    parts = [select(TASKS, ITEMS.c.title, ITEMS.c.drafter, ITEMS.c.department_id)
             .join(ITEMS, ITEMS.c.id == TASKS.c.item_id)
             .where(within(scope, TASKS.c.organisation_id), TASKS.c.status == status, TASKS.c.due_at < margin)
             .order_by(TASKS.c.due_at, TASKS.c.id).limit(limit).subquery() for status in ("open", "claimed")]
    merged = union_all(*[select(part) for part in parts]).subquery()
    return select(merged).order_by(merged.c.due_at, merged.c.id).limit(limit)


OVERDUE_SLACK = 50  # tasks read beyond the limit: those the margin lets in that are not late yet


def _overdue_row(task: Any, late: Lateness) -> dict[str, Any]:
    """One late task as `overdue` lists it (and `--json` gives it)."""
    return {"item_id": task.item_id, "title": task.title, "stage": task.stage, "stage_name": stage_name(task.stage),
            "due_at": task.due_at, "due_note": task.due_note, "holder": task.assignee,
            "working_days_late": late.working_days, "hours_late": late.hours, "late": late.described(),
            "late_note": late.note()}

