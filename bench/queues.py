"""The queue and the overdue list at 100,000 open tasks, on SQLite and PostgreSQL: p95 per query.

Tasks are spread over the eight human stages and the five departments of the demo organisation, a
fifth of them claimed, deadlines from twenty days ago to twenty days ahead; each item carries the
decisions of the stages before its own (what the separation of duties reads). Goal: p95 < 20 ms.
Beside the wall time, the CPU time of this process (on SQLite, the database's work too; on PostgreSQL
the client's only), which the other work on a shared machine does not inflate.

    python bench/queues.py [--tasks N] [--repeat N]
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert, text

sys.path.insert(0, str(Path(__file__).parent))
from transitions import NOW, PG, prepared  # noqa: E402

from sanshen.engine.deadlines import overdue  # noqa: E402
from sanshen.engine.queries import queue  # noqa: E402
from sanshen.ledger import models  # noqa: E402
from sanshen.ledger.db import Database  # noqa: E402
from sanshen.ledger.policystore import current_policy  # noqa: E402

STAGES = [("confidentiality_review", 20), ("sensitivity_check", 5), ("first_review", 20), ("second_review", 15),
          ("final_review", 15), ("proofreading_1", 9), ("proofreading_2", 8), ("proofreading_3", 8)]
ORDER = [stage for stage, _ in STAGES]


def fill(db: Database, tasks: int) -> None:
    """Items with one open task each, and the decisions of the stages they have passed."""
    rng = random.Random(15)
    with db.transaction() as session:
        policy = current_policy(session)[1]
    drafters = [p for p in policy.people if "drafter" in p.roles]
    stages, weights = zip(*STAGES, strict=True)
    for start in range(1, tasks + 1, 10_000):
        items, open_tasks, events = [], [], []
        for item_id in range(start, min(start + 10_000, tasks + 1)):
            drafter = rng.choice(drafters)
            stage = rng.choices(stages, weights)[0]
            items.append({"id": item_id, "title": f"通知 {item_id}", "drafter": drafter.username,
                          "department_id": drafter.department, "stage": stage, "version": 1, "revision_hash": "r",
                          "disclosure": "proactive", "source": "", "channel": "website", "last_seq": 0,
                          "head_hash": "0" * 64, "created_at": NOW.isoformat(), "updated_at": NOW.isoformat()})
            candidates = [p.username for p in policy.candidates(stage, drafter.department) if p.username != drafter.username]
            holder = rng.choice(candidates) if candidates and rng.random() < 0.2 else None
            due = NOW + timedelta(hours=rng.uniform(-20 * 24, 20 * 24))
            open_tasks.append({"item_id": item_id, "stage": stage, "status": "claimed" if holder else "open",
                               "assignee": holder, "created_at": NOW.isoformat(), "due_at": due.isoformat(),
                               "reminders_sent": "[]"})
            for seq, passed in enumerate(ORDER[:ORDER.index(stage)], start=1):
                people = policy.candidates(passed, drafter.department)
                actor = people[item_id % len(people)].username if people else "system"
                events.append({"item_id": item_id, "seq": seq, "event": "approve", "actor": actor, "role": "r",
                               "from_stage": passed, "to_stage": passed, "revision_hash": "r", "opinion": None,
                               "ground": None, "detail": "{}", "at": NOW.isoformat(), "policy_version": 1,
                               "prev_hash": "0" * 64, "hash": "0" * 64})
        with db.engine.begin() as conn:
            conn.execute(insert(models.Item.__table__), items)
            conn.execute(insert(models.ReviewTask.__table__), open_tasks)
            if events:
                conn.execute(insert(models.Event.__table__), events)
    if db.engine.dialect.name == "postgresql":
        with db.engine.begin() as conn:
            conn.execute(text("ANALYZE"))


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] * 1000


def measure(db: Database, label: str, repeat: int) -> None:
    with db.transaction() as session:
        policy = current_policy(session)[1]
    reviewers = [p.username for p in policy.people if not {"drafter", "admin"} >= set(p.roles)]
    queue_times, overdue_times, queue_cpu, overdue_cpu, shown = [], [], [], [], 0
    with db.sessions() as session:
        queue(session, reviewers[0])  # the policy is parsed once per process
        for _ in range(repeat):
            for username in reviewers:
                start, cpu = time.perf_counter(), time.process_time()
                shown += len(queue(session, username))
                queue_times.append(time.perf_counter() - start)
                queue_cpu.append(time.process_time() - cpu)
            start, cpu = time.perf_counter(), time.process_time()
            late = overdue(session, NOW)
            overdue_times.append(time.perf_counter() - start)
            overdue_cpu.append(time.process_time() - cpu)
            session.rollback()
    print(f"{label}: queue   p95 {p95(queue_times):6.1f} ms  median {statistics.median(queue_times) * 1000:5.1f} ms "
          f"({len(queue_times)} queries, {len(reviewers)} reviewers, {shown // len(queue_times)} tasks shown each; goal < 20 ms); "
          f"CPU of this process p95 {p95(queue_cpu):5.1f} ms; load average {os.getloadavg()[0]:.1f}")
    print(f"{label}: overdue p95 {p95(overdue_times):6.1f} ms  median {statistics.median(overdue_times) * 1000:5.1f} ms "
          f"({len(late)} most late shown; goal < 20 ms); CPU of this process p95 {p95(overdue_cpu):5.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = prepared(f"sqlite:///{tmp}/queue.db")
        fill(db, args.tasks)
        measure(db, "sqlite", args.repeat)
        db.dispose()
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = Database(PG)
    with admin.engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        db = prepared(f"{PG}?options=-csearch_path%3D{schema}")
        fill(db, args.tasks)
        measure(db, "postgresql", args.repeat)
        db.dispose()
    finally:
        with admin.engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
