"""解读三同步 and the disclosure attributes, on a real database: what may reach the public site, and when."""

import json

import pytest
from sqlalchemy import select, update

from sanshen.engine.commands import Decide, Submit
from sanshen.engine.errors import InvalidInput
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import NotPublishable, publish
from sanshen.engine.queries import history, show, verify
from sanshen.engine.site_export import export_site
from sanshen.ledger import models
from sanshen.ledger.chain import event_hash
from sanshen.policies.errors import RuleBroken
from tests.helpers import CLEAN_BODY, drive_to


def _submit(engine, now, title="关于促进科技成果转化的若干措施", **kwargs):
    return engine.submit(Submit(kwargs.pop("actor", "wangfang"), title, CLEAN_BODY, **kwargs), now).id


def _show(db, item):
    with db.transaction() as session:
        return show(session, item)


@pytest.fixture
def pair(db, now):
    engine = Engine(db)
    policy = _submit(engine, now, kind="政策文件")
    interpretation = _submit(engine, now, title="《关于促进科技成果转化的若干措施》政策解读", interprets=policy)
    return engine, policy, interpretation


def test_a_policy_that_finishes_first_waits_at_publishing_and_says_for_what(db, pair, now, tmp_path):
    engine, policy, interpretation = pair
    drive_to(engine, policy, "publishing", now)
    assert publish(db, policy, now).startswith("waiting")
    shown = _show(db, policy)
    export_site(db, tmp_path)
    assert shown["stage"] == "publishing" and shown["waiting_for"] == interpretation
    assert shown["kind"] == "policy_document" and shown["interpreted_by"] == interpretation
    assert "政策解读" in shown["waiting"] and not (tmp_path / "items" / f"{policy}.html").exists()
    assert _show(db, interpretation)["interprets"] == policy


def test_the_pair_is_published_by_one_job_at_one_moment_linking_each_other(db, pair, now, tmp_path):
    engine, policy, interpretation = pair
    drive_to(engine, interpretation, "publishing", now)
    assert publish(db, interpretation, now).startswith("waiting")
    drive_to(engine, policy, "publishing", now)
    assert publish(db, policy, now) == "published"
    assert publish(db, interpretation, now).startswith("skipped")
    with db.transaction() as session:
        delivered = {i: [e for e in history(session, i)["events"] if e["event"] == "deliver"][0]
                     for i in (policy, interpretation)}
        assert verify(session)["ok"]
    assert delivered[policy]["at"] == delivered[interpretation]["at"]
    assert delivered[policy]["detail"]["together_with"] == interpretation
    assert delivered[interpretation]["detail"]["together_with"] == policy
    export_site(db, tmp_path)
    policy_page = (tmp_path / "items" / f"{policy}.html").read_text(encoding="utf-8")
    interpretation_page = (tmp_path / "items" / f"{interpretation}.html").read_text(encoding="utf-8")
    assert f'href="{interpretation}.html"' in policy_page and f'href="{policy}.html"' in interpretation_page
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "【含解读】" in index and "【解读】" in index


def test_a_policy_without_any_interpretation_waits_and_is_never_published_alone(db, now, tmp_path):
    engine = Engine(db)
    policy = _submit(engine, now, kind="policy_document")
    drive_to(engine, policy, "publishing", now)
    assert publish(db, policy, now).startswith("waiting")
    assert _show(db, policy)["waiting_for"] is None and _show(db, policy)["waiting"]
    with pytest.raises(RuleBroken) as refused:
        engine.deliver(policy, "QHKJJ-2026-00001", "x", _show(db, policy)["revision_hash"], now)
    assert refused.value.rule == "interpretation_required"


def test_refusing_the_policy_ends_its_interpretation_with_its_own_event(db, pair, now):
    engine, policy, interpretation = pair
    engine.decide(Decide("claim", "linfeng", policy), now)
    engine.decide(Decide("refuse", "linfeng", policy, opinion="属于过程性信息", ground="process_information"), now)
    assert _show(db, interpretation)["stage"] == "withdrawn"
    with db.transaction() as session:
        last = history(session, interpretation)["events"][-1]
        assert verify(session)["ok"]
    assert last["event"] == "end_with_policy" and last["actor"] == "system" and last["detail"]["because_of"] == policy


def test_withdrawing_the_policy_ends_its_interpretation(db, pair, now):
    engine, policy, interpretation = pair
    engine.decide(Decide("withdraw", "wangfang", policy), now)
    assert _show(db, interpretation)["stage"] == "withdrawn"


