"""How the process uses the content checks: findings stored per revision, blocks, masking, suggestions."""

import json

import pytest
from sqlalchemy import select

from sanshen.engine.commands import Correct, Decide
from sanshen.engine.handlers import Engine
from sanshen.engine.queries import show
from sanshen.flows.dispatcher import sensitivity_check
from sanshen.ledger import models
from sanshen.policies.errors import RuleBroken
from tests.helpers import approve, drive_to, submit


@pytest.fixture
def engine(db):
    return Engine(db)


def test_findings_are_stored_with_each_revision(db, engine, now):
    item = submit(engine, now, body="联系人手机13812345678。")
    with db.transaction() as session:
        stored = json.loads(session.execute(select(models.Revision.findings)
                                            .where(models.Revision.item_id == item)).scalar_one())
    assert [(f["check"], f["rule"], f["suggestion"]) for f in stored] == [("privacy", "mobile", "138****5678")]


def test_a_classified_item_cannot_pass_confidentiality_review_but_can_be_returned(engine, now):
    item = submit(engine, now, body="机密★5年\n关于重点项目的报告。")
    engine.decide(Decide("claim", "linfeng", item), now)
    with pytest.raises(RuleBroken) as broken:
        engine.decide(Decide("approve", "linfeng", item), now)
    assert broken.value.rule == "classified_content"
    assert engine.decide(Decide("refuse", "linfeng", item, opinion="涉密不公开", ground="state_secret"), now).stage == "refused"


def test_unmasked_personal_data_holds_the_item_until_it_is_masked(db, engine, now):
    item = submit(engine, now, body="获奖人联系电话13812345678。")
    approve(engine, item, "linfeng", now)
    assert sensitivity_check(db, item, now) == "scan_flag"
    engine.decide(Decide("claim", "songjia", item), now)
    with pytest.raises(RuleBroken) as broken:
        engine.decide(Decide("approve", "songjia", item), now)
    assert broken.value.rule == "unmasked_personal_data"
    engine.mask("songjia", item, now)
    with db.transaction() as session:
        shown = show(session, item)
    assert "138****5678" in shown["body"] and "13812345678" not in shown["body"]
    assert engine.decide(Decide("approve", "songjia", item), now).stage == "first_review"


def test_a_clean_item_passes_the_automated_check_and_running_it_again_changes_nothing(db, engine, now):
    item = submit(engine, now)
    approve(engine, item, "linfeng", now)
    assert sensitivity_check(db, item, now) == "scan_clean"
    assert sensitivity_check(db, item, now).startswith("skipped")
    with db.transaction() as session:
        assert show(session, item)["stage"] == "first_review"


def test_a_proofreader_applies_a_suggestion_as_a_correction(db, engine, now):
    body = ("各科室：\n根据清科发[2024]5号文件精神，现将有关事项通知如下，请认真组织实施，按时报送工作总结，"
            "确保各项工作落到实处、取得实效，推动全县科技工作高质量发展。\n" + "各单位要加强组织领导，明确责任分工，认真抓好落实。" * 3)
    item = submit(engine, now, body=body)
    drive_to(engine, item, "proofreading_1", now)
    engine.decide(Decide("claim", "fengyu", item), now)
    with db.transaction() as session:
        findings = show(session, item)["findings"]
    pick = next(n for n, f in enumerate(findings, start=1) if f["rule"] == "doc_number_brackets")
    engine.apply_suggestions("fengyu", item, [pick], now)
    with db.transaction() as session:
        shown = show(session, item)
    assert "清科发〔2024〕5号" in shown["body"] and shown["revision_number"] == 2
    assert engine.decide(Decide("approve", "fengyu", item), now).stage == "proofreading_2"


def test_residue_that_must_never_be_published_stops_the_proofreading_round(engine, now):
    item = submit(engine, now, body="正文。\n[bookmark: _GoBack]请认真组织实施。")
    drive_to(engine, item, "proofreading_1", now)
    engine.decide(Decide("claim", "fengyu", item), now)
    with pytest.raises(RuleBroken) as broken:
        engine.decide(Decide("approve", "fengyu", item), now)
    assert broken.value.rule == "unpublishable_residue"


def test_a_serious_wording_error_holds_the_item_until_the_text_is_corrected(db, engine, now):
    item = submit(engine, now, body="为贯彻落实中华人民共合国科学技术进步法，现将有关事项通知如下。")
    approve(engine, item, "linfeng", now)
    assert sensitivity_check(db, item, now) == "scan_flag"
    engine.decide(Decide("claim", "songjia", item), now)
    with pytest.raises(RuleBroken) as broken:
        engine.decide(Decide("approve", "songjia", item), now)
    assert broken.value.rule == "serious_wording_error"
    assert engine.decide(Decide("return", "songjia", item, opinion="国名有误，请改正"), now).stage == "drafting"


def test_a_proofreader_takes_out_conversion_residue_even_from_a_short_item_and_it_may_then_pass(db, engine, now):
    item = submit(engine, now, body="正文。\n[bookmark: _GoBack]请认真组织实施。")
    drive_to(engine, item, "proofreading_1", now)
    engine.decide(Decide("claim", "fengyu", item), now)
    with db.transaction() as session:
        findings = show(session, item)["findings"]
    pick = next(n for n, f in enumerate(findings, start=1) if f["rule"] == "conversion_residue")
    engine.apply_suggestions("fengyu", item, [pick], now)
    with db.transaction() as session:
        assert "[bookmark" not in show(session, item)["body"]
    assert engine.decide(Decide("approve", "fengyu", item), now).stage == "proofreading_2"


def test_a_large_correction_that_also_takes_out_residue_is_still_refused(db, engine, now):
    item = submit(engine, now, body="正文。\n[bookmark: _GoBack]请认真组织实施。")
    drive_to(engine, item, "proofreading_1", now)
    engine.decide(Decide("claim", "fengyu", item), now)
    with pytest.raises(RuleBroken) as broken:
        engine.correct(Correct("fengyu", item, "完全不同的另一篇正文，请各单位按时报送。"), now)
    assert broken.value.rule == "correction_too_large"


def test_small_corrections_add_up_against_the_text_the_final_review_approved(db, engine, now):
    body = "各科室：\n" + "请各单位认真组织实施，按时报送工作总结，确保各项工作落到实处。" * 3
    item = submit(engine, now, body=body)
    drive_to(engine, item, "proofreading_1", now)
    engine.decide(Decide("claim", "fengyu", item), now)
    first = body.replace("认真组织", "认真地组织", 1).replace("按时报送", "按时地报送", 1)  # 1.8% of the text
    engine.correct(Correct("fengyu", item, first), now)
    second = first.replace("确保各项", "确保了各项", 1).replace("落到实处", "落到了实处", 1)  # 1.8% more: 3.6%
    with pytest.raises(RuleBroken) as broken:
        engine.correct(Correct("fengyu", item, second), now)
    assert broken.value.rule == "correction_too_large"
