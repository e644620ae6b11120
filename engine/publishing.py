"""Publication to the static website channel: the 索引号, the page, the index and feed, retraction.

Each step is idempotent per item, so a publish job that runs twice changes nothing the second time.
"""

import hashlib
import os
import tempfile
from collections.abc import Callable
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
from ..policies.config import Policy
from .handlers import Engine
from .jobs import JobRef, hold
from .records import pairs
from .unit import ITEMS, REVISIONS, load, stamp

COUNTERS, PUBLICATIONS = models.IndexCounter.__table__, models.Publication.__table__
DEPARTMENTS = models.Department.__table__
PUBLISHED_FILE, PUBLISHED_FOLDER = 0o644, 0o755


def reserve_index_number(db: Database, item_id: int, now: datetime, claim: JobRef | None = None) -> str:
    """The item's 索引号 ({organisation code}-{year}-{serial}); assigned once, kept across retries, never reused.

    The item's row is locked (FOR UPDATE on PostgreSQL; SQLite's write transaction serialises) before it is
    read, so two reservations for one item cannot both take a serial; and the job's claim must still hold.
    """
    with db.transaction() as session:
        hold(session, claim, now)
        existing, organisation = session.execute(select(ITEMS.c.index_number, ITEMS.c.organisation_id)
                                                 .where(ITEMS.c.id == item_id).with_for_update()).one()
        if existing:
            return str(existing)
        _, policy = current_policy(session, organisation)
        prefix, year = policy.organisation.code, now.year
        dialect_insert = pg_insert if is_postgres(db.engine) else sqlite_insert
        session.execute(dialect_insert(COUNTERS).values(organisation_id=organisation, prefix=prefix, year=year, last=0)
                        .on_conflict_do_nothing())
        serial = session.execute(update(COUNTERS).where(COUNTERS.c.organisation_id == organisation,
                                                        COUNTERS.c.prefix == prefix, COUNTERS.c.year == year)
                                 .values(last=COUNTERS.c.last + 1).returning(COUNTERS.c.last)).scalar_one()
        number = f"{prefix}-{year}-{serial:05d}"
        session.execute(update(ITEMS).where(ITEMS.c.id == item_id).values(index_number=number))
        return number


def publish(db: Database, item_id: int, now: datetime, root: Path | None = None, claim: JobRef | None = None,
            clock: Callable[[], datetime] | None = None) -> str:
    """Write the approved revision's page, then record the publication; 'published' or why not.

    `claim`: the job this runs for; each write checks it still holds. `clock`: the moment of each write
    (the run's start plus the time elapsed), so the page and the ledger say when it really happened.
    A policy document and its interpretation are published together (三同步): one job writes both
    pages, linked both ways, and records both publications at one moment; the first of the two to
    reach 发布中 waits there for the other.
    """
    moment = clock or (lambda: now)
    with db.reading() as session:
        stage = session.execute(select(ITEMS.c.stage).where(ITEMS.c.id == item_id)).scalar_one_or_none()
        if stage != "publishing":
            return f"skipped: item is {stage}"
        group = pairs.publication_group(session, item_id)
        if isinstance(group, str):
            return f"waiting: {group}"
        approved = {member: _approved_revision(session, member) for member in group}
        organisation_id = session.execute(select(ITEMS.c.organisation_id).where(ITEMS.c.id == item_id)).scalar_one()
        policy = current_policy(session, organisation_id)[1]
    numbers = {member: reserve_index_number(db, member, moment(), claim) for member in group}
    at = moment()
    with db.reading() as session:
        policy_root = _site_root(policy, root)
        pages = {m: _page_item(session, m, approved[m], numbers[m], stamp(at)) for m in group}
        pages = pairs.linked(session, pages)
        organisation = policy.organisation.name
    paths = {m: policy_root / "items" / f"{m}.html" for m in group}
    texts = {m: site.item_page(pages[m], organisation) for m in group}
    with db.transaction() as session:
        hold(session, claim, at)  # the pages are files, outside the transaction: the claim is checked just before
    for member in group:
        _write_atomically(paths[member], texts[member])
    if len(group) == 1:
        Engine(db).deliver(item_id, numbers[item_id], str(paths[item_id]), pages[item_id].revision_hash, at,
                           page_hash=page_digest(texts[item_id]), claim=claim)
    else:
        Engine(db).deliver_together([(m, numbers[m], str(paths[m]), pages[m].revision_hash, page_digest(texts[m]))
                                     for m in group], at, claim=claim)
    rebuild_index(db, moment(), root, organisation_id)
    return "published"


