"""The README's "On a Prefect server with workers", done for real on this machine.

A real `prefect server start` on a private PostgreSQL database, `prefect deploy --all` of prefect.yaml,
two `prefect worker` processes started from two empty directories, 200 publications and their mail
run through them: every job done once, every page published once, every message sent once.
"""

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, func, select, text

from sanshen.engine.handlers import Engine
from sanshen.ledger import models
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policies.config import Notify
from tests.conftest import PG_SERVER, require_postgres
from tests.helpers import drive_to, submit
from tests.notifications.conftest import free_port, smtp_server  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CST = timezone(timedelta(hours=8))
ITEMS = 200
PATIENCE = 900  # seconds: a bound for a loaded machine, not a measurement


def wait_for(what: str, ready, deadline: float, every: float = 1.0):  # type: ignore[no-untyped-def]
    while time.monotonic() < deadline:
        if found := ready():
            return found
        time.sleep(every)
    pytest.fail(f"gave up waiting for {what}")


@pytest.fixture
def private_databases() -> Iterator[tuple[str, str]]:
    """A database for the Prefect server and a schema for sanshen, both made here and dropped after."""
    require_postgres()
    name = f"prefect_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    prefect_url = PG_SERVER.replace("postgresql+psycopg", "postgresql+asyncpg").rsplit("/", 1)[0] + f"/{name}"
    yield prefect_url, f"{PG_SERVER}?options=-csearch_path%3D{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
    admin.dispose()


