"""The whole process on a real database (SQLite file and PostgreSQL): every stage and rule."""

import pytest
from sqlalchemy import func, select

from sanshen.engine.commands import Correct, Decide, Revise
from sanshen.engine.errors import Conflict
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import reserve_index_number
from sanshen.engine.queries import history, queue, show, verify
from sanshen.ledger import models
from sanshen.policies.errors import RuleBroken
from tests.helpers import CLEAN_BODY, ORDER, approve, drive_to, submit


@pytest.fixture
def engine(db):
    return Engine(db)


def count(db, model) -> int:
    with db.transaction() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def refused_rule(call) -> str:
    with pytest.raises(RuleBroken) as broken:
        call()
    return broken.value.rule


def test_an_item_goes_through_every_stage_to_publication_and_replays(db, engine, now):
    item = submit(engine, now)
    drive_to(engine, item, "publishing", now)
    number = reserve_index_number(db, item, now)  # as the publish job does, before the deliver event
    with db.reading() as session:
        revision = show(session, item)["revision_hash"]
    assert engine.deliver(item, number, "items/1.html", revision, now).stage == "published"
    with db.transaction() as session:
        timeline = history(session, item)
        report = verify(session)
    stages = [e["to_stage"] for e in timeline["events"] if e["from_stage"] != e["to_stage"]]
    assert stages == ORDER + ["published"]
    assert timeline["verified"] and timeline["replayed_stage"] == "published"
    assert report == {"ok": True, "items_checked": 1, "events_checked": len(timeline["events"]), "problems": []}


def test_entering_an_automated_stage_writes_its_job_in_the_same_transaction(db, engine, now):
    item = submit(engine, now)
    approve(engine, item, "linfeng", now)
    drive_to(engine, item, "publishing", now)
    with db.transaction() as session:
        kinds = session.execute(select(models.Job.kind).where(models.Job.item_id == item)).scalars().all()
    assert sorted(kinds) == ["publish", "sensitivity_check"]


def test_a_returned_item_starts_again_at_confidentiality_review_and_old_approvals_no_longer_count(db, engine, now):
    item = submit(engine, now)
    drive_to(engine, item, "second_review", now)
    engine.decide(Decide("claim", "guolei", item), now)
    assert engine.decide(Decide("return", "guolei", item, opinion="请补充依据"), now).stage == "drafting"
    engine.revise(Revise("wangfang", item, "关于开展科技活动周的通知", CLEAN_BODY + "\n依据：某某文件。"), now)
    assert engine.resubmit("wangfang", item, now).stage == "confidentiality_review"
    with db.transaction() as session:
        assert [e.item_id for e in queue(session, "linfeng")] == [item]
        assert queue(session, "guolei") == []
    drive_to(engine, item, "publishing", now)
    with db.transaction() as session:
        approvals = session.execute(select(models.Event.revision_hash).where(
            models.Event.item_id == item, models.Event.event == "approve")).scalars().all()
        current = show(session, item)["revision_hash"]
    assert approvals[-7:] == [current] * 7 and approvals[0] != current


def test_return_needs_a_written_opinion(engine, now):
    item = submit(engine, now)
    engine.decide(Decide("claim", "linfeng", item), now)
    assert refused_rule(lambda: engine.decide(Decide("return", "linfeng", item, opinion="  "), now)) == "opinion_required"


def test_refusal_needs_a_legal_ground_and_an_opinion_and_is_final(engine, now):
    item = submit(engine, now)
    drive_to(engine, item, "final_review", now)
    engine.decide(Decide("claim", "liuyang", item), now)
    assert refused_rule(lambda: engine.decide(Decide("refuse", "liuyang", item, opinion="不宜公开"), now)) == "ground_required"
    done = engine.decide(Decide("refuse", "liuyang", item, opinion="属于过程性信息", ground="process_information"), now)
    assert done.stage == "refused"
    assert refused_rule(lambda: engine.decide(Decide("claim", "liuyang", item), now)) == "not_allowed_in_stage"


def test_proofreaders_cannot_refuse(engine, now):
    item = submit(engine, now)
    drive_to(engine, item, "proofreading_1", now)
    engine.decide(Decide("claim", "fengyu", item), now)
    assert refused_rule(lambda: engine.decide(
        Decide("refuse", "fengyu", item, opinion="x", ground="state_secret"), now)) == "not_allowed_in_stage"


def test_the_drafter_may_withdraw_before_final_approval_but_not_after(engine, now):
    early = submit(engine, now)
    assert engine.decide(Decide("withdraw", "wangfang", early), now).stage == "withdrawn"
    late = submit(engine, now)
    drive_to(engine, late, "proofreading_1", now)
    assert refused_rule(lambda: engine.decide(Decide("withdraw", "wangfang", late), now)) == "not_allowed_in_stage"
    other = submit(engine, now)
    assert refused_rule(lambda: engine.decide(Decide("withdraw", "liqiang", other), now)) == "drafter_only"