def page_digest(text: str) -> str:
    """The SHA-256 of a page as written (UTF-8): recorded with the publication, compared by verify."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _approved_revision(session: Session, item_id: int) -> str:
    """The revision the ledger approved; an item that is not proactively disclosed is refused, never published."""
    loaded = load(session, item_id)  # refused if the row disagrees with its ledger
    row_disclosure = session.execute(select(ITEMS.c.disclosure).where(ITEMS.c.id == item_id)).scalar_one()
    if loaded.rules.disclosure != "proactive" or row_disclosure != "proactive":
        raise NotPublishable(f"稿件 {item_id} 不是主动公开的信息，拒绝发布到公开渠道（not_proactive）")
    return loaded.rules.revision or ""


class NotPublishable(RuntimeError):
    """An item that may not reach a public channel (依申请公开, 不予公开): the job fails and is parked."""


def retract_page(db: Database, item_id: int, now: datetime, root: Path | None = None,
                 claim: JobRef | None = None) -> str:
    """Replace a retracted item's page by a notice (撤稿说明) and take it out of the feed."""
    with db.transaction() as session:
        hold(session, claim, now)
        item = session.execute(select(ITEMS.c.stage, ITEMS.c.index_number, ITEMS.c.organisation_id)
                               .where(ITEMS.c.id == item_id)).one()
        if item.stage != "retracted" or not item.index_number:
            return f"skipped: item is {item.stage}"
        reason = session.execute(select(models.Event.opinion).where(
            models.Event.item_id == item_id, models.Event.event == "retract")).scalar_one()
        session.execute(update(PUBLICATIONS).where(PUBLICATIONS.c.item_id == item_id,
                                                   PUBLICATIONS.c.retracted_at.is_(None))
                        .values(retracted_at=stamp(now), retract_reason=reason))
        policy = current_policy(session, item.organisation_id)[1]
        page = _published(session, item_id)
    _write_atomically(_site_root(policy, root) / "items" / f"{item_id}.html",
                      site.notice_page(page, policy.organisation.name))
    rebuild_index(db, now, root, item.organisation_id)
    return "retracted"


def rebuild_index(db: Database, now: datetime, root: Path | None = None, organisation: int = 1) -> None:
    """Regenerate an organisation's index page and Atom feed from its publications."""
    with db.reading() as session:
        policy = current_policy(session, organisation)[1]
        policy_root = _site_root(policy, root)
        ids = session.execute(select(PUBLICATIONS.c.item_id).where(PUBLICATIONS.c.organisation_id == organisation)
                              .order_by(PUBLICATIONS.c.published_at.desc())).scalars()
        items = [_published(session, item_id) for item_id in ids]
    name = policy.organisation.name
    _write_atomically(policy_root / "index.html", site.index_page(items, name))
    _write_atomically(policy_root / "feed.xml", site.atom_feed(items, name, policy.organisation.base_url, stamp(now)))


def _site_root(policy: Policy, root: Path | None) -> Path:
    """The organisation's site: its channel's folder (a root given by the caller holds one organisation)."""
    return root if root is not None else Path(policy.channel.path)


def _page_item(session: Session, item_id: int, approved: str, number: str, published_at: str) -> site.PageItem:
    """The page of the approved revision: its own title and body, which must still have the approved hash."""
    row = session.execute(
        select(REVISIONS.c.title, ITEMS.c.disclosure, REVISIONS.c.hash.label("revision_hash"), REVISIONS.c.body,
               DEPARTMENTS.c.name)
        .join(REVISIONS, (REVISIONS.c.item_id == ITEMS.c.id) & (REVISIONS.c.hash == approved))
        .join(DEPARTMENTS, (DEPARTMENTS.c.id == ITEMS.c.department_id)
              & (DEPARTMENTS.c.organisation_id == ITEMS.c.organisation_id))
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
    page = pairs.linked(session, {item_id: page})[item_id]
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


def page_of(session: Session, item_id: int) -> str:
    """The page of a published item as its channel shows it (the notice, once retracted)."""
    page = _published(session, item_id)
    organisation = current_policy(session)[1].organisation.name
    return site.notice_page(page, organisation) if page.retracted_at else site.item_page(page, organisation)
