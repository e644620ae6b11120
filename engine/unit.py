"""Loading an item with what the rules know of it, and recording one transition in the session.

The hot path of every command, so it speaks SQLAlchemy Core: three reads (item with its open
task and the policy in force; its events), the decision, then one guarded UPDATE of the item
(the optimistic version check) and the INSERTs of the event, the task change, the job and the outbox.
"""

import json
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import CursorResult, and_, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.chain import GENESIS, event_hash, findings_digest, findings_json, text_hash
from ..ledger.db import affected, pipelined
from ..ledger.policystore import policy_at
from ..ledger.replay import chained_findings, fold
from ..ledger.revisions import checked_text, facts_of, latest_revision
from ..notifications.outbox import enqueue_for_event
from ..policies import checks
from ..policies.calendar import due_note
from ..policies.config import Policy
from ..policies.deadlines import task_due
from ..policies.rules import ItemRules, RevisionFacts, Step
from ..policies.scope import Scope
from ..states import HUMAN_STAGES
from .errors import CONFLICT, Conflict, LedgerMismatch, a_row_id
from .org_scope import item_visible

ITEMS, EVENTS, TASKS = models.Item.__table__, models.Event.__table__, models.ReviewTask.__table__
REVISIONS, JOBS = models.Revision.__table__, models.Job.__table__
JOB_OF_STAGE = {"sensitivity_check": "sensitivity_check", "publishing": "publish", "retracted": "retract"}
OPEN = ("open", "claimed")
# The idempotency key of the command being run (engine.once): stored with its event, outside the hash chain.
current_key: ContextVar[str | None] = ContextVar("command_key", default=None)


def stamp(now: datetime) -> str:
    """The canonical text of a moment: ISO 8601 with microseconds and offset."""
    if now.tzinfo is None:
        raise ValueError("naive datetime: pass an aware `now`")
    return now.isoformat(timespec="microseconds")


@dataclass
class ItemState:
    """An item's row as a command sees and changes it."""

    id: int
    title: str
    drafter: str
    department_id: str
    stage: str
    version: int
    revision_hash: str | None
    last_seq: int
    head_hash: str
    disclosure: str
    index_number: str | None
    organisation_id: int = 1


@dataclass
class TaskState:
    id: int
    stage: str
    status: str
    assignee: str | None


@dataclass(frozen=True)
class EventRecord:
    """An event as appended to the ledger (the same fields as ledger.models.Event)."""

    item_id: int
    seq: int
    event: str
    actor: str
    role: str
    from_stage: str
    to_stage: str
    revision_hash: str | None
    opinion: str | None
    ground: str | None
    detail: str
    at: str
    policy_version: int
    prev_hash: str
    hash: str


@dataclass
class Loaded:
    """An item, the policy in force, the rules folded from its ledger, and its open task."""

    item: ItemState
    policy_version: int
    policy: Policy
    rules: ItemRules
    task: TaskState | None = None


ITEM_COLUMNS = [ITEMS.c[f.name] for f in fields(ItemState)]
TASK_COLUMNS = [TASKS.c.id.label("task_id"), TASKS.c.stage.label("task_stage"), TASKS.c.status.label("task_status"),
                TASKS.c.assignee.label("task_assignee")]
FOLDED_COLUMNS = [EVENTS.c[name] for name in
                  ("event", "actor", "revision_hash", "opinion", "ground", "detail", "from_stage", "to_stage")]
POLICIES = models.PolicyVersion.__table__
POLICY_IN_FORCE = select(func.max(POLICIES.c.id)).where(
    POLICIES.c.organisation_id == ITEMS.c.organisation_id).scalar_subquery()  # the item's organisation's

EVENT_COLUMNS = [column.label(f"event_{column.name}") for column in (*FOLDED_COLUMNS, EVENTS.c.hash)]

# Statements built once: on this hot path, building and keying a statement costs more than running it.
# The item, its open task, the policy in force and its events come in one query: one row per event.
LOAD_ITEM = (select(*ITEM_COLUMNS, *TASK_COLUMNS, POLICY_IN_FORCE.label("policy_version"), *EVENT_COLUMNS)
             .outerjoin(TASKS, and_(TASKS.c.item_id == ITEMS.c.id, TASKS.c.status.in_(OPEN)))
             .outerjoin(EVENTS, EVENTS.c.item_id == ITEMS.c.id)
             .where(ITEMS.c.id == bindparam("item_id")).order_by(EVENTS.c.seq))
