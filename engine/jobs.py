"""The jobs commands leave for the automated stages: claimed under a lease, finished, or parked.

On PostgreSQL, claiming uses FOR UPDATE SKIP LOCKED so that several workers run side by side;
on SQLite, the write transaction itself (BEGIN IMMEDIATE) serialises the claims. A claim is a
lease with a token of its own: a live worker renews it (its heartbeat, `renew`), a dead one loses
it when the lease runs out, and every write a job makes checks, in its own transaction, that this
claim still holds (`hold`): a worker that stalled past its lease and lost the job to another
writes nothing more, and its finish or failure is not recorded.
"""

import contextlib
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.db import Database, is_postgres
from ..ledger.times import utc
from ..policies.scope import Scope
from .errors import Conflict
from .org_scope import within

JOBS = models.Job.__table__
MAX_ATTEMPTS = 5
LEASE = timedelta(seconds=60)


def lease_from_env() -> timedelta:
    """The job lease: SANSHEN_JOB_LEASE_SECONDS, 60 s by default (renewed every third of it while the worker lives)."""
    return timedelta(seconds=float(os.environ.get("SANSHEN_JOB_LEASE_SECONDS", LEASE.total_seconds())))


@dataclass(frozen=True)
class JobRef:
    id: int
    kind: str
    item_id: int
    key: str
    attempts: int
    token: str = ""  # the claim: who holds the job, unique to this claim


class LostClaim(Conflict):
    """This worker's lease ran out and another worker took the job: nothing more is written for it."""


def claim(db: Database, worker: str, now: datetime, limit: int = 100, lease: timedelta = LEASE) -> list[JobRef]:
    """Take up to `limit` jobs that are pending, or running under a lease that has run out."""
    due = or_(JOBS.c.status == "pending", (JOBS.c.status == "running") & (JOBS.c.lease_until < utc(now)))
    query = select(JOBS.c.id, JOBS.c.kind, JOBS.c.item_id, JOBS.c.key, JOBS.c.attempts).where(due)
    query = query.order_by(JOBS.c.id).limit(limit)
    token = f"{worker}/{uuid.uuid4().hex[:12]}"
    with db.transaction() as session:
        if is_postgres(db.engine):
            query = query.with_for_update(skip_locked=True)
        rows = session.execute(query).all()
        if rows:
            session.execute(update(JOBS).where(JOBS.c.id.in_([r.id for r in rows])).values(
                status="running", claimed_by=token, lease_until=utc(now + lease), attempts=JOBS.c.attempts + 1))
    return [JobRef(r.id, r.kind, r.item_id, r.key, r.attempts + 1, token) for r in rows]


def _held(job: JobRef) -> Any:
    return (JOBS.c.id == job.id) & (JOBS.c.claimed_by == job.token) & (JOBS.c.status == "running")


def hold(session: Session, job: JobRef | None, now: datetime, lease: timedelta = LEASE) -> None:
    """In the caller's transaction: check that this claim still holds the job, and extend its lease.

    On PostgreSQL the UPDATE also locks the job's row until the transaction ends, so no other worker
    can claim it in between.
    """
    if job is None:
        return
    kept = session.connection().execute(update(JOBS).where(_held(job)).values(lease_until=utc(now + lease))).rowcount
    if kept != 1:
        raise LostClaim(f"作业 {job.key} 已被其他工作进程接管（本进程的租约已过期），本进程不再写入")


def renew(db: Database, token: str, now: datetime, lease: timedelta = LEASE) -> int:
    """The heartbeat: extend the lease of every job this claim still runs; how many."""
    with db.transaction() as session:
        return int(session.execute(update(JOBS).where(JOBS.c.claimed_by == token, JOBS.c.status == "running")
                                   .values(lease_until=utc(now + lease))).rowcount)


class Heartbeat:
    """A thread that renews a claim's lease every third of it, until stopped."""

    def __init__(self, db: Database, token: str, clock: Callable[[], datetime], lease: timedelta = LEASE):
        self.db, self.token, self.clock, self.lease = db, token, clock, lease
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._beat, name=f"heartbeat-{token}", daemon=True)

    def __enter__(self) -> "Heartbeat":
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stopped.set()
        self.thread.join()

    def _beat(self) -> None:
        while not self.stopped.wait(self.lease.total_seconds() / 3):
            try:
                renew(self.db, self.token, self.clock(), self.lease)
            except Exception:  # noqa: BLE001 - a missed beat is retried; the lease check guards every write
                continue


