"""The visibility rule on its own: pure, from the demo policy."""

from sanshen.policies.visibility import ItemFacts, is_admin, is_auditor, may_change, visibility

DRAFT = ItemFacts("wangfang", "planning", "drafting")


def test_the_drafter_and_the_departments_drafters_see_a_draft_and_nobody_else(demo_policy):
    assert visibility(demo_policy, "wangfang").may_see(DRAFT, False)
    assert visibility(demo_policy, "liqiang").may_see(DRAFT, False)
    assert not visibility(demo_policy, "zhaomin").may_see(DRAFT, False)
    assert not visibility(demo_policy, "chenjun").may_see(DRAFT, False)


def test_a_reviewer_sees_the_items_at_their_stages_within_the_scope_of_the_stage(demo_policy):
    at_first_review = ItemFacts("wangfang", "planning", "first_review")
    assert visibility(demo_policy, "chenjun").may_see(at_first_review, False)
    assert not visibility(demo_policy, "huangtao").may_see(at_first_review, False)  # another department's head
    assert visibility(demo_policy, "linfeng").may_see(ItemFacts("zhaomin", "hitech", "confidentiality_review"), False)
    assert not visibility(demo_policy, "linfeng").may_see(at_first_review, False)


def test_a_reviewer_sees_what_they_acted_on_or_hold(demo_policy):
    later = ItemFacts("wangfang", "planning", "final_review", task_assignee="zhangwei")
    assert visibility(demo_policy, "linfeng").may_see(later, True)
    assert visibility(demo_policy, "zhangwei").may_see(later, False)


def test_auditors_and_administrators_see_everything_and_auditors_change_nothing(demo_policy):
    assert visibility(demo_policy, "qianjin").may_see(DRAFT, False) and is_auditor(demo_policy, "qianjin")
    assert visibility(demo_policy, "admin").may_see(DRAFT, False) and is_admin(demo_policy, "admin")
    assert not may_change(demo_policy, "qianjin") and may_change(demo_policy, "admin")


def test_a_stranger_sees_nothing(demo_policy):
    assert not visibility(demo_policy, "nobody").may_see(DRAFT, False)
    assert not may_change(demo_policy, "nobody")
