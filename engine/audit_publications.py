"""What verify checks beyond each item's chain: publications against their `deliver` events, pages, serials.

- the 索引号 in `items` and in `publications` is the one the chained `deliver` event recorded;
- a publication row has its `deliver` event, and a `deliver` event of the channel its publication row;
- a published page (not retracted) still has the SHA-256 recorded with the publication and chained in
  the `deliver` event (`--pages DIR`, or the path the built-in channel wrote);
- the 索引号 serials of each organisation and year run from 1 to the counter without a gap: a published
  item that disappeared, rows and all, leaves its serial missing.
"""

import hashlib
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.models import SitePage
from ..ledger.replay import detail_of

ITEMS, EVENTS = models.Item.__table__, models.Event.__table__
PUBLICATIONS, COUNTERS = models.Publication.__table__, models.IndexCounter.__table__


def publication_problems(session: Session, pages: Path | None = None) -> list[dict[str, Any]]:
    """Every disagreement between items, publications, deliver events, pages and the serial counters."""
    delivered = {e.item_id: e for e in session.execute(
        select(EVENTS.c.item_id, EVENTS.c.seq, EVENTS.c.detail).where(EVENTS.c.event == "deliver")
        .order_by(EVENTS.c.item_id, EVENTS.c.seq))}
    published = {p.item_id: p for p in session.execute(select(PUBLICATIONS))}
    numbers: dict[int, str] = dict(session.execute(select(ITEMS.c.id, ITEMS.c.index_number)
                                   .where(ITEMS.c.index_number.is_not(None))).all())
    problems = []
    for item_id in sorted(set(delivered) | set(published)):
        problems += _number_problems(item_id, delivered.get(item_id), published.get(item_id), numbers.get(item_id))
        if item_id in delivered and item_id in published:
            problems += _page_problems(session, item_id, delivered[item_id], published[item_id], pages)
    return problems + serial_gaps(session, numbers)


def _problem(item_id: int, seq: int, text: str) -> dict[str, Any]:
    return {"item_id": item_id, "seq": seq, "problem": text}


def _number_problems(item_id: int, event: Any, publication: Any, number: str | None) -> list[dict[str, Any]]:
    if event is None:
        return [_problem(item_id, 0, "有发布记录，但账本中没有发布事件（发布记录来历不明）")]
    detail = detail_of(event.detail)
    chained, found = detail.get("index_number"), []
    if publication is None and "page_hash" in detail:  # the channel's publication was recorded with this event
        found.append(_problem(item_id, event.seq, "账本记录了发布，但发布记录缺失（发布记录被删除）"))
    if chained is not None and number != chained:
        found.append(_problem(item_id, event.seq, f"稿件的索引号 {number} 与账本记录的 {chained} 不符"))
    if publication is not None and publication.index_number != chained:
        found.append(_problem(item_id, event.seq,
                              f"发布记录的索引号 {publication.index_number} 与账本记录的 {chained} 不符"))
    return found


def _page_problems(session: Session, item_id: int, event: Any, publication: Any, pages: Path | None) -> list[dict[str, Any]]:
    """The published page against the hash recorded with the publication and chained in the deliver event."""
    chained = detail_of(event.detail).get("page_hash")
    if chained is None or publication.retracted_at:
        return []  # published before page hashes were recorded, or replaced by the retraction notice
    if publication.page_hash != chained:
        return [_problem(item_id, event.seq, "发布记录中的页面哈希与账本记录的不符（发布记录被篡改）")]
    if pages is None:
        return _stored_page_problems(session, item_id, event, chained)
    path = _exported_page(session, pages, item_id)
    if not path.is_file():
        return [_problem(item_id, event.seq, f"已发布的页面缺失：{path}")]
    if hashlib.sha256(path.read_bytes()).hexdigest() != chained:
        return [_problem(item_id, event.seq, f"已发布的页面与发布时的内容不符（页面被改动）：{path}")]
    return []


def _exported_page(session: Session, pages: Path, item_id: int) -> Path:
    """An item's page in an export: under its organisation's folder (`DIR/<CODE>/`), or DIR is that folder."""
    code = session.execute(select(models.Organisation.code).join(ITEMS, ITEMS.c.organisation_id == models.Organisation.id)
                           .where(ITEMS.c.id == item_id)).scalar_one()
    folder = pages / code if (pages / code).is_dir() else pages
    return folder / "items" / f"{item_id}.html"


def _stored_page_problems(session: Session, item_id: int, event: Any, chained: str) -> list[dict[str, Any]]:
    """The page the database keeps for every export (site_pages), against the hash chained at publication.

    A page rendered again by `sanshen site rebuild` (new templates) differs from the chained hash: it passes when it
    is exactly what the templates make now from the approved revision, whose text must still have its hash.
    """
    from .publishing import TamperedRevision, owner_of, page_of

    path = f"items/{item_id}.html"
    content = session.execute(select(SitePage.content).where(
        SitePage.organisation_id == owner_of(session, item_id), SitePage.path == path)).scalar_one_or_none()
    if content is None:
        return []  # the publication was recorded; its page is stored by the job's next step (or its retry)
    if hashlib.sha256(content.encode("utf-8")).hexdigest() == chained:
        return []
    try:
        rebuilt = content == page_of(session, item_id)
    except TamperedRevision:
        rebuilt = False
    if not rebuilt:
        return [_problem(item_id, event.seq, f"网站库中的页面与发布时的内容不符（页面被改动）：{path}")]
    return []


def serial_gaps(session: Session, numbers: dict[int, str]) -> list[dict[str, Any]]:
    """Serials from 1 to each counter's last that no item holds: an item that held one disappeared."""
    held: dict[tuple[str, int], set[int]] = defaultdict(set)
    for number in numbers.values():
        prefix, _, rest = number.rpartition("-")
        organisation, _, year = prefix.rpartition("-")
        if rest.isdigit() and year.isdigit():
            held[(organisation, int(year))].add(int(rest))
    problems = []
    for counter in session.execute(select(COUNTERS)):
        missing = sorted(set(range(1, counter.last + 1)) - held[(counter.prefix, counter.year)])
        if missing:
            listed = "、".join(f"{counter.prefix}-{counter.year}-{n:05d}" for n in missing[:20])
            problems.append(_problem(0, 0, f"索引号 {listed} 已分配，但没有稿件持有（稿件被删除）"))
    return problems
