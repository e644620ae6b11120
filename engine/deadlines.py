"""The deadline sweep: reminders before a task's deadline, escalation after it, the daily digests.

One transaction per sweep; each notice is recorded on its task (`reminders_sent`) and keyed in the
outbox, so running the sweep twice sends nothing twice.
"""

import json
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, union_all, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.db import Database, is_postgres
from ..ledger.installation import with_installation
from ..ledger.policystore import current_policy, policies_in_force
from ..ledger.replay import fold
from ..notifications.outbox import digest_context, digest_entry, eligible, notice_context, outbox_row
from ..policies.calendar import WorkingCalendar
from ..policies.config import Notify, Policy
from ..policies.deadlines import ESCALATION, Lateness, due_notices, lateness
from ..policies.rules import ItemRules
from ..policies.scope import Scope
from ..states import stage_name
from .org_scope import within
from .unit import FOLDED_COLUMNS

TASKS, ITEMS, OUTBOX = models.ReviewTask.__table__, models.Item.__table__, models.OutboxMessage.__table__
EVENTS = models.Event.__table__
OPEN_TASKS = (select(TASKS, ITEMS.c.title, ITEMS.c.drafter, ITEMS.c.department_id)
              .join(ITEMS, ITEMS.c.id == TASKS.c.item_id)
              .where(TASKS.c.status.in_(("open", "claimed")), TASKS.c.due_at.is_not(None)).order_by(TASKS.c.id))


def sweep(db: Database, now: datetime) -> dict[str, int]:
    """Write the reminders, escalations and digests due at `now`; returns how many of each were written."""
    counts: dict[str, int] = defaultdict(int)
    with db.transaction() as session:
        for organisation, _, policy in policies_in_force(session):
            _sweep_organisation(session, organisation, policy, now, counts)
    return {kind: n for kind, n in counts.items() if n}


def _sweep_organisation(session: Session, organisation: int, policy: Policy, now: datetime,
                        counts: dict[str, int]) -> None:
    """One organisation's tasks, by its own rules, and its people's digests."""
    for task in session.execute(OPEN_TASKS.where(TASKS.c.organisation_id == organisation)).all():
        already = set(json.loads(task.reminders_sent or "[]"))
        notices = due_notices(datetime.fromisoformat(task.created_at), datetime.fromisoformat(task.due_at),
                              now, policy.reminders, already, policy.working_calendar)
        for notice in notices.send:
            counts[notice.split("_")[0]] += _notify(session, policy, task, notice, now)
        if notices.settled - already:
            session.execute(update(TASKS).where(TASKS.c.id == task.id)
                            .values(reminders_sent=json.dumps(sorted(already | notices.settled))))
    counts["digest"] += _digests(session, organisation, policy, now)


def _notify(session: Session, policy: Policy, task: Any, notice: str, now: datetime) -> int:
    """Reminders go to the holder (or every candidate); an escalation to the role above the stage."""
    holder = policy.person(task.assignee) if task.assignee else None
    if notice == ESCALATION:
        role = policy.reminders.escalate_to.get(task.stage, policy.reminders.escalate_default)
        people = [p for p in policy.people if role in p.roles] + ([holder] if holder else [])
        late = _late_clause(lateness(datetime.fromisoformat(task.due_at), now, policy.working_calendar))
    else:
        people = [holder] if holder else eligible(policy, task.stage, task, _acted(session, task.item_id, policy, task))
        late = ""
    context = notice_context(policy, task.item_id, task.title, task.stage, task.due_at, task.due_note,
                             holder.name if holder else "尚未认领", late)
    kind = ESCALATION if notice == ESCALATION else "reminder"
    return insert_new(session, [outbox_row(policy, kind, person, task.item_id,
                                        f"{task.item_id}:task{task.id}:{notice}:{person.username}", context, now,
                                        organisation_id=task.organisation_id)
                             for person in people])


def _late_clause(late: Lateness) -> str:
    """How late, as the escalation says it: `，已逾期 1 个工作日 3 小时`, with the estimate's warning if any."""
    note = late.note()
    return f"，已{late.described()}" + (f"（{note}）" if note else "")


def _acted(session: Session, item_id: int, policy: Policy, task: Any) -> dict[str, set[str]]:
    events = session.execute(select(*FOLDED_COLUMNS).where(EVENTS.c.item_id == item_id)
                             .order_by(EVENTS.c.seq)).all()
    return fold(ItemRules(policy, task.drafter, task.department_id, {}), events).acted


def insert_new(session: Session, rows: list[dict[str, Any] | None]) -> int:
    """Insert the rows whose key is new; returns how many were new."""
    written = 0
    dialect_insert = pg_insert if is_postgres_session(session) else sqlite_insert
    for row in with_installation(session, rows):
        if row is not None:
            inserted = session.execute(dialect_insert(OUTBOX).values(**row)
                                       .on_conflict_do_nothing(index_elements=["key"]).returning(OUTBOX.c.id))
            written += len(inserted.all())
    return written


def is_postgres_session(session: Session) -> bool:
    return is_postgres(session.get_bind())  # type: ignore[arg-type]


def _digests(session: Session, organisation: int, policy: Policy, now: datetime) -> int:
    """After the digest hour, one message a day per person; what is held after today's waits for tomorrow's."""
    if now.hour < policy.reminders.digest_hour:
        return 0
    held = session.execute(select(OUTBOX.c.id, OUTBOX.c.recipient, OUTBOX.c.kind, OUTBOX.c.subject, OUTBOX.c.message)
                           .where(OUTBOX.c.status == "digest", OUTBOX.c.organisation_id == organisation)
                           .order_by(OUTBOX.c.id)).all()
    by_person: dict[str, list[Any]] = defaultdict(list)
    for row in held:
        by_person[row.recipient].append(row)
    day, written = now.date().isoformat(), 0
    for username, rows in by_person.items():
        person = policy.person(username)
        if person is None:
            continue
        entries = [digest_entry(r.kind, r.subject, json.loads(r.message)) for r in rows]
        digest_person = person.model_copy(update={"notify": Notify.immediate})
        key = f"digest:{username}:{day}" if organisation == 1 else f"digest:{organisation}:{username}:{day}"
        row = outbox_row(policy, "digest", digest_person, None, key, digest_context(policy, day, entries), now,
                         organisation_id=organisation)
        new = insert_new(session, [row])
        if new or row is None:
            session.execute(update(OUTBOX).where(OUTBOX.c.id.in_([r.id for r in rows])).values(status="digested"))
        written += new
    return written


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