def test_refusing_the_interpretation_returns_the_policy_to_its_drafter(db, pair, now):
    engine, policy, interpretation = pair
    drive_to(engine, policy, "publishing", now)
    engine.decide(Decide("claim", "linfeng", interpretation), now)
    engine.decide(Decide("refuse", "linfeng", interpretation, opinion="解读口径不当", ground="process_information"), now)
    shown = _show(db, policy)
    assert shown["stage"] == "drafting" and shown["interpreted_by"] is None
    with db.transaction() as session:
        assert history(session, policy)["events"][-1]["event"] == "back_with_interpretation"
        returned = session.execute(select(models.OutboxMessage).where(models.OutboxMessage.item_id == policy,
                                                               models.OutboxMessage.kind == "returned")).all()
    assert returned


def test_only_the_policys_drafter_interprets_it(db, now):
    engine = Engine(db)
    policy = _submit(engine, now, kind="政策文件")
    with pytest.raises(RuleBroken) as refused:
        _submit(engine, now, actor="liqiang", interprets=policy)
    assert refused.value.rule == "interpreter_only"
    with pytest.raises(InvalidInput):
        _submit(engine, now, kind="通知公告", interprets=policy)
    with pytest.raises(InvalidInput, match="主动公开"):
        _submit(engine, now, interprets=policy, disclosure="on_request")


def test_verify_reports_a_ledger_where_a_policy_was_published_without_its_interpretation(db, now):
    engine = Engine(db)
    policy = _submit(engine, now, kind="政策文件")
    drive_to(engine, policy, "publishing", now)
    _forge_lone_delivery(db, policy, now)
    with db.transaction() as session:
        report = verify(session)
    assert not report["ok"]
    assert any(p["item_id"] == policy and "解读" in p["problem"] for p in report["problems"])


def _forge_lone_delivery(db, item_id, now, detail=None):
    """What an older release (or a hand) could have written: a deliver event with a valid chain and no pair."""
    with db.transaction() as session:
        item = session.get(models.Item, item_id)
        last = session.scalars(select(models.Event).where(models.Event.item_id == item_id)
                               .order_by(models.Event.seq.desc())).first()
        fields = {"item_id": item_id, "seq": last.seq + 1, "event": "deliver", "actor": "system", "role": "system",
                  "from_stage": "publishing", "to_stage": "published", "revision_hash": item.revision_hash,
                  "opinion": None, "ground": None, "detail": json.dumps(detail or {}), "at": now.isoformat(timespec="microseconds"),
                  "policy_version": last.policy_version, "prev_hash": last.hash}
        digest = event_hash(fields)
        session.add(models.Event(**fields, hash=digest))
        session.execute(update(models.Item).where(models.Item.id == item_id).values(
            stage="published", last_seq=last.seq + 1, head_hash=digest, version=item.version + 1))


@pytest.mark.parametrize("disclosure, extra", [
    ("on_request", {}),
    ("not_disclosed", {"disclosure_ground": "internal_affairs", "disclosure_reason": "属于内部管理信息"}),
])
def test_items_not_proactively_disclosed_end_approved_and_recorded_never_published(db, now, tmp_path,
                                                                                   disclosure, extra):
    engine = Engine(db)
    item = _submit(engine, now, title="关于某事项的答复", disclosure=disclosure, **extra)
    drive_to(engine, item, "recorded", now)
    with db.transaction() as session:
        jobs = session.execute(select(models.Job.kind).where(models.Job.item_id == item)).scalars().all()
        assert verify(session)["ok"]
    assert "publish" not in jobs
    assert publish(db, item, now).startswith("skipped")
    export_site(db, tmp_path)
    assert not (tmp_path / "items").exists() and not (tmp_path / "feed.xml").exists()


def test_the_publish_job_refuses_an_item_not_proactively_disclosed(db, now, tmp_path):
    engine = Engine(db)
    item = _submit(engine, now, title="关于某事项的答复")
    drive_to(engine, item, "publishing", now)
    with db.transaction() as session:  # the row changed behind the engine: its ledger still says 主动公开
        session.execute(update(models.Item).where(models.Item.id == item).values(disclosure="not_disclosed"))
    with pytest.raises(NotPublishable):
        publish(db, item, now)
    export_site(db, tmp_path)
    assert _show(db, item)["stage"] == "publishing" and not (tmp_path / "items").exists()


def test_not_disclosed_needs_a_ground_and_a_reason(db, now):
    engine = Engine(db)
    with pytest.raises(InvalidInput, match="ground_required"):
        _submit(engine, now, disclosure="not_disclosed")
    with pytest.raises(InvalidInput):
        _submit(engine, now, disclosure="not_disclosed", disclosure_ground="internal_affairs")


def test_verify_reports_a_publication_that_names_a_partner_not_published_with_it(db, now):
    engine = Engine(db)
    policy = _submit(engine, now, kind="政策文件")
    other = _submit(engine, now, title="关于开展科技活动周的通知")
    drive_to(engine, policy, "publishing", now)
    _forge_lone_delivery(db, policy, now, {"together_with": other})
    with db.transaction() as session:
        report = verify(session)
    assert any(p["item_id"] == policy and "同步发布" in p["problem"] for p in report["problems"])
