"""Mail delivery and the deadline sweep, as Prefect flows (each run handles a whole batch)."""

import asyncio
from dataclasses import asdict, replace
from datetime import datetime, timedelta, timezone
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.states import Failed

from ..engine.deadlines import sweep
from ..engine.statutory import statutory_sweep
from ..ledger.db import Database
from ..notifications.smtp import SmtpConfig, deliver

CHINA = timezone(timedelta(hours=8))


def smtp_config(secret_block: str | None) -> SmtpConfig:
    """SMTP settings from the environment; the password from a Prefect Secret block when one is named.

    Built inside the task, so the password is never a flow or task parameter (Prefect stores those).
    """
    config = SmtpConfig.from_env()
    if secret_block:
        from prefect.blocks.system import Secret

        secret = Secret.load(secret_block)
        config = replace(config, password=str(secret.get()))  # type: ignore[union-attr]
    return config


@task(retries=2, retry_delay_seconds=[5, 30])
def deliver_batch(url: str | None, now: datetime, limit: int, secret_block: str | None) -> dict[str, Any]:
    """One SMTP connection for the batch; failures are recorded per message by `deliver`."""
    db = Database(url)
    try:
        return asdict(asyncio.run(deliver(db, smtp_config(secret_block), now, limit)))
    finally:
        db.dispose()


class DeliveryFailed(Exception):
    """Some messages were not delivered: the run ends Failed, and the report says why."""

    def __init__(self, report: dict[str, Any]):
        super().__init__(f"{report['retried']} 封待重试、{report['parked']} 封搁置、{report['uncertain']} 封待核实："
                         + "；".join(report["errors"][:5]))
        self.report = report


@flow(name="sanshen-deliver-outbox")
def deliver_outbox(url: str | None = None, now: datetime | None = None, limit: int = 200,
                   smtp_secret_block: str | None = None, max_batches: int = 25) -> Any:
    """Deliver the pending outbox, batch after batch (SMTP settings: SANSHEN_SMTP_* or a Prefect Secret block).

    The run ends Failed, with the errors in its log, when a message was not delivered.
    """
    total: dict[str, Any] = {"sent": 0, "retried": 0, "parked": 0, "uncertain": 0, "errors": []}
    for _ in range(max_batches):
        report = deliver_batch(url, now or datetime.now(CHINA), limit, smtp_secret_block)
        for key in ("sent", "retried", "parked", "uncertain", "errors"):
            total[key] += report[key]
        if report["sent"] < limit or report["errors"]:
            break
    if total["retried"] or total["parked"] or total["uncertain"]:
        for error in total["errors"]:
            get_run_logger().error("邮件未投递：%s", error)
        return Failed(message="部分邮件未投递", data=DeliveryFailed(total))
    return total


def outcome(state: Any) -> dict[str, Any]:
    """The report of a finished delivery run, failed or not (for callers that pass return_state=True)."""
    result = state.result(raise_on_failure=False)
    if isinstance(result, DeliveryFailed):
        return result.report
    if isinstance(result, BaseException):
        raise result
    return dict(result)


@task
def sweep_task(url: str | None, now: datetime) -> dict[str, int]:
    db = Database(url)
    try:
        counts = sweep(db, now)
        with db.transaction() as session:
            return {**counts, **statutory_sweep(session, now)}
    finally:
        db.dispose()


@flow(name="sanshen-sweep-deadlines")
def sweep_deadlines(url: str | None = None, now: datetime | None = None) -> dict[str, int]:
    """Reminders before deadlines, escalations after them, the daily digests: each sent once."""
    return sweep_task(url, now or datetime.now(CHINA))
