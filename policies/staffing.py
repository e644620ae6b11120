"""Pure: a policy whose people cannot carry an item through every stage is refused before it is stored.

For every department with drafters, and for each drafter (who reviews nothing of their own), every
stage needs an eligible person, and the six steps of 三审三校 need enough distinct people for the
separation of duties: six under `strict`; under `same_level` a review and the proofreading round of
its level may share one. Found by matching steps to people (augmenting paths), not by guessing.
"""

from collections.abc import Iterator, Sequence
from itertools import product
from typing import TYPE_CHECKING

from ..states import LEVEL_OF_PROOFREADING, PROOFREADING_STAGES, THREE_REVIEWS, stage_name

if TYPE_CHECKING:
    from .config import Person, Policy

SIX_STEPS = THREE_REVIEWS + PROOFREADING_STAGES


def staffing_problem(policy: "Policy") -> str | None:
    """'path: why' for the first department whose items could not go through every stage, or None."""
    for index, department in enumerate(policy.departments):
        drafters = _drafters(policy, department.id)
        if not drafters:
            continue
        label = f"科室“{department.name}”（{department.id}）"
        for stage, rule in policy.stages.items():
            if not policy.candidates(stage, department.id):
                roles = "、".join(policy.roles[r] for r in rule.roles)
                return (f"departments.{index}: {label}有撰稿人，但没有人能在{stage_name(stage)}环节处理其稿件"
                        f"（须担任：{roles}）：其稿件将无人处理")
        for drafter in _distinct_cases(policy, department.id, drafters):
            problem = _problem_for(policy, index, label, drafter)
            if problem:
                return problem
    return None


def _distinct_cases(policy: "Policy", department: str, drafters: list["Person"]) -> list["Person"]:
    """The drafters whose exclusion can matter (those eligible somewhere), or one who stands for all."""
    eligible = {p.username for stage in policy.stages for p in policy.candidates(stage, department)}
    return [d for d in drafters if d.username in eligible] or drafters[:1]


def _problem_for(policy: "Policy", index: int, label: str, drafter: "Person") -> str | None:
    """Why an item of this drafter could not go through every stage, or None."""
    department = policy.departments[index].id
    missing = next((stage for stage in policy.stages if not _eligible(policy, stage, department, drafter)), None)
    if missing:
        return (f"departments.{index}: {label}撰稿人 {drafter.username} 的稿件在"
                f"{stage_name(missing)}环节没有本人以外可处理的人（撰稿人不得审核本人的稿件）")
    if _six_steps_staffed(policy, department, drafter):
        return None
    need = "六位不同的人" if policy.separation_of_duties.value == "strict" else "足够的不同人员"
    return (f"separation_of_duties: 按 {policy.separation_of_duties.value} 分离职责，{label}撰稿人 "
            f"{drafter.username} 的稿件找不到{need}承担三审三校的六个环节")


def _drafters(policy: "Policy", department: str) -> list["Person"]:
    """Who may submit an item of the department (everyone in it when the policy names no drafter role)."""
    wanted = set(policy.drafter_roles)
    return [p for p in policy.people if p.department == department and (not wanted or wanted & set(p.roles))]


def _eligible(policy: "Policy", stage: str, department: str, drafter: "Person") -> list[str]:
    return [p.username for p in policy.candidates(stage, department) if p.username != drafter.username]


def _six_steps_staffed(policy: "Policy", department: str, drafter: "Person") -> bool:
    """Whether distinct people can take the six steps, under the policy's separation of duties."""
    eligible = {step: set(_eligible(policy, step, department, drafter)) for step in SIX_STEPS}
    return any(_perfect_matching(slots) for slots in _slot_choices(eligible, policy.separation_of_duties.value))


def _slot_choices(eligible: dict[str, set[str]], duties: str) -> Iterator[list[set[str]]]:
    """The people each slot may take: one slot a step, or under same_level one slot for a merged level."""
    pairs = [(review, proofreading) for proofreading, review in LEVEL_OF_PROOFREADING.items()]
    merges = product((False, True), repeat=len(pairs)) if duties == "same_level" else [(False,) * len(pairs)]
    for merged in merges:
        slots = []
        for (review, proofreading), together in zip(pairs, merged, strict=True):
            slots += [eligible[review] & eligible[proofreading]] if together else [eligible[review], eligible[proofreading]]
        yield slots


def _perfect_matching(slots: Sequence[set[str]]) -> bool:
    """Whether every slot can get a person of its own (Kuhn's augmenting paths)."""
    holder: dict[str, int] = {}

    def place(slot: int, seen: set[str]) -> bool:
        for person in slots[slot]:
            if person in seen:
                continue
            seen.add(person)
            if person not in holder or place(holder[person], seen):
                holder[person] = slot
                return True
        return False

    return all(place(slot, set()) for slot in range(len(slots)))
