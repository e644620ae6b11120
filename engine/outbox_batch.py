"""Outbox rows written in batches, each keyed: a row whose key is stored already is passed over."""

from collections import Counter
from typing import Any

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.installation import with_installation

OUTBOX = models.OutboxMessage.__table__
_ADD_NEW = {name: dialect_insert(OUTBOX).on_conflict_do_nothing(index_elements=["key"]).returning(OUTBOX.c.key, OUTBOX.c.kind)
            for name, dialect_insert in (("postgresql", pg_insert), ("sqlite", sqlite_insert))}


def insert_new_rows(session: Session, rows: list[dict[str, Any] | None]) -> list[tuple[str, str]]:
    """Insert the rows (None: nobody to write to) whose key is new, in batches; the (key, kind) of those written.

    Concurrent writers of the same keys never both write one: the unique key makes the later one pass it over.
    """
    wanted = [row for row in with_installation(session, rows) if row is not None]
    if not wanted:
        return []
    statement = _ADD_NEW[session.get_bind().dialect.name]
    return [(key, kind) for key, kind in session.execute(statement, wanted).all()]


def insert_new(session: Session, rows: list[dict[str, Any] | None]) -> int:
    """Insert the rows whose key is new; returns how many were new."""
    return len(insert_new_rows(session, rows))


def written_by_kind(written: list[tuple[str, str]]) -> Counter[str]:
    return Counter(kind for _, kind in written)
