"""Jobs per second through the Prefect dispatcher, beside the same jobs run without Prefect.

Two identical SQLite databases each get N items waiting in the sensitivity check (N pending
`sensitivity_check` jobs). One is drained by the dispatcher flow on the local Prefect server that
`sanshen worker` starts (claims of `--batch` jobs, up to 500 jobs a flow run, one task run per job);
the other by calling the same job function in a plain loop. The first flow run of the process is
measured on its own and left out of the rate. The dispatcher's time runs until the Prefect server
shows every job's task run Completed (what a user sees in the UI), not only until the flow returns.
Last line: `dispatcher jobs_per_s=N direct_per_s=N ratio=0.NN`.

    python bench/dispatcher.py [--jobs 1000] [--batch 100]
"""

import os.path
import sys

# bench/platform.py is the standard library's name: run as a script, this folder must not shadow it.
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse
import os
import tempfile
import time
from datetime import datetime, timedelta, timezone
from typing import Any

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


def direct_round(db: Database, batch: int, limit: int) -> tuple[int, float]:
    """Up to `limit` jobs run by the same function, claimed the same way, without Prefect: (jobs, seconds)."""
    from sanshen.engine import jobs
    from sanshen.flows.dispatcher import RUNNERS

    start = time.perf_counter()
    count = 0
    while count < limit and (claimed := jobs.claim(db, "bench", NOW, min(batch, limit - count))):
        for job in claimed:
            RUNNERS[job.kind](db, job, lambda: NOW)
            jobs.finish(db, job, NOW)
            count += 1
    return count, time.perf_counter() - start


def dispatcher_round(url: str, batch: int, limit: int) -> tuple[int, float, float]:
    """One flow run of up to `limit` jobs: (jobs, seconds until it returned, seconds until the server
    shows every one of its task runs Completed)."""
    from sanshen.flows.dispatcher import dispatch, outcome

    start = time.perf_counter()
    state = dispatch(batch=batch, max_jobs=limit, url=url, now=NOW, return_state=True)
    count = outcome(state)["claimed"]
    returned = time.perf_counter() - start
    while completed_task_runs(state.state_details.flow_run_id) < count:
        time.sleep(0.05)
    return count, returned, time.perf_counter() - start


def completed_task_runs(flow_run: Any) -> int:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        TaskRunFilter,
        TaskRunFilterFlowRunId,
        TaskRunFilterState,
        TaskRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType

    completed = TaskRunFilter(flow_run_id=TaskRunFilterFlowRunId(any_=[flow_run]),
                              state=TaskRunFilterState(type=TaskRunFilterStateType(any_=[StateType.COMPLETED])))
    with get_client(sync_client=True) as client:
        answer = client.request("POST", "/task_runs/count", json={"task_runs": completed.model_dump(mode="json")})
    return int(answer.json())


def measure(via_prefect: str, plain_db: Database, batch: int, per_round: int) -> dict[str, float]:
    """Rounds of one flow run, then as many jobs in the plain loop: both see the same load on the machine."""
    totals = {"jobs": 0.0, "returned": 0.0, "recorded": 0.0, "direct_jobs": 0.0, "direct": 0.0, "runs": 0.0}
    while True:
        count, returned, recorded = dispatcher_round(via_prefect, batch, per_round)
        if not count:
            return totals
        direct_count, direct = direct_round(plain_db, batch, count)
        for key, value in zip(totals, (count, returned, recorded, direct_count, direct, 1), strict=True):
            totals[key] += value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=100, help="jobs per claim")
    parser.add_argument("--per-flow-run", type=int, default=250, help="jobs per flow run (max_jobs)")
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
        from sanshen.localprefect import prefect_api

        start = time.perf_counter()
        with prefect_api():
            dispatch(batch=1, url=empty_database(tmp), now=NOW)
            print(f"local Prefect server start and first flow run of the process: {time.perf_counter() - start:.1f} s")
            t = measure(via_prefect, plain_db, args.batch, args.per_flow_run)
        assert passed_on(prefect_db) == passed_on(plain_db) == args.jobs, "every scan must pass its item on"
        rate, direct = t["jobs"] / t["recorded"], t["direct_jobs"] / t["direct"]
        print(f"dispatcher: {rate:8.1f} jobs/s until every task run shows Completed in Prefect "
              f"({t['jobs'] / t['returned']:.1f} jobs/s until the flow runs returned; {args.jobs} jobs, "
              f"{t['runs']:.0f} flow runs of {args.per_flow_run}, claims of {args.batch})")
        print(f"direct:     {direct:8.1f} jobs/s (the same job function in a loop, no Prefect, after each flow run)")
        print(f"load average: {os.getloadavg()[0]:.1f}")
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