ADVANCE_ITEM = update(ITEMS).where(ITEMS.c.id == bindparam("_id"), ITEMS.c.version == bindparam("_version"))
UPDATE_TASK = update(TASKS).where(TASKS.c.id == bindparam("_id"))
# Inserts in the pipeline are inline: they do not ask for the new row's id, which would wait for the answer.
APPEND_EVENT, OPEN_TASK, ADD_JOB = insert(EVENTS).inline(), insert(TASKS).inline(), insert(JOBS).inline()
ADD_REVISION = insert(REVISIONS)
LAST_REVISION_NUMBER = select(func.coalesce(func.max(REVISIONS.c.number), 0)).where(
    REVISIONS.c.item_id == bindparam("item_id"))


@dataclass(frozen=True)
class FoldedEvent:
    """The columns of a stored event that the rules fold."""

    event: str
    actor: str
    revision_hash: str | None
    opinion: str | None
    ground: str | None
    detail: str
    from_stage: str
    to_stage: str
    hash: str


def load(session: Session, item_id: int, scope: Scope | None = None) -> Loaded:
    """The item as the rules see it; outside the scope's organisations it is not found."""
    rows = session.connection().execute(LOAD_ITEM, {"item_id": item_id}).all() if a_row_id(item_id) else []
    item_visible(scope, item_id, rows[0].organisation_id if rows else None)
    row = rows[0]
    item = ItemState(**{f.name: getattr(row, f.name) for f in fields(ItemState)})
    policy = policy_at(session, row.policy_version)
    task = TaskState(row.task_id, row.task_stage, row.task_status, row.task_assignee) if row.task_id else None
    first = len(row) - len(EVENT_COLUMNS)
    events = [FoldedEvent(*r[first:]) for r in rows if r.event_event is not None]
    revisions = StoredRevisions(session, item_id)
    revisions.chained = chained_findings(events)
    rules = fold(ItemRules(policy, item.drafter, item.department_id, revisions), events)
    _agrees_with_its_ledger(item, rules, events)
    return Loaded(item, row.policy_version, policy, rules, task)


def _agrees_with_its_ledger(item: ItemState, rules: ItemRules, events: list[FoldedEvent]) -> None:
    """Act only on an item whose row says what its ledger says: no decision on a row changed behind the engine."""
    head = events[-1].hash if events else GENESIS
    if (item.last_seq, item.head_hash, item.stage, item.revision_hash) != (
            len(events), head, rules.stage, rules.revision):
        raise LedgerMismatch(f"稿件 {item.id} 的记录与其审批账本不一致，已拒绝操作：请运行 sanshen verify 核查")


class StoredRevisions(Mapping[str, RevisionFacts]):
    """An item's revisions as the rules ask for them: loaded one at a time, only when a rule reads one."""

    def __init__(self, session: Session, item_id: int):
        self.session, self.item_id = session, item_id
        self.loaded: dict[str, RevisionFacts] = {}
        self.chained: dict[str, str] = {}  # revision hash -> the findings digest its event chained

    def __getitem__(self, digest: str) -> RevisionFacts:
        if digest not in self.loaded:
            row = latest_revision(self.session, self.item_id, digest)
            if row is None:
                raise KeyError(digest)
            expected = self.chained.get(digest)
            if expected and findings_digest(row.findings) != expected:
                raise LedgerMismatch(f"稿件 {self.item_id} 第 {row.number} 版的检查记录与账本不符，已拒绝操作：请运行 sanshen verify 核查")
            self.loaded[digest] = facts_of(row)
        return self.loaded[digest]

    def add(self, facts: RevisionFacts) -> None:
        self.loaded[facts.hash] = facts

    def __iter__(self) -> Iterator[str]:
        return iter(self.loaded)

    def __len__(self) -> int:
        return len(self.loaded)


def add_revision(session: Session, loaded: Loaded, title: str, body: str, author: str, reason: str,
                 now: datetime) -> RevisionFacts:
    """Store a new revision with the findings of the checks in force; make it known to the rules."""
    item_id = loaded.item.id
    db = session.connection()
    number = db.execute(LAST_REVISION_NUMBER, {"item_id": item_id}).scalar_one() + 1
    findings = checks.run_checks(checked_text(title, body), loaded.policy.checks)  # the suite loads here, once
    digest = text_hash(title, body)
    db.execute(ADD_REVISION, {
        "item_id": item_id, "number": number, "hash": digest, "title": title, "body": body, "author": author,
        "reason": reason, "created_at": stamp(now),
        "findings": findings_json([f.to_dict() for f in findings])})
    facts = RevisionFacts(digest, checked_text(title, body), tuple(findings))
    revisions = loaded.rules.revisions
    if isinstance(revisions, StoredRevisions):
        revisions.add(facts)
    else:
        loaded.rules.revisions = {**revisions, digest: facts}
    return facts


