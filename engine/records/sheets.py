"""The 保密审查单 (confidentiality review sheet) of an item, and the month's sheets as one summary."""

from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from ...ledger import models
from ...ledger.policystore import current_policy
from ...policies.grounds import REFUSAL_GROUNDS
from ...policies.kinds import CHANNELS
from ..errors import InvalidInput, NotFound
from ..queries import history

EVENTS, ITEMS = models.Event.__table__, models.Item.__table__
DECISIONS = ("approve", "return", "refuse")
VERDICTS = {"approve": "同意公开", "return": "退回修改", "refuse": "不予发布"}
MEDIUM = "电子文档"


def confidentiality_sheet(session: Session, item_id: int) -> dict[str, Any]:
    """The item's latest confidentiality review, as the sheet records it; `verified` from the replayed ledger."""
    told = history(session, item_id)
    decided = [e for e in told["events"] if e["from_stage"] == "confidentiality_review" and e["event"] in DECISIONS]
    return _sheet(session, item_id, told, decided[-1] if decided else None)


def _sheet(session: Session, item_id: int, told: dict[str, Any], event: dict[str, Any] | None) -> dict[str, Any]:
    item = session.get(models.Item, item_id)
    if item is None:
        raise NotFound(f"找不到稿件 {item_id}")
    policy = current_policy(session, item.organisation_id)[1]
    submitted = [e for e in told["events"] if e["event"] == "submit" and (event is None or e["seq"] < event["seq"])]
    return {
        "item_id": item_id, "title": told["title"], "organisation": policy.organisation.name,
        "department": policy.department_names.get(item.department_id, item.department_id),
        "date": (submitted[-1]["at"] if submitted else item.created_at)[:10], "medium": MEDIUM,
        "channel": CHANNELS.get(item.channel, item.channel), "intended_on": item.intended_on,
        "kind": policy.kind_name(item.kind), "reviewed": event is not None,
        "decision": VERDICTS.get(event["event"], "") if event else "",
        "contains_secrets": _contains_secrets(event), "opinion": (event or {}).get("opinion") or "",
        "ground": REFUSAL_GROUNDS.get((event or {}).get("ground") or "", ""),
        "officer": event["actor_name"] if event else "", "reviewed_on": event["at"][:10] if event else "",
        "reviewed_at": event["at"] if event else "", "verified": told["verified"],
    }


def _contains_secrets(event: dict[str, Any] | None) -> bool | None:
    """Only where the officer found secrets: a return or refusal marked secret, or refused as a state secret."""
    if event is None:
        return None
    if event["event"] == "approve":
        return False
    return bool(event["detail"].get("secret")) or event["ground"] == "state_secret"


def confidentiality_month(session: Session, month: str, organisation_id: int | None = None) -> dict[str, Any]:
    """Every confidentiality review of the organisation (None: the platform's only one) decided in the month
    (YYYY-MM): one sheet a decision, in time order."""
    if len(month) != 7 or month[4] != "-" or not (month[:4] + month[5:]).isdigit() or not 1 <= int(month[5:]) <= 12:
        raise InvalidInput(f"月份格式应为 YYYY-MM：{month}")
    ours = true() if organisation_id is None else ITEMS.c.organisation_id == organisation_id
    rows = session.execute(select(EVENTS.c.item_id, EVENTS.c.seq).join(ITEMS, ITEMS.c.id == EVENTS.c.item_id).where(
        EVENTS.c.from_stage == "confidentiality_review", EVENTS.c.event.in_(DECISIONS),
        EVENTS.c.at.like(f"{month}%"), ours).order_by(EVENTS.c.at, EVENTS.c.item_id)).all()
    told: dict[int, dict[str, Any]] = {}
    sheets = []
    for item_id, seq in rows:
        told.setdefault(item_id, history(session, item_id))
        event = next(e for e in told[item_id]["events"] if e["seq"] == seq)
        sheets.append(_sheet(session, item_id, told[item_id], event))
    return {"month": month, "organisation": current_policy(session, organisation_id)[1].organisation.name,
            "reviewed": len(sheets), "approved": sum(s["decision"] == VERDICTS["approve"] for s in sheets),
            "returned": sum(s["decision"] == VERDICTS["return"] for s in sheets),
            "refused": sum(s["decision"] == VERDICTS["refuse"] for s in sheets),
            "found_secrets": sum(bool(s["contains_secrets"]) for s in sheets),
            "verified": all(s["verified"] for s in sheets), "sheets": sheets}
