"""The named guards and validators of the chart, and the fold of an item's history they read.

`ItemRules` is the model a `PublicationProcess` is bound to. The engine and replay use it the
same way: bind a machine, send the event (the validators below may raise RuleBroken), then
`record` the step so that the next decision sees it.
"""

import functools
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..states import PublicationProcess
from .config import SYSTEM_USER, Policy
from .duties import check_may_act
from .errors import RuleBroken
from .findings import Check, Finding, apply_suggestions, blocking, unpublishable
from .grounds import REFUSAL_GROUNDS
from .tolerance import check_correction

BLOCKS_AT: dict[str, tuple[Check, ...]] = {
    "confidentiality_review": ("confidentiality",),
    "sensitivity_check": ("confidentiality", "sensitivity", "privacy"),
    "proofreading_1": ("confidentiality", "sensitivity", "privacy", "proofreading"),
    "proofreading_2": ("confidentiality", "sensitivity", "privacy", "proofreading"),
    "proofreading_3": ("confidentiality", "sensitivity", "privacy", "proofreading"),
}
BLOCKED_BECAUSE = {"confidentiality": "classified_content", "sensitivity": "serious_wording_error",
                   "privacy": "unmasked_personal_data", "proofreading": "unpublishable_residue"}
DRAFTER_EVENTS = {"submit", "revise", "withdraw"}
# What makes a person have acted at a stage, for the separation of duties: a decision, not a claim
# (a reviewer who claimed and released a task has done nothing, and must stay eligible elsewhere).
DECISIONS = ("approve", "return", "refuse", "correct")


@dataclass(frozen=True)
class RevisionFacts:
    """What the rules need to know of a revision: its text and the findings stored with it."""

    hash: str
    text: str
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Step:
    """One event as the rules see it, whether about to be decided or replayed from the ledger."""

    event: str
    actor: str
    revision: str | None = None
    opinion: str | None = None
    ground: str | None = None
    assignee: str | None = None
    expected_revision: str | None = None


