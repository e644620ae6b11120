"""What users read: an item, a reviewer's queue, the verified history, the people, the audit."""

import functools
import itertools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, String, bindparam, or_, select, union_all
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.policystore import current_policy, policy_at
from ..ledger.revisions import facts_of, latest_revision
from ..ledger.snapshot import snapshot_problems
from ..policies.config import Policy
from ..policies.duties import check_may_act
from ..policies.errors import RuleBroken
from ..policies.rules import DECISIONS
from ..policies.scope import Scope
from ..policies.statutory import describe, is_bound, limit_of
from ..states import stage_name
from .errors import a_row_id
from .org_scope import item_visible, within
from .records import pairs

if TYPE_CHECKING:  # replay and the audits are imported by the functions that replay: `show` and `queue` do not
    from ..ledger.replay import Replayed

EVENTS, ITEMS = models.Event.__table__, models.Item.__table__
REVISIONS = models.Revision.__table__
PUBLICATIONS = models.Publication.__table__
TASKS = models.ReviewTask.__table__


def _item_in_scope(session: Session, item_id: int, scope: Scope | None) -> models.Item:
    """The item if the scope sees it; otherwise exactly the answer for an item that does not exist."""
    item = session.get(models.Item, item_id) if a_row_id(item_id) else None
    item_visible(scope, item_id, item.organisation_id if item is not None else None)
    assert item is not None
    return item


def show(session: Session, item_id: int, now: datetime | None = None, scope: Scope | None = None) -> dict[str, Any]:
    """An item as its reader sees it; with `now`, also where it stands against the statutory limit."""
    item = _item_in_scope(session, item_id, scope)
    organisation = session.get(models.Organisation, item.organisation_id)
    revision = latest_revision(session, item_id, item.revision_hash or "")
    task = session.scalars(select(models.ReviewTask).where(
        models.ReviewTask.item_id == item_id, models.ReviewTask.status.in_(("open", "claimed")))).first()
    return {
        "id": item.id, "organisation": organisation.code if organisation else None,
        "organisation_id": item.organisation_id, "title": item.title, "stage": item.stage, "stage_name": stage_name(item.stage),
        "drafter": item.drafter, "department": item.department_id, "disclosure": item.disclosure,
        "source": item.source, "formed_on": item.formed_on, "revision_hash": item.revision_hash,
        "revision_number": revision.number if revision else None, "body": revision.body if revision else "",
        "findings": [f.to_dict() for f in facts_of(revision).findings] if revision else [],
        "index_number": item.index_number, "created_at": item.created_at, "updated_at": item.updated_at,
        "task": _task_dict(task) if task else None,
        "statutory": _statutory(session, item, now) if now else None,
        **pairs.show_fields(session, item),
    }


def _statutory(session: Session, item: models.Item, now: datetime) -> dict[str, Any] | None:
    if not is_bound(item.stage, item.disclosure):
        return None
    limit = limit_of(current_policy(session, item.organisation_id)[1], item.formed_on, item.created_at)
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


QUEUE_PAGE = 200  # open tasks read at a time while the separation of duties thins them out


