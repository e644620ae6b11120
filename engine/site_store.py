"""Each organisation's published site kept in the database: rendered pages, the index's listing, their upkeep.

Every row is keyed by organisation: an organisation's index and feed list its own publications only.
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
ORGANISATIONS = models.Organisation.__table__


def content_hash(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def put_page(session: Session, organisation: int, path: str, content: str, now: datetime) -> bool:
    """Store a rendered file under its path in an organisation's site; False when the stored one is the same."""
    digest = content_hash(content)
    stored = session.execute(select(PAGES.c.content_hash).where(
        PAGES.c.organisation_id == organisation, PAGES.c.path == path)).scalar_one_or_none()
    if stored == digest:
        return False
    dialect_insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    values = {"content": content, "content_hash": digest, "updated_at": stamp(now)}
    session.execute(dialect_insert(PAGES).values(organisation_id=organisation, path=path, **values)
                    .on_conflict_do_update(index_elements=["organisation_id", "path"], set_=values))
    return True


def read_page(session: Session, organisation: int, path: str) -> str | None:
    """The stored file at a path of an organisation's site (for the web app and exports), or None."""
    return session.execute(select(PAGES.c.content).where(
        PAGES.c.organisation_id == organisation, PAGES.c.path == path)).scalar_one_or_none()


def lock_listing(session: Session, organisation: int) -> None:
    """Serialise the upkeep of one organisation's listing: on PostgreSQL a transaction lock per organisation
    (publications of different organisations do not wait for each other); SQLite's write transaction already is one."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext('sanshen-site:' || current_schema()), :org)"),
                        {"org": organisation})


def listed(session: Session, item_id: int) -> bool:
    return session.execute(select(LISTING.c.seq).where(LISTING.c.item_id == item_id)).first() is not None


def add_listing(session: Session, organisation: int, entry: dict[str, object], now: datetime) -> int:
    """Number a new publication in its organisation's index and render what it changes; the caller holds the lock."""
    seq = int(session.execute(select(func.coalesce(func.max(LISTING.c.seq), 0))
                              .where(LISTING.c.organisation_id == organisation)).scalar_one()) + 1
    session.execute(LISTING.insert().values(organisation_id=organisation, seq=seq, **entry))
    page = site.page_of(seq)
    render_listing(session, organisation, page, page, now)
    if page > 1 and seq == (page - 1) * site.PAGE_SIZE + 1:
        render_listing(session, organisation, page - 1, page, now)  # its link to the newer page appears
    return seq


def retract_listing(session: Session, item_id: int, when: str, now: datetime) -> None:
    """Mark a publication retracted in its organisation's index (it leaves the feed) and render what that changes."""
    organisation, seq = session.execute(select(LISTING.c.organisation_id, LISTING.c.seq)
                                        .where(LISTING.c.item_id == item_id)).one()
    lock_listing(session, organisation)
    session.execute(update(LISTING).where(LISTING.c.item_id == item_id).values(retracted_at=when))
    render_listing(session, organisation, site.page_of(seq), last_page(session, organisation), now)


def last_page(session: Session, organisation: int) -> int:
    top = session.execute(select(func.max(LISTING.c.seq)).where(LISTING.c.organisation_id == organisation)).scalar_one()
    return site.page_of(int(top)) if top else 0


def render_listing(session: Session, organisation: int, page: int, last: int, now: datetime) -> int:
    """Render one page of an organisation's index, its `index.html` and its feed; how many files changed."""
    policy = current_policy(session, organisation)[1]
    name, base_url, own = policy.organisation.name, policy.organisation.base_url, policy.templates
    first = (page - 1) * site.PAGE_SIZE + 1
    mine = LISTING.c.organisation_id == organisation
    on_page = _entries(session, mine & (LISTING.c.seq >= first) & (LISTING.c.seq < first + site.PAGE_SIZE),
                       site.PAGE_SIZE)
    latest = _entries(session, mine, site.PAGE_SIZE)
    in_feed = _entries(session, mine & LISTING.c.retracted_at.is_(None), site.FEED_SIZE)
    return sum([put_page(session, organisation, site.list_path(page), site.list_page(on_page, name, page, last, own),
                         now),
                put_page(session, organisation, "index.html", site.index_page(latest, name, last, own), now),
                put_page(session, organisation, "feed.xml",
                         site.atom_feed(in_feed, name, base_url, _feed_updated(in_feed, latest, now), own), now)])


def _feed_updated(in_feed: list[site.Entry], latest: list[site.Entry], now: datetime) -> str:
    """The feed's date: its newest entry's (or the latest retraction's), so rendering it again changes nothing."""
    moments = [e.published_at for e in in_feed] + [e.retracted_at for e in latest if e.retracted_at]
    return max(moments, default=stamp(now))


def _entries(session: Session, where, limit: int) -> list[site.Entry]:  # type: ignore[no-untyped-def]
    rows = session.execute(select(LISTING.c.item_id, LISTING.c.title, LISTING.c.index_number, LISTING.c.disclosure,
                                  LISTING.c.published_at, LISTING.c.retracted_at, LISTING.c.pair_mark)
                           .where(where).order_by(LISTING.c.seq.desc()).limit(limit)).all()
    return [site.Entry(*row) for row in rows]


def site_file(session: Session, path: str) -> str | None:
    """What the web app serves at /site/<path>: `<CODE>/<page>` of that organisation's site; on a platform of one
    organisation `<page>` of its site too; `index.html` of several, the list of their sites; else None."""
    code, _, rest = path.partition("/")
    if rest:
        owner = session.execute(select(ORGANISATIONS.c.id).where(ORGANISATIONS.c.code == code)).scalar()
        if owner is not None:
            return read_page(session, owner, rest)
    first = session.execute(select(ORGANISATIONS.c.id).order_by(ORGANISATIONS.c.id).limit(2)).scalars().all()
    if len(first) == 1:
        return read_page(session, first[0], path)
    if path == "index.html" and first:
        every = session.execute(select(ORGANISATIONS.c.code, ORGANISATIONS.c.name).order_by(ORGANISATIONS.c.code))
        return site.sites_page([(row.code, row.name) for row in every])
    return None
