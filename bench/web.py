"""The web app under load: 100,000 open tasks, `sanshen serve` in its own process, a load generator in this one.

Per database (SQLite file, PostgreSQL schema): requests per second and p50/p95 of the queue page (a
confidentiality officer, who may take every one of the open tasks), an item page, and an approve through
the JSON API. The 100,000 waiting items are written in bulk (rows as the engine writes them); the items
that are opened and approved are made by the engine. Not a test: figures for the README.
Last line: `web p95_ms queue sqlite=N postgresql=N approve sqlite=N postgresql=N`.

    python bench/web.py [--tasks 100000] [--requests 300]
"""

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
from sqlalchemy import create_engine, insert, text

from sanshen.engine import accounts
from sanshen.engine.commands import Decide, Submit
from sanshen.engine.handlers import Engine
from sanshen.ledger import models
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policyfile import DEMO_POLICY, load_policy

CST = timezone(timedelta(hours=8))
PG = os.environ.get("SANSHEN_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SANSHEN = str(Path(sys.executable).parent / "sanshen")
DRAFTERS = [("wangfang", "planning"), ("zhaomin", "hitech"), ("sunli", "rural")]
PASSWORD = "bench-password"


def fill(db: Database, tasks: int, now: datetime) -> None:
    """`tasks` items waiting at the confidentiality review, each with its open task, in bulk."""
    stamp = now.isoformat(timespec="microseconds")
    with db.transaction() as session:
        store_policy(session, load_policy(DEMO_POLICY), stamp)
    chunk = 10_000
    for start in range(0, tasks, chunk):
        ids = range(start + 1, min(start + chunk, tasks) + 1)
        with db.transaction() as session:
            session.execute(insert(models.Item.__table__), [{
                "id": i, "title": f"批量稿件 {i}", "drafter": DRAFTERS[i % 3][0], "department_id": DRAFTERS[i % 3][1],
                "stage": "confidentiality_review", "version": 2, "last_seq": 1, "head_hash": "0" * 64,
                "disclosure": "proactive", "source": "", "channel": "website", "created_at": stamp,
                "updated_at": stamp} for i in ids])
            session.execute(insert(models.ReviewTask.__table__), [{
                "item_id": i, "stage": "confidentiality_review", "status": "open", "assignee": None,
                "created_at": stamp, "reminders_sent": "[]",
                "due_at": (now + timedelta(minutes=i % 5000)).isoformat(timespec="microseconds")} for i in ids])
    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as conn:
            conn.execute(text("SELECT setval(pg_get_serial_sequence('items', 'id'), (SELECT max(id) FROM items))"))
            conn.execute(text("ANALYZE"))


def real_items(db: Database, count: int, now: datetime) -> list[int]:
    """Items made by the engine and claimed by linfeng, to open and approve."""
    engine, made = Engine(db), []
    for n in range(count):
        item = engine.submit(Submit("wangfang", f"基准稿件 {n}", "各科室：\n请按时报送。"), now).id
        engine.decide(Decide("claim", "linfeng", item), now)
        made.append(item)
    return made


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(url: str, home: Path) -> tuple[subprocess.Popen, str]:  # type: ignore[type-arg]
    port = free_port()
    env = {**os.environ, "SANSHEN_DATABASE_URL": url}
    server = subprocess.Popen([SANSHEN, "serve", "--port", str(port)], env=env, cwd=home)
    base = f"http://127.0.0.1:{port}"
    started = time.perf_counter()
    while True:
        try:
            httpx.get(f"{base}/login", timeout=1)
            break
        except httpx.HTTPError:
            if time.perf_counter() - started > 30:
                raise
            time.sleep(0.05)
    print(f"  first answer {time.perf_counter() - started:.2f} s after start")
    return server, base


def timed(call, n: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    times = []
    began = time.perf_counter()
    for i in range(n):
        t = time.perf_counter()
        answer = call(i)
        times.append((time.perf_counter() - t) * 1000)
        assert answer.status_code in (200, 303), (answer.status_code, answer.text[:300])
    elapsed = time.perf_counter() - began
    cuts = statistics.quantiles(times, n=100)
    return {"rps": n / elapsed, "p50": statistics.median(times), "p95": cuts[94]}


def run(url: str, tasks: int, requests: int, label: str) -> dict[str, dict[str, float]]:
    now = datetime.now(CST)
    db = Database(url)
    upgrade(db.engine)
    began = time.perf_counter()
    fill(db, tasks, now)
    items = real_items(db, requests, now)
    print(f"{label}: {tasks} open tasks written in {time.perf_counter() - began:.1f} s")
    accounts.set_password(db, "linfeng", PASSWORD, now)
    token = accounts.create_token(db, "linfeng", "bench", now)
    with tempfile.TemporaryDirectory() as home:
        server, base = serve(url, Path(home))
        try:
            with httpx.Client(base_url=base, timeout=30) as client:
                form = client.get("/login").text
                csrf = form.split('name="csrf" value="')[1].split('"')[0]
                client.post("/login", data={"username": "linfeng", "password": PASSWORD, "csrf": csrf})
                figures = {
                    "queue": timed(lambda i: client.get("/queue"), requests),
                    "item": timed(lambda i: client.get(f"/items/{items[i % len(items)]}"), requests),
                    "approve": timed(lambda i: client.post(f"/api/v1/items/{items[i]}/approve",
                                                           headers={"Authorization": f"Bearer {token}"},
                                                           json={"opinion": "不涉密"}), requests),
                }
        finally:
            server.terminate()
            server.wait(timeout=20)
    db.dispose()
    for name, f in figures.items():
        print(f"  {name:<8} {f['rps']:7.1f} req/s  p50 {f['p50']:6.1f} ms  p95 {f['p95']:6.1f} ms")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        lite = run(f"sqlite:///{folder}/bench.db", args.tasks, args.requests, "SQLite")
    schema = f"sanshen_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        pg = run(f"{PG}?options=-csearch_path%3D{schema}", args.tasks, args.requests, "PostgreSQL")
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    print(f"web p95_ms queue sqlite={lite['queue']['p95']:.0f} postgresql={pg['queue']['p95']:.0f} "
          f"approve sqlite={lite['approve']['p95']:.0f} postgresql={pg['approve']['p95']:.0f}")


if __name__ == "__main__":
    main()
