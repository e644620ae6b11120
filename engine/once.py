"""Exactly once per command: an idempotency key recorded with the event, and one retry after a lost connection.

Every command runs under a key: the caller's (the CLI makes one per invocation, the API takes it from
the request) or, when none is given, one made for this call, so that the engine's own retry is
idempotent too. The key is stored with the event the command appends (unique, outside the hash
chain); a command whose key is already recorded answers the outcome of the first run instead of
acting again. So a retry after a lost commit acknowledgement answers what really happened.
"""

import functools
import uuid
from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..ledger.db import Database
from ..notifications.outbox import eligible
from ..policies.errors import RuleBroken
from ..states import stage_name
from .commands import Correct, Decide, Revise, Submit
from .errors import CONFLICT, CommandError, Conflict, InvalidInput
from .unit import EVENTS, ITEM_COLUMNS, ItemState, Loaded, current_key

MAX_KEY = 100
COMMANDS = (Submit, Revise, Decide, Correct)
R = TypeVar("R")


def exactly_once(command: Callable[..., R]) -> Callable[..., R]:
    """Run the command under its key; answer a recorded key with the first outcome; retry once a lost connection."""

    @functools.wraps(command)
    def run(engine: Any, *args: Any, key: str | None = None, **kwargs: Any) -> R:
        given = key or next((a.key for a in args if isinstance(a, COMMANDS) and a.key), None) or engine.next_invocation_key()
        if given is not None and not 0 < len(given) <= MAX_KEY:
            raise InvalidInput(f"幂等键长度应为 1 到 {MAX_KEY} 个字符")
        token = current_key.set(given or uuid.uuid4().hex)
        try:
            if given and (first := outcome_of(engine.db, given)) is not None:
                return first  # type: ignore[return-value]
            try:
                return _with_one_retry(engine, command, args, kwargs)
            except (CommandError, RuleBroken):  # a twin with the same key (a double click) won: answer what it did
                if given and (first := outcome_of(engine.db, given)) is not None:
                    return first  # type: ignore[return-value]
                raise
        finally:
            current_key.reset(token)

    return run


def _with_one_retry(engine: Any, command: Callable[..., R], args: Any, kwargs: Any) -> R:
    """A pooled connection that died (a server restart) fails before anything is written; a lost commit
    acknowledgement fails after: the retry first asks whether the key was recorded."""
    try:
        return command(engine, *args, **kwargs)
    except DBAPIError as error:
        if not error.connection_invalidated:
            raise
    first = outcome_of(engine.db, current_key.get() or "")
    if first is not None:
        return first  # type: ignore[return-value]
    return command(engine, *args, **kwargs)


def moved_under(session: Session, loaded: Loaded, actor: str) -> None:
    """A refused decision that lost a race: raise Conflict when the stage moved under the actor.

    The actor may act at the stage the item just left (another person moved it on) but not at the stage
    it is in now: whatever rule the new stage broke, what happened is that someone else decided first.
    """
    moved = session.execute(select(EVENTS.c.actor, EVENTS.c.from_stage, EVENTS.c.to_stage).where(
        EVENTS.c.item_id == loaded.item.id, EVENTS.c.from_stage != EVENTS.c.to_stage)
        .order_by(EVENTS.c.seq.desc()).limit(1)).first()
    if moved is None or moved.actor == actor or moved.from_stage not in loaded.policy.stages:
        return
    if _could_act(loaded, actor, moved.from_stage) and not _holds_role(loaded, actor, moved.to_stage):
        raise Conflict(f"{CONFLICT}（稿件已由他人处理，现处于{stage_name(moved.to_stage)}环节）")


def _could_act(loaded: Loaded, actor: str, stage: str) -> bool:
    """The actor was among those who may act on this item at `stage` (roles and separation of duties)."""
    return any(p.username == actor for p in eligible(loaded.policy, stage, loaded.item, loaded.rules.acted))


def _holds_role(loaded: Loaded, actor: str, stage: str) -> bool:
    return stage in loaded.policy.stages and any(
        p.username == actor for p in loaded.policy.candidates(stage, loaded.item.department_id))


def outcome_of(db: Database, key: str) -> ItemState | None:
    """The item as the command recorded under `key` left it, or None when no event carries the key."""
    with db.reading() as session:
        event = session.execute(select(EVENTS.c.item_id, EVENTS.c.to_stage, EVENTS.c.revision_hash)
                                .where(EVENTS.c.command_key == key)).first()
        if event is None:
            return None
        row = session.execute(select(*ITEM_COLUMNS).where(ITEM_COLUMNS[0] == event.item_id)).one()
    item = ItemState(**{f.name: getattr(row, f.name) for f in fields(ItemState)})
    item.stage, item.revision_hash = event.to_stage, event.revision_hash
    return item
