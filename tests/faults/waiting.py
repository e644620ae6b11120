"""Waiting for a condition on the database (bounded), never for a length of time."""

import time

from sqlalchemy import text

from sanshen.ledger.db import Database

LIMIT = 60.0


def wait_for_lock_waiters(db: Database, application_name: str, waiters: int) -> None:
    """Until `waiters` backends of this application name wait for a lock (PostgreSQL); fail after LIMIT s."""
    deadline = time.monotonic() + LIMIT
    while time.monotonic() < deadline:
        with db.engine.connect() as conn:
            found = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :name "
                                      "AND wait_event_type = 'Lock'"), {"name": application_name}).scalar_one()
        if found >= waiters:
            return
        time.sleep(0.02)  # polling a condition, not timing an assertion
    raise AssertionError(f"{waiters} backends of {application_name} never waited for the lock")


def wait_until(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    """Poll `condition()` until it holds; fail after LIMIT s."""
    deadline = time.monotonic() + LIMIT
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.01)  # polling a condition, not timing an assertion
    raise AssertionError(f"never happened: {what}")
