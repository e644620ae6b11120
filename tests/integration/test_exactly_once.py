"""Issue 10, cases 1, 2, 5, 6, 7: claims that hold, keys that answer once, races that conflict, verify that sees."""

import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select, text, update

from sanshen.engine import jobs
from sanshen.engine.commands import Decide, Submit
from sanshen.engine.errors import Conflict
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish
from sanshen.engine.queries import verify
from sanshen.engine.site_export import export_site
from sanshen.ledger import models
from sanshen.ledger.times import Clock, utc
from tests.faults.waiting import wait_until
from tests.helpers import CLEAN_BODY, drive_to, submit

LEASE = timedelta(minutes=5)


@pytest.fixture
def ready(db, now) -> int:
    engine = Engine(db)
    item = submit(engine, now)
    drive_to(engine, item, "publishing", now)
    return item


def count(db, model, *where) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)))


def publish_job(db, worker: str, moment) -> jobs.JobRef:
    [job] = [j for j in jobs.claim(db, worker, moment, limit=10, lease=LEASE) if j.kind == "publish"]
    return job


def test_a_worker_whose_lease_ran_out_and_was_taken_over_writes_nothing_more(db, ready, now, tmp_path):
    stalled = publish_job(db, "A", now)
    taker = publish_job(db, "B", now + LEASE + timedelta(seconds=1))
    with pytest.raises(jobs.LostClaim):
        publish(db, ready, now + LEASE, claim=stalled)
    assert count(db, models.IndexCounter) == 0 and count(db, models.Publication) == 0  # no serial taken
    assert publish(db, ready, now + LEASE, claim=taker) == "published"
    assert jobs.finish(db, stalled, now) is False and jobs.fail(db, stalled, "late", now) == "lost"
    assert jobs.finish(db, taker, now) is True
    export_site(db, tmp_path)
    with db.reading() as session:
        assert session.scalar(select(models.IndexCounter.last)) == 1
        assert verify(session, pages=tmp_path)["ok"]


def test_a_live_workers_heartbeat_keeps_its_claim_past_the_first_lease(db, ready, now):
    lease = timedelta(seconds=0.3)
    [job] = [j for j in jobs.claim(db, "A", now, limit=10, lease=lease) if j.kind == "publish"]
    first = now + lease

    def renewed() -> bool:
        with db.reading() as session:
            return session.scalar(select(models.Job.lease_until).where(models.Job.id == job.id)) > utc(first)

    with jobs.Heartbeat(db, job.token, Clock(now), lease):
        wait_until(renewed, "the heartbeat renewed the lease")
        taken = jobs.claim(db, "B", first + timedelta(milliseconds=1), limit=10, lease=lease)
    assert job.id not in {j.id for j in taken}


def test_the_same_command_key_again_answers_the_first_outcome_and_writes_nothing(db, now):
    engine = Engine(db)
    first = engine.submit(Submit("wangfang", "关于开展科技活动周的通知", CLEAN_BODY, key="k-submit-1"), now)
    again = engine.submit(Submit("wangfang", "关于开展科技活动周的通知", CLEAN_BODY, key="k-submit-1"), now)
    assert again.id == first.id and again.stage == "confidentiality_review"
    assert count(db, models.Item) == 1
    claimed = engine.decide(Decide("claim", "linfeng", first.id, key="k-claim-1"), now)
    retried = engine.decide(Decide("claim", "linfeng", first.id, key="k-claim-1"), now)  # not "already claimed"
    assert retried.stage == claimed.stage
    assert count(db, models.Event, models.Event.event == "claim") == 1
    with db.reading() as session:
        keys = session.execute(select(models.Event.command_key).order_by(models.Event.seq)).scalars().all()
    assert keys == ["k-submit-1", "k-claim-1"]


def test_an_invocation_key_keys_each_command_of_its_engine_once(db, now):
    engine = Engine(db, invocation_key="cli-once")
    first = engine.submit(Submit("wangfang", "关于开展科技活动周的通知", CLEAN_BODY), now)
    second = engine.submit(Submit("wangfang", "关于开展科技活动周的通知", CLEAN_BODY), now)  # its own key: cli-once:2
    replayed = Engine(db, invocation_key="cli-once").submit(Submit("wangfang", "同一调用", CLEAN_BODY), now)
    assert second.id != first.id and replayed.id == first.id and count(db, models.Item) == 2


def test_an_officer_whose_approval_lost_the_race_hears_conflict_not_a_missing_role(db, now):
    engine = Engine(db)
    item = submit(engine, now)
    engine.decide(Decide("claim", "songjia", item), now)
    engine.decide(Decide("approve", "songjia", item, opinion="不涉密"), now)  # the item moves to 涉敏审核
    with pytest.raises(Conflict, match="涉敏审核"):
        engine.decide(Decide("approve", "linfeng", item, opinion="不涉密"), now)  # linfeng read it at 保密审查


def test_a_person_who_never_could_act_still_hears_the_rule(db, now):
    from sanshen.policies.errors import RuleBroken

    engine = Engine(db)
    item = submit(engine, now)
    with pytest.raises(RuleBroken):
        engine.decide(Decide("approve", "chenjun", item, opinion="同意"), now)


