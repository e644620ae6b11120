"""The outbox: notifications written in the same transaction as the transition that causes them.

Who is told what: the candidates of a stage when a task waits for them; the drafter when the item
is returned or refused; the drafter and everyone who acted when it is published or retracted.
Never the person who acted. People who chose the daily digest get their entries there instead.
"""

import json
from collections.abc import Mapping, Set
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.compiled import write
from ..ledger.installation import with_installation
from ..policies.config import Notify, Person, Policy
from ..policies.duties import check_may_act
from ..policies.errors import RuleBroken
from ..policies.grounds import REFUSAL_GROUNDS
from ..states import HUMAN_STAGES, stage_name
from .render import message_id_for, subject_of

OUTBOX = models.OutboxMessage.__table__
ADD = insert(OUTBOX).inline()  # no new id asked for: it may run in a pipeline


class ItemLike(Protocol):
    id: int
    title: str
    drafter: str
    department_id: str
    organisation_id: int


class EventLike(Protocol):
    item_id: int
    seq: int
    event: str
    actor: str
    from_stage: str
    to_stage: str
    opinion: str | None
    ground: str | None
    detail: str
    at: str


def enqueue_for_event(session: Session, policy: Policy, item: ItemLike, event: EventLike,
                      acted: Mapping[str, Set[str]], now: datetime, due: dict[str, Any] | None = None) -> int:
    """Write the notifications an event causes to the outbox; returns how many."""
    kind, people = _recipients(policy, item, event, acted)
    if kind is None:
        return 0
    context = _context(policy, item, event, due or {})
    made = [outbox_row(policy, kind, person, item.id, f"{item.id}:{event.seq}:{kind}:{person.username}", context, now,
                       organisation_id=item.organisation_id)
            for person in people if person.username != event.actor]
    rows = with_installation(session, [row for row in made if row is not None])
    if rows:
        write(session.connection(), ADD, rows)
    return len(rows)


def _recipients(policy: Policy, item: ItemLike, event: EventLike,
                acted: Mapping[str, Set[str]]) -> tuple[str | None, list[Person]]:
    drafter = [p for p in [policy.person(item.drafter)] if p is not None]
    waits = event.to_stage in HUMAN_STAGES and (event.from_stage != event.to_stage or event.event == "scan_flag")
    if waits and not (event.to_stage == "sensitivity_check" and event.event != "scan_flag"):
        return "task_waiting", eligible(policy, event.to_stage, item, acted)
    if event.event == "claim" and policy.reminders.claim_notice:
        return "claimed", eligible(policy, event.from_stage, item, acted)
    if event.event in ("return", "back_with_interpretation"):
        return "returned", drafter
    if event.event == "refuse":
        return "refused", drafter
    if event.event in ("deliver", "retract"):
        reviewers = [p for name in sorted(acted) if (p := policy.person(name)) is not None]
        return ("published" if event.event == "deliver" else "retracted"), drafter + reviewers
    return None, []


def eligible(policy: Policy, stage: str, item: ItemLike, acted: Mapping[str, Set[str]]) -> list[Person]:
    """The candidates of a stage who may act on this item (separation of duties applied)."""
    people = []
    for person in policy.candidates(stage, item.department_id):
        try:
            check_may_act(policy, person.username, stage, item.drafter, item.department_id, acted)
        except RuleBroken:
            continue
        people.append(person)
    return people


def _context(policy: Policy, item: ItemLike, event: EventLike, due: dict[str, Any]) -> dict[str, Any]:
    actor = policy.person(event.actor)
    drafter = policy.person(item.drafter)
    detail = json.loads(event.detail or "{}")
    stage = event.to_stage if event.event in ("submit", "approve", "scan_clean", "scan_flag") else event.from_stage
    return {
        "item": {"id": item.id, "title": item.title}, "event": {"opinion": event.opinion or ""},
        "organisation": policy.organisation.name, "stage_name": stage_name(stage),
        "actor_name": actor.name if actor else "系统", "drafter_name": drafter.name if drafter else item.drafter,
        "ground_name": REFUSAL_GROUNDS.get(event.ground or "", ""),
        "index_number": detail.get("index_number", ""),
        "link": f"{policy.organisation.base_url.rstrip('/')}/items/{item.id}.html",
        "due_at": (due.get("due_at") or "")[:16].replace("T", " "), "due_note": due.get("due_note"),
        "subject": {"stage_name": stage_name(stage), "title": item.title},
    }


def outbox_row(policy: Policy, kind: str, person: Person, item_id: int | None, key: str,
               context: dict[str, Any], now: datetime, *, organisation_id: int) -> dict[str, Any] | None:
    """An outbox row for one person, or None when they have no address or want no mail.

    The row holds everything the message is made of (addresses, Message-ID, the template's
    values); the MIME text is rendered at delivery, which keeps rendering out of the command.
    """
    if not person.email or person.notify is Notify.none:
        return None
    message_id = message_id_for(key, policy.organisation.mail_from.split("@")[-1])
    values = {**context, "person": {"name": person.name, "username": person.username},
              "sender": policy.organisation.mail_from, "written_at": now.isoformat(timespec="seconds")}
    return {"key": key, "organisation_id": organisation_id, "item_id": item_id, "kind": kind, "recipient": person.username, "address": person.email,
            "subject": subject_of(kind, context), "message": json.dumps(values, ensure_ascii=False),
            "message_id": message_id,
            "status": "digest" if person.notify is Notify.digest else "pending", "attempts": 0,
            "created_at": now.isoformat(timespec="microseconds"), "next_attempt_at": None}


def notice_context(policy: Policy, item_id: int, title: str, stage: str, due_at: str, due_note: str | None,
                   holder_name: str, overdue: str = "") -> dict[str, Any]:
    """The template values of a reminder or an escalation about a waiting task."""
    return {
        "item": {"id": item_id, "title": title}, "organisation": policy.organisation.name,
        "stage_name": stage_name(stage), "due_at": due_at[:16].replace("T", " "), "due_note": due_note,
        "holder_name": holder_name, "overdue": overdue, "subject": {"stage_name": stage_name(stage), "title": title},
    }


def digest_context(policy: Policy, day: str, entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {"organisation": policy.organisation.name, "day": day, "entries": entries,
            "subject": {"day": day, "count": len(entries)}}


def digest_entry(kind: str, subject: str, values: dict[str, Any]) -> dict[str, Any]:
    """One entry of a digest: the held message's subject and what matters in it (opinion, ground, deadline)."""
    return {"subject": subject, "details": _digest_details(kind, values)}


def _digest_details(kind: str, values: dict[str, Any]) -> list[str]:
    opinion = values.get("event", {}).get("opinion")
    note = f"（{values['due_note']}）" if values.get("due_note") else ""
    deadline = f"处理期限：{values.get('due_at') or '—'}{note}"
    if kind == "returned":
        return [f"退回人：{values['actor_name']}", f"意见：{opinion}"]
    if kind == "refused":
        return [f"理由：{values['ground_name']}", f"意见：{opinion}"]
    if kind == "retracted":
        return [f"原因：{opinion}"]
    if kind == "published":
        return [f"索引号：{values['index_number']}", f"链接：{values['link']}"]
    if kind == "escalation":
        return [f"{deadline}{values['overdue']}", f"当前处理人：{values['holder_name']}"]
    if kind == "claimed":
        return [f"认领人：{values['actor_name']}"]
    return [deadline]
