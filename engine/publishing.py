"""Publication: the 索引号, the page kept in the database, the index and feed, the push channel, retraction.

Each step is idempotent per item, so a publish job that runs twice changes nothing the second time.
"""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
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
from .jobs import JobRef, hold
from .records import pairs
from .unit import ITEMS, REVISIONS, load, stamp

COUNTERS, PUBLICATIONS = models.IndexCounter.__table__, models.Publication.__table__
DEPARTMENTS = models.Department.__table__


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


def publish(db: Database, item_id: int, now: datetime, claim: JobRef | None = None,
            clock: Callable[[], datetime] | None = None) -> str:
    """Record the approved revision's publication, then its page and index lines; 'published' or why not.

    The page is stored in the database (site_pages), so whichever worker runs the job, every export has it;
    its SHA-256 is recorded with the publication and chained in the `deliver` event. A job that died after
    the publication was recorded finishes the page and the listing when run again. `claim`: the job this
    runs for; each write checks it still holds. `clock`: the moment of each write. A policy document and
    its interpretation are published together (三同步): one job, both pages linked both ways, one moment;
    the first of the two to reach 发布中 waits there for the other.
    """
    moment = clock or (lambda: now)
    with db.reading() as session:
        plan = _plan(session, item_id)
    if isinstance(plan, str):
        return plan
    group = plan.group
    if plan.recorded:
        completed = [complete(db, member, moment(), claim) for member in group]
        return "published" if any(completed) else "skipped: already published"
    numbers = {member: reserve_index_number(db, member, moment(), claim) for member in group}
    at = moment()
    with db.reading() as session:
        pages = {m: _page_item(session, m, plan.approved[m], numbers[m], stamp(at)) for m in group}
        pages = pairs.linked(session, pages)  # refuses a text changed since approval
        texts = {m: site.item_page(pages[m], *_organisation(session, m)) for m in group}
    if len(group) == 1:
        Engine(db).deliver(item_id, numbers[item_id], site.item_path(item_id), pages[item_id].revision_hash, at,
                           page_hash=page_digest(texts[item_id]), claim=claim)
    else:
        Engine(db).deliver_together([(m, numbers[m], site.item_path(m), pages[m].revision_hash,
                                      page_digest(texts[m])) for m in group], at, claim=claim)
    for member in group:
        complete(db, member, moment(), claim, texts[member])
    return "published"


@dataclass(frozen=True)
class _Plan:
    group: list[int]  # the item, or the policy and its interpretation
    approved: dict[int, str]  # the revision the ledger approved, per item
    recorded: bool  # the publication is recorded already: only its page and listing may be missing


def _plan(session: Session, item_id: int) -> "_Plan | str":
    """What a publish job has to do for the item, or why it does nothing ('skipped: ...', 'waiting: ...')."""
    stage = session.execute(select(ITEMS.c.stage).where(ITEMS.c.id == item_id)).scalar_one_or_none()
    if stage == "published":
        return _Plan([item_id, *(r.item_id for r in pairs.related(session, item_id))], {}, True)
    if stage != "publishing":
        return f"skipped: item is {stage}"
    group = pairs.publication_group(session, item_id)
    if isinstance(group, str):
        return f"waiting: {group}"
    return _Plan(group, {member: _approved_revision(session, member) for member in group}, False)


def page_digest(text: str) -> str:
    """The SHA-256 of a page as rendered (UTF-8): recorded with the publication, compared by verify."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def complete(db: Database, item_id: int, now: datetime, claim: JobRef | None = None, text: str | None = None) -> bool:
    """Store the page of a recorded publication and list it (once); False when that was already done."""
    with db.transaction() as session:
        hold(session, claim, now)
        organisation = owner_of(session, item_id)
        site_store.lock_listing(session, organisation)
        if site_store.listed(session, item_id):
            return False
        page = _published(session, item_id)
        text = text or site.item_page(page, *_organisation(session, item_id))
        site_store.put_page(session, organisation, site.item_path(item_id), text, now)
        site_store.add_listing(session, organisation, _listing_entry(page), now)
        push.enqueue(session, item_id, "published", now)
    return True


def _approved_revision(session: Session, item_id: int) -> str:
    """The revision the ledger approved; an item that is not proactively disclosed is refused, never published."""
    loaded = load(session, item_id)  # refused if the row disagrees with its ledger
    row_disclosure = session.execute(select(ITEMS.c.disclosure).where(ITEMS.c.id == item_id)).scalar_one()
    if loaded.rules.disclosure != "proactive" or row_disclosure != "proactive":
        raise NotPublishable(f"稿件 {item_id} 不是主动公开的信息，拒绝发布到公开渠道（not_proactive）")
    return loaded.rules.revision or ""


class NotPublishable(RuntimeError):
    """An item that may not reach a public channel (依申请公开, 不予公开): the job fails and is parked."""


def retract_page(db: Database, item_id: int, now: datetime, claim: JobRef | None = None) -> str:
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
        page = _published(session, item_id)
        site_store.put_page(session, item.organisation_id, site.item_path(item_id),
                            site.notice_page(page, *_organisation(session, item_id)), now)
        site_store.retract_listing(session, item_id, page.retracted_at or stamp(now), now)
        push.enqueue(session, item_id, "retracted", now)
    return "retracted"


def owner_of(session: Session, item_id: int) -> int:
    """The organisation an item belongs to (its site is where the item's page goes)."""
    return int(session.execute(select(ITEMS.c.organisation_id).where(ITEMS.c.id == item_id)).scalar_one())


def _organisation(session: Session, item_id: int) -> tuple[str, dict[str, str]]:
    """The name of the item's organisation and its own templates, as its policy in force gives them."""
    policy = current_policy(session, owner_of(session, item_id))[1]
    return policy.organisation.name, policy.templates


def _listing_entry(page: site.PageItem) -> dict[str, object]:
    return {"item_id": page.item_id, "index_number": page.index_number, "title": page.title,
            "disclosure": page.disclosure, "department": page.department, "revision_hash": page.revision_hash,
            "published_at": page.published_at, "retracted_at": page.retracted_at, "pair_mark": page.pair_mark}


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


def page_of(session: Session, item_id: int) -> str:
    """The page of a published item as its channel shows it (the notice, once retracted)."""
    page = _published(session, item_id)
    organisation = _organisation(session, item_id)
    return site.notice_page(page, *organisation) if page.retracted_at else site.item_page(page, *organisation)


__all__ = ["insert", "publish", "reserve_index_number", "retract_page"]
