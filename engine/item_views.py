"""What the item page reads beside `show` and `history`: the revisions, what a stage last saw, the tolerance used."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.policystore import current_policy
from ..policies.tolerance import changed_ratio

REVISIONS = models.Revision.__table__


def revisions(session: Session, item_id: int) -> list[dict[str, Any]]:
    rows = session.execute(select(REVISIONS.c.number, REVISIONS.c.hash, REVISIONS.c.title, REVISIONS.c.body,
                                  REVISIONS.c.author, REVISIONS.c.reason, REVISIONS.c.created_at)
                           .where(REVISIONS.c.item_id == item_id).order_by(REVISIONS.c.number))
    return [{**row._mapping, "text": f"{row.title}\n\n{row.body}"} for row in rows]


def last_seen_at_stage(events: list[dict[str, Any]], stage: str, current: str | None) -> str | None:
    """The revision this stage last decided on, when the text has changed since (else None)."""
    seen = next((e["revision_hash"] for e in reversed(events)
                 if e["from_stage"] == stage and e["event"] in ("approve", "return", "refuse")), None)
    return seen if seen and seen != current else None


def tolerance_used(session: Session, events: list[dict[str, Any]], texts: dict[str, str],
                   current: str | None) -> dict[str, float] | None:
    """How much of the proofreading tolerance the corrections since 终审's approval use."""
    approved = next((e["revision_hash"] for e in reversed(events)
                     if e["from_stage"] == "final_review" and e["event"] == "approve"), None)
    if approved is None or approved not in texts or current not in texts:
        return None
    limit = current_policy(session)[1].proofreading_tolerance.max_changed_ratio
    return {"used": changed_ratio(texts[approved], texts[current or ""]), "limit": limit}
