"""The demo organisation is complete: every stage has two eligible people for every drafter."""

import pytest

from sanshen.policies.config import Policy
from sanshen.policies.duties import SIX_STEPS, check_may_act
from sanshen.policies.errors import RuleBroken
from sanshen.states import HUMAN_STAGES


def eligible(policy: Policy, stage: str, drafter: str, acted: dict[str, set[str]]) -> list[str]:
    department = policy.person(drafter).department  # type: ignore[union-attr]
    names = []
    for person in policy.people:
        try:
            check_may_act(policy, person.username, stage, drafter, department, acted)
        except RuleBroken:
            continue
        names.append(person.username)
    return names


@pytest.mark.parametrize("stage", HUMAN_STAGES)
def test_every_stage_has_two_eligible_people_for_every_drafter(demo_policy: Policy, stage: str) -> None:
    drafters = [p.username for p in demo_policy.people if "drafter" in p.roles]
    assert len(drafters) >= 4
    for drafter in drafters:
        assert len(eligible(demo_policy, stage, drafter, {})) >= 2, (stage, drafter)


def test_the_six_steps_can_be_staffed_by_six_different_people_under_strict_duties(demo_policy: Policy) -> None:
    acted: dict[str, set[str]] = {}
    for stage in SIX_STEPS:
        candidates = eligible(demo_policy, stage, "wangfang", acted)
        assert len(candidates) >= 2, stage
        acted.setdefault(candidates[0], set()).add(stage)
    assert len(acted) == 6
