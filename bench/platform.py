"""One platform, many organisations: queue, overdue sweep, command and `verify --org` at province scale.

Not a test. The organisations are made through the real path (`store_policy`, one generated policy
file each: the demo bureau's rules under its own code, 30 people). The items are bulk-inserted as
valid, verifiable ledgers: the real engine drives one item of each organisation-independent shape to
each stage in a scratch database, and every generated item copies its shape with its own id, its
organisation's policy version and a hash chain recomputed over those fields (so `verify` replays them
like any other). Items spread over the seven human stages and two terminal ones (refused, withdrawn),
submitted over the last six working days: the shapes are made at 09:00 of each day and every copy is
moved later that day by its own minutes (deadlines are whole working days, so they move with it).
PostgreSQL is filled with COPY (psycopg), SQLite with executemany; the PostgreSQL run has a database of
its own (bench_platform_<hex>), dropped at the end unless --keep.

    python bench/platform.py [--pg-orgs 2000 --pg-items 1000000] [--sqlite-orgs 100 --sqlite-items 100000]
                             [--only postgresql|sqlite] [--keep] [--reuse bench_platform_xxxx]

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

from sqlalchemy import create_engine, func, insert, make_url, select, text

from sanshen.engine.commands import Decide, Submit
from sanshen.engine.deadlines import sweep
from sanshen.engine.handlers import Engine
from sanshen.engine.organisations import organisation_scope
from sanshen.engine.queries import queue, verify
from sanshen.engine.statutory import statutory_sweep
from sanshen.ledger import models
from sanshen.ledger.chain import event_hash
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policies.config import Person, Policy
from sanshen.policyfile import DEMO_POLICY, load_policy

CST = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 24, 16, 0, tzinfo=CST)  # a Tuesday: the sweeps run at 16:00, then 17:00
DAYS = [datetime(2026, 11, day, 9, 0, tzinfo=CST) for day in (17, 18, 19, 20, 23, 24)]  # six working days
PG = os.environ.get("SANSHEN_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SHIFTED = {"items": ("created_at", "updated_at"), "events": ("at",), "revisions": ("created_at",),
           "tasks": ("created_at", "due_at")}
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


def shapes(base: Policy) -> dict[tuple[int, str], dict[str, list[dict[str, Any]]]]:
    """One real item per (day, shape), made by the engine at 09:00 that day in a scratch database: its rows."""
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{folder}/shapes.db")
        upgrade(db.engine)
        with db.transaction() as session:
            store_policy(session, base, DAYS[0].isoformat())
        engine = Engine(db)
        made = {}
        for day, moment in enumerate(DAYS):
            for shape in SHAPES:
                item = engine.submit(Submit("wangfang", "关于开展科技活动周的通知", BODY), moment).id
                _drive(engine, item, shape, moment)
                made[(day, shape)] = _rows_of(db, item)
        db.dispose()
    return made


def _drive(engine: Engine, item: int, shape: str, now: datetime) -> None:
    stage = "confidentiality_review"
    if shape == "withdrawn":
        engine.decide(Decide("withdraw", "wangfang", item), now)
        return
    target = "final_review" if shape == "refused" else shape
    while stage != target:
        if stage == "sensitivity_check":
            stage = engine.system("scan_clean", item, now).stage
            continue
        engine.decide(Decide("claim", REVIEWERS[stage], item), now)
        stage = engine.decide(Decide("approve", REVIEWERS[stage], item, opinion="同意"), now).stage
    if shape == "refused":
        engine.decide(Decide("claim", "liuyang", item), now)
        engine.decide(Decide("refuse", "liuyang", item, opinion="属于过程性信息", ground="process_information"), now)


def _rows_of(db: Database, item: int) -> dict[str, list[dict[str, Any]]]:
    with db.engine.connect() as c:
        def rows(table, key):  # type: ignore[no-untyped-def]
            return [dict(r._mapping) for r in c.execute(select(table).where(key == item))]
        return {"items": rows(ITEMS, ITEMS.c.id), "events": rows(EVENTS, EVENTS.c.item_id),
                "revisions": rows(REVISIONS, REVISIONS.c.item_id),
                "tasks": [t for t in rows(TASKS, TASKS.c.item_id) if t["status"] in ("open", "claimed")]}


def make_organisations(db: Database, orgs: int) -> dict[int, int]:
    """The organisations through the real path, a hundred to a transaction; returns org id -> policy version."""
    base, started, versions = load_policy(DEMO_POLICY), time.perf_counter(), {}
    for first in range(1, orgs + 1, 100):
        with db.transaction() as session:
            for n in range(first, min(first + 100, orgs + 1)):
                version = store_policy(session, org_policy(base, n), NOW.isoformat())
                versions[session.execute(select(models.Organisation.id).where(
                    models.Organisation.code == f"ORG{n:04d}")).scalar_one()] = version
    print(f"  {orgs} organisations, {orgs * 30} people (store_policy each): {time.perf_counter() - started:.1f} s",
          flush=True)
    return versions


def generate(db: Database, orgs: int, items: int, seed: int = 7) -> dict[int, int]:
    """The organisations (real path), then their items (bulk, valid ledgers); returns org id -> policy version."""
    versions = make_organisations(db, orgs)
    made, rng, started = shapes(load_policy(DEMO_POLICY)), random.Random(seed), time.perf_counter()
    organisations, postgres = sorted(versions), db.engine.dialect.name == "postgresql"
    write = _copy_in if postgres else _insert_many
    raw = db.engine.raw_connection() if postgres else None
    for start in range(1, items + 1, 5000):
        batch: dict[str, list[dict[str, Any]]] = {"items": [], "events": [], "revisions": [], "tasks": []}
        for item_id in range(start, min(start + 5000, items + 1)):
            org, day = organisations[(item_id - 1) % len(organisations)], rng.randrange(len(DAYS))
            office = 7 * 60 if day == len(DAYS) - 1 else 8 * 60  # today's copies were all submitted before 16:00
            _copy(made[(day, rng.choice(SHAPES))], item_id, org, versions[org],
                  timedelta(minutes=rng.randrange(office)), batch)
        write(db, raw, batch)
        if start % 100_000 == 1 and start > 1:
            print(f"    {start - 1} items: {time.perf_counter() - started:.0f} s", flush=True)
    if raw is not None:
        raw.close()
        with db.engine.begin() as c:
            for name in ("items", "revisions", "review_tasks"):
                c.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))"))
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(text("VACUUM ANALYZE"))
    how = "COPY (psycopg)" if postgres else "executemany"
    print(f"  {items} items bulk-inserted as valid ledgers by {how}: {time.perf_counter() - started:.1f} s", flush=True)
    return versions


def _insert_many(db: Database, raw: Any, batch: dict[str, list[dict[str, Any]]]) -> None:
    with db.transaction() as session:
        for table, key in ((ITEMS, "items"), (REVISIONS, "revisions"), (EVENTS, "events"), (TASKS, "tasks")):
            if batch[key]:
                session.execute(insert(table), batch[key])


def _copy_in(db: Database, raw: Any, batch: dict[str, list[dict[str, Any]]]) -> None:
    """One COPY per table, in one transaction per batch."""
    with raw.driver_connection.cursor() as cursor:
        for table, key in (("items", "items"), ("revisions", "revisions"), ("events", "events"), ("review_tasks", "tasks")):
            if not batch[key]:
                continue
            columns = list(batch[key][0])
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in batch[key]:
                    copy.write_row([row[c] for c in columns])
    raw.driver_connection.commit()


def _copy(shape: dict[str, list[dict[str, Any]]], item_id: int, org: int, version: int, later: timedelta,
          batch: dict[str, list[dict[str, Any]]]) -> None:
    head = "0" * 64
    for event in shape["events"]:
        chained = {k: v for k, v in event.items() if k not in ("hash", "command_key")}  # the key is not chained
        chained.update(item_id=item_id, policy_version=version, prev_hash=head, at=_later(event["at"], later))
        head = event_hash(chained)
        batch["events"].append({**chained, "hash": head, "command_key": None})
    item = {**shape["items"][0], "id": item_id, "organisation_id": org, "head_hash": head}
    batch["items"].append(_shifted(item, "items", later))
    batch["revisions"].extend(_shifted({**_without_id(r), "item_id": item_id}, "revisions", later)
                              for r in shape["revisions"])
    batch["tasks"].extend(_shifted({**_without_id(t), "item_id": item_id, "organisation_id": org}, "tasks", later)
                          for t in shape["tasks"])


def _shifted(row: dict[str, Any], table: str, later: timedelta) -> dict[str, Any]:
    return {**row, **{name: _later(row[name], later) for name in SHIFTED[table] if row.get(name)}}


def _later(stamp: str, later: timedelta) -> str:
    moment = datetime.fromisoformat(stamp) + later
    return moment.isoformat(timespec="microseconds" if "." in stamp else "seconds")


def _without_id(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "id"}


def measure(db: Database, versions: dict[int, int], label: str, size: str) -> float:
    """Print the figures of one database; returns the queue p95 in ms."""
    rng = random.Random(3)
    sample = rng.sample(sorted(versions), min(100, len(versions)))
    with db.transaction() as session:
        scopes = {org: organisation_scope(session, f"ORG{_code(session, org)}") for org in sample}
        open_tasks = session.execute(select(func.count()).select_from(TASKS).where(
            TASKS.c.status.in_(("open", "claimed")))).scalar()
    print(f"{label} ({size}, {open_tasks} open tasks), load average {os.getloadavg()[0]:.1f}:", flush=True)
    (head, head_cpu), (officer, officer_cpu) = _queue_timings(db, sample, scopes)
    whose = "database included" if db.engine.dialect.name == "sqlite" else "the client's only"
    print(f"  queue, department head (初审): p50 {head[0]:.2f} ms, p95 {head[1]:.2f} ms "
          f"(CPU of this process, {whose}: p95 {head_cpu[1]:.2f} ms)")
    print(f"  queue, confidentiality officer (保密审查): p50 {officer[0]:.2f} ms, p95 {officer[1]:.2f} ms "
          f"(CPU p95 {officer_cpu[1]:.2f} ms), load average {os.getloadavg()[0]:.1f}", flush=True)
    for moment, what in ((NOW, "first run, every notice due since the tasks opened"), (NOW, "the same moment again"),
                         (NOW + timedelta(hours=1), "an hour later")):
        started, cpu_started = time.perf_counter(), time.process_time()
        written = sweep(db, moment)
        print(f"  overdue sweep of every organisation, {what}: {time.perf_counter() - started:.1f} s "
              f"(CPU of this process {time.process_time() - cpu_started:.1f} s; {_described(written)}), "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)
    for what in ("first run", "again"):
        started = time.perf_counter()
        with db.transaction() as session:
            written = statutory_sweep(session, NOW)
        print(f"  statutory sweep (20 working days), {what}: {time.perf_counter() - started:.1f} s "
              f"({_described(written)})", flush=True)
    command = _command_latency(db, scopes)
    print(f"  one command (claim): p50 {command[0]:.2f} ms, p95 {command[1]:.2f} ms")
    org = sample[0]
    started = time.perf_counter()
    with db.transaction() as session:
        report = verify(session, scope=scopes[org])
    print(f"  verify --org (one organisation, {report['items_checked']} items, {report['events_checked']} events): "
          f"{(time.perf_counter() - started) * 1000:.0f} ms, ok={report['ok']}")
    print(f"  database size: {_size(db) / 2**20:.0f} MiB, load average {os.getloadavg()[0]:.1f}", flush=True)
    return max(head[1], officer[1])


def _described(written: dict[str, int]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in sorted(written.items())) or "nothing written"


def _queue_timings(db: Database, sample: list[int], scopes: dict[int, Any]) -> list[tuple[tuple[float, float], ...]]:
    """(wall p50/p95, CPU p50/p95) of the queue of a department head and of a confidentiality officer."""
    found = []
    for who in ("chenjun", "linfeng"):
        wall, cpu = [], []
        for org in sample:  # warm: the policy of each organisation parsed once per process
            with db.transaction() as session:
                queue(session, who, scope=scopes[org])
        for org in sample * 3:
            started, cpu_started = time.perf_counter(), time.process_time()
            with db.transaction() as session:
                queue(session, who, scope=scopes[org])
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
        found.append((_p(wall), _p(cpu)))
    return found


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
        engine.decide(Decide("claim", "linfeng", item_id), NOW + timedelta(hours=1))
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
        return int(c.execute(text("SELECT pg_database_size(current_database())")).scalar() or 0)


def run_postgres(orgs: int, items: int, keep: bool, reuse: str | None) -> float:
    name = reuse or f"bench_platform_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG, isolation_level="AUTOCOMMIT")
    if not reuse:
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database(str(make_url(PG).set(database=name).render_as_string(hide_password=False)))
    print(f"PostgreSQL database {name}", flush=True)
    try:
        if reuse:
            versions = _versions(db)
            _fresh_notices(db)
        else:
            upgrade(db.engine)
            versions = generate(db, orgs, items)
        return measure(db, versions, "PostgreSQL", f"{len(versions)} organisations, {items} items")
    finally:
        db.dispose()
        if not keep:
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _versions(db: Database) -> dict[int, int]:
    with db.engine.connect() as c:
        return dict(c.execute(select(models.PolicyVersion.organisation_id, func.max(models.PolicyVersion.id))
                              .group_by(models.PolicyVersion.organisation_id)).all())


def _fresh_notices(db: Database) -> None:
    """A kept database measured again: the notices and claims of the last run undone."""
    with db.engine.begin() as c:
        c.execute(text("DELETE FROM outbox"))
        c.execute(text("UPDATE review_tasks SET reminders_sent = '[]', next_notice_at = '' "
                       "WHERE status IN ('open', 'claimed') AND (reminders_sent <> '[]' OR next_notice_at <> '')"))


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
    parser.add_argument("--only", choices=("postgresql", "sqlite"))
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database (its name is printed)")
    parser.add_argument("--reuse", help="measure a kept PostgreSQL database again")
    args = parser.parse_args()
    sqlite_p95 = run_sqlite(args.sqlite_orgs, args.sqlite_items) if args.only != "postgresql" else float("nan")
    pg_p95 = (run_postgres(args.pg_orgs, args.pg_items, args.keep, args.reuse) if args.only != "sqlite"
              else float("nan"))
    print(f"platform queue_p95_ms postgresql={pg_p95:.1f} sqlite={sqlite_p95:.1f}")


if __name__ == "__main__":
    main()
