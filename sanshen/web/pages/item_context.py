"""Everything an item's page shows, read in one transaction within the viewer's scope."""

from datetime import datetime
from typing import Any

from ...engine.item_views import last_seen_at_stage, revisions, tolerance_used
from ...engine.queries import history, show
from ...engine.scope import Scope
from ...ledger.db import Database
from ...states import PROOFREADING_STAGES
from ..text import char_diff, marked

DECISIONS = ("approve", "return", "refuse", "correct", "scan_clean", "scan_flag", "mask", "withdraw", "retract")


def item_context(db: Database, scope: Scope, item_id: int, a: int | None, b: int | None,
                 now: datetime) -> dict[str, Any]:
    with db.transaction() as session:
        scope.require_item(session, item_id)
        item, told, revs = show(session, item_id, now), history(session, item_id), revisions(session, item_id)
        texts = {r["hash"]: r["text"] for r in revs}
        tolerance = tolerance_used(session, told["events"], texts, item["revision_hash"]) \
            if item["stage"] in PROOFREADING_STAGES else None
    current = texts.get(item["revision_hash"] or "", f"{item['title']}\n\n{item['body']}")
    seen = last_seen_at_stage(told["events"], item["stage"], item["revision_hash"])
    return {
        "item": item, "history": told, "revisions": revs, "segments": marked(current, item["findings"]),
        "diff": _diff(revs, a, b), "seen_diff": char_diff(texts[seen], current) if seen in texts else None,
        "tolerance": tolerance,
        "opinions": [e for e in told["events"] if e["opinion"] or e["event"] in DECISIONS],
        "me": _my_part(scope, item), "people": [p for p in scope.policy.people if p.username != scope.username],
    }


def _diff(revs: list[dict[str, Any]], a: int | None, b: int | None) -> dict[str, Any] | None:
    by_number = {r["number"]: r for r in revs}
    if a is None or b is None or a not in by_number or b not in by_number:
        return None
    return {"a": a, "b": b, "runs": char_diff(by_number[a]["text"], by_number[b]["text"])}


def _my_part(scope: Scope, item: dict[str, Any]) -> dict[str, bool]:
    """Which forms to offer (a convenience only: the engine decides whether the action is allowed)."""
    task = item["task"] or {}
    drafter = item["drafter"] == scope.username
    may_change = scope.may_change
    return {
        "drafter": drafter and may_change,
        "holder": task.get("assignee") == scope.username,
        "may_hand_over": task.get("assignee") == scope.username or (scope.admin and bool(task.get("assignee"))),
        "may_claim": may_change and bool(task) and not task.get("assignee") and not drafter,
        "reviewer": may_change and bool(task) and not drafter,
        "proofreading": item["stage"] in PROOFREADING_STAGES,
        "published": item["stage"] == "published" and may_change,
        "auditor": scope.auditor,
    }