@dataclass
class ItemRules:
    policy: Policy
    drafter: str
    department: str
    revisions: Mapping[str, RevisionFacts]
    stage: str = "drafting"
    revision: str | None = None
    held: bool = False
    claims: dict[str, str] = field(default_factory=dict)
    acted: dict[str, set[str]] = field(default_factory=dict)
    approvals: list[tuple[str, str | None]] = field(default_factory=list)
    lineage: set[str] = field(default_factory=set)

    def decide(self, step: Step) -> tuple[str, str]:
        """Run the step through the chart; return (from_stage, to_stage) or raise."""
        before = self.stage
        machine = _machine_bound_to(self)
        try:
            machine.send(step.event, step=step, actor=step.actor)
        except PublicationProcess.TransitionNotAllowed:
            _discard_machine()
            raise RuleBroken("not_allowed_in_stage", _not_allowed(step.event, before)) from None
        except BaseException:
            _discard_machine()
            raise
        if machine.is_terminated:
            _discard_machine()
        self.record(step, before)
        return before, self.stage

    def may_attempt(self, event: str, actor: str) -> None:
        """Checked before anything else: the actor belongs to the organisation and the event is possible now."""
        if actor != SYSTEM_USER and self.policy.person(actor) is None:
            raise RuleBroken("unknown_user", f"用户 {actor} 不在本单位人员名单中")
        if not any(transition.match(event) and all(self._holds(str(c)) for c in transition.cond)
                   for transition in _transitions_from(self.stage)):
            raise RuleBroken("not_allowed_in_stage", _not_allowed(event, self.stage))

    def _holds(self, condition: str) -> bool:
        name = condition.lstrip("!")
        return bool(getattr(self, name)()) != condition.startswith("!")

    def role_of(self, step: Step, stage: str) -> str:
        """The role in which the actor takes this step (recorded in the ledger)."""
        if step.actor == SYSTEM_USER:
            return "system"
        if step.event in DRAFTER_EVENTS or (step.event == "mask" and stage == "drafting"):
            return "drafter"
        if step.event == "retract":
            return self._retract_role(step.actor) or ""
        if step.event == "release" and self.claims.get(stage) != step.actor:
            return "admin"
        return self.policy.role_at(step.actor, stage, self.department) or ""

    def record(self, step: Step, stage: str) -> None:
        """Fold an accepted step into what the rules know of the item."""
        event = step.event
        if event == "submit":
            self.revision, self.lineage, self.approvals, self.claims = step.revision, {step.revision or ""}, [], {}
        elif event in ("revise", "mask", "correct"):
            self.revision = step.revision
            self.lineage.add(step.revision or "")
        elif event == "claim":
            self.claims[stage] = step.actor
        elif event == "release":
            self.claims.pop(stage, None)
            if step.assignee:
                self.claims[stage] = step.assignee
        elif event == "scan_flag":
            self.held = True
        if event in DECISIONS and step.actor != SYSTEM_USER:
            self.acted.setdefault(step.actor, set()).add(stage)
        if event in ("approve", "return", "refuse", "scan_clean"):
            self.claims.pop(stage, None)
            self.held = False if stage == "sensitivity_check" else self.held
        if event == "approve":
            self.approvals.append((stage, self.revision))
        if event == "return":
            self.held = False

    # -- conditions --------------------------------------------------------------------------

    def held_for_reviewer(self) -> bool:
        return self.held

    # -- validators (each raises RuleBroken naming the rule) ---------------------------------

    def actor_is_drafter(self, actor: str) -> None:
        if actor != self.drafter:
            raise RuleBroken("drafter_only", "只有撰稿人本人可以进行此操作")

    def actor_is_system(self, actor: str) -> None:
        if actor != SYSTEM_USER:
            raise RuleBroken("automated_only", "该操作由系统自动执行，不能人工发起")

    def revision_is_given(self, step: Step) -> None:
        if not step.revision or step.revision not in self.revisions:
            raise RuleBroken("revision_required", "稿件还没有可提交的版本")

    def actor_may_claim(self, actor: str) -> None:
        self._may_act(actor)
        holder = self.claims.get(self.stage)
        if holder == actor:
            raise RuleBroken("already_claimed", "您已认领该任务")
        if holder is not None:
            raise RuleBroken("already_claimed", f"该任务已由 {self._name(holder)} 认领")

    def actor_may_release(self, actor: str, step: Step) -> None:
        holder = self.claims.get(self.stage)
        if holder is None:
            raise RuleBroken("not_claimed", "该任务尚未被认领")
        if actor != holder and not self._is_admin(actor):
            raise RuleBroken("holder_or_admin_only", "只有认领人或系统管理员可以放弃或转交该任务")
        if step.assignee == holder:
            raise RuleBroken("already_claimed", f"该任务已由 {self._name(holder)} 认领，无需转交")
        if step.assignee:
            self._may_take_over(step.assignee)

    def actor_holds_claim(self, actor: str) -> None:
        if self.claims.get(self.stage) != actor:
            raise RuleBroken("claim_required", "请先认领该任务，再作出审核决定")

    def actor_may_decide(self, actor: str) -> None:
        self._may_act(actor)

    def revision_is_current(self, step: Step) -> None:
        if step.expected_revision and step.expected_revision != self.revision:
            raise RuleBroken("revision_changed", "稿件已有新版本，请查看最新版本后再作决定")

    def nothing_blocks(self) -> None:
        facts = self.revisions.get(self.revision or "")
        found = blocking(list(facts.findings), *BLOCKS_AT[self.stage]) if facts else []
        if found:
            first = found[0]
            raise RuleBroken(BLOCKED_BECAUSE[first.check],
                             f"稿件存在不得公开的内容（{first.message}：“{first.text}”），须先修改、遮掩或退回")

    def opinion_is_given(self, step: Step) -> None:
        if not (step.opinion or "").strip():
            raise RuleBroken("opinion_required", "退回、不予发布和撤稿必须填写书面意见")

    def ground_is_valid(self, step: Step) -> None:
        if step.ground not in REFUSAL_GROUNDS:
            raise RuleBroken("ground_required", f"不予发布须选择法定理由：{'、'.join(REFUSAL_GROUNDS)}")

    def correction_within_tolerance(self, step: Step) -> None:
        """All corrections together, against the text 终审 approved, stay within the policy's bound.

        Taking out what must never be published does not count against it.
        """
        approved = next((rev for stage, rev in reversed(self.approvals) if stage == "final_review"), self.revision)
        old = self.revisions[approved or ""]
        new = self.revisions[step.revision or ""].text if step.revision in self.revisions else None
        if new is None:
            raise RuleBroken("revision_required", "校对修改缺少新版本")
        tolerance, names = self.policy.proofreading_tolerance, self.policy.names_of_organisation()
        cleaned = apply_suggestions(old.text, unpublishable(old.findings))
        try:
            check_correction(old.text, new, tolerance, names)
        except RuleBroken:
            if cleaned == old.text:
                raise
            check_correction(cleaned, new, tolerance, names)

    def approvals_cover_revision(self) -> None:
        stale = [stage for stage, revision in self.approvals if revision not in self.lineage]
        if stale:
            raise RuleBroken("approval_not_pinned", f"{stale[0]} 的审核意见不针对当前版本")

    def actor_may_retract(self, actor: str) -> None:
        if self._retract_role(actor) is None:
            raise RuleBroken("retract_role_required", "只有终审领导可以撤稿")

    # -- helpers -----------------------------------------------------------------------------

    def _may_act(self, username: str) -> str:
        return check_may_act(self.policy, username, self.stage, self.drafter, self.department, self.acted)

    def _may_take_over(self, assignee: str) -> None:
        """A task is handed only to someone who may act on it; a refusal names them, not the one handing over."""
        try:
            check_may_act(self.policy, assignee, self.stage, self.drafter, self.department, self.acted, "对方")
        except RuleBroken as refused:
            raise RuleBroken(refused.rule, f"不能转交给 {self._name(assignee)}（{assignee}）：{refused.message}") from None

    def _is_admin(self, username: str) -> bool:
        person = self.policy.person(username)
        return person is not None and bool(set(person.roles) & set(self.policy.admin_roles))

    def _retract_role(self, username: str) -> str | None:
        person = self.policy.person(username)
        return next((r for r in self.policy.retract_roles if person and r in person.roles), None)

    def _name(self, username: str) -> str:
        person = self.policy.person(username)
        return person.name if person else username


