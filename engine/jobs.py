"""The jobs commands leave for the automated stages: claimed under a lease, finished, or parked.

On PostgreSQL, claiming uses FOR UPDATE SKIP LOCKED so that several workers run side by side;
on SQLite, the write transaction itself (BEGIN IMMEDIATE) serialises the claims. A job whose
worker died is claimed again once its lease has run out.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update

from ..ledger import models
from ..ledger.db import Database, is_postgres
from ..ledger.times import utc

JOBS = models.Job.__table__
MAX_ATTEMPTS = 5
LEASE = timedelta(minutes=5)


@dataclass(frozen=True)
class JobRef:
    id: int
    kind: str
    item_id: int
    key: str
    attempts: int


def claim(db: Database, worker: str, now: datetime, limit: int = 100, lease: timedelta = LEASE) -> list[JobRef]:
    """Take up to `limit` jobs that are pending, or running under a lease that has run out."""
    due = or_(JOBS.c.status == "pending", (JOBS.c.status == "running") & (JOBS.c.lease_until < utc(now)))
    query = select(JOBS.c.id, JOBS.c.kind, JOBS.c.item_id, JOBS.c.key, JOBS.c.attempts).where(due)
    query = query.order_by(JOBS.c.id).limit(limit)
    with db.transaction() as session:
        if is_postgres(db.engine):
            query = query.with_for_update(skip_locked=True)
        rows = session.execute(query).all()
        if rows:
            session.execute(update(JOBS).where(JOBS.c.id.in_([r.id for r in rows])).values(
                status="running", claimed_by=worker, lease_until=utc(now + lease), attempts=JOBS.c.attempts + 1))
    return [JobRef(r.id, r.kind, r.item_id, r.key, r.attempts + 1) for r in rows]


def finish(db: Database, job: JobRef, now: datetime) -> None:
    with db.transaction() as session:
        session.execute(update(JOBS).where(JOBS.c.id == job.id).values(
            status="done", finished_at=utc(now), lease_until=None, last_error=None))


def fail(db: Database, job: JobRef, error: str, now: datetime, max_attempts: int = MAX_ATTEMPTS) -> str:
    """Record a failure: the job waits for another try, or is parked after `max_attempts`."""
    status = "parked" if job.attempts >= max_attempts else "pending"
    with db.transaction() as session:
        session.execute(update(JOBS).where(JOBS.c.id == job.id).values(
            status=status, last_error=error[:4000], lease_until=None,
            finished_at=utc(now) if status == "parked" else None))
    return status


def retry_parked(db: Database, job_id: int) -> bool:
    """Put a parked job back in the queue (after the operator fixed its cause)."""
    with db.transaction() as session:
        changed = session.execute(update(JOBS).where(JOBS.c.id == job_id, JOBS.c.status == "parked").values(
            status="pending", attempts=0)).rowcount
    return changed == 1


def unfinished(db: Database) -> list[dict[str, Any]]:
    """Jobs that are not done: pending, running and parked, with their last error."""
    with db.transaction() as session:
        rows = session.execute(select(JOBS).where(JOBS.c.status != "done").order_by(JOBS.c.id)).all()
    return [{"id": r.id, "kind": r.kind, "item_id": r.item_id, "status": r.status, "attempts": r.attempts,
             "claimed_by": r.claimed_by, "lease_until": r.lease_until, "last_error": r.last_error,
             "created_at": r.created_at} for r in rows]
