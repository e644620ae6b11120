"""The reminders and escalations of the deadline sweep, set-based: only the tasks due a look are read.

Each open or claimed task carries `next_notice_at`, the moment its next notice can come (see
`policies.deadlines.next_look`); the sweep reads the tasks whose moment has come through one index
range, in chunks, decides each by `due_notices` as before, writes the notices of a chunk in one batch
(keyed: a notice already written is passed over) and moves each task's moment on in one batch.
Candidates come from the stage's people and the decisions on the item (one query per chunk), not from
replaying each item's history.
"""

import json
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.times import utc
from ..notifications.outbox import eligible, notice_context, outbox_row
from ..policies.config import Policy
from ..policies.deadlines import ESCALATION, Lateness, lateness, notices_and_next_look
from ..policies.duties import SIX_STEPS
from .outbox_batch import insert_new_rows, written_by_kind
from .queries import _acted_by_item as acted_by_item
from .staging import copy_into_staging

TASKS, ITEMS = models.ReviewTask.__table__, models.Item.__table__
CHUNK = 2000
# The condition of the partial index word for word (a bound parameter would not prove it), then its range.
# SQLite, without statistics, would rather take the equality on status of ix_review_tasks_open_due: it is told.
DUE_IDS = {dialect: text(f"SELECT id FROM review_tasks {hint} WHERE {models.WAITING.text} AND next_notice_at <= :now")
           for dialect, hint in (("sqlite", "INDEXED BY ix_review_tasks_waiting_notice"), ("postgresql", ""))}
TASK_ROWS = (select(TASKS, ITEMS.c.title, ITEMS.c.drafter, ITEMS.c.department_id)
             .join(ITEMS, ITEMS.c.id == TASKS.c.item_id)
             .where(TASKS.c.id.in_(bindparam("ids", expanding=True)), TASKS.c.due_at.is_not(None))
             .order_by(TASKS.c.id))
MOVE_ON = (update(TASKS).where(TASKS.c.id == bindparam("_id"))
           .values(reminders_sent=bindparam("_sent"), next_notice_at=bindparam("_next")))

PolicyOf = Callable[[int], Policy]


def remind(session: Session, policy_of: PolicyOf, now: datetime) -> Counter[str]:
    """Every reminder and escalation due at `now`, of every organisation by its own rules; counts by kind."""
    counts: Counter[str] = Counter()
    due = sorted(session.execute(DUE_IDS[session.get_bind().dialect.name], {"now": utc(now)}).scalars())
    for start in range(0, len(due), CHUNK):
        counts += _remind_chunk(session, list(due[start:start + CHUNK]), policy_of, now)
    return counts


def _remind_chunk(session: Session, ids: list[int], policy_of: PolicyOf, now: datetime) -> Counter[str]:
    tasks = session.execute(TASK_ROWS, {"ids": ids}).all()
    plans = [_Plan(task, policy_of(task.organisation_id), now) for task in tasks]
    acted = acted_by_item(session, [p.task.item_id for p in plans if p.needs_candidates])
    rows = [row for p in plans for notice in p.send for row in _rows(p, notice, acted.get(p.task.item_id, {}), now)]
    written = written_by_kind(insert_new_rows(session, rows))
    _move_on(session, [p for p in plans if p.changed])
    return written


def _move_on(session: Session, plans: list["_Plan"]) -> None:
    """Each task's settled notices and its next moment, in one statement (PostgreSQL) or one executemany."""
    if not plans:
        return
    if session.get_bind().dialect.name != "postgresql":
        session.execute(MOVE_ON, [p.move_on() for p in plans])
        return
    copy_into_staging(session, "tasks_moved_on", "review_tasks", ("id", "reminders_sent", "next_notice_at"),
                      [[p.task.id, json.dumps(sorted(p.settled)), p.next_at, n] for n, p in enumerate(plans)])
    session.execute(text("UPDATE review_tasks t SET reminders_sent = m.reminders_sent, next_notice_at = m.next_notice_at "
                         "FROM tasks_moved_on m WHERE t.id = m.id"))


class _Plan:
    """What the sweep does for one task at `now`: the notices to send, then what the task keeps."""

    def __init__(self, task: Any, policy: Policy, now: datetime):
        created, due = datetime.fromisoformat(task.created_at), datetime.fromisoformat(task.due_at)
        already = set(json.loads(task.reminders_sent or "[]"))
        notices, after = notices_and_next_look(created, due, now, policy.reminders, already,
                                              policy.working_calendar)
        self.task, self.policy, self.send = task, policy, notices.send
        self.settled = already | notices.settled
        self.next_at = None if after is None else utc(after)
        self.changed = self.settled != already or self.next_at != task.next_notice_at

    @property
    def needs_candidates(self) -> bool:
        """An unclaimed task reminded at one of the six steps: who may act depends on who acted."""
        return self.task.assignee is None and self.task.stage in SIX_STEPS and any(n != ESCALATION for n in self.send)

    def move_on(self) -> dict[str, Any]:
        return {"_id": self.task.id, "_sent": json.dumps(sorted(self.settled)), "_next": self.next_at}


def _rows(plan: _Plan, notice: str, acted: dict[str, set[str]], now: datetime) -> Iterator[dict[str, Any] | None]:
    """Reminders go to the holder (or every candidate); an escalation to the role above the stage and the holder."""
    task, policy = plan.task, plan.policy
    holder = policy.person(task.assignee) if task.assignee else None
    if notice == ESCALATION:
        role = policy.reminders.escalate_to.get(task.stage, policy.reminders.escalate_default)
        people = [p for p in policy.people if role in p.roles] + ([holder] if holder else [])
        late = _late_clause(lateness(datetime.fromisoformat(task.due_at), now, policy.working_calendar))
    else:
        people = [holder] if holder else eligible(policy, task.stage, task, acted)
        late = ""
    context = notice_context(policy, task.item_id, task.title, task.stage, task.due_at, task.due_note,
                             holder.name if holder else "尚未认领", late)
    kind = ESCALATION if notice == ESCALATION else "reminder"
    for person in people:
        yield outbox_row(policy, kind, person, task.item_id, f"{task.item_id}:task{task.id}:{notice}:{person.username}",
                         context, now, organisation_id=task.organisation_id)


def _late_clause(late: Lateness) -> str:
    """How late, as the escalation says it: `，已逾期 1 个工作日 3 小时`, with the estimate's warning if any."""
    note = late.note()
    return f"，已{late.described()}" + (f"（{note}）" if note else "")
