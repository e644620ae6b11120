"""The cost of one publication beside how many came before it: it must not grow.

Each database gets K earlier publications (rows of the site's listing, loaded in bulk), then M
items are driven to 发布中 and published one by one, timed: page, index page, front page, feed,
the deliver event (the median of the M). Run at K=1,000 and K=100,000, on SQLite and on PostgreSQL, in one run.
Last line: `publication ms_at_1000=N ms_at_100000=N ratio=N.NN` (per backend).

    python bench/publication.py [--items 20] [--earlier 1000 100000] [--no-postgres]
"""

import argparse
import statistics
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import create_engine, insert, text

from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish
from sanshen.ledger import models
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policyfile import DEMO_POLICY, load_policy

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=8)))
PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REVIEWERS = ["linfeng", None, "chenjun", "guolei", "liuyang", "fengyu", "caihong", "dengyun"]


def earlier_publications(db: Database, count: int) -> None:
    """K listing rows of the organisation, as if it had published K items before (foreign keys off for the bulk load)."""
    rows = [{"organisation_id": 1, "seq": n, "item_id": 10_000_000 + n, "index_number": f"OLD-2025-{n:07d}", "title": f"往期信息 {n}",
             "disclosure": "proactive", "department": "办公室", "revision_hash": "0" * 64,
             "published_at": (NOW - timedelta(minutes=count - n)).isoformat(), "retracted_at": None}
            for n in range(1, count + 1)]
    if db.engine.dialect.name == "sqlite":
        raw = db.engine.raw_connection()
        cursor = raw.cursor()
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute("BEGIN")
        cursor.executemany("INSERT INTO site_listing (organisation_id, seq, item_id, index_number, title, disclosure, "
                           "department, revision_hash, published_at, retracted_at) VALUES (:organisation_id, :seq, "
                           ":item_id, :index_number, :title, :disclosure, :department, :revision_hash, :published_at, "
                           ":retracted_at)", rows)
        cursor.execute("COMMIT")
        cursor.execute("PRAGMA foreign_keys=ON")
        raw.close()
        return
    with db.engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        for start in range(0, count, 10_000):
            conn.execute(insert(models.SiteListing.__table__), rows[start:start + 10_000])
    with db.engine.begin() as conn:
        conn.execute(text("ANALYZE site_listing"))  # as autovacuum would have done while the table grew


def ready_to_publish(db: Database, count: int) -> list[int]:
    from sanshen.engine.commands import Decide, Submit

    engine, items = Engine(db), []
    for _ in range(count):
        item = engine.submit(Submit("wangfang", "关于开展科技活动周的通知", "各科室：\n现将有关事项通知如下。"), NOW).id
        for who in REVIEWERS:
            if who is None:
                engine.system("scan_clean", item, NOW)
                continue
            engine.decide(Decide("claim", who, item), NOW)
            engine.decide(Decide("approve", who, item, opinion="同意"), NOW)
        items.append(item)
    return items


def ms_per_publication(url: str, earlier: int, items: int) -> float:
    db = Database(url)
    upgrade(db.engine)
    with db.transaction() as session:
        store_policy(session, load_policy(DEMO_POLICY), NOW.isoformat())
    earlier_publications(db, earlier)
    ready = ready_to_publish(db, items)
    timings = []
    for item in ready:
        start = time.perf_counter()
        assert publish(db, item, NOW) == "published"
        timings.append(time.perf_counter() - start)
    db.dispose()
    return 1000 * statistics.median(timings)  # the median: a shared machine's pauses are not the code's


def postgres_schema() -> tuple[str, object]:
    schema = f"bench_pub_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    return f"{PG}?options=-csearch_path%3D{schema}", (admin, schema)


def drop(handle: object) -> None:
    admin, schema = handle  # type: ignore[misc]
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--earlier", type=int, nargs=2, default=[1_000, 100_000])
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    backends = ["sqlite"] + ([] if args.no_postgres else ["postgresql"])
    for backend in backends:
        figures = []
        for earlier in args.earlier:
            with tempfile.TemporaryDirectory() as tmp:
                if backend == "sqlite":
                    figures.append(ms_per_publication(f"sqlite:///{tmp}/pub.db", earlier, args.items))
                    continue
                url, handle = postgres_schema()
                try:
                    figures.append(ms_per_publication(url, earlier, args.items))
                finally:
                    drop(handle)
            print(f"{backend:<10} {earlier:>7} earlier publications: {figures[-1]:7.1f} ms a publication")
        low, high = args.earlier
        print(f"publication[{backend}] ms_at_{low}={figures[0]:.1f} ms_at_{high}={figures[1]:.1f} "
              f"ratio={figures[1] / figures[0]:.2f}")


if __name__ == "__main__":
    main()
