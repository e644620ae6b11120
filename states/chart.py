"""The 三审三校 publication process as one declarative chart: stages are nouns, events are verbs.

Guards and validators are named here and implemented by the model the machine is bound to
(policies.rules.ItemRules), so the chart stays pure and every rule can be tested on its own.
"""

from statemachine import Event, State, StateMachine

DECIDE = ["actor_may_decide", "actor_holds_claim", "revision_is_current"]  # who first: a stranger is told so, not to claim


class PublicationProcess(StateMachine):
    """The life of one item, from drafting to publication, refusal, withdrawal or retraction."""

    allow_event_without_transition = False
    enable_self_transition_entries = False
    atomic_configuration_update = True
    catch_errors_as_events = False

    drafting = State("起草", initial=True)
    confidentiality_review = State("保密审查")
    sensitivity_check = State("涉敏审核")
    first_review = State("初审")
    second_review = State("复审")
    final_review = State("终审")
    proofreading_1 = State("一校")
    proofreading_2 = State("二校")
    proofreading_3 = State("三校")
    publishing = State("发布中")
    published = State("已发布")
    refused = State("不予发布", final=True)
    withdrawn = State("已撤回", final=True)
    retracted = State("已撤稿", final=True)
    recorded = State("已审批备案", final=True)

    LIVE = (drafting, confidentiality_review, sensitivity_check, first_review, second_review, final_review,
            proofreading_1, proofreading_2, proofreading_3, publishing)

    submit = Event(
        drafting.to(confidentiality_review, validators=["actor_is_drafter", "revision_is_given"]), name="提交"
    )
    revise = Event(drafting.to.itself(internal=True, validators="actor_is_drafter"), name="修改")
    mask = Event(
        drafting.to.itself(internal=True, validators="actor_is_drafter")
        | sensitivity_check.to.itself(internal=True, cond="held_for_reviewer", validators=DECIDE),
        name="遮掩隐私信息",
    )
    claim = Event(
        confidentiality_review.to.itself(internal=True, validators="actor_may_claim")
        | sensitivity_check.to.itself(internal=True, cond="held_for_reviewer", validators="actor_may_claim")
        | first_review.to.itself(internal=True, validators="actor_may_claim")
        | second_review.to.itself(internal=True, validators="actor_may_claim")
        | final_review.to.itself(internal=True, validators="actor_may_claim")
        | proofreading_1.to.itself(internal=True, validators="actor_may_claim")
        | proofreading_2.to.itself(internal=True, validators="actor_may_claim")
        | proofreading_3.to.itself(internal=True, validators="actor_may_claim"),
        name="认领",
    )
    release = Event(
        confidentiality_review.to.itself(internal=True, validators="actor_may_release")
        | sensitivity_check.to.itself(internal=True, validators="actor_may_release")
        | first_review.to.itself(internal=True, validators="actor_may_release")
        | second_review.to.itself(internal=True, validators="actor_may_release")
        | final_review.to.itself(internal=True, validators="actor_may_release")
        | proofreading_1.to.itself(internal=True, validators="actor_may_release")
        | proofreading_2.to.itself(internal=True, validators="actor_may_release")
        | proofreading_3.to.itself(internal=True, validators="actor_may_release"),
        name="放弃认领/转交",
    )
    approve = Event(
        confidentiality_review.to(sensitivity_check, validators=[*DECIDE, "nothing_blocks"])
        | sensitivity_check.to(first_review, cond="held_for_reviewer", validators=[*DECIDE, "nothing_blocks"])
        | first_review.to(second_review, validators=DECIDE)
        | second_review.to(final_review, validators=DECIDE)
        | final_review.to(proofreading_1, validators=DECIDE)
        | proofreading_1.to(proofreading_2, validators=[*DECIDE, "nothing_blocks"])
        | proofreading_2.to(proofreading_3, validators=[*DECIDE, "nothing_blocks"])
        | proofreading_3.to(publishing, cond="disclosed_proactively",
                             validators=[*DECIDE, "nothing_blocks", "approvals_cover_revision"])
        | proofreading_3.to(recorded, unless="disclosed_proactively",
                            validators=[*DECIDE, "nothing_blocks", "approvals_cover_revision"]),
        name="通过",
    )
    correct = Event(
        proofreading_1.to.itself(internal=True, validators=[*DECIDE, "correction_within_tolerance"])
        | proofreading_2.to.itself(internal=True, validators=[*DECIDE, "correction_within_tolerance"])
        | proofreading_3.to.itself(internal=True, validators=[*DECIDE, "correction_within_tolerance"]),
        name="校对修改",
    )
    send_back = Event(
        drafting.from_(
            confidentiality_review,
            first_review,
            second_review,
            final_review,
            proofreading_1,
            proofreading_2,
            proofreading_3,
            validators=[*DECIDE, "opinion_is_given"],
        )
        | sensitivity_check.to(drafting, cond="held_for_reviewer", validators=[*DECIDE, "opinion_is_given"]),
        id="return",
        name="退回修改",
    )
    refuse = Event(
        refused.from_(
            confidentiality_review,
            first_review,
            second_review,
            final_review,
            validators=[*DECIDE, "opinion_is_given", "ground_is_valid"],
        )
        | sensitivity_check.to(
            refused, cond="held_for_reviewer", validators=[*DECIDE, "opinion_is_given", "ground_is_valid"]
        ),
        name="不予发布",
    )
    withdraw = Event(
        withdrawn.from_(
            drafting,
            confidentiality_review,
            sensitivity_check,
            first_review,
            second_review,
            final_review,
            validators="actor_is_drafter",
        ),
        name="撤回",
    )
    scan_clean = Event(
        sensitivity_check.to(first_review, unless="held_for_reviewer", validators="actor_is_system"),
        name="自动审核通过",
    )
    scan_flag = Event(
        sensitivity_check.to.itself(internal=True, unless="held_for_reviewer", validators="actor_is_system"),
        name="自动审核存疑，转人工",
    )
    deliver = Event(
        publishing.to(published, validators=["actor_is_system", "disclosure_is_proactive", "published_as_a_pair"]),
        name="发布",
    )
    end_with_policy = Event(
        withdrawn.from_(*LIVE, validators="actor_is_system"),
        name="随政策文件终止",
    )
    back_with_interpretation = Event(
        drafting.from_(*LIVE[1:], validators="actor_is_system"),
        name="解读不予发布，退回起草",
    )
    retract = Event(published.to(retracted, validators=["actor_may_retract", "opinion_is_given"]), name="撤稿")
