"""Publication to the static website channel: the 索引号, the page, the index and feed, retraction.

Each step is idempotent per item, so a publish job that runs twice changes nothing the second time.
"""

import os
import tempfile
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.chain import text_hash
from ..ledger.db import Database, is_postgres
from ..ledger.policystore import current_policy
from ..notifications import site
from .handlers import Engine
from .unit import ITEMS, REVISIONS, load, stamp

COUNTERS, PUBLICATIONS = models.IndexCounter.__table__, models.Publication.__table__
DEPARTMENTS = models.Department.__table__
PUBLISHED_FILE, PUBLISHED_FOLDER = 0o644, 0o755


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


def publish(db: Database, item_id: int, now: datetime, root: Path | None = None) -> str:
    """Write the approved revision's page, then record the publication; 'published' or why not."""
    with db.transaction() as session:
        stage = session.execute(select(ITEMS.c.stage).where(ITEMS.c.id == item_id)).scalar_one_or_none()
    if stage != "publishing":
        return f"skipped: item is {stage}"
    with db.transaction() as session:
        approved = load(session, item_id).rules.revision or ""  # the ledger's, refused if the row disagrees
    number = reserve_index_number(db, item_id, now)
    with db.transaction() as session:
        policy_root = _site_root(session, root)
        page = _page_item(session, item_id, approved, number, stamp(now))
        organisation = current_policy(session)[1].organisation.name
    path = policy_root / "items" / f"{item_id}.html"
    _write_atomically(path, site.item_page(page, organisation))
    Engine(db).deliver(item_id, number, str(path), page.revision_hash, now)
    rebuild_index(db, now, root)
    return "published"


def retract_page(db: Database, item_id: int, now: datetime, root: Path | None = None) -> str:
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
        policy_root = _site_root(session, root)
        page = _published(session, item_id)
        organisation = current_policy(session)[1].organisation.name
    _write_atomically(policy_root / "items" / f"{item_id}.html", site.notice_page(page, organisation))
    rebuild_index(db, now, root)
    return "retracted"


def rebuild_index(db: Database, now: datetime, root: Path | None = None) -> None:
    """Regenerate the index page and the Atom feed from the publications table."""
    with db.transaction() as session:
        policy = current_policy(session)[1]
        policy_root = _site_root(session, root)
        ids = session.execute(select(PUBLICATIONS.c.item_id).order_by(PUBLICATIONS.c.published_at.desc())).scalars()
        items = [_published(session, item_id) for item_id in ids]
    name = policy.organisation.name
    _write_atomically(policy_root / "index.html", site.index_page(items, name))
    _write_atomically(policy_root / "feed.xml", site.atom_feed(items, name, policy.organisation.base_url, stamp(now)))


def _site_root(session: Session, root: Path | None) -> Path:
    return root if root is not None else Path(current_policy(session)[1].channel.path)


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


def _write_atomically(path: Path, text: str) -> None:
    """Replace the file at once; published files are world-readable (0644, folders 0755) whatever the umask."""
    _make_folders(path.parent)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    os.fchmod(handle, PUBLISHED_FILE)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, path)


def _make_folders(folder: Path) -> None:
    """Create the folder and its missing parents readable by a web server running as another user."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    for created in missing:
        os.chmod(created, PUBLISHED_FOLDER)


__all__ = ["insert", "publish", "rebuild_index", "reserve_index_number", "retract_page"]
