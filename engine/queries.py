"""What users read: an item, a reviewer's queue, the verified history, the people, the audit."""

import functools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.policystore import current_policy, policy_at
from ..ledger.replay import (
    Problem,
    Replayed,
    detail_of,
    fold,
    publication_problems,
    replay,
    revision_problems,
)
from ..ledger.revisions import facts_of, latest_revision
from ..policies.config import Policy
from ..policies.duties import check_may_act
from ..policies.errors import RuleBroken
from ..policies.rules import DECISIONS
from ..policies.statutory import describe, is_bound, limit_of
from ..states import stage_name
from .errors import NotFound, a_row_id

EVENTS, ITEMS = models.Event.__table__, models.Item.__table__
REVISIONS = models.Revision.__table__
PUBLICATIONS = models.Publication.__table__


def show(session: Session, item_id: int, now: datetime | None = None) -> dict[str, Any]:
    """An item as its reader sees it; with `now`, also where it stands against the statutory limit."""
    item = session.get(models.Item, item_id) if a_row_id(item_id) else None
    if item is None:
        raise NotFound(f"找不到稿件 {item_id}")
    revision = latest_revision(session, item_id, item.revision_hash or "")
    task = session.scalars(select(models.ReviewTask).where(
        models.ReviewTask.item_id == item_id, models.ReviewTask.status.in_(("open", "claimed")))).first()
    return {
        "id": item.id, "title": item.title, "stage": item.stage, "stage_name": stage_name(item.stage),
        "drafter": item.drafter, "department": item.department_id, "disclosure": item.disclosure,
        "source": item.source, "formed_on": item.formed_on, "revision_hash": item.revision_hash,
        "revision_number": revision.number if revision else None, "body": revision.body if revision else "",
        "findings": [f.to_dict() for f in facts_of(revision).findings] if revision else [],
        "index_number": item.index_number, "created_at": item.created_at, "updated_at": item.updated_at,
        "task": _task_dict(task) if task else None,
        "statutory": _statutory(session, item, now) if now else None,
    }


def _statutory(session: Session, item: models.Item, now: datetime) -> dict[str, Any] | None:
    if not is_bound(item.stage, item.disclosure):
        return None
    limit = limit_of(current_policy(session)[1], item.formed_on, item.created_at)
    return {**limit.as_dict(now), "text": describe(limit, now)}


def _task_dict(task: models.ReviewTask) -> dict[str, Any]:
    return {"stage": task.stage, "status": task.status, "assignee": task.assignee, "due_at": task.due_at}


@dataclass(frozen=True)
class QueueEntry:
    item_id: int
    title: str
    stage: str
    stage_name: str
    status: str
    assignee: str | None
    due_at: str | None
    due_note: str | None
    drafter: str


def queue(session: Session, username: str) -> list[QueueEntry]:
    """The open tasks this person may act on (or holds), soonest deadline first."""
    version, policy = current_policy(session)
    if policy.person(username) is None:
        raise RuleBroken("unknown_user", f"用户 {username} 不在本单位人员名单中")
    rows = session.execute(select(models.ReviewTask, models.Item).join(models.Item).where(
        models.ReviewTask.status.in_(("open", "claimed")))).all()
    acted = _acted_by_item(session, [item.id for _, item in rows])
    entries = []
    for task, item in rows:
        if task.assignee not in (None, username):
            continue
        try:
            check_may_act(policy, username, task.stage, item.drafter, item.department_id, acted[item.id])
        except RuleBroken:
            continue
        entries.append(QueueEntry(item.id, item.title, task.stage, stage_name(task.stage), task.status,
                                  task.assignee, task.due_at, task.due_note, item.drafter))
    return sorted(entries, key=lambda e: (e.due_at or "9999", e.item_id))


def _acted_by_item(session: Session, item_ids: list[int]) -> dict[int, dict[str, set[str]]]:
    acted: dict[int, dict[str, set[str]]] = defaultdict(dict)
    if not item_ids:
        return acted
    rows = session.execute(select(models.Event.item_id, models.Event.actor, models.Event.from_stage).where(
        models.Event.item_id.in_(item_ids),
        models.Event.event.in_(DECISIONS))).all()
    for item_id, actor, stage in rows:
        acted[item_id].setdefault(actor, set()).add(stage)
    return acted


