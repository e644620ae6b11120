"""The ledger at scale: a full verify of a million events on every core, a checkpoint, an incremental verify.

The ledger is built fast: one item is run through the engine (the whole process), then cloned, each
clone hashed into its own chain. Then: the checkpoint, the full verify against it (every core), the
same verify on one process over a slice (the baseline), 1,000 new events through the engine, and
`verify --since-checkpoint`. Goals: >= 20,000 events/s full, < 1 s incremental.

    python bench/ledger.py [--events N] [--postgresql]
"""

import sys  # noqa: I001 - first: the bench folder leaves the path before the standard library is imported
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != BENCH]  # bench/platform.py shadows `platform`

import argparse  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from typing import Any  # noqa: E402

from sqlalchemy import insert, select, text  # noqa: E402

sys.path.append(str(BENCH))
from transitions import NOW, PG, prepared, run_items  # noqa: E402

from sanshen.engine import checkpoints, verify_parallel  # noqa: E402
from sanshen.engine.handlers import Engine  # noqa: E402
from sanshen.ledger import checkpoints as store  # noqa: E402
from sanshen.ledger import models, signing  # noqa: E402
from sanshen.ledger.chain import GENESIS, event_hash  # noqa: E402
from sanshen.ledger.db import Database  # noqa: E402
from sanshen.ledger.replay import event_fields  # noqa: E402

ITEMS, EVENTS, REVISIONS = models.Item.__table__, models.Event.__table__, models.Revision.__table__


def clone_ledger(db: Database, events_wanted: int) -> int:
    """Copy the one item the engine made until the ledger holds about `events_wanted` events."""
    with db.engine.connect() as conn:
        item = conn.execute(select(ITEMS).where(ITEMS.c.id == 1)).one()._asdict()
        template = [row._asdict() for row in conn.execute(select(EVENTS).where(EVENTS.c.item_id == 1).order_by(EVENTS.c.seq))]
        revisions = [row._asdict() for row in conn.execute(select(REVISIONS).where(REVISIONS.c.item_id == 1))]
    copies = events_wanted // len(template)
    for start in range(2, copies + 1, 2000):
        ids = range(start, min(start + 2000, copies + 1))
        items, events, texts = [], [], []
        for item_id in ids:
            prev = GENESIS
            for event in template:
                fields = {**event_fields(_Row(event)), "item_id": item_id, "prev_hash": prev}
                prev = event_hash(fields)
                events.append({**fields, "hash": prev})
            items.append({**item, "id": item_id, "head_hash": prev, "index_number": None})
            texts += [{**r, "id": None, "item_id": item_id} for r in revisions]
        with db.engine.begin() as conn:
            conn.execute(insert(ITEMS), items)
            conn.execute(insert(REVISIONS), [{k: v for k, v in r.items() if k != "id"} for r in texts])
            conn.execute(insert(EVENTS), events)
    if db.engine.dialect.name == "postgresql":  # the clones took their ids by hand: the engine's next item follows them
        with db.engine.begin() as conn:
            conn.execute(text("SELECT setval(pg_get_serial_sequence('items', 'id'), (SELECT max(id) FROM items))"))
    return copies * len(template)


class _Row:
    def __init__(self, fields: dict):
        self.__dict__.update(fields)


def timed(what, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = what(*args, **kwargs)
    return result, time.perf_counter() - start


def cpu_seconds() -> float:
    """CPU time of this process and its finished workers: what the work costs, whatever else runs."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bench(db: Database, label: str, events_wanted: int, tmp: Path, full: bool = True) -> None:
    engine = Engine(db)
    run_items(engine, 1)
    _, built = timed(clone_ledger, db, events_wanted)
    with db.engine.connect() as conn:
        total = conn.execute(select(text("count(*)")).select_from(EVENTS)).scalar_one()
    print(f"{label}: ledger of {total} events built in {built:.0f} s")
    key = signing.create_key(tmp / f"{label}.key")
    signed, made = timed(checkpoints.make_checkpoint, db, key, NOW, tmp / "site")
    print(f"{label}: checkpoint of {signed.items} items, {signed.events} events in {made:.2f} s")
    if full:
        full_verify(db, label, signed, key)
    else:
        with db.engine.begin() as conn:
            store.mark_verified(conn, signed.id, NOW.isoformat())
        print(f"{label}: full verify skipped (--no-full): the checkpoint is marked verified as it would be")
    added = run_items(engine, 1000 // 18 + 1)
    cpu = cpu_seconds()
    since, incremental = timed(checkpoints.verify_since_checkpoint, db, key.public_key())
    cpu = cpu_seconds() - cpu
    assert since["ok"], since["problems"][:3]
    print(f"{label}: incremental verify after {added} new events: {incremental:.2f} s, {cpu:.2f} s CPU "
          f"({since['items_checked']} items, {since['events_checked']} events; goal < 1 s; "
          f"load average {os.getloadavg()[0]:.1f})")


def full_verify(db: Database, label: str, signed: store.Signed, key: Any) -> None:
    cpu = cpu_seconds()
    report, full = timed(checkpoints.verify_checkpoint, db, signed.id, key.public_key(), NOW)
    cpu = cpu_seconds() - cpu
    assert report["ok"], report["problems"][:3]
    cores, events = os.cpu_count() or 1, report["events_checked"]
    print(f"{label}: full verify on {cores} cores: {events / full:8.0f} events/s "
          f"({events} events in {full:.1f} s; goal >= 20,000); {events / cpu:.0f} events per CPU-second, "
          f"so {cores * events / cpu:.0f} events/s on {cores} idle cores; load average {os.getloadavg()[0]:.1f}")
    with db.engine.connect() as conn:
        some = list(conn.execute(select(ITEMS.c.id).order_by(ITEMS.c.id).limit(2000)).scalars())
    one, alone = timed(verify_parallel.verify_ids, db, some, workers=1)
    print(f"{label}: one process:          {one['events_checked'] / alone:8.0f} events/s "
          f"({one['events_checked']} events in {alone:.1f} s)   parallel/one {report['events_checked'] / full / (one['events_checked'] / alone):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--postgresql", action="store_true", help="also on PostgreSQL")
    parser.add_argument("--no-full", action="store_true", help="skip the full verify (the incremental one alone)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = prepared(f"sqlite:///{tmp}/ledger.db")
        bench(db, "sqlite", args.events, Path(tmp), not args.no_full)
        db.dispose()
        if args.postgresql:
            schema = f"bench_{uuid.uuid4().hex[:8]}"
            admin = Database(PG)
            with admin.engine.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            try:
                db = prepared(f"{PG}?options=-csearch_path%3D{schema}")
                bench(db, "postgresql", args.events, Path(tmp), not args.no_full)
                db.dispose()
            finally:
                with admin.engine.begin() as conn:
                    conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                admin.dispose()


if __name__ == "__main__":
    main()
