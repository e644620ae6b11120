"""Outbox rows written in batches, each keyed: a row whose key is stored already is passed over."""

from collections import Counter
from typing import Any

from sqlalchemy import text
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.installation import with_installation
from .staging import copy_into_staging

OUTBOX = models.OutboxMessage.__table__
_ADD_NEW_SQLITE = insert(OUTBOX).on_conflict_do_nothing(index_elements=["key"]).returning(OUTBOX.c.key, OUTBOX.c.kind)


def insert_new_rows(session: Session, rows: list[dict[str, Any] | None]) -> list[tuple[str, str]]:
    """Insert the rows (None: nobody to write to) whose key is new, in batches; the (key, kind) of those written.

    Concurrent writers of the same keys never both write one: the unique key makes the later one pass it over.
    """
    wanted = [row for row in with_installation(session, rows) if row is not None]
    if not wanted:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return _copied_in(session, wanted)
    return [(key, kind) for key, kind in session.execute(_ADD_NEW_SQLITE, wanted).all()]


def _copied_in(session: Session, rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """PostgreSQL: the rows copied into a staging table, then inserted in their order, keys already there passed over."""
    columns = list(rows[0])
    copy_into_staging(session, "outbox_incoming", "outbox", columns,
                      [[row[c] for c in columns] + [n] for n, row in enumerate(rows)])
    listed = ", ".join(columns)
    return [(key, kind) for key, kind in session.execute(text(
        f"INSERT INTO outbox ({listed}) SELECT {listed} FROM outbox_incoming ORDER BY ord "
        "ON CONFLICT (key) DO NOTHING RETURNING key, kind")).all()]


def insert_new(session: Session, rows: list[dict[str, Any] | None]) -> int:
    """Insert the rows whose key is new; returns how many were new."""
    return len(insert_new_rows(session, rows))


def written_by_kind(written: list[tuple[str, str]]) -> Counter[str]:
    return Counter(kind for _, kind in written)
