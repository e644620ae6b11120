"""What a refused command says, and that it writes nothing: on a real SQLite file and on PostgreSQL.

Who acts is checked first (a stranger hears unknown_user), then whether the step is possible at the
item's stage (not_allowed_in_stage), and only then the content; ids that cannot name a row are "not found".
"""

from datetime import date

import pytest
from sqlalchemy import func, select

from sanshen.engine.commands import Correct, Decide, Revise, Submit
from sanshen.engine.errors import InvalidInput, NotFound
from sanshen.engine.forms import approval_form
from sanshen.engine.handlers import Engine
from sanshen.engine.outbox_admin import confirm_sent, requeue
from sanshen.engine.queries import history, queue, show
from sanshen.ledger import models
from sanshen.policies.errors import RuleBroken
from tests.helpers import CLEAN_BODY, approve, drive_to, submit

BEYOND = (0, -1, 2**31, 2**63, 2**64 + 5)  # 32 bits (PostgreSQL integer), 64 bits (SQLite), and below 1


@pytest.fixture
def engine(db):
    return Engine(db)


def events(db) -> int:
    with db.transaction() as session:
        return session.execute(select(func.count()).select_from(models.Event)).scalar_one()


def refused(call) -> RuleBroken:
    with pytest.raises(RuleBroken) as broken:
        call()
    return broken.value


@pytest.mark.parametrize("number", BEYOND)
def test_an_id_no_row_can_have_is_not_found_by_every_command_and_query(db, engine, now, number):
    submit(engine, now)
    commands = [lambda: engine.decide(Decide("claim", "linfeng", number), now),
                lambda: engine.resubmit("wangfang", number, now),
                lambda: engine.revise(Revise("wangfang", number, "标题", "正文"), now),
                lambda: engine.correct(Correct("fengyu", number, "正文"), now),
                lambda: engine.apply_suggestions("fengyu", number, [1], now),
                lambda: engine.mask("wangfang", number, now)]
    for command in commands:
        with pytest.raises(NotFound, match=f"找不到稿件 {number}"):
            command()
    with db.transaction() as session:
        for query in (show, history, approval_form):
            with pytest.raises(NotFound, match=f"找不到稿件 {number}"):
                query(session, number)
    for operator_change in (lambda: requeue(db, number), lambda: confirm_sent(db, number, now)):
        with pytest.raises(NotFound, match=f"找不到通知 {number}"):
            operator_change()
    assert events(db) == 1


def test_a_stranger_hears_unknown_user_from_every_command(db, engine, now):
    item = submit(engine, now)
    before = events(db)
    attempts = {
        "revise": lambda: engine.revise(Revise("stranger", item, "标题", "新的正文"), now),
        "correct": lambda: engine.correct(Correct("stranger", item, "新的正文"), now),
        "apply": lambda: engine.apply_suggestions("stranger", item, [1], now),
        "mask": lambda: engine.mask("stranger", item, now),
        "resubmit": lambda: engine.resubmit("stranger", item, now),
        **{event: (lambda event=event: engine.decide(Decide(
            event, "stranger", item, opinion="意见", ground="state_secret" if event == "refuse" else None,
            assignee="linfeng" if event == "release" else None), now))
           for event in ("claim", "release", "approve", "return", "refuse", "withdraw", "retract")},
    }
    for name, attempt in attempts.items():
        assert refused(attempt).rule == "unknown_user", name
    with db.transaction() as session:
        assert refused(lambda: queue(session, "stranger")).rule == "unknown_user"
    assert refused(lambda: engine.submit(Submit("stranger", "标题", "正文"), now)).rule == "unknown_user"
    assert events(db) == before


def test_mask_and_suggestions_in_confidentiality_review_are_not_allowed_in_that_stage(db, engine, now):
    item = submit(engine, now)
    before = events(db)
    assert refused(lambda: engine.mask("linfeng", item, now)).rule == "not_allowed_in_stage"
    assert refused(lambda: engine.apply_suggestions("linfeng", item, [1], now)).rule == "not_allowed_in_stage"
    assert refused(lambda: engine.correct(Correct("linfeng", item, "别的正文"), now)).rule == "not_allowed_in_stage"
    assert events(db) == before


