"""The register of published items (信息发布登记台账), from the publications and the verified ledger."""

from datetime import date
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from ...ledger import models
from ..forms import approval_form

PUBLICATIONS, EVENTS = models.Publication.__table__, models.Event.__table__
REVIEWS = ("first_review", "second_review", "final_review")
KEY_POINTS = 60


def register(session: Session, start: date, end: date, organisation_id: int | None = None) -> list[dict[str, Any]]:
    """Every item of the organisation (None: of every one) published from `start` to `end` (inclusive), in order."""
    ours = true() if organisation_id is None else PUBLICATIONS.c.organisation_id == organisation_id
    rows = session.execute(select(PUBLICATIONS).where(
        PUBLICATIONS.c.published_at >= start.isoformat(), PUBLICATIONS.c.published_at < _after(end), ours)
        .order_by(PUBLICATIONS.c.published_at, PUBLICATIONS.c.item_id)).all()
    return [_entry(session, row) for row in rows]


def _after(day: date) -> str:
    """The smallest stamp later than every moment of `day` (stamps are ISO text: compare as text)."""
    return day.isoformat() + "~"


def _entry(session: Session, publication: Any) -> dict[str, Any]:
    form = approval_form(session, publication.item_id)
    retraction = session.execute(select(EVENTS.c.at, EVENTS.c.opinion).where(
        EVENTS.c.item_id == publication.item_id, EVENTS.c.event == "retract")).first()
    body = " ".join(form["body"].split())
    reviewers = [f"{s['stage_name']} {s['name']}" for s in form["steps"]
                 if s["stage"] in REVIEWS and s["decision"] == "通过"]
    return {"item_id": publication.item_id, "index_number": publication.index_number, "title": form["title"],
            "key_points": body[:KEY_POINTS] + ("……" if len(body) > KEY_POINTS else ""), "source": form["source"],
            "department": form["department"], "published_at": publication.published_at,
            "disclosure": form["disclosure"], "reviewers": "；".join(reviewers),
            "retracted_at": retraction.at if retraction else None,
            "retract_reason": retraction.opinion if retraction else None,
            "verified": form["verified"]}