def release(db: Database, token: str) -> int:
    """Put back in the queue every job this claim still runs, the attempt not counted; how many."""
    with db.transaction() as session:
        return int(session.execute(update(JOBS).where(JOBS.c.claimed_by == token, JOBS.c.status == "running")
                                   .values(status="pending", claimed_by=None, lease_until=None,
                                           attempts=JOBS.c.attempts - 1)).rowcount)


@contextlib.contextmanager
def released_when_stopped(db: Database, token: str) -> Iterator[None]:
    """Around a claim's batch: when the process is told to stop (SIGTERM, Ctrl-C), give its jobs back at once.

    A stop is not a job's failure: the jobs go back to pending for the next worker instead of waiting
    for the lease to run out. A job whose work was committed before the stop is idempotent, so running
    it again changes nothing. A process killed outright (SIGKILL) cannot do this: its lease runs out.
    """
    try:
        yield
    except Exception:
        raise
    except BaseException:
        with contextlib.suppress(Exception):
            release(db, token)
        raise


def finish(db: Database, job: JobRef, now: datetime) -> bool:
    """Record the job done; False (nothing written) when this claim no longer holds it."""
    with db.transaction() as session:
        return bool(session.execute(update(JOBS).where(_held(job)).values(
            status="done", finished_at=utc(now), lease_until=None, last_error=None)).rowcount)


def fail(db: Database, job: JobRef, error: str, now: datetime, max_attempts: int = MAX_ATTEMPTS) -> str:
    """Record a failure: the job waits for another try, or is parked after `max_attempts`; 'lost' if not ours."""
    status = "parked" if job.attempts >= max_attempts else "pending"
    with db.transaction() as session:
        changed = session.execute(update(JOBS).where(_held(job)).values(
            status=status, last_error=error[:4000], lease_until=None,
            finished_at=utc(now) if status == "parked" else None)).rowcount
    return status if changed else "lost"


def retry_parked(db: Database, job_id: int, scope: Scope | None = None) -> bool:
    """Put a parked job of the scope's organisations back in the queue (after the operator fixed its cause)."""
    with db.transaction() as session:
        changed = session.execute(update(JOBS).where(JOBS.c.id == job_id, JOBS.c.status == "parked",
                                                     within(scope, JOBS.c.organisation_id)).values(
            status="pending", attempts=0, claimed_by=None, finished_at=None)).rowcount
    return changed == 1


def retry_all_parked(db: Database, scope: Scope | None = None) -> list[int]:
    """Put every parked job of the scope's organisations back in the queue; their ids."""
    with db.transaction() as session:
        ids = list(session.execute(select(JOBS.c.id).where(JOBS.c.status == "parked", within(
            scope, JOBS.c.organisation_id)).order_by(JOBS.c.id)).scalars())
        if ids:
            session.execute(update(JOBS).where(JOBS.c.id.in_(ids), JOBS.c.status == "parked").values(
                status="pending", attempts=0, claimed_by=None, finished_at=None))
    return ids


def unfinished(db: Database, scope: Scope | None = None) -> list[dict[str, Any]]:
    """Jobs of the scope's organisations that are not done: pending, running and parked, with their last error."""
    organisations = models.Organisation.__table__
    with db.reading() as session:
        rows = session.execute(select(JOBS, organisations.c.code.label("organisation"))
                               .join(organisations, organisations.c.id == JOBS.c.organisation_id)
                               .where(JOBS.c.status != "done", within(scope, JOBS.c.organisation_id))
                               .order_by(JOBS.c.id)).all()
    return [{"id": r.id, "organisation": r.organisation, "kind": r.kind, "item_id": r.item_id, "status": r.status, "attempts": r.attempts,
             "claimed_by": r.claimed_by, "lease_until": r.lease_until, "last_error": r.last_error,
             "created_at": r.created_at} for r in rows]
