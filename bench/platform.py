"""One platform, many organisations: queue, overdue sweep, command and `verify --org` at province scale.

Not a test. The organisations are made through the real path (`store_policy`, one generated policy
file each: the demo bureau's rules under its own code, 30 people). The items are bulk-inserted as
valid, verifiable ledgers: the real engine drives one item of each organisation-independent shape to
each stage in a scratch database, and every generated item copies its shape with its own id, its
organisation's policy version and a hash chain recomputed over those fields (so `verify` replays them
like any other). Items spread over the seven human stages and two terminal ones (refused, withdrawn).

    python bench/platform.py [--pg-orgs 2000 --pg-items 1000000] [--sqlite-orgs 100 --sqlite-items 100000]

Last line: `platform queue_p95_ms postgresql=N sqlite=N`.
"""

import os.path
import sys

# This file's name is the standard library's `platform`: run as a script, its folder must not shadow it.
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

import argparse
import os
import random
import statistics
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert, select, text

from sanshen.engine.commands import Decide, Submit
from sanshen.engine.deadlines import sweep
from sanshen.engine.handlers import Engine
from sanshen.engine.organisations import organisation_scope
from sanshen.engine.queries import queue, verify
from sanshen.ledger import models
from sanshen.ledger.chain import event_hash
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policies.config import Person, Policy
from sanshen.policyfile import DEMO_POLICY, load_policy

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=8)))
PG = os.environ.get("SANSHEN_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BODY = "各科室：\n现将有关事项通知如下。请认真组织实施。"
REVIEWERS = {"confidentiality_review": "linfeng", "first_review": "chenjun", "second_review": "guolei",
             "final_review": "liuyang", "proofreading_1": "fengyu", "proofreading_2": "caihong",
             "proofreading_3": "dengyun"}
SHAPES = [*REVIEWERS, "refused", "withdrawn"]
ITEMS, EVENTS = models.Item.__table__, models.Event.__table__
REVISIONS, TASKS = models.Revision.__table__, models.ReviewTask.__table__


def org_policy(base: Policy, n: int) -> Policy:
    """The n-th organisation: the demo bureau's rules under its own code, with six more drafters (30 people)."""
    extra = [Person(username=f"drafter{k}", name=f"撰稿人{k}", department="planning", roles=("drafter",),
                    email=f"d{k}@org{n}.example") for k in range(6)]
    organisation = base.organisation.model_copy(update={"code": f"ORG{n:04d}", "name": f"第{n}号单位"})
    return base.model_copy(update={"organisation": organisation, "people": base.people + tuple(extra)})


def shapes(base: Policy) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """One real item per shape, made by the engine in a scratch database: its rows, without ids or hashes."""
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/shapes.db")
        upgrade(db.engine)
        with db.transaction() as session:
            store_policy(session, base, NOW.isoformat())
        engine = Engine(db)
        made = {}
        for shape in SHAPES:
            item = engine.submit(Submit("wangfang", "关于开展科技活动周的通知", BODY), NOW).id
            _drive(engine, item, shape)
            made[shape] = _rows_of(db, item)
        db.dispose()
    return made


def _drive(engine: Engine, item: int, shape: str) -> None:
    stage = "confidentiality_review"
    if shape == "withdrawn":
        engine.decide(Decide("withdraw", "wangfang", item), NOW)
        return
    target = "final_review" if shape == "refused" else shape
    while stage != target:
        if stage == "sensitivity_check":
            stage = engine.system("scan_clean", item, NOW).stage
            continue
        engine.decide(Decide("claim", REVIEWERS[stage], item), NOW)
        stage = engine.decide(Decide("approve", REVIEWERS[stage], item, opinion="同意"), NOW).stage
    if shape == "refused":
        engine.decide(Decide("claim", "liuyang", item), NOW)
        engine.decide(Decide("refuse", "liuyang", item, opinion="属于过程性信息", ground="process_information"), NOW)


def _rows_of(db: Database, item: int) -> dict[str, list[dict[str, Any]]]:
    with db.engine.connect() as c:
        def rows(table, key):  # type: ignore[no-untyped-def]
            return [dict(r._mapping) for r in c.execute(select(table).where(key == item))]
        return {"item": rows(ITEMS, ITEMS.c.id), "events": rows(EVENTS, EVENTS.c.item_id),
                "revisions": rows(REVISIONS, REVISIONS.c.item_id),
                "tasks": [t for t in rows(TASKS, TASKS.c.item_id) if t["status"] in ("open", "claimed")]}


def generate(db: Database, orgs: int, items: int, seed: int = 7) -> dict[int, int]:
    """The organisations (real path), then their items (bulk, valid ledgers); returns org id -> policy version."""
    base, started = load_policy(DEMO_POLICY), time.perf_counter()
    versions = {}
    for n in range(1, orgs + 1):
        with db.transaction() as session:
            version = store_policy(session, org_policy(base, n), NOW.isoformat())
            versions[session.execute(select(models.Organisation.id).where(
                models.Organisation.code == f"ORG{n:04d}")).scalar_one()] = version
    print(f"  {orgs} organisations, {orgs * 30} people: {time.perf_counter() - started:.1f} s")
    made, rng, started = shapes(base), random.Random(seed), time.perf_counter()
    organisations = sorted(versions)
    for start in range(1, items + 1, 5000):
        batch: dict[str, list[dict[str, Any]]] = {"items": [], "events": [], "revisions": [], "tasks": []}
        for item_id in range(start, min(start + 5000, items + 1)):
            org = organisations[(item_id - 1) % len(organisations)]
            _copy(made[rng.choice(SHAPES)], item_id, org, versions[org], batch)
        with db.transaction() as session:
            for table, key in ((ITEMS, "items"), (REVISIONS, "revisions"), (EVENTS, "events"), (TASKS, "tasks")):
                if batch[key]:
                    session.execute(insert(table), batch[key])
    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as c:
            for name in ("items", "revisions", "review_tasks"):
                c.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))"))
            c.execute(text("ANALYZE"))
    print(f"  {items} items bulk-inserted as valid ledgers: {time.perf_counter() - started:.1f} s")
    return versions


