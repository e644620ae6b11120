"""The dispatcher: one flow run claims a few jobs at a time and runs each as a task, with retries.

Flow runs are expensive and tasks are cheap, so a run goes on claiming until the queue is empty. Every
job is idempotent per (item, stage): a job whose item has already moved on finishes with no effect.
"""

import json
import os
import socket
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from functools import cache
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.states import Failed
from sqlalchemy import select

from ..engine import jobs
from ..engine.handlers import Engine
from ..engine.publishing import publish, retract_page
from ..engine.push import run_push
from ..engine.unit import ITEMS, REVISIONS
from ..ledger.db import Database
from ..ledger.times import Clock
from ..policies.errors import RuleBroken
from ..policies.findings import Finding
from ..policies.scan import scan_outcome

CHINA = timezone(timedelta(hours=8))


@cache
def database(url: str | None) -> Database:
    """One engine per database and worker process, shared by the dispatcher and its tasks."""
    return Database(url)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def sensitivity_check(db: Database, item_id: int, now: datetime, claim: jobs.JobRef | None = None) -> str:
    """Pass the item on when its findings need nobody, or hold it for the sensitivity reviewer."""
    with db.reading() as session:
        row = session.execute(select(ITEMS.c.stage, REVISIONS.c.findings).join(
            REVISIONS, (REVISIONS.c.item_id == ITEMS.c.id) & (REVISIONS.c.hash == ITEMS.c.revision_hash))
            .where(ITEMS.c.id == item_id).order_by(REVISIONS.c.number.desc()).limit(1)).first()
    if row is None or row.stage != "sensitivity_check":
        return f"skipped: item is {row.stage if row else 'missing'}"
    event = scan_outcome([Finding.from_dict(f) for f in json.loads(row.findings)])
    try:
        Engine(db).system(event, item_id, now, claim=claim)
    except RuleBroken:
        return "skipped: already held for the sensitivity reviewer"
    return event


RUNNERS: dict[str, Callable[[Database, jobs.JobRef, Clock], str]] = {
    "sensitivity_check": lambda db, job, clock: sensitivity_check(db, job.item_id, clock(), job),
    "publish": lambda db, job, clock: publish(db, job.item_id, clock(), claim=job, clock=clock),
    "retract": lambda db, job, clock: retract_page(db, job.item_id, clock(), claim=job),
    "push": lambda db, job, clock: run_push(db, job.item_id, clock()),
}


@task(retries=2, retry_delay_seconds=[1, 5], task_run_name="{job.kind}-{job.item_id}", cache_policy=NO_CACHE,
      persist_result=False)
def run_job(job: jobs.JobRef, url: str | None, clock: Clock) -> str:
    """Run one job; raising lets Prefect retry it (a lost claim is not retried), and the dispatcher records the end."""
    try:
        return RUNNERS[job.kind](database(url), job, clock)
    except jobs.LostClaim as lost:
        return f"lost: {lost}"


class JobsFailed(Exception):
    """Some jobs of a flow run failed: the run ends Failed, and the report says which and why."""

    def __init__(self, report: dict[str, Any]):
        failed = report["failed"]
        super().__init__(f"{len(failed)} 个作业失败：" + "；".join(f"{key}: {error}" for key, error in failed.items()))
        self.report = report


@flow(name="sanshen-dispatcher", log_prints=False)
def dispatch(
    batch: int = 5, max_jobs: int = 500, url: str | None = None, now: datetime | None = None,
    retry_delays: tuple[float, ...] = (1, 5), lease_seconds: float | None = None,
) -> Any:
    """Claim a few pending jobs at a time and run them, until none is left (or `max_jobs` were run).

    Small claims spread the work over the workers and leave a dead worker holding little; each claim is
    a lease the heartbeat renews while the batch runs. After a batch in which a job failed the run stops
    and ends Failed, with each failed job's error in its log; the job waits in the queue for the next
    run (or is parked after its last attempt).
    """
    clock = Clock(now or datetime.now(CHINA))
    lease = timedelta(seconds=lease_seconds) if lease_seconds else jobs.lease_from_env()
    db = database(url)
    runner = run_job.with_options(retries=len(retry_delays), retry_delay_seconds=list(retry_delays))
    report: dict[str, Any] = {"claimed": 0, "outcomes": {}, "failed": {}}
    while report["claimed"] < max_jobs:
        claimed = jobs.claim(db, worker_name(), clock(), min(batch, max_jobs - report["claimed"]), lease)
        if not claimed:
            break
        report["claimed"] += len(claimed)
        token = claimed[0].token
        with jobs.Heartbeat(db, token, clock, lease), jobs.released_when_stopped(db, token):
            for job in claimed:
                _run_one(db, runner, job, url, clock, report)
        if report["failed"]:
            break  # a failed job is back in the queue: the next run retries it, not this loop at once
    if report["failed"]:
        return Failed(message=f"{len(report['failed'])} 个作业失败", data=JobsFailed(report))
    return report


def _run_one(db: Database, runner: Any, job: jobs.JobRef, url: str | None, clock: Clock,
             report: dict[str, Any]) -> None:
    """Run one job and record its end while this claim holds it: its outcome, 'pending', 'parked' or 'lost'.

    The task is called for its value, not its state: `State.result()` costs a hop to Prefect's event loop
    thread per job, and the task's own run (its state, retries and outcome) is in Prefect either way.
    """
    try:
        result = str(runner(job, url, clock))
    except Exception as exc:  # noqa: BLE001 - the task's last error, after its retries, is the job's failure
        error = f"{type(exc).__name__}: {exc}"
    else:
        if not result.startswith("lost:") and not jobs.finish(db, job, clock()):
            result = "lost: 租约已被其他工作进程接管"
        report["outcomes"][job.key] = result
        return
    report["outcomes"][job.key] = jobs.fail(db, job, error, clock())
    report["failed"][job.key] = error
    get_run_logger().error("作业 %s 失败（%s）：%s", job.key, report["outcomes"][job.key], error)


def outcome(state: Any) -> dict[str, Any]:
    """The report of a finished dispatcher run, failed or not (for callers that pass return_state=True)."""
    result = state.result(raise_on_failure=False)
    if isinstance(result, JobsFailed):
        return result.report
    if isinstance(result, BaseException):
        raise result
    return dict(result)