def queue(session: Session, username: str, limit: int | None = 100, scope: Scope | None = None) -> list[QueueEntry]:
    """The open tasks this person may act on (or holds), soonest deadline first; the first `limit` of them.

    Only the scope's organisation's tasks: each index range read is (organisation, stage, status, due).

    The database narrows the tasks to the stages (and departments) where the person holds a role and to
    what nobody else holds; the separation of duties, which needs each item's history, thins them here.
    """
    organisation = scope.organisation_id if scope is not None else None
    version, policy = current_policy(session, organisation)
    person = policy.person(username)
    if person is None:
        raise RuleBroken("unknown_user", f"用户 {username} 不在本单位人员名单中")
    stages = _stages_held(policy, person)
    if not stages:
        return []
    entries: list[QueueEntry] = []
    page = QUEUE_PAGE if limit is None else min(QUEUE_PAGE, limit + limit // 4 + 10)
    for offset in itertools.count(0, page):
        rows = session.execute(_open_tasks_page(tuple(stages.items()), organisation is not None), {
            "organisation": organisation, "username": username, "department": person.department, "reach": offset + page,
            "page": page, "offset": offset}).all()
        acted = _acted_by_item(session, [row.item_id for row in rows])
        for row in rows:
            try:
                check_may_act(policy, username, row.stage, row.drafter, row.department_id, acted[row.item_id])
            except RuleBroken:
                continue
            entries.append(QueueEntry(row.item_id, row.title, row.stage, stage_name(row.stage), row.status,
                                      row.assignee, row.due_at, row.due_note, row.drafter))
        if len(rows) < page or (limit is not None and len(entries) >= limit):
            break
    return sorted(entries, key=lambda e: (e.due_at or "9999", e.item_id))[:limit]


@functools.lru_cache(maxsize=64)
def _open_tasks_page(stages: tuple[tuple[str, bool], ...], of_one_organisation: bool) -> Any:
    """A page of the open tasks at these stages (True: scoped to the person's department), by deadline.

    One ordered index scan per stage and status, each stopping at the page's end, merged: the database
    never sorts every open task of a stage. Built once per set of stages; the person is bound at each run.
    """
    columns = (TASKS.c.id, TASKS.c.item_id, TASKS.c.stage, TASKS.c.status, TASKS.c.assignee, TASKS.c.due_at,
               TASKS.c.due_note, ITEMS.c.title, ITEMS.c.drafter, ITEMS.c.department_id)
    username, reach = bindparam("username", type_=String), bindparam("reach", type_=Integer)
    parts = []
    for stage, scoped in stages:
        for status in ("open", "claimed"):
            # Open tasks wait for every candidate; of the claimed ones, only the person's own (a claimed task
            # always has its holder): that range is read on the holder's index, not every claimed task's.
            holder = or_(TASKS.c.assignee.is_(None), TASKS.c.assignee == username) if status == "open" else (
                TASKS.c.assignee == username)
            part = (select(*columns).join(ITEMS, ITEMS.c.id == TASKS.c.item_id)
                    .where(TASKS.c.stage == stage, TASKS.c.status == status, ITEMS.c.drafter != username, holder))
            if scoped:
                part = part.where(ITEMS.c.department_id == bindparam("department"))
            if of_one_organisation:
                part = part.where(TASKS.c.organisation_id == bindparam("organisation", type_=Integer))
            parts.append(part.order_by(TASKS.c.due_at, TASKS.c.id).limit(reach).subquery())
    merged = union_all(*[select(part) for part in parts]).subquery()
    return (select(merged).order_by(merged.c.due_at, merged.c.id)
            .limit(bindparam("page")).offset(bindparam("offset")))


def _stages_held(policy: Policy, person: Any) -> dict[str, bool]:
    """The stages where the person holds a role: True for those scoped to the drafter's department."""
    return {stage: rule.scope == "department" for stage, rule in policy.stages.items()
            if set(rule.roles) & set(person.roles)}


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


def replay_item(session: Session, item: models.Item) -> "tuple[Replayed, list[models.Event]]":
    events = list(session.scalars(select(models.Event).where(models.Event.item_id == item.id)
                                  .order_by(models.Event.seq)))
    rows = list(session.scalars(
        select(models.Revision).where(models.Revision.item_id == item.id).order_by(models.Revision.number)))
    return _replayed(item, events, rows, functools.partial(policy_at, session)), events


def _replayed(item: Any, events: list[Any], rows: list[Any], policy_of: Callable[[int], Policy],
              trusted_upto: int = 0) -> "Replayed":
    """The replay of an item, with its revisions checked; rows too damaged to replay are a problem, not a crash."""
    from ..ledger.replay import Problem, Replayed, replay, revision_problems

    try:
        replayed = replay(item, events, {row.hash: facts_of(row) for row in rows}, policy_of, trusted_upto)
    except LookupError as unreadable:
        replayed = Replayed(item.id, item.stage, "?", [Problem(item.id, item.last_seq, str(unreadable).strip("'\""))])
    replayed.problems.extend(revision_problems(item.id, rows, events))
    replayed.problems.extend(snapshot_problems(item, events))
    return replayed


def history(session: Session, item_id: int, scope: Scope | None = None) -> dict[str, Any]:
    from ..ledger.replay import detail_of

    item = _item_in_scope(session, item_id, scope)
    replayed, events = replay_item(session, item)
    names = {p.username: p.name for p in session.scalars(select(models.Person).where(
        models.Person.organisation_id == item.organisation_id))}
    role_names = {**current_policy(session, item.organisation_id)[1].roles, "system": "系统"}
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


def verify(session: Session, batch: int = 500, pages: Path | None = None,
           scope: Scope | None = None) -> dict[str, Any]:
    """Check every item's chain and replay (of the scope's organisations); each problem with item and seq.

    Items are read in batches with their events and revisions in three queries a batch.
    """
    from . import audit_publications

    problems: list[dict[str, Any]] = []
    checked = events_checked = 0
    ids = list(session.execute(select(ITEMS.c.id).where(within(scope, ITEMS.c.organisation_id))
                               .order_by(ITEMS.c.id)).scalars())
    for start in range(0, len(ids), batch):
        counted = verify_items(session, ids[start:start + batch])
        checked, events_checked = checked + counted[0], events_checked + counted[1]
        problems.extend(counted[2])
    audited = audit_publications.publication_problems(session, pages) + pairs.pair_problems(session)
    if scope is not None and not scope.everything:  # another organisation's publications are not the asker's
        audited = [p for p in audited if p["item_id"] in set(ids)]
    problems.extend(audited)
    return {"ok": not problems, "items_checked": checked, "events_checked": events_checked, "problems": problems}


def verify_items(session: Session, chunk: list[int], trusted: dict[int, int] | None = None,
                 ) -> tuple[int, int, list[dict[str, Any]]]:
    """Verify these items: (items checked, events checked, problems).

    `trusted` maps an item to the seq up to which its events were verified before (a verified
    checkpoint's head): those are re-hashed and folded, and only the later ones decided again.
    """
    from ..ledger.replay import publication_problems

    problems: list[dict[str, Any]] = []
    checked = events_checked = 0
    policy_of = _policy_versions(session)
    events, rows = _events_and_revisions(session, chunk)
    published: dict[int, str] = dict(session.execute(select(PUBLICATIONS.c.item_id, PUBLICATIONS.c.revision_hash)
                                     .where(_among(PUBLICATIONS.c.item_id, chunk))).all())
    for item in session.execute(select(ITEMS).where(_among(ITEMS.c.id, chunk)).order_by(ITEMS.c.id)):
        replayed = _replayed(item, events[item.id], rows[item.id], policy_of, (trusted or {}).get(item.id, 0))
        checked += 1
        events_checked += len(events[item.id])
        problems.extend(asdict(p) for p in replayed.problems)
        problems.extend(asdict(p) for p in publication_problems(item.id, published.get(item.id), events[item.id]))
    return checked, events_checked, problems


def _policy_versions(session: Session) -> Callable[[int], Policy]:
    """policy_at for one verify: each version read once (versions never change)."""
    known: dict[int, Policy] = {}

    def policy_of(version: int) -> Policy:
        policy = known.get(version)
        if policy is None:
            policy = known[version] = policy_at(session, version)
        return policy

    return policy_of


def _among(column: Any, ids: list[int]) -> Any:
    """`column IN ids`; a range when the sorted ids leave no gap (a chunk of every item): one index range scan."""
    if ids and ids == sorted(ids) and ids[-1] - ids[0] + 1 == len(ids) and len(set(ids)) == len(ids):
        return column.between(ids[0], ids[-1])
    return column.in_(ids)


def _events_and_revisions(session: Session, item_ids: list[int]) -> tuple[dict[int, list[Any]], dict[int, list[Any]]]:
    """The chunk's events and revisions, each in one streamed query in item order, grouped by item."""
    events: dict[int, list[Any]] = defaultdict(list)
    query = select(EVENTS).where(_among(EVENTS.c.item_id, item_ids)).order_by(EVENTS.c.item_id, EVENTS.c.seq)
    for item_id, group in itertools.groupby(session.execute(query.execution_options(yield_per=5000)),
                                            key=lambda row: row.item_id):
        events[item_id] = list(group)
    revisions: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(select(REVISIONS).where(_among(REVISIONS.c.item_id, item_ids))
                               .order_by(REVISIONS.c.item_id, REVISIONS.c.number)):
        revisions[row.item_id].append(row)
    return events, revisions


def users(session: Session, scope: Scope | None = None) -> list[dict[str, Any]]:
    """The people of the scope's organisations (see engine.people, which the CLI uses)."""
    from .people import users as people

    return people(session.connection(), scope)


__all__ = ["history", "queue", "show", "users", "verify"]
