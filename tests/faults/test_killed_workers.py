"""Workers killed (SIGKILL, SIGTERM) mid-batch, between the 索引号 and the publication; then another takes over."""

import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from sanshen.engine import jobs
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish
from sanshen.engine.queries import verify
from sanshen.engine.site_export import export_site
from sanshen.ledger import models
from tests.helpers import drive_to, submit

WORKER = Path(__file__).with_name("job_worker.py")
LEASE = timedelta(seconds=30)


def published_exactly_once(db, items: list[int], site: Path) -> None:
    """Every item published once, serials 1..N without a gap, number the same in item, publication, ledger, page."""
    export_site(db, site)
    with db.reading() as session:
        rows = session.execute(select(models.Publication.item_id, models.Publication.index_number)).all()
        numbers = dict(session.execute(select(models.Item.id, models.Item.index_number)).all())
        delivers = session.execute(select(models.Event.item_id).where(models.Event.event == "deliver")).scalars().all()
        report = verify(session, pages=site)
        unfinished = session.execute(select(models.Job.status).where(models.Job.status != "done")).scalars().all()
    assert sorted(i for i, _ in rows) == sorted(items) == sorted(delivers)
    assert sorted(n for _, n in rows) == [f"QHKJJ-2026-{k:05d}" for k in range(1, len(items) + 1)]
    assert all(numbers[i] == n and n in (site / "items" / f"{i}.html").read_text(encoding="utf-8") for i, n in rows)
    assert report["ok"], report["problems"]
    assert unfinished == []


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_a_worker_killed_between_the_index_number_and_the_publication_leaves_nothing_doubled(
        db, database_url, now, tmp_path, how):
    engine = Engine(db)
    items = [submit(engine, now) for _ in range(7)]
    for item in items:
        drive_to(engine, item, "publishing", now)
    worker = subprocess.Popen([sys.executable, str(WORKER), database_url, str(tmp_path), now.isoformat(),
                               str(LEASE.total_seconds()), "3"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    assert worker.stdout is not None and worker.stdout.readline().strip() == "stalled"
    worker.send_signal(how)
    worker.wait(timeout=60)
    later = now + LEASE * 4  # its lease has run out: another worker takes the jobs it held
    while batch := jobs.claim(db, "taker", later, limit=5, lease=LEASE):
        for job in batch:
            publish(db, job.item_id, later, claim=job)
            assert jobs.finish(db, job, later)
    published_exactly_once(db, items, tmp_path)


def test_a_worker_stalled_by_a_held_row_lock_keeps_its_job_and_takes_one_serial(pg_db, pg_schema_url, now, tmp_path):
    """The counter row held by another transaction: A waits inside its reservation, past its lease; B finds nothing."""
    import threading

    from sqlalchemy import text

    from sanshen.ledger.db import Database
    from tests.faults.waiting import wait_for_lock_waiters

    engine = Engine(pg_db)
    items = [submit(engine, now)]
    drive_to(engine, items[0], "publishing", now)
    claimed = jobs.claim(pg_db, "A", now, limit=5, lease=LEASE)
    [held] = [j for j in claimed if j.kind == "publish"]
    for done in (j for j in claimed if j.kind != "publish"):
        jobs.finish(pg_db, done, now)  # the scan job of an item the test drove past its scan
    name = f"eo-stalled-{items[0]}"
    stalled = Database(f"{pg_schema_url}&application_name={name}")
    outcome: list[str] = []
    with pg_db.engine.connect() as holder:
        holder.execute(text("INSERT INTO index_counters (prefix, year, last) VALUES ('QHKJJ', 2026, 0)"))
        holder.commit()
        holder.execute(text("SELECT last FROM index_counters FOR UPDATE"))
        worker = threading.Thread(target=lambda: outcome.append(publish(stalled, items[0], now, claim=held)))
        worker.start()
        wait_for_lock_waiters(pg_db, name, 1)
        assert jobs.claim(pg_db, "B", now + LEASE * 4, limit=5, lease=LEASE) == []  # A's lease ran out, not its claim
        holder.commit()
    worker.join()
    stalled.dispose()
    assert outcome == ["published"] and jobs.finish(pg_db, held, now)
    published_exactly_once(pg_db, items, tmp_path)