class Processes:
    """Long-running processes of the test, each in its own session so that its children end with it."""

    def __init__(self, logs: Path):
        self.logs, self.running = logs, []

    def start(self, name: str, args: list[str], env: dict[str, str], cwd: Path) -> Path:
        log = self.logs / f"{name}.log"
        with log.open("w") as out:
            self.running.append(subprocess.Popen(args, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                                 start_new_session=True))
        return log

    def stop_all(self) -> None:
        for process in reversed(self.running):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in reversed(self.running):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def prefect(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([str(BIN / "prefect"), *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def publishing_items(url: str, demo_policy, count: int) -> Database:
    """`count` items in 发布中 (a publish job each); only the drafter is mailed, so one mail per item waits."""
    db = Database(url)
    upgrade(db.engine)
    now = datetime.now(CST)
    quiet = tuple(p if p.username == "wangfang" else p.model_copy(update={"notify": Notify.none})
                  for p in demo_policy.people)
    with db.transaction() as session:
        store_policy(session, demo_policy.model_copy(update={"people": quiet}), now.isoformat())
    engine = Engine(db)
    for _ in range(count):
        item = submit(engine, now)
        drive_to(engine, item, "publishing", now)
    return db


def deployed_on_a_prefect_server(prefect_db: str, processes: Processes, tmp_path: Path, deadline: float) -> dict[str, str]:
    """`prefect server start` on its database, the work pool, `prefect deploy --all`: the environment to reach it."""
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    base = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SANSHEN_"))}
    base.update(PREFECT_API_URL=api, PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_HOME=str(tmp_path / "home"))
    processes.start("server", [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port",
                               str(port), "--no-ui"],
                    {**base, "PREFECT_SERVER_DATABASE_CONNECTION_URL": prefect_db}, tmp_path)
    wait_for("the Prefect server", lambda: _healthy(api), deadline)
    prefect(base, "work-pool", "create", "sanshen", "--type", "process")
    prefect(base, "--no-prompt", "deploy", "--all")
    return base


def start_worker(processes: Processes, name: str, env: dict[str, str], tmp_path: Path) -> Path:
    """`prefect worker start` in an empty directory of its own; its log."""
    empty = tmp_path / name
    empty.mkdir()
    command = [str(BIN / "prefect"), "worker", "start", "--pool", "sanshen", "--name", name, "--limit", "1"]
    # --limit 1: one flow run at a time on each worker, so that two workers share the runs
    return processes.start(name, command, {**env, "PREFECT_HOME": str(empty / ".p")}, empty)


def test_two_prefect_workers_on_a_prefect_server_publish_every_item_once_and_send_every_mail_once(
        private_databases, demo_policy, smtp_server, tmp_path):  # noqa: F811
    prefect_db, sanshen_db = private_databases
    deadline = time.monotonic() + PATIENCE
    db = publishing_items(sanshen_db, demo_policy, ITEMS)
    processes = Processes(tmp_path)
    try:
        base = deployed_on_a_prefect_server(prefect_db, processes, tmp_path, deadline)
        worker_env = {**base, "SANSHEN_DATABASE_URL": sanshen_db, "SANSHEN_SMTP_HOST": "127.0.0.1",
                      "SANSHEN_SMTP_PORT": str(smtp_server.port), "SANSHEN_SMTP_TLS": "none",
                      "PREFECT_WORKER_QUERY_SECONDS": "2"}
        logs = [start_worker(processes, name, worker_env, tmp_path) for name in ("w1", "w2")]
        for _ in range(4):
            prefect(base, "deployment", "run", "sanshen-dispatcher/dispatcher")
        wait_for("every job done", lambda: _all_jobs_done(db), deadline, every=2)
        prefect(base, "deployment", "run", "sanshen-deliver-outbox/deliver-outbox")
        wait_for("every message sent", lambda: _outbox_empty(db, base), deadline, every=3)
    finally:
        processes.stop_all()

    with db.transaction() as session:
        jobs = session.execute(select(models.Job.kind, models.Job.status, models.Job.attempts,
                                      models.Job.claimed_by)).all()
        delivered = Counter(session.execute(select(models.Event.item_id).where(
            models.Event.event == "deliver")).scalars())
        listed = session.execute(select(func.count(), func.max(models.SiteListing.seq))).one()
        pages = session.execute(select(func.count()).where(models.SitePage.path.like("items/%"))).scalar_one()
        outbox = session.execute(select(models.OutboxMessage.message_id, models.OutboxMessage.status)).all()
    assert Counter(kind for kind, *_ in jobs) == {"sensitivity_check": ITEMS, "publish": ITEMS}
    assert {(status, attempts) for _, status, attempts, _ in jobs} == {("done", 1)}  # each claimed and run once
    assert len({claimed_by for *_, claimed_by in jobs}) >= 2  # more than one flow run took part
    assert len(delivered) == ITEMS and set(delivered.values()) == {1}
    assert tuple(listed) == (ITEMS, ITEMS) and pages == ITEMS
    received = Counter(m["Message-ID"].strip() for m in smtp_server.handler.received)  # a long header is folded
    assert {status for _, status in outbox} == {"sent"} and set(received.values()) == {1}
    assert set(received) == {message_id for message_id, _ in outbox}
    submitted = [log.read_text() for log in logs]
    assert all("submitted to infrastructure" in text for text in submitted), "both workers ran flow runs"
    db.dispose()


def _healthy(api: str) -> bool:
    try:
        return httpx.get(f"{api}/health", timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


def _all_jobs_done(db: Database) -> bool:
    with db.transaction() as session:
        statuses = set(session.execute(select(models.Job.status)).scalars())
    assert "parked" not in statuses, "a job was parked: see the workers' logs"
    return statuses == {"done"}


def _outbox_empty(db: Database, env: dict[str, str]) -> bool:
    with db.transaction() as session:
        left = session.execute(select(func.count()).where(models.OutboxMessage.status != "sent")).scalar_one()
    if left and not _delivery_in_flight(env):
        prefect(env, "deployment", "run", "sanshen-deliver-outbox/deliver-outbox")
    return left == 0


def _delivery_in_flight(env: dict[str, str]) -> bool:
    listing = prefect(env, "flow-run", "ls", "--flow-name", "sanshen-deliver-outbox", "--state-type", "PENDING",
                      "--state-type", "RUNNING", "-o", "json")
    return bool(json.loads(listing))


def test_a_prefect_worker_stopped_with_sigterm_leaves_its_flow_run_crashed_and_another_worker_does_the_rest_once(
        private_databases, demo_policy, tmp_path):
    """`prefect worker` on SIGTERM kills its flow run's process outright (it cannot report its end): the
    heartbeat automation marks the run Crashed, and its jobs are taken by another worker when their lease ends."""
    prefect_db, sanshen_db = private_databases
    deadline = time.monotonic() + PATIENCE
    db = publishing_items(sanshen_db, demo_policy, 40)
    processes = Processes(tmp_path)
    try:
        base = deployed_on_a_prefect_server(prefect_db, processes, tmp_path, deadline)
        prefect(base, "automation", "create", "--from-file", str(ROOT / "prefect-automations.yaml"))
        no_smtp = free_port()  # nothing listens there: every message of the outbox fails to connect
        worker_env = {**base, "SANSHEN_DATABASE_URL": sanshen_db, "PREFECT_WORKER_QUERY_SECONDS": "2",
                      "SANSHEN_JOB_LEASE_SECONDS": "20", "SANSHEN_SMTP_HOST": "127.0.0.1",
                      "SANSHEN_SMTP_PORT": str(no_smtp), "SANSHEN_SMTP_TLS": "none"}
        start_worker(processes, "w1", worker_env, tmp_path)
        stopped = processes.running[-1]
        prefect(base, "deployment", "run", "sanshen-dispatcher/dispatcher")
        wait_for("the first worker to be halfway", lambda: _halfway(db), deadline, every=0.5)
        [run_id] = [run["id"] for run in _flow_runs(base, "RUNNING")]
        os.killpg(stopped.pid, signal.SIGTERM)  # as a terminal's Ctrl-C or systemd's stop reaches the worker
        stopped.wait(timeout=120)
        crashed = wait_for("the heartbeat automation to mark the run Crashed",
                           lambda: next((r for r in _flow_runs(base, "CRASHED") if r["id"] == run_id), None), deadline,
                           every=3)
        start_worker(processes, "w2", worker_env, tmp_path)
        prefect(base, "deployment", "run", "sanshen-dispatcher/dispatcher")
        wait_for("every job done", lambda: _all_jobs_done(db), deadline, every=2)
        prefect(base, "deployment", "run", "sanshen-deliver-outbox/deliver-outbox")
        [undelivered] = wait_for("the delivery run to fail",
                                 lambda: _flow_runs(base, "FAILED", "sanshen-deliver-outbox")[:1], deadline, every=3)
        logs = prefect(base, "flow-run", "logs", undelivered["id"])
    finally:
        processes.stop_all()

    assert undelivered["state"]["message"] == "部分邮件未投递"
    assert "邮件未投递" in logs and str(no_smtp) in logs  # the error, naming the port from the worker's env
    assert "没有心跳" in (crashed["state"]["message"] or "")
    with db.transaction() as session:
        published = Counter(session.execute(select(models.Publication.item_id)).scalars())
        delivered = Counter(session.execute(select(models.Event.item_id).where(
            models.Event.event == "deliver")).scalars())
        attempts = Counter(session.execute(select(models.Job.attempts)).scalars())
    assert len(published) == 40 and set(published.values()) == {1} and delivered == published
    assert set(attempts) <= {1, 2}  # a job of the killed run was taken again once, after its lease
    db.dispose()


def _halfway(db: Database) -> bool:
    with db.transaction() as session:
        statuses = Counter(session.execute(select(models.Job.status)).scalars())
    return statuses["done"] >= 50 and statuses["running"] > 0 and statuses["pending"] > 0


def _flow_runs(env: dict[str, str], state: str, flow: str = "sanshen-dispatcher") -> list[dict]:  # type: ignore[type-arg]
    """The flow runs of a flow in a state (a state type: RUNNING, CRASHED, ...), from the Prefect server's API."""
    query = {"flows": {"name": {"any_": [flow]}}, "flow_runs": {"state": {"type": {"any_": [state]}}}}
    answer = httpx.post(f"{env['PREFECT_API_URL']}/flow_runs/filter", json=query, timeout=60)
    answer.raise_for_status()
    return list(answer.json())
