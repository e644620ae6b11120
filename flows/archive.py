"""Archive transfer as a Prefect flow: when a period has closed, its package is made (once)."""

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from prefect import flow, task

from ..engine.records.archive import make_package, package_path
from ..engine.records.periods import last_closed
from ..ledger.db import Database
from ..ledger.policystore import current_policy, policies_in_force

CHINA = timezone(timedelta(hours=8))


@task(retries=2, retry_delay_seconds=[5, 30])
def transfer_closed_period(url: str | None, now: datetime, root: str | None, organisation_id: int) -> dict[str, Any]:
    """One organisation's package of its last closed period, made unless it exists already (not redone)."""
    db = Database(url)
    try:
        with db.transaction() as session:
            policy = current_policy(session, organisation_id)[1]
        period = last_closed(now.date(), policy.archive.period)
        folder = Path(root) if root is not None else None
        existing = package_path(policy, period, folder)
        if existing is not None:
            return {"period": period, "package": str(existing), "made": False}
        return {**make_package(db, period, folder, organisation_id=organisation_id), "made": True}
    finally:
        db.dispose()


@flow(name="sanshen-archive-transfer")
def archive_transfer(url: str | None = None, now: datetime | None = None, root: str | None = None,
                     ) -> dict[str, dict[str, Any]]:
    """Transfer each organisation's period that closed last to the archives (scheduled daily; idempotent per
    organisation and period): the outcome by organisation code."""
    db = Database(url)
    try:
        with db.transaction() as session:
            organisations = [(policy.organisation.code, organisation) for organisation, _, policy
                             in policies_in_force(session)]
    finally:
        db.dispose()
    moment = now or datetime.now(CHINA)
    return {code: transfer_closed_period(url, moment, root, organisation) for code, organisation in organisations}
