"""Transitions per second through the engine (no Prefect), beside the raw limit of each database.

The raw limit is measured in the same run: plain sqlite3 / psycopg doing one UPDATE plus one
INSERT per transaction on a comparable table. Also: `verify` speed in events per second.
Last line: `ratio sqlite=0.NN postgresql=0.NN floor sqlite=0.NN postgresql=0.NN` (engine/raw, then
engine/floor).

    python -P bench/transitions.py [--quick] [--items N]

(-P: bench/platform.py must not shadow the standard library's `platform`.) Each engine and floor
line is followed by the CPU time this process spent per transition: on a loaded machine the wall
times of both stretch unevenly, the CPU time much less (on SQLite the database works in-process).
"""

import argparse
import os
import sqlite3
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import psycopg
from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    insert,
    select,
    text,
    update,
)
from statemachine import Event, State, StateMachine

from sanshen.engine.commands import Decide, Submit
from sanshen.engine.handlers import Engine
from sanshen.engine.queries import verify
from sanshen.ledger.db import Database, make_engine
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policyfile import DEMO_POLICY, load_policy

PG = os.environ.get("SANSHEN_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=8)))
STEPS = [("confidentiality_review", "linfeng"), ("sensitivity_check", None), ("first_review", "chenjun"),
         ("second_review", "guolei"), ("final_review", "liuyang"), ("proofreading_1", "fengyu"),
         ("proofreading_2", "caihong"), ("proofreading_3", "dengyun")]
BODY = "各科室：\n现将有关事项通知如下。请结合实际，认真组织实施。\n" * 5


def run_items(engine: Engine, n: int) -> int:
    """Run n items from submission to published; return the number of transitions."""
    transitions = 0
    for _ in range(n):
        item = engine.submit(Submit("wangfang", "关于开展科技活动周的通知", BODY), NOW).id
        transitions += 1
        for _stage, who in STEPS:
            if who is None:
                engine.system("scan_clean", item, NOW)
                transitions += 1
                continue
            engine.decide(Decide("claim", who, item), NOW)
            engine.decide(Decide("approve", who, item, opinion="同意"), NOW)
            transitions += 2
        engine.system("deliver", item, NOW)
        transitions += 1
    return transitions


CPU_US: dict[str, float] = {}  # microseconds of this process's CPU per transition, of the last engine / floor run


def engine_rate(db: Database, n: int) -> tuple[float, int]:
    engine = Engine(db)
    run_items(engine, 2)
    start, cpu = time.perf_counter(), time.process_time()
    count = run_items(engine, n)
    CPU_US["engine"] = (time.process_time() - cpu) / count * 1e6
    return count / (time.perf_counter() - start), count


def raw_sqlite_rate(path: Path, n: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE raw_items (id INTEGER PRIMARY KEY, stage TEXT, version INT)")
    conn.execute("CREATE TABLE raw_events (item_id INT, seq INT, event TEXT, at TEXT, hash TEXT, PRIMARY KEY (item_id, seq))")
    conn.executemany("INSERT INTO raw_items VALUES (?, 'a', 0)", [(i,) for i in range(1000)])
    start = time.perf_counter()
    for i in range(n):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE raw_items SET stage = 'b', version = version + 1 WHERE id = ?", (i % 1000,))
        conn.execute("INSERT INTO raw_events VALUES (?, ?, 'approve', '2026-11-24', 'h')", (i % 1000, i))
        conn.execute("COMMIT")
    rate = n / (time.perf_counter() - start)
    conn.close()
    return rate


class Toggle(StateMachine):
    """The smallest decision python-statemachine makes: one strict event between two states, one validator."""

    allow_event_without_transition = False
    a = State(initial=True)
    b = State()
    flip = Event(a.to(b, validators="allowed") | b.to(a, validators="allowed"))

    def allowed(self) -> None:
        return None


def floor_rate(url: str, n: int) -> float:
    """The chosen libraries' least cost of one decided transition: a Core SELECT, a `send`, UPDATE, INSERT, commit."""
    engine = make_engine(url)  # the engine's own settings: WAL and BEGIN IMMEDIATE on SQLite
    meta = MetaData()
    items = Table("floor_items", meta, Column("id", Integer, primary_key=True), Column("stage", String),
                  Column("version", Integer))
    events = Table("floor_events", meta, Column("item_id", Integer, primary_key=True),
                   Column("seq", Integer, primary_key=True), Column("event", String), Column("at", String),
                   Column("hash", String))
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(items), [{"id": i, "stage": "a", "version": 0} for i in range(1000)])
    load = select(items.c.stage, items.c.version).where(items.c.id == bindparam("i"))
    advance = update(items).where(items.c.id == bindparam("i"), items.c.version == bindparam("v"))
    append = insert(events)
    machine = Toggle()
    start, cpu = time.perf_counter(), time.process_time()
    for k in range(n):
        with engine.begin() as conn:
            row = conn.execute(load, {"i": k % 1000}).one()
            machine.send("flip")
            conn.execute(advance, {"i": k % 1000, "v": row.version, "stage": machine.current_state_value,
                                   "version": row.version + 1})
            conn.execute(append, {"item_id": k % 1000, "seq": k, "event": "flip", "at": "2026-11-24", "hash": "h"})
    rate = n / (time.perf_counter() - start)
    CPU_US["floor"] = (time.process_time() - cpu) / n * 1e6
    engine.dispose()
    return rate


def raw_pg_rate(schema: str, n: int) -> float:
    conn = psycopg.connect(f"host=127.0.0.1 port=5432 dbname=test user=postgres options=-csearch_path={schema}")
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE raw_items (id INT PRIMARY KEY, stage TEXT, version INT)")
        cur.execute("CREATE TABLE raw_events (item_id INT, seq INT, event TEXT, at TEXT, hash TEXT, PRIMARY KEY (item_id, seq))")
        cur.execute("INSERT INTO raw_items SELECT g, 'a', 0 FROM generate_series(0, 999) g")
        conn.commit()
        start = time.perf_counter()
        for i in range(n):
            cur.execute("UPDATE raw_items SET stage = 'b', version = version + 1 WHERE id = %s", (i % 1000,))
            cur.execute("INSERT INTO raw_events VALUES (%s, %s, 'approve', '2026-11-24', 'h')", (i % 1000, i))
            conn.commit()
        rate = n / (time.perf_counter() - start)
    conn.close()
    return rate


def prepared(url: str) -> Database:
    db = Database(url)
    upgrade(db.engine)
    with db.transaction() as session:
        store_policy(session, load_policy(DEMO_POLICY), NOW.isoformat())
    return db


def verify_rate(db: Database) -> tuple[float, int]:
    start = time.perf_counter()
    with db.transaction() as session:
        report = verify(session)
    assert report["ok"], report["problems"][:3]
    return report["events_checked"] / (time.perf_counter() - start), report["events_checked"]


def print_cpu() -> None:
    engine, floor = CPU_US["engine"], CPU_US["floor"]
    print(f"            cpu    engine {engine:6.0f} us/transition, floor {floor:6.0f} us/tx (this process)   "
          f"floor/engine {floor / engine:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a run of under a minute")
    parser.add_argument("--items", type=int, help="items to run through the whole process")
    parser.add_argument("--verify-events", type=int, help="events to verify (default 100,000; quick 5,000)")
    args = parser.parse_args()
    items = args.items or (20 if args.quick else 200)
    verify_events = args.verify_events or (5_000 if args.quick else 100_000)
    ratios, of_floor = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        db = prepared(f"sqlite:///{tmp}/bench.db")
        rate, count = engine_rate(db, items)
        raw = raw_sqlite_rate(Path(tmp) / "raw.db", 20 * count)
        ratios["sqlite"] = rate / raw
        print(f"sqlite:     engine {rate:8.0f} transitions/s ({count} transitions)   raw {raw:8.0f} tx/s   ratio {rate / raw:.3f}")
        floor = floor_rate(f"sqlite:///{tmp}/floor.db", 5 * count)
        of_floor["sqlite"] = rate / floor
        print(f"sqlite:     floor  {floor:8.0f} tx/s (SQLAlchemy Core + one python-statemachine send, nothing else)"
              f"   ratio {floor / raw:.3f}")
        print_cpu()
        extra = max(0, verify_events // 18 - items - 2)
        run_items(Engine(db), extra)
        vrate, events = verify_rate(db)
        print(f"verify:     {vrate:8.0f} events/s over {events} events (SQLite)")
        db.dispose()
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = Database(PG)
    with admin.engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        db = prepared(f"{PG}?options=-csearch_path%3D{schema}")
        rate, count = engine_rate(db, items)
        db.dispose()
        raw = raw_pg_rate(schema, min(5 * count, 5000))
        ratios["postgresql"] = rate / raw
        print(f"postgresql: engine {rate:8.0f} transitions/s ({count} transitions)   raw {raw:8.0f} tx/s   ratio {rate / raw:.3f}")
        floor = floor_rate(f"{PG}?options=-csearch_path%3D{schema}", min(5 * count, 5000))
        of_floor["postgresql"] = rate / floor
        print(f"postgresql: floor  {floor:8.0f} tx/s (SQLAlchemy Core + one python-statemachine send, nothing else)"
              f"   ratio {floor / raw:.3f}")
        print_cpu()
    finally:
        with admin.engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    print(f"ratio sqlite={ratios['sqlite']:.2f} postgresql={ratios['postgresql']:.2f} "
          f"floor sqlite={of_floor['sqlite']:.2f} postgresql={of_floor['postgresql']:.2f}")


if __name__ == "__main__":
    main()
