"""Fault injection on PostgreSQL: connections dropped at chosen points, backends terminated mid-loop.

After each: every item exactly once, every command's effect exactly once, `verify` clean.
"""

import random
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, func, select, text

from sanshen.engine.commands import Decide, Revise, Submit
from sanshen.engine.handlers import Engine
from sanshen.engine.queries import verify
from sanshen.ledger import models
from sanshen.ledger.db import Database
from tests.conftest import PG_SERVER
from tests.faults.pgproxy import PgProxy
from tests.helpers import CLEAN_BODY, submit

TITLE = "关于开展科技活动周的通知"


@pytest.fixture
def proxy() -> Iterator[PgProxy]:
    running = PgProxy()
    yield running
    running.close()


@pytest.fixture
def through_proxy(pg_db, pg_schema_url, proxy) -> Iterator[Database]:
    """The test's PostgreSQL schema, reached through the proxy."""
    db = Database(proxy.url(pg_schema_url))
    yield db
    db.dispose()


def counted(db: Database, model, *where) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)))


def verified(db: Database) -> bool:
    with db.reading() as session:
        return bool(verify(session)["ok"])


@pytest.mark.parametrize("point", ["before_begin", "mid_pipeline", "after_commit"])
def test_a_submission_whose_connection_drops_is_recorded_once_and_answered(pg_db, through_proxy, proxy, now, point):
    engine = Engine(through_proxy)
    submit(engine, now)  # a warm pool: the fault hits a pooled connection
    proxy.arm(point)
    item = engine.submit(Submit("wangfang", TITLE, CLEAN_BODY), now)
    assert proxy.fired == [point]
    assert item.stage == "confidentiality_review"
    assert counted(pg_db, models.Item) == 2 and counted(pg_db, models.Event, models.Event.event == "submit") == 2
    assert counted(pg_db, models.OutboxMessage, models.OutboxMessage.item_id == item.id) == 2  # the two officers
    assert verified(pg_db)


def test_a_claim_whose_commit_acknowledgement_was_lost_answers_success(pg_db, through_proxy, proxy, now):
    engine = Engine(through_proxy)
    item = submit(engine, now)
    proxy.arm("after_commit")
    assert engine.decide(Decide("claim", "linfeng", item), now).stage == "confidentiality_review"
    assert proxy.fired == ["after_commit"]
    assert counted(pg_db, models.Event, models.Event.event == "claim") == 1 and verified(pg_db)


def test_a_revision_whose_commit_acknowledgement_was_lost_is_recorded_once(pg_db, through_proxy, proxy, now):
    engine = Engine(through_proxy)
    item = submit(engine, now)
    engine.decide(Decide("claim", "linfeng", item), now)
    engine.decide(Decide("return", "linfeng", item, opinion="请补充"), now)
    proxy.arm("after_commit")
    engine.revise(Revise("wangfang", item, TITLE, CLEAN_BODY + "补充。"), now)
    assert counted(pg_db, models.Event, models.Event.event == "revise") == 1
    assert counted(pg_db, models.Revision, models.Revision.item_id == item) == 2 and verified(pg_db)


def test_forty_submissions_with_faults_at_random_points_make_forty_items(pg_db, through_proxy, proxy, now):
    engine, chance = Engine(through_proxy), random.Random(10)
    ids = []
    for n in range(40):
        if n % 3 == 0:
            proxy.arm(chance.choice(["before_begin", "mid_pipeline", "after_commit"]))
        ids.append(engine.submit(Submit("wangfang", TITLE, CLEAN_BODY), now).id)
    assert len(proxy.fired) == 14
    assert len(set(ids)) == 40 and counted(pg_db, models.Item) == 40 and verified(pg_db)


def test_backends_terminated_during_a_command_loop_double_nothing(pg_db, pg_schema_url, now):
    """Only this test's own backends (by application name) are terminated, never another process's.

    Every other round is struck at a random moment of its commands; the rounds between are left alone,
    so that commands are answered however slow the machine is (no timing decides the outcome).
    """
    name = f"eo-terminate-{random.randrange(10**9)}"
    db, admin = Database(f"{pg_schema_url}&application_name={name}"), create_engine(PG_SERVER)
    engine, killed, pauses = Engine(db), [], random.Random(9)

    def terminate() -> None:
        with admin.begin() as conn:
            killed.extend(conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = :name "
                "AND pid <> pg_backend_pid()"), {"name": name}).scalars())

    answered, failed = [], 0
    try:
        for round_ in range(60):
            strike = threading.Timer(pauses.uniform(0.0, 0.03), terminate) if round_ % 2 == 0 else None
            if strike:
                strike.start()
            try:
                item = engine.submit(Submit("wangfang", TITLE, CLEAN_BODY), now)
                engine.decide(Decide("claim", "linfeng", item.id), now)
                answered.append(item.id)
            except Exception:  # noqa: BLE001 - both tries may meet a killed backend; counted below
                failed += 1
            if strike:
                strike.cancel()
                strike.join()
                db.dispose()  # a strike that came after the commands leaves no dead connection in the pool
    finally:
        db.dispose()
        admin.dispose()
    assert len(answered) >= 30, f"{failed} rounds failed"
    assert any(killed), "no backend was terminated"
    assert len(set(answered)) == len(answered)
    assert counted(pg_db, models.Item) <= 60
    with pg_db.reading() as session:
        claims = session.execute(select(models.Event.item_id, func.count()).where(models.Event.event == "claim")
                                 .group_by(models.Event.item_id)).all()
    assert all(n == 1 for _, n in claims) and {i for i, _ in claims} >= set(answered)
    assert verified(pg_db)