def test_only_the_final_review_role_may_retract_a_published_item_with_a_reason(engine, now):
    item = submit(engine, now)
    drive_to(engine, item, "publishing", now)
    engine.system("deliver", item, now)
    assert refused_rule(lambda: engine.decide(Decide("retract", "guolei", item, opinion="有误"), now)) == "retract_role_required"
    assert refused_rule(lambda: engine.decide(Decide("retract", "zhangwei", item), now)) == "opinion_required"
    assert engine.decide(Decide("retract", "zhangwei", item, opinion="数据有误"), now).stage == "retracted"


def test_a_flagged_scan_holds_the_item_for_a_human_sensitivity_reviewer(engine, now):
    cleared, returned, refused = (submit(engine, now) for _ in range(3))
    for item in (cleared, returned, refused):
        approve(engine, item, "linfeng", now)
        assert engine.system("scan_flag", item, now).stage == "sensitivity_check"
        assert refused_rule(lambda item=item: engine.system("scan_clean", item, now)) == "not_allowed_in_stage"
        engine.decide(Decide("claim", "songjia", item), now)
    assert engine.decide(Decide("approve", "songjia", cleared), now).stage == "first_review"
    assert engine.decide(Decide("return", "songjia", returned, opinion="请核实表述"), now).stage == "drafting"
    assert engine.decide(Decide("refuse", "songjia", refused, opinion="敏感", ground="endangers_security"), now).stage == "refused"


def test_a_reviewer_cannot_decide_an_unheld_sensitivity_check(engine, now):
    item = submit(engine, now)
    approve(engine, item, "linfeng", now)
    assert refused_rule(lambda: engine.decide(Decide("claim", "songjia", item), now)) == "not_allowed_in_stage"


def test_claims_have_one_holder_who_or_an_admin_may_release_or_reassign(engine, now):
    item = submit(engine, now)
    drive_to(engine, item, "first_review", now)
    engine.decide(Decide("claim", "chenjun", item), now)
    assert refused_rule(lambda: engine.decide(Decide("claim", "yangxue", item), now)) == "already_claimed"
    assert refused_rule(lambda: engine.decide(Decide("approve", "yangxue", item), now)) == "claim_required"
    assert refused_rule(lambda: engine.decide(Decide("release", "yangxue", item), now)) == "holder_or_admin_only"
    engine.decide(Decide("release", "chenjun", item, assignee="yangxue"), now)
    assert refused_rule(lambda: engine.decide(Decide("approve", "chenjun", item), now)) == "claim_required"
    engine.decide(Decide("release", "admin", item), now)
    engine.decide(Decide("claim", "chenjun", item), now)
    assert engine.decide(Decide("approve", "chenjun", item), now).stage == "second_review"


def test_reassigning_to_someone_without_the_role_is_refused(engine, now):
    item = submit(engine, now)
    drive_to(engine, item, "first_review", now)
    engine.decide(Decide("claim", "chenjun", item), now)
    assert refused_rule(lambda: engine.decide(Decide("release", "chenjun", item, assignee="huangtao"), now)) == "role_required"


def test_no_person_does_two_of_the_reviews_and_the_drafter_reviews_nothing(engine, now):
    item = submit(engine, now, drafter="zhouhui")
    approve(engine, item, "linfeng", now)
    engine.system("scan_clean", item, now)
    assert refused_rule(lambda: engine.decide(Decide("claim", "zhouhui", item), now)) == "drafter_reviews_nothing"
    approve(engine, item, "guolei", now)
    assert refused_rule(lambda: engine.decide(Decide("claim", "guolei", item), now)) == "distinct_reviewers"


def test_a_proofreading_correction_within_tolerance_becomes_a_revision(db, engine, now):
    body = "各科室：\n现将有关事项通知如下，请认真组织实施并按时报送材料，确保各项工作落到实处，取得实效。" * 3
    item = submit(engine, now, body=body)
    drive_to(engine, item, "proofreading_1", now)
    engine.decide(Decide("claim", "fengyu", item), now)
    before = count(db, models.Revision)
    corrected = engine.correct(Correct("fengyu", item, body.replace("报送材料", "报送资料", 1)), now)
    assert corrected.stage == "proofreading_1" and count(db, models.Revision) == before + 1
    assert refused_rule(lambda: engine.correct(Correct("fengyu", item, "完全不同的一段话。"), now)) == "correction_too_large"
    assert engine.decide(Decide("approve", "fengyu", item), now).stage == "proofreading_2"


