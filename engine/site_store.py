"""The published site kept in the database: rendered pages, the index's listing, and their upkeep.

Any worker on any machine publishes into the same tables; exports copy them to a directory. A
publication renders its own page, the index page that lists it, `index.html` and the feed, all of
fixed size, so it costs the same at 100 and at 1,000,000 earlier publications.
"""

import hashlib
from datetime import datetime

from sqlalchemy import func, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.policystore import current_policy
from ..notifications import site
from .unit import stamp

PAGES, LISTING = models.SitePage.__table__, models.SiteListing.__table__


def content_hash(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def put_page(session: Session, path: str, content: str, now: datetime) -> bool:
    """Store a rendered file under its site path; False when the stored one is already the same."""
    digest = content_hash(content)
    stored = session.execute(select(PAGES.c.content_hash).where(PAGES.c.path == path)).scalar_one_or_none()
    if stored == digest:
        return False
    dialect_insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    values = {"content": content, "content_hash": digest, "updated_at": stamp(now)}
    session.execute(dialect_insert(PAGES).values(path=path, **values)
                    .on_conflict_do_update(index_elements=["path"], set_=values))
    return True


def read_page(session: Session, path: str) -> str | None:
    """The stored file at a site path (for the web app and exports), or None."""
    return session.execute(select(PAGES.c.content).where(PAGES.c.path == path)).scalar_one_or_none()


def lock_listing(session: Session) -> None:
    """Serialise the listing's upkeep: on PostgreSQL a transaction lock; SQLite's write transaction already is one."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext('sanshen-site:' || current_schema()))"))


def listed(session: Session, item_id: int) -> bool:
    return session.execute(select(LISTING.c.seq).where(LISTING.c.item_id == item_id)).first() is not None


def add_listing(session: Session, entry: dict[str, object], now: datetime) -> int:
    """Number a new publication in the index and render what it changes; the caller holds the lock."""
    seq = int(session.execute(select(func.coalesce(func.max(LISTING.c.seq), 0))).scalar_one()) + 1
    session.execute(LISTING.insert().values(seq=seq, **entry))
    page = site.page_of(seq)
    render_listing(session, page, page, now)
    if page > 1 and seq == (page - 1) * site.PAGE_SIZE + 1:
        render_listing(session, page - 1, page, now)  # its link to the newer page appears
    return seq


def retract_listing(session: Session, item_id: int, when: str, now: datetime) -> None:
    """Mark a publication retracted in the index (it leaves the feed) and render what that changes."""
    lock_listing(session)
    session.execute(update(LISTING).where(LISTING.c.item_id == item_id).values(retracted_at=when))
    seq = session.execute(select(LISTING.c.seq).where(LISTING.c.item_id == item_id)).scalar_one()
    render_listing(session, site.page_of(seq), last_page(session), now)


def last_page(session: Session) -> int:
    top = session.execute(select(func.max(LISTING.c.seq))).scalar_one()
    return site.page_of(int(top)) if top else 0


def render_listing(session: Session, page: int, last: int, now: datetime) -> None:
    """Render one page of the index, `index.html` and the feed from the listing."""
    policy = current_policy(session)[1]
    name, base_url = policy.organisation.name, policy.organisation.base_url
    first = (page - 1) * site.PAGE_SIZE + 1
    on_page = _entries(session, (LISTING.c.seq >= first) & (LISTING.c.seq < first + site.PAGE_SIZE), site.PAGE_SIZE)
    put_page(session, site.list_path(page), site.list_page(on_page, name, page, last), now)
    latest = _entries(session, LISTING.c.seq > 0, site.PAGE_SIZE)
    put_page(session, "index.html", site.index_page(latest, name, last), now)
    in_feed = _entries(session, LISTING.c.retracted_at.is_(None), site.FEED_SIZE)
    put_page(session, "feed.xml", site.atom_feed(in_feed, name, base_url, stamp(now)), now)


def _entries(session: Session, where, limit: int) -> list[site.Entry]:  # type: ignore[no-untyped-def]
    rows = session.execute(select(LISTING.c.item_id, LISTING.c.title, LISTING.c.index_number, LISTING.c.disclosure,
                                  LISTING.c.published_at, LISTING.c.retracted_at, LISTING.c.pair_mark)
                           .where(where).order_by(LISTING.c.seq.desc()).limit(limit)).all()
    return [site.Entry(*row) for row in rows]
