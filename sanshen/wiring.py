"""Wiring in one place: the database, the engine and the policy, built from the environment."""

from functools import cache
from typing import TYPE_CHECKING

from .ledger.db import Database

if TYPE_CHECKING:
    from .engine.handlers import Engine


@cache
def database() -> Database:
    return Database()


def engine() -> "Engine":
    """The commands over the configured database (imported here: reading commands do without them)."""
    from .engine.handlers import Engine

    return Engine(database())
