"""Jobs per second: two Prefect workers on a Prefect server, `sanshen worker`, and a plain loop, in one run.

Three private PostgreSQL schemas each get N pending sensitivity-check jobs. One is drained by two
`prefect worker` processes (process work pool, one flow run at a time each) of a `prefect server` on
its own PostgreSQL database, after `prefect deploy --all`; one by `sanshen worker --until-idle` (its
local Prefect server started before the clock starts: from its first flow run to its last job); one
by the same job function in a plain loop. Server start-up is reported apart, not in the rates.
Last line: `workers server_per_s=N sanshen_worker_per_s=N loop_per_s=N`.

    python bench/workers.py [--jobs 1000]
"""

import argparse
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

import httpx
from dispatcher import direct_rate, waiting_in_sensitivity_check
from sqlalchemy import create_engine, func, select, text

from sanshen.ledger import models
from sanshen.ledger.db import Database

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
STAMP = re.compile(r"^(\d\d:\d\d:\d\d\.\d{3}) .*Beginning flow run .* for flow '([\w-]+)'", re.M)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def pending(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).where(models.Job.status != "done")) or 0)


def wait(what: str, ready, limit: float = 1800, every: float = 0.5) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + limit
    while not ready():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {what}")
        time.sleep(every)


def server_rate(db: Database, url: str, jobs: int, tmp: Path, admin) -> float:  # type: ignore[no-untyped-def]
    name = f"prefect_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "SANSHEN_"))}
    env.update(PREFECT_API_URL=f"http://127.0.0.1:{port}/api", PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_HOME=str(tmp / "home"), PREFECT_LOGGING_LEVEL="WARNING")
    processes = []
    try:
        started = time.perf_counter()
        processes.append(subprocess.Popen(
            [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"],
            env={**env, "PREFECT_SERVER_DATABASE_CONNECTION_URL": f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
        wait("the Prefect server", lambda: _healthy(env["PREFECT_API_URL"]))
        print(f"prefect server on PostgreSQL ready in {time.perf_counter() - started:.1f} s", flush=True)
        run = lambda *a: subprocess.run([str(BIN / "prefect"), *a], env=env, cwd=ROOT, check=True,  # noqa: E731
                                        capture_output=True)
        run("work-pool", "create", "sanshen", "--type", "process")
        run("--no-prompt", "deploy", "--all")
        for worker in ("w1", "w2"):
            (tmp / worker).mkdir()
            processes.append(subprocess.Popen(
                [str(BIN / "prefect"), "worker", "start", "--pool", "sanshen", "--name", worker, "--limit", "1"],
                env={**env, "SANSHEN_DATABASE_URL": url, "PREFECT_WORKER_QUERY_SECONDS": "1",
                     "PREFECT_HOME": str(tmp / worker / ".p")}, cwd=tmp / worker,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
        start = time.perf_counter()
        for _ in range(2):
            run("deployment", "run", "sanshen-dispatcher/dispatcher")
        wait("the jobs", lambda: pending(db) == 0)
        return jobs / (time.perf_counter() - start)
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def sanshen_worker_rate(db: Database, url: str, jobs: int, tmp: Path) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API_URL")}
    env.update(SANSHEN_DATABASE_URL=url, PREFECT_HOME=str(tmp / "local-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    started = time.perf_counter()
    done = subprocess.run([str(BIN / "sanshen"), "worker", "--until-idle", "--no-export"], env=env, cwd=tmp,
                          capture_output=True, text=True)  # status 1: no SMTP server here, the mail waits
    total = time.perf_counter() - started
    stamps = [(datetime.strptime(t, "%H:%M:%S.%f"), flow) for t, flow in STAMP.findall(done.stdout + done.stderr)]
    first = stamps[0][0]
    after = next(t for t, flow in stamps if flow != "sanshen-dispatcher")  # the sweep follows the last job
    print(f"sanshen worker: {total:.1f} s in all, its local server and first flow run "
          f"{total - (after - first).total_seconds():.1f} s of it")
    assert pending(db) == 0
    return jobs / (after - first).total_seconds()


def _healthy(api: str) -> bool:
    try:
        return httpx.get(f"{api}/health", timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1000)
    args = parser.parse_args()
    admin = create_engine(PG, isolation_level="AUTOCOMMIT")
    schemas = [f"bench_w_{uuid.uuid4().hex[:8]}" for _ in range(3)]
    with admin.connect() as conn:
        for schema in schemas:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    urls = [f"{PG}?options=-csearch_path%3D{schema}" for schema in schemas]
    try:
        start = time.perf_counter()
        dbs = [waiting_in_sensitivity_check(url, args.jobs) for url in urls]
        print(f"setup: {3 * args.jobs} items brought to the sensitivity check in {time.perf_counter() - start:.1f} s",
              flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            on_server = server_rate(dbs[0], urls[0], args.jobs, Path(tmp), admin)
            print(f"two prefect workers on a prefect server: {on_server:7.1f} jobs/s", flush=True)
            local = sanshen_worker_rate(dbs[1], urls[1], args.jobs, Path(tmp))
            print(f"sanshen worker (local prefect server):   {local:7.1f} jobs/s", flush=True)
        loop = direct_rate(dbs[2])
        print(f"plain loop of the job function:          {loop:7.1f} jobs/s")
        print(f"workers server_per_s={on_server:.1f} sanshen_worker_per_s={local:.1f} loop_per_s={loop:.1f}")
    finally:
        with admin.connect() as conn:
            for schema in schemas:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
