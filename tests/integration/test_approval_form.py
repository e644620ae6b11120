"""The 信息发布审批单 of an item: made from its verified history, the last submission only."""

from sanshen.engine.commands import Decide
from sanshen.engine.forms import approval_form
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish
from tests.helpers import approve, drive_to, submit


def form_of(db, item: int) -> dict:
    with db.transaction() as session:
        return approval_form(session, item)


def test_a_published_item_s_form_has_every_signature_of_its_last_submission_and_no_secrets(db, now, tmp_path):
    engine = Engine(db)
    item = submit(engine, now)
    approve(engine, item, "linfeng", now, opinion="不涉密")
    engine.system("scan_clean", item, now)
    engine.decide(Decide("claim", "chenjun", item), now)
    engine.decide(Decide("return", "chenjun", item, opinion="请补充活动地点"), now)
    engine.resubmit("wangfang", item, now)
    drive_to(engine, item, "publishing", now)
    publish(db, item, now)
    form = form_of(db, item)
    assert form["verified"] and form["published_online"] and form["index_number"] == "QHKJJ-2026-00001"
    assert form["drafter"] == "王芳" and form["department"] == "科技计划与成果科"
    assert form["contains_secrets"] == {"contains": False, "opinion": "同意", "name": "林峰", "date": "2026-11-24"}
    assert [(s["stage"], s["decision"], s["name"]) for s in form["steps"] if s["name"] != "系统"] == [
        ("confidentiality_review", "通过", "林峰"), ("first_review", "通过", "陈军"), ("second_review", "通过", "郭磊"),
        ("final_review", "通过", "刘洋"), ("proofreading_1", "通过", "冯雨"), ("proofreading_2", "通过", "蔡虹"),
        ("proofreading_3", "通过", "邓云")]
    assert "请补充活动地点" not in [s["opinion"] for s in form["steps"]]


def test_a_refused_item_s_form_records_the_ground_and_that_it_did_not_go_online(db, now):
    engine = Engine(db)
    item = submit(engine, now, body="机密★5年\n关于重点项目的报告。")
    engine.decide(Decide("claim", "linfeng", item), now)
    engine.decide(Decide("refuse", "linfeng", item, opinion="涉密不公开", ground="state_secret"), now)
    form = form_of(db, item)
    assert form["contains_secrets"]["contains"] is True and not form["published_online"]
    assert form["steps"][-1]["ground"] == "属于国家秘密" and form["steps"][-1]["opinion"] == "涉密不公开"


def test_the_form_says_secrets_only_where_the_officer_found_them(db, now):
    engine = Engine(db)
    plain, secret, refused = submit(engine, now), submit(engine, now), submit(engine, now)
    for item in (plain, secret, refused):
        engine.decide(Decide("claim", "linfeng", item), now)
    engine.decide(Decide("return", "linfeng", plain, opinion="请补充活动地点"), now)
    engine.decide(Decide("return", "linfeng", secret, opinion="第三段涉及工作秘密", secret=True), now)
    engine.decide(Decide("refuse", "linfeng", refused, opinion="属于过程性信息", ground="process_information"), now)
    assert form_of(db, plain)["contains_secrets"]["contains"] is False
    assert form_of(db, secret)["contains_secrets"]["contains"] is True
    assert form_of(db, refused)["contains_secrets"]["contains"] is False


def test_only_the_confidentiality_review_may_say_an_item_is_secret(db, now):
    import pytest

    from sanshen.engine.errors import InvalidInput

    engine = Engine(db)
    item = submit(engine, now)
    drive_to(engine, item, "first_review", now)
    engine.decide(Decide("claim", "chenjun", item), now)
    with pytest.raises(InvalidInput):
        engine.decide(Decide("return", "chenjun", item, opinion="涉密", secret=True), now)