def test_verify_finds_an_index_number_changed_in_items_and_publications(db, ready, now, tmp_path):
    publish(db, ready, now)
    with db.transaction() as session:
        session.execute(update(models.Item).where(models.Item.id == ready).values(index_number="QHKJJ-2026-00009"))
        session.execute(update(models.Publication).values(index_number="QHKJJ-2026-00009"))
    with db.reading() as session:
        problems = [p["problem"] for p in verify(session)["problems"]]
    assert any("稿件的索引号 QHKJJ-2026-00009" in p for p in problems)
    assert any("发布记录的索引号 QHKJJ-2026-00009" in p for p in problems)


def test_verify_finds_a_published_page_that_differs_from_what_was_published(db, ready, now, tmp_path):
    publish(db, ready, now)
    export_site(db, tmp_path)
    page = tmp_path / "items" / f"{ready}.html"
    with db.reading() as session:
        assert verify(session, pages=tmp_path)["ok"]
        recorded = session.scalar(select(models.Publication.page_hash))
    assert recorded == hashlib.sha256(page.read_bytes()).hexdigest()
    page.write_text(page.read_text(encoding="utf-8").replace("现将有关事项", "现将无关事项"), encoding="utf-8")
    with db.reading() as session:
        assert any("页面被改动" in p["problem"] for p in verify(session, pages=tmp_path)["problems"])
        assert verify(session)["ok"]  # the stored site is untouched
    with db.transaction() as session:  # the page the database keeps for every export, changed behind the engine
        session.execute(update(models.SitePage).where(models.SitePage.path == f"items/{ready}.html")
                        .values(content=page.read_text(encoding="utf-8")))
    with db.reading() as session:
        assert any("页面被改动" in p["problem"] for p in verify(session)["problems"])


def test_verify_finds_a_published_item_deleted_with_all_its_rows(db, now, tmp_path):
    engine = Engine(db)
    items = [submit(engine, now) for _ in range(2)]
    for item in items:
        drive_to(engine, item, "publishing", now)
        publish(db, item, now)
    gone = items[0]
    with db.transaction() as session:
        for model in (models.Publication, models.Job, models.OutboxMessage, models.ReviewTask, models.Event,
                      models.Revision, models.SiteListing):
            session.execute(delete(model).where(model.item_id == gone))
        session.execute(delete(models.Item).where(models.Item.id == gone))
    with db.reading() as session:
        report = verify(session)
    assert not report["ok"] and any("QHKJJ-2026-00001" in p["problem"] for p in report["problems"])


def test_the_deliver_event_and_the_publication_carry_the_moment_of_the_write(db, ready, now, tmp_path):
    later = now + timedelta(minutes=7)
    publish(db, ready, now, clock=lambda: later)
    with db.reading() as session:
        at = session.scalar(select(models.Event.at).where(models.Event.event == "deliver"))
        published_at = session.scalar(select(models.Publication.published_at))
    assert at == published_at == later.isoformat(timespec="microseconds")


def test_message_ids_differ_between_installations_with_the_same_mail_domain(db, now, tmp_path, demo_policy):
    from sanshen.ledger.db import Database
    from sanshen.ledger.migrate import upgrade
    from sanshen.ledger.policystore import store_policy

    other = Database(f"sqlite:///{tmp_path / 'other.db'}")
    upgrade(other.engine)
    with other.transaction() as session:
        store_policy(session, demo_policy, now.isoformat())
    ids = []
    for database in (db, other):
        submit(Engine(database), now)
        with database.reading() as session:
            ids.append(set(session.execute(select(models.OutboxMessage.message_id)).scalars()))
    other.dispose()
    assert ids[0] and ids[1] and not ids[0] & ids[1]


def test_two_reservations_for_one_item_take_one_serial_on_postgresql(pg_db, pg_schema_url, now):
    """The counter row held by another transaction: both reservations wait; only one may take a serial."""
    import threading

    from sanshen.engine.publishing import reserve_index_number
    from sanshen.ledger.db import Database
    from tests.faults.waiting import wait_for_lock_waiters

    engine = Engine(pg_db)
    item = submit(engine, now)
    drive_to(engine, item, "publishing", now)
    name = f"eo-reserve-{item}"
    racing = Database(f"{pg_schema_url}&application_name={name}")
    with pg_db.engine.connect() as holder:
        holder.execute(text("INSERT INTO index_counters (prefix, year, last) VALUES ('QHKJJ', 2026, 0)"))
        holder.commit()
        holder.execute(text("SELECT last FROM index_counters FOR UPDATE"))
        numbers: list[str] = []
        threads = [threading.Thread(target=lambda: numbers.append(reserve_index_number(racing, item, now)))
                   for _ in range(2)]
        for thread in threads:
            thread.start()
        wait_for_lock_waiters(pg_db, name, 2)
        holder.commit()
    for thread in threads:
        thread.join()
    racing.dispose()
    assert numbers == ["QHKJJ-2026-00001"] * 2
    with pg_db.reading() as session:
        assert session.scalar(select(models.IndexCounter.last)) == 1


def test_twins_with_one_key_racing_on_postgresql_are_applied_once_and_both_answered(pg_db, pg_schema_url, now):
    import threading

    from sanshen.ledger.db import Database

    item = submit(Engine(pg_db), now)
    barrier, answers = threading.Barrier(6), []

    def twin() -> None:
        db = Database(pg_schema_url)
        barrier.wait()
        answers.append(Engine(db).decide(Decide("claim", "linfeng", item, key="double-click"), now).stage)
        db.dispose()

    threads = [threading.Thread(target=twin) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == ["confidentiality_review"] * 6
    assert count(pg_db, models.Event, models.Event.event == "claim") == 1
