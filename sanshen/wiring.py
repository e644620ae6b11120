"""Wiring in one place: the database, the engine and the policy, built from the environment."""

from functools import cache
from typing import TYPE_CHECKING

from .ledger.db import Database

if TYPE_CHECKING:
    from .engine.handlers import Engine
    from .policies.scope import Scope


@cache
def database() -> Database:
    return Database()


def engine(scope: "Scope | None" = None) -> "Engine":
    """The commands over the configured database, for the acting person's scope (None: the system)."""
    from .engine.handlers import Engine

    return Engine(database(), scope)


def acting(text: str | None) -> "Scope":
    """The scope of `--as USER` or `--as USER@CODE`; without `--as`, the console, which sees everything."""
    from .policies.scope import CONSOLE

    if text is None:
        return CONSOLE
    from .engine.scope import acting as find

    with database().transaction() as session:
        return find(session, text)
