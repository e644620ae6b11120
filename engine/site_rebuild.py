"""`sanshen site rebuild`: render an organisation's site into the database again, from the ledger.

For publications made before pages were kept in the database (a database of before migration 0006: their
lines are in the index, their pages are not) and after a template change. Each published item's page (or its
retraction notice) is rendered from the approved revision, whose text must still have its hash; then every
page of the index, `index.html` and the feed; a stored file the site no longer makes is removed (the next
export deletes it). Idempotent: a second run writes nothing. A run that changed something is recorded in
`site_rebuilds` (when, who, how many files, the templates' digest); verify accepts a page that differs from
the hash chained at its publication only when it is exactly what the templates make now.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from ..ledger import models
from ..ledger.db import Database
from ..ledger.policystore import current_policy
from ..notifications import site
from ..policies.scope import Scope
from . import site_store
from .errors import CommandError
from .publishing import complete, page_of
from .unit import stamp

LISTING, PAGES, PUBLICATIONS = site_store.LISTING, site_store.PAGES, models.Publication.__table__
CHUNK = 200


class RebuildRefused(CommandError):
    """Only the operator at the machine or a platform administrator re-renders a site."""


@dataclass
class Rebuilt:
    code: str
    written: int = 0
    unchanged: int = 0
    removed: int = 0

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "written": self.written, "unchanged": self.unchanged, "removed": self.removed}


def rebuild_sites(db: Database, scope: Scope, now: datetime, code: str | None = None) -> list[Rebuilt]:
    """Rebuild each organisation's site (only `code`'s when given); the scope must be the console or a platform admin."""
    if scope.organisation_id is not None or not scope.may_change:
        who = scope.username or "?"
        raise RebuildRefused(f"只有本机运维或平台管理员可以重建网站：{who} 无权重建（site_rebuild_operator_only）")
    with db.reading() as session:
        query = select(models.Organisation.id, models.Organisation.code).order_by(models.Organisation.code)
        found = session.execute(query if code is None else query.where(models.Organisation.code == code)).all()
    if code is not None and not found:
        raise LookupError(f"找不到单位 {code}")
    return [rebuild_site(db, organisation, its_code, scope.username or "console", now) for organisation, its_code in found]


def rebuild_site(db: Database, organisation: int, code: str, actor: str, now: datetime) -> Rebuilt:
    """Render one organisation's item pages, index pages and feed again; remove what the site no longer makes."""
    done = Rebuilt(code)
    _finish_unlisted(db, organisation, now)
    with db.reading() as session:
        items = list(session.execute(select(LISTING.c.item_id).where(LISTING.c.organisation_id == organisation)
                                     .order_by(LISTING.c.seq)).scalars())
    for start in range(0, len(items), CHUNK):
        with db.transaction() as session:
            for item_id in items[start:start + CHUNK]:
                _count(done, site_store.put_page(session, organisation, site.item_path(item_id),
                                                 page_of(session, item_id), now))
    with db.transaction() as session:
        site_store.lock_listing(session, organisation)
        last = site_store.last_page(session, organisation)
        written = sum(site_store.render_listing(session, organisation, page, last, now) for page in range(1, last + 1))
        done.written, done.unchanged = done.written + written, done.unchanged + (last + 2 if last else 0) - written
        done.removed = _remove_what_the_site_no_longer_makes(session, organisation, items, last)
        if done.written or done.removed:
            session.execute(models.SiteRebuild.__table__.insert().values(
                organisation_id=organisation, at=stamp(now), actor=actor, written=done.written,
                unchanged=done.unchanged, templates=site.templates_digest(current_policy(session, organisation)[1].templates)))
    return done


def _count(done: Rebuilt, written: bool) -> None:
    if written:
        done.written += 1
    else:
        done.unchanged += 1


def _finish_unlisted(db: Database, organisation: int, now: datetime) -> None:
    """A recorded publication of the organisation that the index does not list yet gets its page and line."""
    with db.reading() as session:
        unlisted = list(session.execute(
            select(PUBLICATIONS.c.item_id).where(PUBLICATIONS.c.organisation_id == organisation,
                                                 PUBLICATIONS.c.item_id.not_in(select(LISTING.c.item_id)))
            .order_by(PUBLICATIONS.c.published_at, PUBLICATIONS.c.item_id)).scalars())
    for item_id in unlisted:
        complete(db, item_id, now)


def _remove_what_the_site_no_longer_makes(session, organisation: int, items: list[int], last: int) -> int:  # type: ignore[no-untyped-def]
    made = {"index.html", "feed.xml"} | {site.item_path(i) for i in items} | {site.list_path(p) for p in range(1, last + 1)}
    if not items:
        made = set()
    stored = set(session.execute(select(PAGES.c.path).where(PAGES.c.organisation_id == organisation)).scalars())
    stray = sorted(stored - made)
    if stray:
        session.execute(delete(PAGES).where(PAGES.c.organisation_id == organisation, PAGES.c.path.in_(stray)))
    return len(stray)


def restore_indexes(db: Database, now: datetime) -> list[str]:
    """Render the index pages and feed of each organisation whose listing has lines but whose site has no
    `index.html` (migration 0010 removes those a shared site had); the codes of the sites it rendered."""
    with db.reading() as session:
        missing = session.execute(
            select(models.Organisation.id, models.Organisation.code).where(
                models.Organisation.id.in_(select(LISTING.c.organisation_id)),
                models.Organisation.id.not_in(select(PAGES.c.organisation_id).where(PAGES.c.path == "index.html")))
            .order_by(models.Organisation.code)).all()
    for organisation, _ in missing:
        with db.transaction() as session:
            site_store.lock_listing(session, organisation)
            last = site_store.last_page(session, organisation)
            for page in range(1, last + 1):
                site_store.render_listing(session, organisation, page, last, now)
    return [code for _, code in missing]