def replay_item(session: Session, item: models.Item) -> tuple[Replayed, list[models.Event]]:
    events = list(session.scalars(select(models.Event).where(models.Event.item_id == item.id)
                                  .order_by(models.Event.seq)))
    rows = list(session.scalars(
        select(models.Revision).where(models.Revision.item_id == item.id).order_by(models.Revision.number)))
    return _replayed(item, events, rows, functools.partial(policy_at, session)), events


def _replayed(item: Any, events: list[Any], rows: list[Any], policy_of: Callable[[int], Policy]) -> Replayed:
    """The replay of an item, with its revisions checked; rows too damaged to replay are a problem, not a crash."""
    try:
        replayed = replay(item, events, {row.hash: facts_of(row) for row in rows}, policy_of)
    except LookupError as unreadable:
        replayed = Replayed(item.id, item.stage, "?", [Problem(item.id, item.last_seq, str(unreadable).strip("'\""))])
    replayed.problems.extend(revision_problems(item.id, rows, events))
    return replayed


def history(session: Session, item_id: int) -> dict[str, Any]:
    item = session.get(models.Item, item_id) if a_row_id(item_id) else None
    if item is None:
        raise NotFound(f"找不到稿件 {item_id}")
    replayed, events = replay_item(session, item)
    names = {p.username: p.name for p in session.scalars(select(models.Person))}
    role_names = {**current_policy(session)[1].roles, "system": "系统"}
    return {
        "item_id": item.id, "title": item.title, "verified": replayed.verified,
        "stored_stage": replayed.stored_stage, "replayed_stage": replayed.replayed_stage,
        "problems": [asdict(p) for p in replayed.problems],
        "events": [{
            "seq": e.seq, "event": e.event, "actor": e.actor, "actor_name": names.get(e.actor, e.actor),
            "role": e.role, "role_name": role_names.get(e.role, e.role), "from_stage": e.from_stage, "to_stage": e.to_stage, "revision_hash": e.revision_hash,
            "opinion": e.opinion, "ground": e.ground, "detail": detail_of(e.detail), "at": e.at,
            "hash": e.hash,
        } for e in events],
    }


def verify(session: Session, batch: int = 500) -> dict[str, Any]:
    """Check every item's chain and replay; list each problem with its item and sequence number.

    Items are read in batches with their events and revisions in three queries a batch.
    """
    problems: list[dict[str, Any]] = []
    checked = events_checked = 0
    policy_of = functools.partial(policy_at, session)  # cached per version: versions never change
    ids = list(session.execute(select(ITEMS.c.id).order_by(ITEMS.c.id)).scalars())
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        events, rows = _events_and_revisions(session, chunk)
        published: dict[int, str] = dict(session.execute(select(PUBLICATIONS.c.item_id, PUBLICATIONS.c.revision_hash)
                                         .where(PUBLICATIONS.c.item_id.in_(chunk))).all())
        for item in session.execute(select(ITEMS).where(ITEMS.c.id.in_(chunk)).order_by(ITEMS.c.id)):
            replayed = _replayed(item, events[item.id], rows[item.id], policy_of)
            checked += 1
            events_checked += len(events[item.id])
            problems.extend(asdict(p) for p in replayed.problems)
            problems.extend(asdict(p) for p in publication_problems(item.id, published.get(item.id), events[item.id]))
    return {"ok": not problems, "items_checked": checked, "events_checked": events_checked, "problems": problems}


def _events_and_revisions(session: Session, item_ids: list[int]) -> tuple[dict[int, list[Any]], dict[int, list[Any]]]:
    events: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(select(EVENTS).where(EVENTS.c.item_id.in_(item_ids))
                               .order_by(EVENTS.c.item_id, EVENTS.c.seq)):
        events[row.item_id].append(row)
    revisions: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(select(REVISIONS).where(REVISIONS.c.item_id.in_(item_ids))
                               .order_by(REVISIONS.c.item_id, REVISIONS.c.number)):
        revisions[row.item_id].append(row)
    return events, revisions


def users(session: Session) -> list[dict[str, Any]]:
    _, policy = current_policy(session)
    return [{"username": p.username, "name": p.name, "department": p.department,
             "department_name": policy.department_names[p.department], "roles": list(p.roles),
             "role_names": [policy.roles[r] for r in p.roles], "email": p.email} for p in policy.people]


__all__ = ["fold", "history", "queue", "show", "users", "verify"]
