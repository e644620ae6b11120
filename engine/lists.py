"""Lists for the web app, each within a scope: the drafter's desk, the reviewer's queue, the auditor's search."""

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..ledger import models
from ..policies.duties import check_may_act
from ..policies.errors import RuleBroken
from ..states import stage_name
from .queries import _acted_by_item
from .scope import Scope

ITEMS, TASKS, EVENTS = models.Item.__table__, models.ReviewTask.__table__, models.Event.__table__
OPEN = ("open", "claimed")
ITEM_COLUMNS = (ITEMS.c.id, ITEMS.c.title, ITEMS.c.stage, ITEMS.c.drafter, ITEMS.c.department_id,
                ITEMS.c.index_number, ITEMS.c.created_at, ITEMS.c.updated_at, ITEMS.c.disclosure)


def desk(session: Session, scope: Scope) -> list[dict[str, Any]]:
    """My items and my department's (when I draft), newest first, with the open task's deadline."""
    mine = ITEMS.c.drafter == scope.username
    where = or_(mine, ITEMS.c.department_id.in_(scope.sees.departments)) if scope.sees.departments else mine
    rows = session.execute(
        select(*ITEM_COLUMNS, TASKS.c.due_at, TASKS.c.assignee, TASKS.c.due_note)
        .outerjoin(TASKS, and_(TASKS.c.item_id == ITEMS.c.id, TASKS.c.status.in_(OPEN)))
        .where(where).order_by(ITEMS.c.updated_at.desc()).limit(500))
    return [{**row._mapping, "stage_name": stage_name(row.stage)} for row in rows]


@dataclass(frozen=True)
class Filters:
    stage: str | None = None
    department: str | None = None
    late: bool = False


@dataclass(frozen=True)
class QueueRow:
    item_id: int
    title: str
    stage: str
    stage_name: str
    department: str
    status: str
    assignee: str | None
    due_at: str | None
    due_note: str | None
    late: bool

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def queue_page(session: Session, scope: Scope, filters: Filters, now: datetime, page: int = 1,
               size: int = 50) -> tuple[list[QueueRow], bool]:
    """The tasks I hold (on the first page), then one page of the open tasks I may take; soonest deadline first.

    The database walks the open tasks in deadline order (index on status, deadline); separation of duties is
    then asked of the policy batch by batch, so a page costs the same with a hundred thousand open tasks.
    Returns the rows and whether more open tasks follow.
    """
    held = _may_act(session, scope, list(session.execute(_queue_query(scope, filters, now, held=True))), now)
    query = _queue_query(scope, filters, now, held=False)
    found: list[QueueRow] = []
    wanted, offset, batch = page * size + 1, 0, max(4 * size, 200)
    while len(found) < wanted:
        rows = list(session.execute(query.limit(batch).offset(offset)).all())
        found += _may_act(session, scope, rows, now)
        if len(rows) < batch:
            break
        offset += batch
    start = (page - 1) * size
    return (held if page == 1 else []) + found[start:start + size], len(found) > start + size


def _queue_query(scope: Scope, filters: Filters, now: datetime, held: bool):  # type: ignore[no-untyped-def]
    if held:
        where = and_(TASKS.c.status.in_(OPEN), TASKS.c.assignee == scope.username)
    else:
        stages = [stage for stage, rule in scope.policy.stages.items() if set(scope.person.roles) & set(rule.roles)]
        where = and_(TASKS.c.status == "open", TASKS.c.assignee.is_(None), TASKS.c.stage.in_(stages))
    if filters.stage:
        where = and_(where, TASKS.c.stage == filters.stage)
    if filters.department:
        where = and_(where, ITEMS.c.department_id == filters.department)
    if filters.late:
        where = and_(where, TASKS.c.due_at < now.isoformat(timespec="microseconds"))  # stored as stamped
    return (select(TASKS.c.item_id, TASKS.c.stage, TASKS.c.status, TASKS.c.assignee, TASKS.c.due_at,
                   TASKS.c.due_note, ITEMS.c.title, ITEMS.c.drafter, ITEMS.c.department_id)
            .join(ITEMS, ITEMS.c.id == TASKS.c.item_id).where(where)
            .order_by(TASKS.c.due_at, TASKS.c.id))  # the order of ix_review_tasks_open_due


def _may_act(session: Session, scope: Scope, rows: list[Any], now: datetime) -> list[QueueRow]:
    acted = _acted_by_item(session, [r.item_id for r in rows])
    out = []
    for r in rows:
        if r.assignee != scope.username:
            try:
                check_may_act(scope.policy, scope.username, r.stage, r.drafter, r.department_id, acted[r.item_id])
            except RuleBroken:
                continue
        out.append(QueueRow(r.item_id, r.title, r.stage, stage_name(r.stage), r.department_id, r.status,
                            r.assignee, r.due_at, r.due_note, bool(r.due_at and datetime.fromisoformat(r.due_at) < now)))
    return out


@dataclass(frozen=True)
class Search:
    text: str = ""
    stage: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    person: str | None = None


def search(session: Session, scope: Scope, terms: Search, limit: int = 200) -> list[dict[str, Any]]:
    """Items in scope by title or 索引号, stage, submission dates and a person who drafted or acted."""
    where = scope.visible_items()
    if terms.text:
        like = f"%{terms.text}%"
        where = and_(where, or_(ITEMS.c.title.like(like), ITEMS.c.index_number.like(like)))
    if terms.stage:
        where = and_(where, ITEMS.c.stage == terms.stage)
    if terms.date_from:
        where = and_(where, ITEMS.c.created_at >= terms.date_from)
    if terms.date_to:
        where = and_(where, ITEMS.c.created_at < terms.date_to + "T99")
    if terms.person:
        where = and_(where, or_(ITEMS.c.drafter == terms.person, ITEMS.c.id.in_(
            select(EVENTS.c.item_id).where(EVENTS.c.actor == terms.person))))
    rows = session.execute(select(*ITEM_COLUMNS).where(where).order_by(ITEMS.c.id.desc()).limit(limit))
    return [{**row._mapping, "stage_name": stage_name(row.stage)} for row in rows]