def _command_key_once(session: Session) -> str | None:
    """The command's key, for its first event only: a command that also moves a partner (三同步) writes more."""
    if session.info.get("command_key_taken"):
        return None
    session.info["command_key_taken"] = True
    return current_key.get()


def transition(session: Session, loaded: Loaded, step: Step, now: datetime,
               detail: dict[str, Any] | None = None) -> EventRecord:
    """Decide the step, then append its event and update the item, the tasks, the jobs and the outbox."""
    item, rules = loaded.item, loaded.rules
    rules.may_attempt(step.event, step.actor)
    role = rules.role_of(step, rules.stage)
    from_stage, to_stage = rules.decide(step)
    if step.revision:  # the findings the rules decided on are chained with the revision they belong to
        findings = [f.to_dict() for f in rules.revisions[step.revision].findings]
        detail = {**(detail or {}), "findings": findings_digest(findings_json(findings))}
    chained = {
        "item_id": item.id, "seq": item.last_seq + 1, "event": step.event, "actor": step.actor, "role": role,
        "from_stage": from_stage, "to_stage": to_stage, "revision_hash": rules.revision,
        "opinion": step.opinion, "ground": step.ground,
        "detail": json.dumps(detail or ({"assignee": step.assignee} if step.assignee else {}),
                             ensure_ascii=False, sort_keys=True),
        "at": stamp(now), "policy_version": loaded.policy_version, "prev_hash": item.head_hash,
    }
    event = EventRecord(**chained, hash=event_hash(chained))  # type: ignore[arg-type]
    key = _command_key_once(session)
    with pipelined(session):
        advanced = _advance_item(session, item, event)
        session.connection().execute(APPEND_EVENT, {**chained, "hash": event.hash, "command_key": key})
        due = _update_tasks(session, loaded, event, now)
        _enqueue_job(session, event, item.organisation_id)
        enqueue_for_event(session, loaded.policy, item, event, rules.acted, now, due)
    if affected(advanced) != 1:
        raise Conflict(CONFLICT)
    _advanced(item, event)
    return event


def _advance_item(session: Session, item: ItemState, event: EventRecord) -> CursorResult:
    """The guarded write: it applies only if nobody changed the item since we loaded it."""
    return session.connection().execute(ADVANCE_ITEM, {
        "_id": item.id, "_version": item.version, "stage": event.to_stage, "version": item.version + 1,
        "last_seq": event.seq, "head_hash": event.hash, "revision_hash": event.revision_hash,
        "title": item.title, "updated_at": event.at})


def _advanced(item: ItemState, event: EventRecord) -> None:
    item.stage, item.version, item.last_seq, item.head_hash = event.to_stage, item.version + 1, event.seq, event.hash
    item.revision_hash = event.revision_hash


def _update_tasks(session: Session, loaded: Loaded, event: EventRecord, now: datetime) -> dict[str, Any] | None:
    """Claim, release, close or open the item's task; the new task's deadline, if one was opened."""
    task, db = loaded.task, session.connection()
    if event.event in ("claim", "release") and task is not None:
        holder = loaded.rules.claims.get(event.from_stage)
        db.execute(UPDATE_TASK, {"_id": task.id, "assignee": holder, "status": "claimed" if holder else "open"})
        return None
    moved = event.from_stage != event.to_stage
    if task is not None and moved:
        db.execute(UPDATE_TASK, {"_id": task.id, "status": "done", "closed_at": event.at, "decision": event.event})
    waits_for_person = event.to_stage in HUMAN_STAGES and event.to_stage != "sensitivity_check"
    if (moved and waits_for_person) or event.event == "scan_flag":
        due = task_due(now, loaded.policy.stages[event.to_stage].deadline_days, loaded.policy.working_calendar)
        opened = {"due_at": stamp(due.at), "due_note": due_note(due)}
        db.execute(OPEN_TASK, {"item_id": event.item_id, "organisation_id": loaded.item.organisation_id,
                               "stage": event.to_stage, "status": "open",
                               "created_at": event.at, "reminders_sent": "[]", **opened})
        return opened
    return None


def _enqueue_job(session: Session, event: EventRecord, organisation_id: int) -> None:
    kind = JOB_OF_STAGE.get(event.to_stage)
    if kind and event.from_stage != event.to_stage:
        session.connection().execute(ADD_JOB, {
            "kind": kind, "organisation_id": organisation_id, "item_id": event.item_id, "key": f"{kind}:{event.item_id}:{event.seq}",
            "status": "pending", "attempts": 0, "created_at": event.at})
