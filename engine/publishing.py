"""Publication: the 索引号, the page kept in the database, the index and feed, the push channel, retraction.

Each step is idempotent per item, so a publish job that runs twice changes nothing the second time.
"""

from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.chain import text_hash
from ..ledger.db import Database, is_postgres
from ..ledger.policystore import current_policy
from ..notifications import site
from . import push, site_store
from .handlers import Engine
from .unit import ITEMS, REVISIONS, load, stamp

COUNTERS, PUBLICATIONS = models.IndexCounter.__table__, models.Publication.__table__
DEPARTMENTS = models.Department.__table__


def reserve_index_number(db: Database, item_id: int, now: datetime) -> str:
    """The item's 索引号 ({organisation code}-{year}-{serial}); assigned once, kept across retries, never reused."""
    with db.transaction() as session:
        existing = session.execute(select(ITEMS.c.index_number).where(ITEMS.c.id == item_id)).scalar_one()
        if existing:
            return str(existing)
        _, policy = current_policy(session)
        prefix, year = policy.organisation.code, now.year
        dialect_insert = pg_insert if is_postgres(db.engine) else sqlite_insert
        session.execute(dialect_insert(COUNTERS).values(prefix=prefix, year=year, last=0).on_conflict_do_nothing())
        serial = session.execute(update(COUNTERS).where(COUNTERS.c.prefix == prefix, COUNTERS.c.year == year)
                                 .values(last=COUNTERS.c.last + 1).returning(COUNTERS.c.last)).scalar_one()
        number = f"{prefix}-{year}-{serial:05d}"
        session.execute(update(ITEMS).where(ITEMS.c.id == item_id).values(index_number=number))
        return number


def publish(db: Database, item_id: int, now: datetime) -> str:
    """Record the approved revision's publication, then its page and index lines; 'published' or why not.

    The page is stored in the database (site_pages), so whichever worker runs the job, every export has it.
    A job that died after the publication was recorded finishes the page and the listing when run again.
    """
    with db.transaction() as session:
        stage = session.execute(select(ITEMS.c.stage).where(ITEMS.c.id == item_id)).scalar_one_or_none()
    if stage == "published":
        return "published" if _complete(db, item_id, now) else "skipped: already published"
    if stage != "publishing":
        return f"skipped: item is {stage}"
    with db.transaction() as session:
        approved = load(session, item_id).rules.revision or ""  # the ledger's, refused if the row disagrees
    number = reserve_index_number(db, item_id, now)
    with db.transaction() as session:
        page = _page_item(session, item_id, approved, number, stamp(now))  # refuses a text changed since approval
    Engine(db).deliver(item_id, number, site.item_path(item_id), page.revision_hash, now)
    _complete(db, item_id, now)
    return "published"


def _complete(db: Database, item_id: int, now: datetime) -> bool:
    """Store the page of a recorded publication and list it (once); False when that was already done."""
    with db.transaction() as session:
        site_store.lock_listing(session)
        if site_store.listed(session, item_id):
            return False
        page = _published(session, item_id)
        site_store.put_page(session, site.item_path(item_id), site.item_page(page, _organisation(session)), now)
        site_store.add_listing(session, _listing_entry(page), now)
        push.enqueue(session, item_id, "published", now)
    return True


def retract_page(db: Database, item_id: int, now: datetime) -> str:
    """Replace a retracted item's page by a notice (撤稿说明) and take it out of the feed."""
    with db.transaction() as session:
        item = session.execute(select(ITEMS.c.stage, ITEMS.c.index_number).where(ITEMS.c.id == item_id)).one()
        if item.stage != "retracted" or not item.index_number:
            return f"skipped: item is {item.stage}"
        reason = session.execute(select(models.Event.opinion).where(
            models.Event.item_id == item_id, models.Event.event == "retract")).scalar_one()
        session.execute(update(PUBLICATIONS).where(PUBLICATIONS.c.item_id == item_id,
                                                   PUBLICATIONS.c.retracted_at.is_(None))
                        .values(retracted_at=stamp(now), retract_reason=reason))
        page = _published(session, item_id)
        site_store.put_page(session, site.item_path(item_id), site.notice_page(page, _organisation(session)), now)
        site_store.retract_listing(session, item_id, page.retracted_at or stamp(now), now)
        push.enqueue(session, item_id, "retracted", now)
    return "retracted"


def _organisation(session: Session) -> str:
    return current_policy(session)[1].organisation.name


def _listing_entry(page: site.PageItem) -> dict[str, object]:
    return {"item_id": page.item_id, "index_number": page.index_number, "title": page.title,
            "disclosure": page.disclosure, "department": page.department, "revision_hash": page.revision_hash,
            "published_at": page.published_at, "retracted_at": page.retracted_at}


def _page_item(session: Session, item_id: int, approved: str, number: str, published_at: str) -> site.PageItem:
    """The page of the approved revision: its own title and body, which must still have the approved hash."""
    row = session.execute(
        select(REVISIONS.c.title, ITEMS.c.disclosure, REVISIONS.c.hash.label("revision_hash"), REVISIONS.c.body,
               DEPARTMENTS.c.name)
        .join(REVISIONS, (REVISIONS.c.item_id == ITEMS.c.id) & (REVISIONS.c.hash == approved))
        .join(DEPARTMENTS, DEPARTMENTS.c.id == ITEMS.c.department_id)
        .where(ITEMS.c.id == item_id).order_by(REVISIONS.c.number.desc()).limit(1)).one()
    if text_hash(row.title, row.body) != row.revision_hash:
        raise TamperedRevision(f"稿件 {item_id} 待发布版本的文字与审核通过的哈希不符，拒绝发布：请运行 sanshen verify 核查")
    return site.PageItem(item_id, row.title, row.body, number, row.disclosure, published_at, row.revision_hash,
                         row.name)


class TamperedRevision(RuntimeError):
    """The text about to be published is not the text that was approved: the job fails and is parked."""


def _published(session: Session, item_id: int) -> site.PageItem:
    pub = session.execute(select(PUBLICATIONS).where(PUBLICATIONS.c.item_id == item_id)).one()
    page = _page_item(session, item_id, pub.revision_hash, pub.index_number, pub.published_at)
    return site.PageItem(**{**page.__dict__, "retracted_at": pub.retracted_at, "retract_reason": pub.retract_reason})


__all__ = ["insert", "publish", "reserve_index_number", "retract_page"]