def test_approving_a_revision_other_than_the_current_one_is_refused(engine, now):
    item = submit(engine, now)
    engine.decide(Decide("claim", "linfeng", item), now)
    assert refused_rule(lambda: engine.decide(
        Decide("approve", "linfeng", item, expected_revision="0" * 64), now)) == "revision_changed"


def test_a_refused_command_leaves_the_database_exactly_as_it_was(db, engine, now):
    item = submit(engine, now)
    tables = [models.Event, models.Item, models.ReviewTask, models.Job, models.Revision, models.OutboxMessage]
    before = [count(db, t) for t in tables]
    with db.transaction() as session:
        stage_before = show(session, item)
    refused_rule(lambda: engine.decide(Decide("approve", "linfeng", item), now))
    refused_rule(lambda: engine.revise(Revise("wangfang", item, "新标题", "新正文"), now))
    assert [count(db, t) for t in tables] == before
    with db.transaction() as session:
        assert show(session, item) == stage_before


def test_tasks_open_when_an_item_waits_for_people_and_close_with_the_decision(db, engine, now):
    item = submit(engine, now)
    approve(engine, item, "linfeng", now)
    with db.transaction() as session:
        tasks = session.execute(select(models.ReviewTask.stage, models.ReviewTask.status, models.ReviewTask.decision)
                                .where(models.ReviewTask.item_id == item)).all()
    assert [tuple(t) for t in tasks] == [("confidentiality_review", "done", "approve")]


def test_a_writer_whose_item_changed_since_it_loaded_loses_with_a_conflict_and_writes_nothing(db, engine, now):
    from sqlalchemy import update

    from sanshen.engine.unit import load, transition
    from sanshen.policies.rules import Step

    item = submit(engine, now)
    events_before = count(db, models.Event)
    with pytest.raises(Conflict), db.transaction() as session:
        stale = load(session, item)
        session.execute(update(models.Item).where(models.Item.id == item).values(version=models.Item.version + 1))
        transition(session, stale, Step("claim", "songjia"), now)
    assert count(db, models.Event) == events_before


def test_a_reviewer_who_claimed_and_released_a_review_may_still_do_the_next_one(db, now):
    engine = Engine(db)
    item = submit(engine, now, drafter="zhouhui")  # the office's own drafter: 初审 and 复审 both fall to the office heads
    drive_to(engine, item, "first_review", now)
    engine.decide(Decide("claim", "guolei", item), now)
    engine.decide(Decide("release", "guolei", item), now)
    assert approve(engine, item, "mayan", now) == "second_review"
    assert approve(engine, item, "guolei", now) == "final_review"


def test_steps_that_change_nothing_are_refused_and_leave_no_event(db, now):
    engine = Engine(db)
    item = submit(engine, now)
    engine.decide(Decide("claim", "linfeng", item), now)
    events = count(db, models.Event)
    with pytest.raises(RuleBroken, match="您已认领"):
        engine.decide(Decide("claim", "linfeng", item), now)
    with pytest.raises(RuleBroken, match="无需转交"):
        engine.decide(Decide("release", "linfeng", item, assignee="linfeng"), now)
    assert count(db, models.Event) == events


def test_a_correction_identical_to_the_current_text_is_refused(db, now):
    from sanshen.engine.errors import InvalidInput

    engine = Engine(db)
    item = submit(engine, now)
    drive_to(engine, item, "proofreading_1", now)
    engine.decide(Decide("claim", "fengyu", item), now)
    with pytest.raises(InvalidInput, match="相同"):
        engine.correct(Correct("fengyu", item, CLEAN_BODY), now)


def test_a_stranger_deciding_is_told_who_they_are_not_to_claim_first(db, now):
    engine = Engine(db)
    item = submit(engine, now)
    with pytest.raises(RuleBroken) as stranger:
        engine.decide(Decide("approve", "nobody", item, opinion="同意"), now)
    assert stranger.value.rule == "unknown_user"
    with pytest.raises(RuleBroken) as wrong_role:
        engine.decide(Decide("approve", "fengyu", item, opinion="同意"), now)
    assert wrong_role.value.rule == "role_required"


def test_only_the_drafter_roles_of_the_policy_may_submit_and_a_refusal_stores_nothing(db, now):
    from sanshen.engine.commands import Submit

    with pytest.raises(RuleBroken) as broken:
        Engine(db).submit(Submit("linfeng", "关于开展科技活动周的通知", CLEAN_BODY), now)
    assert broken.value.rule == "role_required" and "撰稿人" in str(broken.value)
    assert count(db, models.Item) == 0
