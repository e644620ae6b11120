"""Replay: check an item's hash chain, fold its events through a fresh machine, compare stages.

A pure fold over rows already loaded; `verify` (ledger.audit) does the loading.
"""

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..policies.config import Policy
from ..policies.errors import RuleBroken
from ..policies.replaying import decide_by_table
from ..policies.rules import ItemRules, RevisionFacts, Step
from .chain import GENESIS, findings_digest, row_hash, text_hash
from .models import Event, Item

REVISION_EVENTS = {"submit", "revise", "mask", "correct"}


@dataclass(frozen=True)
class Problem:
    item_id: int
    seq: int
    problem: str


@dataclass
class Replayed:
    item_id: int
    stored_stage: str
    replayed_stage: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def verified(self) -> bool:
        return not self.problems


def detail_of(raw: str | None) -> dict[str, Any]:
    """An event's detail; unreadable (edited behind the engine) reads as none, and its hash tells the rest."""
    if not raw or raw == "{}":  # most events: nothing to parse
        return {}
    try:
        detail = json.loads(raw or "{}")
    except ValueError:
        return {}
    return detail if isinstance(detail, dict) else {}


def step_of(event: Event) -> Step:
    """The rules' view of a stored event."""
    detail = detail_of(event.detail)
    return Step(
        event=event.event,
        actor=event.actor,
        revision=event.revision_hash if event.event in REVISION_EVENTS else None,
        opinion=event.opinion,
        ground=event.ground,
        assignee=detail.get("assignee"),
        disclosure=detail.get("disclosure"),
        kind=detail.get("kind"),
        interprets=detail.get("interprets"),
        together_with=detail.get("together_with"),
    )


def fold(rules: ItemRules, events: Sequence[Event]) -> ItemRules:
    """Fold already-verified events into the rules without re-deciding them (the engine's load)."""
    for event in events:
        rules.record(step_of(event), event.from_stage)
        rules.stage = event.to_stage
    return rules


def event_fields(event: Event) -> dict[str, object]:
    return {name: getattr(event, name) for name in (
        "item_id", "seq", "event", "actor", "role", "from_stage", "to_stage", "revision_hash",
        "opinion", "ground", "detail", "at", "policy_version", "prev_hash")}


def chain_problems(item: Item, events: Sequence[Event]) -> list[Problem]:
    """Every break of the item's hash chain: edits, deletions, insertions, reorderings, truncation."""
    problems, prev = [], GENESIS
    for expected_seq, event in enumerate(events, start=1):
        if event.seq != expected_seq:
            problems.append(Problem(item.id, expected_seq, f"事件缺失或顺序被改动（此处为第 {event.seq} 号）"))
            return problems
        if event.prev_hash != prev:
            problems.append(Problem(item.id, event.seq, "与前一事件的哈希链接断开（事件被删除、插入或重排）"))
        if row_hash(event) != event.hash:
            problems.append(Problem(item.id, event.seq, "事件内容与其哈希不符（事件被篡改）"))
        prev = event.hash
    if item.last_seq != len(events) or item.head_hash != prev:
        problems.append(Problem(item.id, len(events), f"账本止于第 {len(events)} 号事件，而稿件记录为第 {item.last_seq} 号（事件被删除）"))
    return problems


def chained_findings(events: Iterable[Any]) -> dict[str, str]:
    """Revision hash -> the SHA-256 of its findings, as the event that recorded the revision chained it."""
    return {event.revision_hash: digest for event in events
            if event.event in REVISION_EVENTS and (digest := detail_of(event.detail).get("findings"))}


def revision_problems(item_id: int, revisions: Iterable[Any], events: Sequence[Any]) -> list[Problem]:
    """Every stored revision whose text, or whose findings, no longer have the hash its event recorded."""
    introduced: dict[str, int] = {}
    for event in events:
        if event.event in REVISION_EVENTS:
            introduced.setdefault(event.revision_hash, event.seq)
    chained = chained_findings(events)
    newest = {row.hash: row for row in revisions}
    problems = [Problem(item_id, introduced.get(row.hash, 0),
                        f"第 {row.number} 版的标题或正文与其哈希不符（版本被篡改，审核意见所针对的不是这段文字）")
                for row in revisions if text_hash(row.title, row.body) != row.hash]
    problems += [Problem(item_id, introduced.get(row.hash, 0),
                         f"第 {row.number} 版的检查记录与账本记录的摘要不符（检查发现被篡改）")
                 for row in newest.values() if row.hash in chained and findings_digest(row.findings) != chained[row.hash]]
    return problems


def publication_problems(item_id: int, published_hash: str | None, events: Sequence[Any]) -> list[Problem]:
    """A publication record whose revision is not the one the ledger delivered."""
    delivered = [e for e in events if e.event == "deliver"]
    if published_hash is None or not delivered or delivered[-1].revision_hash == published_hash:
        return []
    return [Problem(item_id, delivered[-1].seq, "发布记录中的版本不是账本记录发布的版本（发布记录被篡改）")]


def replay(
    item: Item,
    events: Sequence[Event],
    revisions: Mapping[str, RevisionFacts],
    policy_at: Callable[[int], Policy],
    trusted_upto: int = 0,
) -> Replayed:
    """Verify the chain and fold every event through the chart (its compiled table) under the policy of its time.

    Events up to `trusted_upto` (verified before, and still hashed into the chain) are folded, not decided.
    """
    problems = chain_problems(item, events)
    rules = ItemRules(policy_at(events[0].policy_version) if events else policy_at(1), item.drafter,
                      item.department_id, revisions)
    fold(rules, [event for event in events if event.seq <= trusted_upto])
    policies: dict[int, Policy] = {}
    for event in events:
        if event.seq <= trusted_upto:
            continue
        version = event.policy_version
        rules.policy = policies.get(version) or policies.setdefault(version, policy_at(version))
        if rules.stage != event.from_stage:
            problems.append(Problem(item.id, event.seq, f"事件记录的起始环节 {event.from_stage} 与重放结果 {rules.stage} 不符"))
        if event.event == "approve" and event.revision_hash != rules.revision:
            problems.append(Problem(item.id, event.seq, "审核通过所针对的版本不是当时的现行版本"))
        step = step_of(event)
        try:
            decide_by_table(rules, step)
        except RuleBroken as broken:
            problems.append(Problem(item.id, event.seq, f"重放时该事件被规则拒绝：{broken}"))
            rules.record(step, event.from_stage)
            rules.stage = event.to_stage
            continue
        if rules.stage != event.to_stage:
            problems.append(Problem(item.id, event.seq, f"事件记录的目标环节 {event.to_stage} 与重放结果 {rules.stage} 不符"))
    if item.revision_hash != rules.revision:
        problems.append(Problem(item.id, item.last_seq, "稿件记录的现行版本与账本重放结果不符（版本字段被绕过引擎修改）"))
    if rules.stage != item.stage:
        problems.append(Problem(item.id, item.last_seq, f"稿件的环节字段为 {item.stage}，而账本重放结果为 {rules.stage}（环节被绕过引擎修改）"))
    return Replayed(item.id, item.stage, rules.stage, problems)