@pytest.mark.parametrize("pick", [0, -1, 99, 2**63])
def test_a_suggestion_number_out_of_range_says_so(db, engine, now, pick):
    item = submit(engine, now)
    drive_to(engine, item, "proofreading_1", now)
    engine.decide(Decide("claim", "fengyu", item), now)
    before = events(db)
    with pytest.raises(InvalidInput, match="发现编号超出范围"):
        engine.apply_suggestions("fengyu", item, [pick], now)
    assert events(db) == before


def test_handing_a_task_to_someone_without_the_role_names_them_not_the_one_handing_over(db, engine, now):
    item = submit(engine, now)
    engine.decide(Decide("claim", "linfeng", item), now)
    broken = refused(lambda: engine.decide(Decide("release", "linfeng", item, assignee="chenjun"), now))
    assert broken.rule == "role_required"
    assert "不能转交给 陈军（chenjun）" in broken.message and "对方不具备" in broken.message
    assert "您" not in broken.message


def test_a_revision_with_the_same_title_and_body_is_refused_and_writes_nothing(db, engine, now):
    item = submit(engine, now)
    engine.decide(Decide("claim", "linfeng", item), now)
    engine.decide(Decide("return", "linfeng", item, opinion="请修改"), now)
    before = events(db)
    with pytest.raises(InvalidInput, match="与现行版本相同"):
        engine.revise(Revise("wangfang", item, "关于开展科技活动周的通知", CLEAN_BODY), now)
    with pytest.raises(InvalidInput, match="与现行版本相同"):
        engine.revise(Revise("wangfang", item, "  关于开展科技活动周的通知 ", CLEAN_BODY), now)
    assert events(db) == before
    assert engine.revise(Revise("wangfang", item, "新标题", CLEAN_BODY), now).title == "新标题"


def test_a_revision_pin_in_capitals_is_the_same_hash(db, engine, now):
    item = submit(engine, now)
    engine.decide(Decide("claim", "linfeng", item), now)
    with db.transaction() as session:
        pinned = show(session, item)["revision_hash"].upper()
    assert engine.decide(Decide("approve", "linfeng", item, opinion="同意", expected_revision=f" {pinned} "),
                         now).stage == "sensitivity_check"


@pytest.mark.parametrize("formed", [date(1, 1, 1), date(1900, 1, 1), date(1949, 9, 30)])
def test_an_implausibly_old_formation_date_is_refused(db, engine, now, formed):
    with pytest.raises(InvalidInput, match="不是可信的日期"):
        engine.submit(Submit("wangfang", "标题", "正文", formed_on=formed), now)
    assert events(db) == 0


def test_a_task_opened_before_office_hours_is_due_in_office_hours(db, engine, now):
    early = now.replace(hour=6, minute=47)
    item = submit(engine, early)
    with db.transaction() as session:
        due = show(session, item)["task"]["due_at"]
    assert due[11:16] == "09:00", due
    assert approve(engine, item, "linfeng", now) == "sensitivity_check"


def test_a_ground_or_an_assignee_is_taken_only_by_the_decision_it_belongs_to(db, engine, now):
    item = submit(engine, now)
    engine.decide(Decide("claim", "linfeng", item), now)
    before = events(db)
    with pytest.raises(InvalidInput, match="法定理由"):
        engine.decide(Decide("approve", "linfeng", item, opinion="同意", ground="x" * 100), now)
    with pytest.raises(InvalidInput, match="转交对象"):
        engine.decide(Decide("approve", "linfeng", item, opinion="同意", assignee="songjia"), now)
    assert events(db) == before


def test_a_source_longer_than_its_column_is_refused_in_one_sentence(db, engine, now):
    with pytest.raises(InvalidInput, match="来源过长"):
        engine.submit(Submit("wangfang", "标题", "正文", source="转载自" * 200), now)
    assert events(db) == 0
