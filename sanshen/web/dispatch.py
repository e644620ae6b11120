"""One place where a web form or an API call becomes an engine command; the engine decides everything."""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..engine.commands import Correct, Decide, Revise, Submit
from ..engine.errors import InvalidInput
from ..engine.handlers import Engine
from ..engine.queries import show
from ..engine.scope import Scope, require_change
from ..engine.unit import ItemState
from ..ledger.db import Database

ACTIONS = ("claim", "release", "approve", "return", "refuse", "withdraw", "retract", "resubmit", "revise",
           "correct", "mask", "apply")
DECISIONS = ("claim", "release", "approve", "return", "refuse", "withdraw", "retract")


@dataclass(frozen=True)
class Request:
    """What a form or a JSON body may carry for an action on an item."""

    opinion: str | None = None
    ground: str | None = None
    to: str | None = None
    revision: str | None = None
    title: str | None = None
    body: str | None = None
    picks: list[int] = field(default_factory=list)


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"日期格式应为 YYYY-MM-DD：{value}") from None


MAX_KEY = 64


def engine_for(db: Database, scope: Scope, key: str | None) -> Engine:
    """The engine for one request: the caller's idempotency key (a form's or an Idempotency-Key header), per person."""
    if key and len(key) > MAX_KEY:
        raise InvalidInput(f"幂等键（Idempotency-Key）不得超过 {MAX_KEY} 个字符")
    return Engine(db, invocation_key=f"web:{scope.signed_in_as}:{key}" if key else None, scope=scope.acting)


def submit(db: Database, scope: Scope, title: str, body: str, disclosure: str, formed_on: str | None,
           source: str, now: Any, key: str | None = None) -> ItemState:
    require_change(scope)
    return engine_for(db, scope, key).submit(Submit(scope.username, title, body, disclosure or "proactive", source or "",
                                    parse_date(formed_on)), now)


def act(db: Database, scope: Scope, item_id: int, action: str, asked: Request, now: Any,
        key: str | None = None) -> ItemState:
    """Carry out the action on an item the scope may see; refusals are the engine's own."""
    with db.transaction() as session:
        scope.require_item(session, item_id)
        current = show(session, item_id) if action in ("revise", "correct") else None
    require_change(scope)
    engine, actor = engine_for(db, scope, key), scope.username
    if action in DECISIONS:
        return engine.decide(Decide(action, actor, item_id, opinion=asked.opinion or None, ground=asked.ground or None,
                                    assignee=asked.to or None, expected_revision=asked.revision or None), now)
    if action == "resubmit":
        return engine.resubmit(actor, item_id, now)
    if action == "mask":
        return engine.mask(actor, item_id, now)
    if action == "apply":
        return engine.apply_suggestions(actor, item_id, asked.picks, now)
    if current is not None and action == "revise":
        return engine.revise(Revise(actor, item_id, asked.title or current["title"], asked.body or ""), now)
    if current is not None and action == "correct":
        return engine.correct(Correct(actor, item_id, asked.body or "", title=asked.title or None,
                                      opinion=asked.opinion or None), now)
    raise InvalidInput(f"不认识的操作：{action}")
