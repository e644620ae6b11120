"""Reading revisions back: the newest with a hash, and what the rules need to know of one."""

import json
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..policies.findings import Finding
from ..policies.rules import RevisionFacts
from .models import Revision

REVISIONS = Revision.__table__
NEWEST_WITH_HASH = (select(REVISIONS).where(REVISIONS.c.item_id == bindparam("item_id"),
                                            REVISIONS.c.hash == bindparam("digest"))
                    .order_by(REVISIONS.c.number.desc()).limit(1))  # built once: it is on the commands' path


def checked_text(title: str, body: str) -> str:
    """The text the content checks read and their offsets point into: title, blank line, body."""
    return f"{title}\n\n{body}"


def latest_revision(session: Session, item_id: int, digest: str) -> Any:
    """The newest stored revision of the item with that hash (a row with the Revision columns)."""
    return session.connection().execute(NEWEST_WITH_HASH, {"item_id": item_id, "digest": digest}).first()


class UnreadableRevision(LookupError):
    """A stored revision whose findings cannot be read: changed behind the engine."""


def facts_of(row: Any) -> RevisionFacts:
    try:
        findings = tuple(Finding.from_dict(f) for f in json.loads(row.findings))
    except (ValueError, TypeError, AttributeError):
        raise UnreadableRevision(f"稿件 {row.item_id} 第 {row.number} 版的检查记录无法读取（版本被篡改？）：请运行 sanshen verify") from None
    return RevisionFacts(row.hash, checked_text(row.title, row.body), findings)
