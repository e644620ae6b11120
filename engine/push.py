"""The push channel's jobs: written beside a publication or retraction, run by the dispatcher like any job."""

import os
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.db import Database
from ..ledger.policystore import current_policy
from ..notifications import push, site
from .site_store import LISTING, read_page
from .unit import stamp

JOBS = models.Job.__table__


def enqueue(session: Session, item_id: int, state: str, now: datetime) -> None:
    """A push job for this publication state, once, when the policy names a CMS to push to."""
    organisation = session.execute(select(models.Item.organisation_id).where(models.Item.id == item_id)).scalar_one()
    if current_policy(session, organisation)[1].channel.push is None:
        return
    dialect_insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(dialect_insert(JOBS).values(kind="push", item_id=item_id, key=f"push:{item_id}:{state}",
                                                status="pending", attempts=0, created_at=stamp(now))
                    .on_conflict_do_nothing())


def run_push(db: Database, item_id: int, now: datetime) -> str:
    """Send the item's stored page and its publication state to the CMS; raises when it is not accepted."""
    with db.transaction() as session:
        entry = session.execute(select(LISTING).where(LISTING.c.item_id == item_id)).one_or_none()
        organisation = session.execute(select(models.Item.organisation_id)
                                       .where(models.Item.id == item_id)).scalar_one()
        settings = current_policy(session, organisation)[1].channel.push
        page = read_page(session, organisation, site.item_path(item_id))
    if settings is None:
        return "skipped: no push channel in the policy"
    if entry is None or page is None:
        raise push.PushFailed(f"稿件 {item_id} 尚无已发布页面，无法推送")
    secret = os.environ.get(settings.secret_env)
    if not secret:
        raise push.PushFailed(f"推送密钥未设置：请在运行作业的机器上设置环境变量 {settings.secret_env}")
    state = "retracted" if entry.retracted_at else "published"
    message = push.PushMessage(entry.index_number, item_id, state, entry.title, entry.revision_hash,
                               entry.published_at, entry.retracted_at, page)
    status = push.send(settings.url, secret, message, settings.timeout_seconds)
    return f"pushed {state} ({status})"
