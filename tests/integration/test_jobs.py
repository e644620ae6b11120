"""The job queue: each job claimed once, re-claimed when its worker died, parked when it keeps failing."""

import threading
from datetime import timedelta

import pytest

from sanshen.engine import jobs
from sanshen.engine.handlers import Engine
from sanshen.ledger.db import Database
from tests.helpers import approve, submit


@pytest.fixture
def pending(db, now) -> list[int]:
    engine = Engine(db)
    items = [submit(engine, now) for _ in range(6)]
    for item in items:
        approve(engine, item, "linfeng", now)
    return items


def test_a_claimed_job_is_not_claimed_again_while_its_lease_runs(db, pending, now):
    first = jobs.claim(db, "w1", now, limit=4)
    second = jobs.claim(db, "w2", now + timedelta(minutes=1), limit=10)
    assert len(first) == 4 and len(second) == 2
    assert not {j.id for j in first} & {j.id for j in second}


def test_a_job_whose_worker_died_is_claimed_again_after_its_lease(db, pending, now):
    taken = jobs.claim(db, "w1", now, limit=1)
    again = jobs.claim(db, "w2", now + jobs.LEASE + timedelta(seconds=1), limit=10)
    assert taken[0].id in {j.id for j in again}
    assert next(j for j in again if j.id == taken[0].id).attempts == 2


def test_a_job_that_keeps_failing_is_parked_with_its_error(db, pending, now):
    outcome = ""
    for attempt in range(jobs.MAX_ATTEMPTS):
        job = next(j for j in jobs.claim(db, "w", now + timedelta(hours=attempt), limit=10) if j.item_id == pending[0])
        outcome = jobs.fail(db, job, "ConnectionError: channel down", now)
    assert outcome == "parked"
    parked = [j for j in jobs.unfinished(db) if j["status"] == "parked"]
    assert parked == [next(j for j in jobs.unfinished(db) if j["item_id"] == pending[0])]
    assert parked[0]["last_error"] == "ConnectionError: channel down"
    assert all(j.item_id != pending[0] for j in jobs.claim(db, "w", now + timedelta(days=1), limit=10))
    assert jobs.retry_parked(db, parked[0]["id"])


def test_finished_jobs_leave_the_queue(db, pending, now):
    for job in jobs.claim(db, "w", now, limit=10):
        jobs.finish(db, job, now)
    assert jobs.unfinished(db) == []


def test_workers_side_by_side_on_postgresql_never_share_a_job(pg_db, pg_schema_url, now):
    engine = Engine(pg_db)
    for _ in range(30):
        approve(engine, submit(engine, now), "linfeng", now)
    barrier, taken = threading.Barrier(3), []

    def work(name: str) -> None:
        db = Database(pg_schema_url)
        barrier.wait()
        while claimed := jobs.claim(db, name, now, limit=3):
            taken.extend(j.id for j in claimed)
        db.dispose()

    threads = [threading.Thread(target=work, args=(f"w{n}",)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(taken) == 30 and len(set(taken)) == 30
