"""The dispatcher: one flow run claims a batch of jobs and runs each as a task, with retries.

Flow runs are expensive and tasks are cheap, so a run handles a whole batch. Every job is
idempotent per (item, stage): a job whose item has already moved on finishes with no effect.
"""

import json
import os
import socket
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from functools import cache
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from sqlalchemy import select

from ..engine import jobs
from ..engine.handlers import Engine
from ..engine.publishing import publish, retract_page
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
}


@task(retries=2, retry_delay_seconds=[1, 5], task_run_name="{job.kind}-{job.item_id}", cache_policy=NO_CACHE)
def run_job(job: jobs.JobRef, url: str | None, clock: Clock) -> str:
    """Run one job; raising lets Prefect retry it (a lost claim is not retried), and the dispatcher records the end."""
    try:
        return RUNNERS[job.kind](database(url), job, clock)
    except jobs.LostClaim as lost:
        return f"lost: {lost}"


@flow(name="sanshen-dispatcher", log_prints=False)
def dispatch(
    batch: int = 100, url: str | None = None, now: datetime | None = None, retry_delays: tuple[float, ...] = (1, 5),
    lease_seconds: float | None = None,
) -> dict[str, Any]:
    """Claim up to `batch` pending jobs and run them; returns what happened to each."""
    clock = Clock(now or datetime.now(CHINA))
    lease = timedelta(seconds=lease_seconds) if lease_seconds else jobs.lease_from_env()
    db = database(url)
    claimed = jobs.claim(db, worker_name(), clock(), batch, lease)
    runner = run_job.with_options(retries=len(retry_delays), retry_delay_seconds=list(retry_delays))
    outcomes: dict[str, Any] = {}
    if not claimed:
        return {"claimed": 0, "outcomes": outcomes}
    with jobs.Heartbeat(db, claimed[0].token, clock, lease):
        for job in claimed:
            outcomes[job.key] = _run_and_record(db, runner, job, url, clock)
    return {"claimed": len(claimed), "outcomes": outcomes}


def _run_and_record(db: Database, runner: Any, job: jobs.JobRef, url: str | None, clock: Clock) -> str:
    """Run one job and record its end, while this claim holds it: its outcome, 'pending', 'parked' or 'lost'."""
    state = runner(job, url, clock, return_state=True)
    if state.is_completed():
        outcome = str(state.result())
        if outcome.startswith("lost:") or not jobs.finish(db, job, clock()):
            return outcome if outcome.startswith("lost:") else "lost: 租约已被其他工作进程接管"
        return outcome
    return jobs.fail(db, job, _error_text(state), clock())


def _error_text(state: Any) -> str:
    try:
        state.result()
    except Exception as exc:  # noqa: BLE001 - the failed task's exception is the error to record
        return f"{type(exc).__name__}: {exc}"
    return str(state.message or state.type)
