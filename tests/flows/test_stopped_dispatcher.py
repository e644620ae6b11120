"""A dispatcher flow run stopped with SIGTERM mid-batch: it ends Crashed and gives its jobs back at once."""

import asyncio
import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from sanshen.engine.handlers import Engine
from sanshen.flows.dispatcher import dispatch
from sanshen.ledger import models
from tests.helpers import drive_to, submit

STOPPING = Path(__file__).with_name("stopping_dispatcher.py")


def job_rows(db) -> dict[str, tuple[str, int, str | None]]:
    with db.reading() as session:
        rows = session.execute(select(models.Job.key, models.Job.status, models.Job.attempts,
                                      models.Job.claimed_by)).all()
    return {key: (status, attempts, claimed_by) for key, status, attempts, claimed_by in rows}


async def dispatcher_runs() -> list:  # type: ignore[type-arg]
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName

    async with get_client() as client:
        return await client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=["sanshen-dispatcher"])))


def test_a_dispatcher_stopped_with_sigterm_ends_crashed_and_puts_its_claimed_jobs_back_at_once(
        prefect_harness, db, database_url, now):
    from prefect.settings import PREFECT_API_URL

    engine = Engine(db)
    items = [submit(engine, now) for _ in range(4)]
    for item in items:
        drive_to(engine, item, "publishing", now)  # each leaves a scan job (its item moved on) and a publish job
    before = asyncio.run(dispatcher_runs())
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value()), "SANSHEN_JOB_LEASE_SECONDS": "3600"}
    stopping = subprocess.Popen([sys.executable, str(STOPPING), database_url, now.isoformat()], env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert stopping.stdout is not None and stopping.stdout.readline().strip() == "stalled"
    at_stop = job_rows(db)
    held = {key for key, (status, *_) in at_stop.items() if status == "running"}
    stopping.send_signal(signal.SIGTERM)
    _, stderr = stopping.communicate(timeout=120)

    assert stopping.returncode != 0
    assert any(key.startswith(f"publish:{items[1]}:") for key in held)  # stopped inside the second publication
    rows = job_rows(db)
    assert {key for key, (status, *_) in rows.items() if status == "running"} == set()
    assert all(rows[key] == ("pending", at_stop[key][1] - 1, None) for key in held)  # given back, not counted
    [run] = [r for r in asyncio.run(dispatcher_runs()) if r.id not in {b.id for b in before}]
    assert run.state is not None and run.state.is_crashed(), (run.state, stderr[-2000:])

    taken = dispatch(url=database_url, now=now)  # another worker takes them over at once, with no lease to wait for
    assert taken["claimed"] == sum(status != "done" for status, *_ in at_stop.values()) and not taken["failed"]
    with db.reading() as session:
        published = Counter(session.execute(select(models.Publication.item_id)).scalars())
        delivered = Counter(session.execute(select(models.Event.item_id).where(models.Event.event == "deliver")).scalars())
        statuses = set(session.execute(select(models.Job.status)).scalars())
    assert published == delivered == Counter(items) and statuses == {"done"}  # each item published once