class _Binding:
    """The model of a per-thread machine: forwards every guard to the ItemRules being decided.

    Building a python-statemachine instance costs milliseconds; sending an event, a fraction of
    one. So each thread builds one machine once and points it at the item of the moment.
    """

    rules: ItemRules

    @property
    def stage(self) -> str:
        return self.rules.stage

    @stage.setter
    def stage(self, value: str) -> None:
        self.rules.stage = value


def _forward(name: str) -> Callable[..., Any]:
    @functools.wraps(getattr(ItemRules, name))
    def forwarded(self: _Binding, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.rules, name)(*args, **kwargs)

    return forwarded


for _name, _member in vars(ItemRules).items():
    if callable(_member) and not _name.startswith("_") and _name not in ("decide", "record", "role_of"):
        setattr(_Binding, _name, _forward(_name))

_local = threading.local()


def _machine_bound_to(rules: ItemRules) -> PublicationProcess:
    if not hasattr(_local, "machine"):
        _local.binding = _Binding()
        _local.binding.rules = rules
        _local.machine = PublicationProcess(model=_local.binding, state_field="stage")
    _local.binding.rules = rules
    return _local.machine


def _discard_machine() -> None:
    """Forget this thread's machine: one that refused an event or reached a final stage is not reused."""
    _local.__dict__.pop("machine", None)


@functools.cache
def _transitions_from(stage: str) -> tuple[Any, ...]:
    """The chart's transitions out of a stage (their events and conditions)."""
    return tuple(next(s for s in PublicationProcess.states if s.id == stage).transitions)


def _not_allowed(event: str, stage: str) -> str:
    from ..states import EVENT_NAMES, stage_name

    return f"稿件处于“{stage_name(stage)}”环节，不能“{EVENT_NAMES.get(event, event)}”"
