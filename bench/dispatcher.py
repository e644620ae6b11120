"""Jobs per second through the Prefect dispatcher, beside the same jobs run without Prefect.

Two identical SQLite databases each get N items waiting in the sensitivity check (N pending
`sensitivity_check` jobs). One is drained by the dispatcher flow in Prefect's local mode (one
flow run per batch, one task per job); the other by calling the same job function in a plain
loop. The first flow run of a process (the temporary Prefect server starting) is measured on
its own and left out of the rate.
Last line: `dispatcher jobs_per_s=N direct_per_s=N ratio=0.NN`.

    python bench/dispatcher.py [--jobs 1000] [--batch 100]
"""

import argparse
import os
import tempfile
import time
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select

from sanshen.engine.commands import Decide, Submit
from sanshen.engine.handlers import Engine
from sanshen.ledger import models
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policyfile import DEMO_POLICY, load_policy

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=8)))
BODY = "各科室：\n现将有关事项通知如下。请结合实际，认真组织实施。\n" * 5


def waiting_in_sensitivity_check(url: str, n: int) -> Database:
    """A database with n items that have passed the confidentiality review: n pending scan jobs."""
    db = Database(url)
    upgrade(db.engine)
    with db.transaction() as session:
        store_policy(session, load_policy(DEMO_POLICY), NOW.isoformat())
    engine = Engine(db)
    for _ in range(n):
        item = engine.submit(Submit("wangfang", "关于开展科技活动周的通知", BODY), NOW).id
        engine.decide(Decide("claim", "linfeng", item), NOW)
        engine.decide(Decide("approve", "linfeng", item, opinion="同意"), NOW)
    return db


def passed_on(db: Database) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).where(models.Item.stage == "first_review")) or 0


def direct_rate(db: Database) -> float:
    """The jobs run by the same function, claimed the same way, without Prefect."""
    from sanshen.engine import jobs
    from sanshen.flows.dispatcher import RUNNERS

    start = time.perf_counter()
    count = 0
    while claimed := jobs.claim(db, "bench", NOW, 100):
        for job in claimed:
            RUNNERS[job.kind](db, job.item_id, NOW)
            jobs.finish(db, job, NOW)
            count += 1
    return count / (time.perf_counter() - start)


def dispatcher_rate(url: str, batch: int) -> tuple[float, int]:
    from sanshen.flows.dispatcher import dispatch

    start = time.perf_counter()
    count = runs = 0
    while claimed := dispatch(batch=batch, url=url, now=NOW)["claimed"]:
        count += claimed
        runs += 1
    return count / (time.perf_counter() - start), runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=100, help="jobs per flow run")
    args = parser.parse_args()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("PREFECT_HOME", f"{tmp}/prefect")
        via_prefect, plain = f"sqlite:///{tmp}/prefect.db", f"sqlite:///{tmp}/plain.db"
        start = time.perf_counter()
        prefect_db, plain_db = waiting_in_sensitivity_check(via_prefect, args.jobs), waiting_in_sensitivity_check(
            plain, args.jobs)
        print(f"setup:      {2 * args.jobs} items brought to the sensitivity check in {time.perf_counter() - start:.1f} s")
        from sanshen.flows.dispatcher import dispatch

        start = time.perf_counter()
        dispatch(batch=1, url=empty_database(tmp), now=NOW)
        print(f"first flow run of the process (temporary server start): {time.perf_counter() - start:.1f} s")
        rate, runs = dispatcher_rate(via_prefect, args.batch)
        direct = direct_rate(plain_db)
        assert passed_on(prefect_db) == passed_on(plain_db) == args.jobs, "every scan must pass its item on"
        print(f"dispatcher: {rate:8.1f} jobs/s ({args.jobs} jobs in {runs} flow runs of {args.batch})")
        print(f"direct:     {direct:8.1f} jobs/s (the same job function in a loop, no Prefect)")
        print(f"dispatcher jobs_per_s={rate:.0f} direct_per_s={direct:.0f} ratio={rate / direct:.2f}")


def empty_database(tmp: str) -> str:
    """An empty migrated database, so that the warm-up flow run claims none of the measured jobs."""
    url = f"sqlite:///{tmp}/empty.db"
    db = Database(url)
    upgrade(db.engine)
    db.dispose()
    return url


if __name__ == "__main__":
    main()
