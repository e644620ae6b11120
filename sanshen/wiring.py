"""Wiring in one place: the database, the engine and the policy, built from the environment."""

from functools import cache
from typing import TYPE_CHECKING

from .ledger.db import Database, database_url

if TYPE_CHECKING:
    from .engine.handlers import Engine
    from .policies.scope import Scope


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


def engine(scope: "Scope | None" = None) -> "Engine":
    """The commands over the configured database, for the acting person's scope (None: the system).

    One idempotency key per CLI invocation: the engine's retry after a lost acknowledgement answers
    what the first attempt did instead of acting twice.
    """
    import uuid

    from .engine.handlers import Engine

    return Engine(database(), invocation_key=f"cli-{uuid.uuid4().hex}", scope=scope)


def acting(text: str | None) -> "Scope":
    """The scope of `--as USER` or `--as USER@CODE`; without `--as`, the console, which sees everything."""
    from .policies.scope import CONSOLE

    if text is None:
        return CONSOLE
    from .engine.org_scope import acting as find

    with reader().reading() as session:
        return find(session, text)


def operating(actor: str | None, org: str | None, changes: bool = False) -> "Scope":
    """The slice an operator or records command acts on: `--as` (the person's organisation, or the platform's),
    narrowed by `--org CODE`; refused for anyone who is not an operator (engine/operator_scope.py)."""
    from .engine.operator_scope import operator_scope

    scope = acting(actor)
    with reader().reading() as session:
        return operator_scope(session, scope, org, changes)


def one_organisation(scope: "Scope") -> "Scope":
    """The one organisation a record is made for: the scope's, or the platform's only one (else: name it)."""
    from .engine.operator_scope import one_organisation as only

    with reader().reading() as session:
        return only(session, scope)
