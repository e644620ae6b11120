"""Wiring in one place: the database, the engine and the policy, built from the environment."""

from functools import cache
from typing import TYPE_CHECKING

from .ledger.db import Database, database_url

if TYPE_CHECKING:
    from .engine.handlers import Engine


@cache
def database() -> Database:
    """The database for commands that write; a missing SQLite file is refused (only `init` makes one)."""
    return Database(create=False)


def reader() -> Database:
    """The database for commands that only read: never created, opened read-only, never takes the write lock."""
    return _reader(database_url())


@cache
def _reader(url: str) -> Database:
    return Database(url, readonly=True)


def engine() -> "Engine":
    """The commands over the configured database (imported here: reading commands do without them).

    One idempotency key per CLI invocation: the engine's retry after a lost acknowledgement answers
    what the first attempt did instead of acting twice.
    """
    import uuid

    from .engine.handlers import Engine

    return Engine(database(), invocation_key=f"cli-{uuid.uuid4().hex}")
