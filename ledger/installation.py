"""This installation's id, made at `init` (migration 0002, or the first policy stored): unique per database."""

import uuid
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from . import models

INSTALLATION = models.Installation.__table__
_known: dict[int, str] = {}


def installation_id(session: Session) -> str:
    """The id, made when missing (a database whose tables were emptied); read once per engine."""
    bind = id(session.get_bind())
    if bind not in _known:
        found = session.execute(select(INSTALLATION.c.id).limit(1)).scalar_one_or_none()
        if found is None:
            found = uuid.uuid4().hex
            session.execute(insert(models.Installation).values(id=found, created_at="init"))
        _known[bind] = found
    return _known[bind]


def forget() -> None:
    """Drop the cached ids (tests that empty the tables)."""
    _known.clear()


def with_installation(session: Session, rows: list[Any]) -> list[Any]:
    """Outbox rows whose Message-ID carries the installation id: `<key.INSTALLATION@domain>`."""
    if not any(rows):
        return rows
    tag = installation_id(session)
    for row in rows:
        if row is not None and "@" in row["message_id"] and f".{tag}@" not in row["message_id"]:
            local, domain = row["message_id"].strip("<>").rsplit("@", 1)
            row["message_id"] = f"<{local}.{tag}@{domain}>"
    return rows
