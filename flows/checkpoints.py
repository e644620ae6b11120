"""The scheduled checkpoint: sign the ledger as it stands, publish it, then verify the ledger against it."""

from datetime import datetime, timedelta, timezone
from typing import Any

from prefect import flow, task

from ..engine.checkpoints import make_checkpoint, verify_checkpoint
from ..ledger import signing
from ..ledger.db import Database

CHINA = timezone(timedelta(hours=8))


def checkpoint_key(secret_block: str | None) -> Any:
    """The private key from its file (SANSHEN_CHECKPOINT_KEY), or from a Prefect Secret block holding its PEM.

    Read inside the task, so the key is never a flow or task parameter (Prefect stores those).
    """
    if not secret_block:
        return signing.load_key(signing.key_path())
    from prefect.blocks.system import Secret

    return signing.private_key_of(str(Secret.load(secret_block).get()).encode())  # type: ignore[union-attr]


@task
def checkpoint_and_verify(url: str | None, now: datetime, secret_block: str | None) -> dict[str, Any]:
    db = Database(url)
    try:
        key = checkpoint_key(secret_block)
        signed = make_checkpoint(db, key, now)
        report = verify_checkpoint(db, signed.id, key.public_key(), now)
        return {**signed.to_dict(), "verified": report["ok"], "problems": len(report["problems"])}
    finally:
        db.dispose()


@flow(name="sanshen-checkpoint")
def checkpoint(url: str | None = None, now: datetime | None = None,
               key_secret_block: str | None = None) -> dict[str, Any]:
    """A signed checkpoint of the whole ledger, published with the site, and a full verify against it."""
    return checkpoint_and_verify(url, now or datetime.now(CHINA), key_secret_block)
