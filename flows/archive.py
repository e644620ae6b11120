"""Archive transfer as a Prefect flow: when a period has closed, its package is made (once)."""

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from prefect import flow, task

from ..engine.records.archive import make_package, package_path
from ..engine.records.periods import last_closed
from ..ledger.db import Database
from ..ledger.policystore import current_policy

CHINA = timezone(timedelta(hours=8))


@task(retries=2, retry_delay_seconds=[5, 30])
def transfer_closed_period(url: str | None, now: datetime, root: str | None) -> dict[str, Any]:
    """The package of the last closed period, made unless it exists already (a transfer is not redone)."""
    db = Database(url)
    try:
        with db.transaction() as session:
            policy = current_policy(session)[1]
        period = last_closed(now.date(), policy.archive.period)
        folder = Path(root) if root is not None else None
        existing = package_path(policy, period, folder)
        if existing is not None:
            return {"period": period, "package": str(existing), "made": False}
        return {**make_package(db, period, folder), "made": True}
    finally:
        db.dispose()


@flow(name="sanshen-archive-transfer")
def archive_transfer(url: str | None = None, now: datetime | None = None, root: str | None = None) -> dict[str, Any]:
    """Transfer the period that closed last to the archives (scheduled daily; idempotent per period)."""
    return transfer_closed_period(url, now or datetime.now(CHINA), root)
