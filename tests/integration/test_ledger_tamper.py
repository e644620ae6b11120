"""Tampering with the ledger behind the engine's back is caught and located (raw SQL, both backends)."""

import pytest
from sqlalchemy import text

from sanshen.engine.handlers import Engine
from sanshen.engine.queries import history, verify
from sanshen.ledger.migrate import upgrade
from tests.helpers import drive_to, submit


@pytest.fixture
def item(db, now) -> int:
    engine = Engine(db)
    submit(engine, now)  # a second, untouched item
    target = submit(engine, now)
    drive_to(engine, target, "final_review", now)
    return target


def raw(db, sql: str, **params) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


def problems(db) -> list[tuple[int, int]]:
    with db.transaction() as session:
        report = verify(session)
    assert report["ok"] is False and report["items_checked"] == 2
    return [(p["item_id"], p["seq"]) for p in report["problems"]]


def test_an_untouched_ledger_verifies(db, item):
    with db.transaction() as session:
        assert verify(session)["ok"] is True


def test_an_edited_opinion_is_located(db, item):
    raw(db, "UPDATE events SET opinion = '不同意' WHERE item_id = :i AND seq = 3", i=item)
    assert (item, 3) in problems(db)


def test_an_event_deleted_in_the_middle_is_located(db, item):
    raw(db, "DELETE FROM events WHERE item_id = :i AND seq = 5", i=item)
    assert (item, 5) in problems(db)


def test_the_last_event_deleted_is_caught(db, item, now):
    with db.transaction() as session:
        last = len(history(session, item)["events"])
    raw(db, "DELETE FROM events WHERE item_id = :i AND seq = :s", i=item, s=last)
    assert problems(db)[0][0] == item


def test_a_forged_event_inserted_in_the_chain_is_located(db, item):
    raw(db, "UPDATE events SET seq = seq + 100 WHERE item_id = :i AND seq >= 4", i=item)
    raw(db, "UPDATE events SET seq = seq - 99 WHERE item_id = :i AND seq >= 104", i=item)
    raw(db, """INSERT INTO events (item_id, seq, event, actor, role, from_stage, to_stage, revision_hash, opinion,
               ground, detail, at, policy_version, prev_hash, hash)
               SELECT item_id, 4, 'approve', 'zhengguo', 'head_of_unit', from_stage, to_stage, revision_hash,
                      '同意', ground, detail, at, policy_version, prev_hash, hash
               FROM events WHERE item_id = :i AND seq = 3""", i=item)
    assert (item, 4) in problems(db)


def test_two_events_swapped_are_located(db, item):
    raw(db, "UPDATE events SET seq = 1000 WHERE item_id = :i AND seq = 4", i=item)
    raw(db, "UPDATE events SET seq = 4 WHERE item_id = :i AND seq = 5", i=item)
    raw(db, "UPDATE events SET seq = 5 WHERE item_id = :i AND seq = 1000", i=item)
    assert (item, 4) in problems(db)


def test_a_stage_changed_behind_the_engines_back_is_caught(db, item):
    raw(db, "UPDATE items SET stage = 'publishing' WHERE id = :i", i=item)
    found = problems(db)
    assert [i for i, _ in found] == [item]
    with db.transaction() as session:
        timeline = history(session, item)
    assert timeline["stored_stage"] == "publishing" and timeline["replayed_stage"] == "final_review"


def test_a_rewritten_event_with_a_recomputed_hash_still_breaks_the_next_link(db, item):
    from sanshen.ledger.chain import event_hash
    from sanshen.ledger.replay import event_fields

    with db.transaction() as session:
        from sanshen.ledger import models

        row = session.get(models.Event, (item, 3))
        fields = {**event_fields(row), "opinion": "改过的意见"}
        forged = event_hash(fields)
    raw(db, "UPDATE events SET opinion = '改过的意见', hash = :h WHERE item_id = :i AND seq = 3", h=forged, i=item)
    assert (item, 4) in problems(db)


def test_migrations_run_twice_change_nothing(db, item):
    upgrade(db.engine)
    with db.transaction() as session:
        assert verify(session)["ok"] is True