def _copy(shape: dict[str, list[dict[str, Any]]], item_id: int, org: int, version: int,
          batch: dict[str, list[dict[str, Any]]]) -> None:
    head = "0" * 64
    for event in shape["events"]:
        chained = {k: v for k, v in event.items() if k not in ("hash", "command_key")}  # the key is not chained
        chained.update(item_id=item_id, policy_version=version, prev_hash=head)
        head = event_hash(chained)
        batch["events"].append({**chained, "hash": head, "command_key": None})
    item = {**shape["item"][0], "id": item_id, "organisation_id": org, "head_hash": head}
    batch["items"].append(item)
    batch["revisions"].extend({**_without_id(r), "item_id": item_id} for r in shape["revisions"])
    batch["tasks"].extend({**_without_id(t), "item_id": item_id, "organisation_id": org} for t in shape["tasks"])


def _without_id(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "id"}


def measure(db: Database, versions: dict[int, int], label: str, size: str) -> float:
    """Print the figures of one database; returns the queue p95 in ms."""
    rng = random.Random(3)
    sample = rng.sample(sorted(versions), min(100, len(versions)))
    with db.transaction() as session:
        scopes = {org: organisation_scope(session, f"ORG{_code(session, org)}") for org in sample}
    timings: dict[str, list[float]] = {"chenjun": [], "linfeng": []}
    for who in timings:
        for org in sample:  # warm: the policy of each organisation parsed once per process
            with db.transaction() as session:
                queue(session, who, scope=scopes[org])
        for org in sample * 3:
            started = time.perf_counter()
            with db.transaction() as session:
                queue(session, who, scope=scopes[org])
            timings[who].append((time.perf_counter() - started) * 1000)
    head, officer = _p(timings["chenjun"]), _p(timings["linfeng"])
    started = time.perf_counter()
    written = sweep(db, NOW + timedelta(days=2))
    swept = time.perf_counter() - started
    started = time.perf_counter()
    again = sweep(db, NOW + timedelta(days=2))
    resweep = time.perf_counter() - started
    command = _command_latency(db, scopes)
    org = sample[0]
    started = time.perf_counter()
    with db.transaction() as session:
        report = verify(session, scope=scopes[org])
    verified = time.perf_counter() - started
    print(f"{label} ({size}):")
    print(f"  queue, department head (初审): p50 {head[0]:.2f} ms, p95 {head[1]:.2f} ms")
    print(f"  queue, confidentiality officer (保密审查): p50 {officer[0]:.2f} ms, p95 {officer[1]:.2f} ms")
    print(f"  overdue sweep of every organisation: {swept:.1f} s ({sum(written.values())} notices written); "
          f"the same sweep again: {resweep:.1f} s ({sum(again.values())} written)")
    print(f"  one command (claim): p50 {command[0]:.2f} ms, p95 {command[1]:.2f} ms")
    print(f"  verify --org (one organisation, {report['items_checked']} items, {report['events_checked']} events): "
          f"{verified * 1000:.0f} ms, ok={report['ok']}")
    print(f"  database size: {_size(db) / 2**20:.0f} MiB")
    return max(head[1], officer[1])


def _code(session: Any, org: int) -> str:
    return session.execute(select(models.Organisation.code).where(models.Organisation.id == org)).scalar_one()[3:]


def _command_latency(db: Database, scopes: dict[int, Any]) -> tuple[float, float]:
    with db.transaction() as session:
        waiting = session.execute(select(TASKS.c.item_id, TASKS.c.organisation_id).where(
            TASKS.c.stage == "confidentiality_review", TASKS.c.status == "open",
            TASKS.c.organisation_id.in_(list(scopes))).limit(40)).all()
    timings = []
    for item_id, org in waiting:
        engine = Engine(db, scope=scopes[org])
        started = time.perf_counter()
        engine.decide(Decide("claim", "linfeng", item_id), NOW)
        timings.append((time.perf_counter() - started) * 1000)
    return _p(timings)


def _p(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def _size(db: Database) -> int:
    if db.engine.dialect.name == "sqlite":
        path = Path(db.engine.url.database or "")
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    with db.engine.connect() as c:
        return int(c.execute(text("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
                                  "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'"))
                   .scalar() or 0)


def run_postgres(orgs: int, items: int) -> float:
    schema = f"sanshen_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    db = Database(f"{PG}?options=-csearch_path%3D{schema}")
    try:
        upgrade(db.engine)
        return measure(db, generate(db, orgs, items), "PostgreSQL", f"{orgs} organisations, {items} items")
    finally:
        db.dispose()
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def run_sqlite(orgs: int, items: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/platform.db")
        upgrade(db.engine)
        try:
            return measure(db, generate(db, orgs, items), "SQLite", f"{orgs} organisations, {items} items")
        finally:
            db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg-orgs", type=int, default=2000)
    parser.add_argument("--pg-items", type=int, default=1_000_000)
    parser.add_argument("--sqlite-orgs", type=int, default=100)
    parser.add_argument("--sqlite-items", type=int, default=100_000)
    args = parser.parse_args()
    sqlite_p95 = run_sqlite(args.sqlite_orgs, args.sqlite_items)
    pg_p95 = run_postgres(args.pg_orgs, args.pg_items)
    print(f"platform queue_p95_ms postgresql={pg_p95:.1f} sqlite={sqlite_p95:.1f}")


if __name__ == "__main__":
    main()
