"""`verify` on every core: items are independent, so chunks of item ids are verified in a process pool."""

import multiprocessing
import os
import threading
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..ledger.db import Database
from .audit_publications import publication_problems
from .queries import ITEMS, verify_items
from .records import pairs

CHUNK = 1000  # items per task: large enough to amortise the queries, small enough to balance the cores
PARALLEL_FROM = 2_000  # items; below this a pool's start costs more than it saves


def verify_all(db: Database, workers: int | None = None, pages: Path | None = None) -> dict[str, Any]:
    """Verify every item, in parallel when there are enough of them, then what spans items (索引号, pages)."""
    with db.engine.connect() as conn:
        ids = list(conn.execute(select(ITEMS.c.id).order_by(ITEMS.c.id)).scalars())
    report = verify_ids(db, ids, workers=workers)
    with db.reading() as session:
        report["problems"].extend(publication_problems(session, pages))
        report["problems"].extend(pairs.pair_problems(session))
    report["ok"] = not report["problems"]
    return report


def verify_ids(db: Database, ids: list[int], trusted: dict[int, int] | None = None,
               workers: int | None = None) -> dict[str, Any]:
    """Verify these items (see queries.verify_items for `trusted`); one report, problems in item order."""
    workers = workers or os.cpu_count() or 1
    size = max(1, min(CHUNK, -(-len(ids) // (4 * workers))))  # at least four chunks a worker, to balance them
    chunks = [ids[start:start + size] for start in range(0, len(ids), size)]
    workers = min(workers, len(chunks))
    if workers <= 1 or len(ids) < PARALLEL_FROM:
        parts: Iterable[tuple[int, int, list[dict[str, Any]]]] = (
            _verify_chunk_in(db, chunk, trusted) for chunk in chunks)
        return _report(parts)
    url = db.url
    db.engine.dispose()  # no pooled connection is inherited by a forked worker
    with ProcessPoolExecutor(workers, mp_context=_context(), initializer=_open, initargs=(url,)) as pool:
        return _report(pool.map(_verify_chunk, chunks, [_subset(trusted, chunk) for chunk in chunks]))


def _report(parts: Iterable[tuple[int, int, list[dict[str, Any]]]]) -> dict[str, Any]:
    checked = events = 0
    problems: list[dict[str, Any]] = []
    for items_checked, events_checked, found in parts:
        checked, events = checked + items_checked, events + events_checked
        problems.extend(found)
    return {"ok": not problems, "items_checked": checked, "events_checked": events, "problems": problems}


def _subset(trusted: dict[int, int] | None, chunk: list[int]) -> dict[int, int] | None:
    return None if trusted is None else {i: trusted[i] for i in chunk if i in trusted}


def _context() -> Any:
    """fork when nothing else runs in this process (fast); spawn when threads do (a fork would copy their locks)."""
    method = "fork" if threading.active_count() == 1 and hasattr(os, "fork") else "spawn"
    return multiprocessing.get_context(method)


_worker_db: Database | None = None


def _open(url: str) -> None:
    """Each worker opens its own connections: a pooled connection never crosses a fork."""
    global _worker_db
    _worker_db = Database(url, readonly=True)


def _verify_chunk(chunk: list[int], trusted: dict[int, int] | None) -> tuple[int, int, list[dict[str, Any]]]:
    assert _worker_db is not None
    return _verify_chunk_in(_worker_db, chunk, trusted)


def _verify_chunk_in(db: Database, chunk: list[int], trusted: dict[int, int] | None,
                     ) -> tuple[int, int, list[dict[str, Any]]]:
    with db.sessions() as session:
        return verify_items(session, chunk, trusted)
