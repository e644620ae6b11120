"""An item's snapshot: what the rules know of it at its head, kept with its row (`items.snapshot`).

The snapshot is the fold of the item's events (ledger.replay.fold) at sequence number `seq`, with
the findings digests its revision events chained, as canonical JSON. A command reads it instead of
folding every event, and trusts it only for the head the row records: `seq` is the row's `last_seq`
and the event at that seq has the row's head hash (read in the same query). `verify` folds the
events again and reports a snapshot that disagrees with them. NULL (a row written before migration
0010, or bulk-loaded) means: fold the ledger.
"""

import json
from collections.abc import Iterable, Sequence
from typing import Any, cast

from ..policies.config import Policy
from ..policies.rules import ItemRules
from .replay import Problem, chained_findings, fold


def encode(rules: ItemRules, seq: int, findings: dict[str, str]) -> str:
    """The snapshot of an item whose rules have folded its events up to `seq`."""
    return json.dumps(_fields(rules, seq, findings), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _fields(rules: ItemRules, seq: int, findings: dict[str, str]) -> dict[str, Any]:
    return {
        "seq": seq, "stage": rules.stage, "revision": rules.revision, "held": rules.held,
        "claims": rules.claims, "acted": {who: sorted(stages) for who, stages in rules.acted.items()},
        "approvals": [list(pair) for pair in rules.approvals], "lineage": sorted(rules.lineage),
        "disclosure": rules.disclosure, "kind": rules.kind, "interprets": rules.interprets, "findings": findings,
    }


def decode(text: str) -> dict[str, Any] | None:
    """The snapshot's fields, or None when it is not a snapshot (edited into something unreadable)."""
    try:
        fields = json.loads(text)
    except ValueError:
        return None
    return fields if isinstance(fields, dict) and isinstance(fields.get("seq"), int) else None


def restore(rules: ItemRules, fields: dict[str, Any]) -> None:
    """Put what the snapshot knows into fresh rules (as `fold` would have left them)."""
    rules.stage, rules.revision, rules.held = fields["stage"], fields["revision"], fields["held"]
    rules.claims = dict(fields["claims"])
    rules.acted = {who: set(stages) for who, stages in fields["acted"].items()}
    rules.approvals = [(stage, revision) for stage, revision in fields["approvals"]]
    rules.lineage = set(fields["lineage"])
    rules.disclosure, rules.kind, rules.interprets = fields["disclosure"], fields["kind"], fields["interprets"]


def of_events(drafter: str, department: str, events: Sequence[Any]) -> str:
    """The snapshot the item's events fold to (the migration's backfill, and what verify compares)."""
    return encode(_folded(drafter, department, events), len(events), chained_findings(events))


def _folded(drafter: str, department: str, events: Iterable[Any]) -> ItemRules:
    # The fold records what happened; it decides nothing, so it reads no policy.
    return fold(ItemRules(cast(Policy, None), drafter, department, {}), list(events))


def snapshot_problems(item: Any, events: Sequence[Any]) -> list[Problem]:
    """A stored snapshot that is not the fold of the item's events (changed behind the engine)."""
    if item.snapshot is None:
        return []
    stored = decode(item.snapshot)
    expected = json.loads(of_events(item.drafter, item.department_id, events))
    if stored != expected:
        return [Problem(item.id, item.last_seq, "稿件记录的状态快照与账本重放结果不符（快照被绕过引擎修改）")]
    return []