def test_an_edited_revision_text_is_caught_at_the_event_that_recorded_it(db, item):
    raw(db, "UPDATE revisions SET body = body || '（已增补未经审核的内容）' WHERE item_id = :i", i=item)
    assert problems(db) == [(item, 1)]
    with db.transaction() as session:
        told = history(session, item)
    assert told["verified"] is False and "版本被篡改" in told["problems"][0]["problem"]


def test_the_engine_refuses_to_act_on_an_item_whose_stage_was_changed_behind_it(db, item, now):
    from sanshen.engine.commands import Decide
    from sanshen.engine.errors import LedgerMismatch

    raw(db, "UPDATE items SET stage = 'proofreading_3' WHERE id = :i", i=item)
    raw(db, "UPDATE review_tasks SET stage = 'proofreading_3' WHERE item_id = :i AND status = 'open'", i=item)
    with pytest.raises(LedgerMismatch, match="不一致"):
        Engine(db).decide(Decide("claim", "dengyun", item), now)


def test_a_current_revision_pointed_back_to_a_rejected_one_is_reported_and_never_published(db, now, tmp_path):
    from sanshen.engine.commands import Decide, Revise
    from sanshen.engine.errors import LedgerMismatch
    from sanshen.engine.publishing import publish
    from sanshen.engine.site_store import read_page

    engine = Engine(db)
    item = submit(engine, now)
    engine.decide(Decide("claim", "linfeng", item), now)
    engine.decide(Decide("return", "linfeng", item, opinion="第三段不宜公开"), now)
    with db.engine.connect() as conn:
        rejected = conn.execute(text("SELECT revision_hash FROM items WHERE id = :i"), {"i": item}).scalar_one()
    engine.revise(Revise("wangfang", item, "关于开展科技活动周的通知", "各科室：\n已删去第三段。"), now)
    engine.resubmit("wangfang", item, now)
    drive_to(engine, item, "publishing", now)
    raw(db, "UPDATE items SET revision_hash = :h WHERE id = :i", h=rejected, i=item)
    assert any(found == item and "版本字段" in problem for found, problem in problems_of_one(db))
    with pytest.raises(LedgerMismatch):
        publish(db, item, now)
    with db.transaction() as session:
        assert read_page(session, 1, f"items/{item}.html") is None


def problems_of_one(db) -> list[tuple[int, str]]:
    with db.transaction() as session:
        report = verify(session)
    assert report["ok"] is False
    return [(p["item_id"], p["problem"]) for p in report["problems"]]


def test_a_publication_record_pointed_at_another_revision_is_reported(db, now, tmp_path):
    from sanshen.engine.publishing import publish

    engine = Engine(db)
    item = submit(engine, now)
    drive_to(engine, item, "publishing", now)
    publish(db, item, now)
    raw(db, "UPDATE publications SET revision_hash = :h WHERE item_id = :i", h="0" * 64, i=item)
    with db.transaction() as session:
        report = verify(session)
    assert report["ok"] is False and "发布记录被篡改" in report["problems"][0]["problem"]


@pytest.mark.parametrize("damage", [
    "UPDATE events SET detail = '{' WHERE item_id = :i AND seq = 2",
    "UPDATE events SET policy_version = 99 WHERE item_id = :i AND seq = 4",
    "UPDATE revisions SET findings = 'not json' WHERE item_id = :i",
])
def test_rows_too_damaged_to_read_are_reported_as_problems_of_their_item_not_a_crash(db, item, damage):
    raw(db, damage, i=item)
    assert {found for found, _ in problems(db)} == {item}
    with db.transaction() as session:
        assert history(session, item)["verified"] is False


def test_findings_cleared_behind_the_engine_are_reported_and_do_not_unblock_an_approval(db, now):
    from sanshen.engine.commands import Decide
    from sanshen.engine.errors import LedgerMismatch

    engine = Engine(db)
    item = submit(engine, now, body="机密★5年\n关于重点项目的报告。")
    engine.decide(Decide("claim", "linfeng", item), now)
    raw(db, "UPDATE revisions SET findings = '[]' WHERE item_id = :i", i=item)
    with pytest.raises(LedgerMismatch, match="检查记录与账本不符"):
        engine.decide(Decide("approve", "linfeng", item), now)
    with db.transaction() as session:
        report = verify(session)
    assert [(p["item_id"], p["seq"]) for p in report["problems"]] == [(item, 1)]
    assert "检查发现被篡改" in report["problems"][0]["problem"]
