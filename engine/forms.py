"""The 信息发布审批单 (publication approval form) of an item, made from its replayed, verified history.

One section per step of the last submission (一事一审): who, in what role, which decision, the
opinion and the date; the confidentiality officer's finding; whether the item went online.
"""

from typing import Any

from sqlalchemy.orm import Session

from ..ledger.policystore import current_policy
from ..policies.config import SYSTEM_USER
from ..policies.grounds import DISCLOSURE_ATTRIBUTES, REFUSAL_GROUNDS
from ..policies.scope import Scope
from ..states import EVENT_NAMES, stage_name
from .queries import history, show

DECISIONS = ("approve", "return", "refuse", "correct", "scan_clean", "scan_flag", "mask", "deliver", "retract")


def approval_form(session: Session, item_id: int, scope: Scope | None = None) -> dict[str, Any]:
    """The form's fields; `verified` says whether the history it is made from checked out."""
    item, told = show(session, item_id, scope=scope), history(session, item_id, scope)
    policy = current_policy(session, item["organisation_id"])[1]
    cycle = _last_submission(told["events"])
    steps = [_step(e) for e in cycle if e["event"] in DECISIONS]
    return {
        "item_id": item_id, "organisation": policy.organisation.name,
        "department": policy.department_names.get(item["department"], item["department"]),
        "title": item["title"], "body": item["body"], "revision_hash": item["revision_hash"],
        "source": item["source"] or "本单位原创", "drafter": _name_of(policy, item["drafter"]),
        "submitted_at": cycle[0]["at"] if cycle else None, "formed_on": item["formed_on"],
        "disclosure": DISCLOSURE_ATTRIBUTES.get(item["disclosure"], item["disclosure"]),
        "disclosure_ground": REFUSAL_GROUNDS.get(item.get("disclosure_ground") or ""),
        "disclosure_reason": item.get("disclosure_reason"),
        "contains_secrets": _secrets_finding(cycle), "published_online": item["stage"] in ("published", "retracted"),
        "index_number": item["index_number"], "stage": item["stage"], "stage_name": stage_name(item["stage"]),
        "steps": steps, "verified": told["verified"],
    }


def _last_submission(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events from the last submission on: earlier rounds were returned and no longer count."""
    starts = [n for n, e in enumerate(events) if e["event"] == "submit"]
    return events[starts[-1]:] if starts else []


def _step(event: dict[str, Any]) -> dict[str, Any]:
    ground = REFUSAL_GROUNDS.get(event["ground"] or "")
    return {"stage": event["from_stage"], "stage_name": stage_name(event["from_stage"]),
            "decision": EVENT_NAMES.get(event["event"], event["event"]),
            "name": "系统" if event["actor"] == SYSTEM_USER else event["actor_name"],
            "role": "自动" if event["actor"] == SYSTEM_USER else event["role_name"], "opinion": event["opinion"] or "", "ground": ground,
            "date": event["at"][:10], "revision_hash": event["revision_hash"]}


def _secrets_finding(cycle: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The confidentiality officer's finding: whether the item contains secrets, with opinion and name."""
    decided = [e for e in cycle if e["from_stage"] == "confidentiality_review"
               and e["event"] in ("approve", "return", "refuse")]
    if not decided:
        return None
    last = decided[-1]
    found = last["event"] != "approve" and (bool(last["detail"].get("secret")) or last["ground"] == "state_secret")
    return {"contains": found, "opinion": last["opinion"] or "", "name": last["actor_name"],
            "date": last["at"][:10]}


def _name_of(policy: Any, username: str) -> str:
    person = policy.person(username)
    return person.name if person else username
