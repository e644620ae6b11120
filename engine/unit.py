"""Loading an item with what the rules know of it, and recording one transition in the session."""

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.chain import event_hash, text_hash
from ..ledger.policystore import current_policy
from ..ledger.replay import event_fields, fold
from ..notifications.outbox import enqueue_for_event
from ..policies.calendar import add_working_days
from ..policies.checks import run_checks
from ..policies.config import Policy
from ..policies.findings import Finding
from ..policies.rules import ItemRules, RevisionFacts, Step
from ..states import HUMAN_STAGES
from .errors import NotFound

JOB_OF_STAGE = {"sensitivity_check": "sensitivity_check", "publishing": "publish", "retracted": "retract"}
NO_TASK_UNTIL_HELD = "sensitivity_check"


def stamp(now: datetime) -> str:
    """The canonical text of a moment: ISO 8601 with microseconds and offset."""
    if now.tzinfo is None:
        raise ValueError("naive datetime: pass an aware `now`")
    return now.isoformat(timespec="microseconds")


@dataclass
class Loaded:
    """An item, the policy in force and the rules folded from its ledger."""

    item: models.Item
    policy_version: int
    policy: Policy
    rules: ItemRules
    task: models.ReviewTask | None = None


def load(session: Session, item_id: int) -> Loaded:
    item = session.get(models.Item, item_id)
    if item is None:
        raise NotFound(f"找不到稿件 {item_id}")
    version, policy = current_policy(session)
    events = session.scalars(select(models.Event).where(models.Event.item_id == item_id).order_by(models.Event.seq))
    revisions = _revision_facts(session, item_id, item.revision_hash)
    rules = fold(ItemRules(policy, item.drafter, item.department_id, revisions), list(events))
    rules.stage = item.stage
    task = session.scalars(select(models.ReviewTask).where(
        models.ReviewTask.item_id == item_id, models.ReviewTask.status.in_(("open", "claimed")))).first()
    return Loaded(item, version, policy, rules, task)


def _revision_facts(session: Session, item_id: int, current: str | None) -> dict[str, RevisionFacts]:
    if current is None:
        return {}
    row = latest_revision(session, item_id, current)
    return {current: facts_of(row)} if row else {}


def latest_revision(session: Session, item_id: int, digest: str) -> models.Revision | None:
    return session.scalars(
        select(models.Revision).where(models.Revision.item_id == item_id, models.Revision.hash == digest)
        .order_by(models.Revision.number.desc()).limit(1)
    ).first()


def facts_of(row: models.Revision) -> RevisionFacts:
    findings = tuple(Finding.from_dict(f) for f in json.loads(row.findings))
    return RevisionFacts(row.hash, checked_text(row.title, row.body), findings)


def checked_text(title: str, body: str) -> str:
    """The text the content checks read and their offsets point into: title, blank line, body."""
    return f"{title}\n\n{body}"


def add_revision(
    session: Session, loaded: Loaded, title: str, body: str, author: str, reason: str, now: datetime
) -> models.Revision:
    """Store a new revision with the findings of the checks in force; make it known to the rules."""
    item = loaded.item
    number = (session.scalar(select(models.Revision.number).where(models.Revision.item_id == item.id)
                             .order_by(models.Revision.number.desc()).limit(1)) or 0) + 1
    findings = run_checks(checked_text(title, body), loaded.policy.checks)
    row = models.Revision(item_id=item.id, number=number, hash=text_hash(title, body), title=title, body=body,
                          author=author, reason=reason, created_at=stamp(now),
                          findings=json.dumps([f.to_dict() for f in findings], ensure_ascii=False))
    session.add(row)
    loaded.rules.revisions = {**loaded.rules.revisions, row.hash: facts_of(row)}
    return row


def transition(session: Session, loaded: Loaded, step: Step, now: datetime, detail: dict | None = None) -> models.Event:
    """Decide the step, then append its event and update the item, the tasks, the jobs and the outbox."""
    item, rules = loaded.item, loaded.rules
    role = rules.role_of(step, rules.stage)
    from_stage, to_stage = rules.decide(step)
    at = stamp(now)
    fields = {
        "item_id": item.id, "seq": item.last_seq + 1, "event": step.event, "actor": step.actor, "role": role,
        "from_stage": from_stage, "to_stage": to_stage, "revision_hash": rules.revision,
        "opinion": step.opinion, "ground": step.ground,
        "detail": json.dumps(detail or ({"assignee": step.assignee} if step.assignee else {}),
                             ensure_ascii=False, sort_keys=True),
        "at": at, "policy_version": loaded.policy_version, "prev_hash": item.head_hash,
    }
    event = models.Event(**fields, hash=event_hash(fields))
    session.add(event)
    item.stage, item.last_seq, item.head_hash = to_stage, event.seq, event.hash
    item.revision_hash, item.updated_at = rules.revision, at
    _update_tasks(session, loaded, event, now)
    _enqueue_job(session, item, event, at)
    enqueue_for_event(session, loaded.policy, item, event, now)
    return event


def _update_tasks(session: Session, loaded: Loaded, event: models.Event, now: datetime) -> None:
    item, at, task = loaded.item, stamp(now), loaded.task
    if event.event in ("claim", "release") and task is not None:
        task.assignee = loaded.rules.claims.get(event.from_stage)
        task.status = "claimed" if task.assignee else "open"
        return
    opens = event.to_stage in HUMAN_STAGES and (
        event.from_stage != event.to_stage or event.event == "scan_flag")
    if task is not None and (event.from_stage != event.to_stage):
        task.status, task.closed_at, task.decision = "done", at, event.event
    if opens and not (event.to_stage == NO_TASK_UNTIL_HELD and event.event != "scan_flag"):
        due = add_working_days(now, loaded.policy.stages[event.to_stage].deadline_days)
        session.add(models.ReviewTask(item_id=item.id, stage=event.to_stage, status="open", created_at=at,
                                      due_at=stamp(due.at)))


def _enqueue_job(session: Session, item: models.Item, event: models.Event, at: str) -> None:
    kind = JOB_OF_STAGE.get(event.to_stage)
    if kind and event.from_stage != event.to_stage:
        session.add(models.Job(kind=kind, item_id=item.id, key=f"{kind}:{item.id}:{event.seq}", created_at=at))


__all__ = ["Loaded", "add_revision", "event_fields", "load", "stamp", "transition"]
