"""The figures of the annual report on open government information (政府信息公开工作年度报告) the ledger knows.

Each figure comes with the items behind it (`detail`), and says whether their ledgers verified.
"""

import statistics
from collections import Counter, defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...ledger import models
from ...ledger.policystore import current_policy
from ...policies.calendar import working_days_between
from ...policies.grounds import REFUSAL_GROUNDS
from ...policies.statutory import limit_of
from ..queries import replay_item

EVENTS, ITEMS = models.Event.__table__, models.Item.__table__
COUNTED = ("deliver", "refuse", "withdraw", "end_with_policy", "retract", "approve")


def annual(session: Session, year: int) -> dict[str, Any]:
    """The year's figures; `detail` maps each figure to the ids of the items behind it."""
    policy = current_policy(session)[1]
    rows = session.execute(select(EVENTS.c.item_id, EVENTS.c.event, EVENTS.c.ground, EVENTS.c.to_stage,
                                  EVENTS.c.at, ITEMS.c.kind, ITEMS.c.disclosure, ITEMS.c.formed_on,
                                  ITEMS.c.created_at)
                           .join(ITEMS, ITEMS.c.id == EVENTS.c.item_id)
                           .where(EVENTS.c.event.in_(COUNTED), EVENTS.c.at.like(f"{year}-%"))
                           .order_by(EVENTS.c.at, EVENTS.c.item_id)).all()
    detail: dict[str, list[int]] = defaultdict(list)
    by_kind: Counter[str] = Counter()
    by_ground: Counter[str] = Counter()
    late_days: dict[int, int] = {}
    to_publish: list[int] = []
    for row in rows:
        if row.event == "deliver":
            detail["published_proactively"].append(row.item_id)
            by_kind[policy.kind_name(row.kind) or "未分类"] += 1
            detail[f"by_kind:{policy.kind_name(row.kind) or '未分类'}"].append(row.item_id)
            days, late = _timeliness(policy, row)
            to_publish.append(days)
            if late > 0:
                late_days[row.item_id] = late
        elif row.event == "refuse":
            by_ground[REFUSAL_GROUNDS.get(row.ground or "", row.ground or "")] += 1
            detail[f"refused_by_ground:{row.ground}"].append(row.item_id)
        elif row.event in ("withdraw", "end_with_policy"):
            detail["withdrawn"].append(row.item_id)
        elif row.event == "retract":
            detail["retracted"].append(row.item_id)
        elif row.to_stage == "recorded":
            detail["on_request_approved" if row.disclosure == "on_request" else "not_disclosed_recorded"].append(
                row.item_id)
    detail["past_statutory_limit"] = sorted(late_days)
    return {
        "year": year, "organisation": policy.organisation.name,
        "published_proactively": len(detail["published_proactively"]), "by_kind": dict(by_kind),
        "refused": sum(by_ground.values()), "refused_by_ground": dict(by_ground),
        "withdrawn": len(detail["withdrawn"]), "retracted": len(detail["retracted"]),
        "on_request_approved": len(detail["on_request_approved"]),
        "not_disclosed_recorded": len(detail["not_disclosed_recorded"]),
        "past_statutory_limit": len(late_days),
        "working_days_late": {"total": sum(late_days.values()), "max": max(late_days.values(), default=0),
                              "by_item": {str(item): days for item, days in sorted(late_days.items())}},
        "median_working_days_to_publication": statistics.median(to_publish) if to_publish else None,
        "due_on": date(year + 1, 1, 31).isoformat(),
        "verified": _verified(session, {i for ids in detail.values() for i in ids}),
        "detail": dict(detail),
    }


def _timeliness(policy: Any, row: Any) -> tuple[int, int]:
    """Working days from formation to publication, and how many working days past the statutory limit."""
    limit = limit_of(policy, row.formed_on, row.created_at)
    published = datetime.fromisoformat(row.at).date()
    calendar = policy.working_calendar
    late = working_days_between(limit.due.at.date(), published, calendar) if published > limit.due.at.date() else 0
    return working_days_between(limit.formed_on, published, calendar), late


def _verified(session: Session, item_ids: set[int]) -> bool:
    """Whether every item behind a figure has a ledger that replays clean."""
    items = session.scalars(select(models.Item).where(models.Item.id.in_(item_ids))).all() if item_ids else []
    return all(replay_item(session, item)[0].verified for item in items)
