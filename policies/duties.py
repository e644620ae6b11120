"""Separation of duties: who may act at which stage of an item, given who has acted already."""

from collections.abc import Mapping, Set

from ..states import LEVEL_OF_PROOFREADING, PROOFREADING_STAGES, THREE_REVIEWS, stage_name
from .config import Duties, Policy
from .errors import RuleBroken

SIX_STEPS = THREE_REVIEWS + PROOFREADING_STAGES


def _same_level(a: str, b: str) -> bool:
    return LEVEL_OF_PROOFREADING.get(a) == b or LEVEL_OF_PROOFREADING.get(b) == a


def check_may_act(
    policy: Policy,
    username: str,
    stage: str,
    drafter: str,
    department: str,
    acted: Mapping[str, Set[str]],
    subject: str = "您",
) -> str:
    """The role in which `username` may act at `stage`; raise RuleBroken naming the rule otherwise.

    `acted` maps each person to the stages where they have claimed or decided on this item; `subject`
    is how the refusal calls the person (您 when they act themselves, 对方 when a task is handed to them).
    """
    if policy.person(username) is None:
        raise RuleBroken("unknown_user", f"用户 {username} 不在本单位人员名单中")
    if username == drafter:
        raise RuleBroken("drafter_reviews_nothing", "撰稿人不得审核、校对本人撰写的稿件")
    role = policy.role_at(username, stage, department)
    if role is None:
        raise RuleBroken("role_required", f"{subject}不具备该环节要求的角色：{'、'.join(policy.roles[r] for r in policy.stages[stage].roles)}")
    if stage in SIX_STEPS:
        for other in acted.get(username, set()) & set(SIX_STEPS) - {stage}:
            if policy.separation_of_duties is Duties.same_level and _same_level(stage, other):
                continue
            rule = "distinct_reviewers" if {stage, other} <= set(THREE_REVIEWS) else "distinct_steps"
            raise RuleBroken(rule, f"同一人不得承担本稿件的两个审校环节（{subject}已承担：{stage_name(other)}）")
    return role
