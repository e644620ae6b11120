"""The deadline sweep as it was before it became set-based: every open task of every organisation read,
each unclaimed task's candidates from a replay of its item's history, each notice its own statement.

Kept only as the reference the set-based sweep is compared with (test_sweep_at_scale.py).
"""

import json
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from sanshen.engine.unit import FOLDED_COLUMNS
from sanshen.ledger import models
from sanshen.ledger.installation import with_installation
from sanshen.ledger.policystore import policies_in_force
from sanshen.ledger.replay import fold
from sanshen.notifications.outbox import digest_context, digest_entry, eligible, notice_context, outbox_row
from sanshen.policies.config import Notify, Policy
from sanshen.policies.deadlines import ESCALATION, due_notices, lateness
from sanshen.policies.rules import ItemRules

TASKS, ITEMS, OUTBOX = models.ReviewTask.__table__, models.Item.__table__, models.OutboxMessage.__table__
EVENTS = models.Event.__table__
OPEN_TASKS = (select(TASKS, ITEMS.c.title, ITEMS.c.drafter, ITEMS.c.department_id)
              .join(ITEMS, ITEMS.c.id == TASKS.c.item_id)
              .where(TASKS.c.status.in_(("open", "claimed")), TASKS.c.due_at.is_not(None)).order_by(TASKS.c.id))


def reference_sweep(session: Session, now: datetime) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for organisation, _, policy in policies_in_force(session):
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
    return {kind: n for kind, n in counts.items() if n}


def _notify(session: Session, policy: Policy, task: Any, notice: str, now: datetime) -> int:
    holder = policy.person(task.assignee) if task.assignee else None
    if notice == ESCALATION:
        role = policy.reminders.escalate_to.get(task.stage, policy.reminders.escalate_default)
        people = [p for p in policy.people if role in p.roles] + ([holder] if holder else [])
        late = lateness(datetime.fromisoformat(task.due_at), now, policy.working_calendar)
        note = late.note()
        late_text = f"，已{late.described()}" + (f"（{note}）" if note else "")
    else:
        events = session.execute(select(*FOLDED_COLUMNS).where(EVENTS.c.item_id == task.item_id)
                                 .order_by(EVENTS.c.seq)).all()
        acted = fold(ItemRules(policy, task.drafter, task.department_id, {}), events).acted
        people = [holder] if holder else eligible(policy, task.stage, task, acted)
        late_text = ""
    context = notice_context(policy, task.item_id, task.title, task.stage, task.due_at, task.due_note,
                             holder.name if holder else "尚未认领", late_text)
    kind = ESCALATION if notice == ESCALATION else "reminder"
    return _insert_new(session, [outbox_row(policy, kind, person, task.item_id,
                                         f"{task.item_id}:task{task.id}:{notice}:{person.username}", context, now,
                                         organisation_id=task.organisation_id)
                              for person in people])


def _insert_new(session: Session, rows: list[dict[str, Any] | None]) -> int:
    written = 0
    dialect_insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    for row in with_installation(session, rows):
        if row is not None:
            inserted = session.execute(dialect_insert(OUTBOX).values(**row)
                                       .on_conflict_do_nothing(index_elements=["key"]).returning(OUTBOX.c.id))
            written += len(inserted.all())
    return written


def _digests(session: Session, organisation: int, policy: Policy, now: datetime) -> int:
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
        new = _insert_new(session, [row])
        if new or row is None:
            session.execute(update(OUTBOX).where(OUTBOX.c.id.in_([r.id for r in rows])).values(status="digested"))
        written += new
    return written
