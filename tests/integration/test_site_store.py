"""The site kept in the database: a paged index whose upkeep per publication is bounded, and the export."""

import stat
from datetime import timedelta

import pytest
from sqlalchemy import select

from sanshen.engine.commands import Decide
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish, retract_page
from sanshen.engine.site_export import MANIFEST, export_site
from sanshen.engine.site_store import PAGES, read_page
from sanshen.notifications import site
from tests.helpers import drive_to, submit


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(site, "PAGE_SIZE", 3)
    monkeypatch.setattr(site, "FEED_SIZE", 2)


def publish_new(db, now) -> int:
    engine = Engine(db)
    item = submit(engine, now)
    drive_to(engine, item, "publishing", now)
    assert publish(db, item, now) == "published"
    return item


def pages_written_at(db, moment) -> set[str]:
    with db.transaction() as session:
        return set(session.execute(select(PAGES.c.path).where(PAGES.c.updated_at == moment.isoformat(
            timespec="microseconds"))).scalars())


def test_a_publication_renders_only_its_page_its_index_page_the_front_page_and_the_feed(db, now, small_pages):
    items = [publish_new(db, now + timedelta(minutes=i)) for i in range(7)]
    seventh = now + timedelta(minutes=6)
    assert pages_written_at(db, seventh) == {f"items/{items[6]}.html", "list/3.html", "list/2.html",
                                             "index.html", "feed.xml"}  # list/2 gains its link to list/3
    eighth = now + timedelta(minutes=7)
    items.append(publish_new(db, eighth))
    assert pages_written_at(db, eighth) == {f"items/{items[7]}.html", "list/3.html", "index.html", "feed.xml"}
    with db.transaction() as session:
        front, first, feed = (read_page(session, 1, p) or "" for p in ("index.html", "list/1.html", "feed.xml"))
    assert [f"items/{i}.html" in front for i in items] == [False] * 5 + [True] * 3
    assert [f"items/{i}.html" in first for i in items] == [True] * 3 + [False] * 5
    assert feed.count("<entry>") == 2 and f"items/{items[7]}.html" in feed


def test_a_retraction_renders_the_index_page_that_lists_it_and_leaves_the_feed(db, now, small_pages):
    items = [publish_new(db, now) for _ in range(4)]
    later = now + timedelta(hours=1)
    Engine(db).decide(Decide("retract", "liuyang", items[3], opinion="数据有误"), later)
    assert retract_page(db, items[3], later) == "retracted"
    assert pages_written_at(db, later) == {f"items/{items[3]}.html", "list/2.html", "index.html", "feed.xml"}
    with db.transaction() as session:
        assert "（已撤稿）" in (read_page(session, 1, "list/2.html") or "")
        assert f"items/{items[3]}.html" not in (read_page(session, 1, "feed.xml") or "")


def test_the_export_writes_what_changed_atomically_and_world_readable(db, now, small_pages, tmp_path):
    first = publish_new(db, now)
    target = tmp_path / "site"
    report = export_site(db, target)
    assert (report.written, report.unchanged) == (4, 0)  # the page, list/1, index, feed
    mode = stat.S_IMODE((target / "items" / f"{first}.html").stat().st_mode)
    assert mode == 0o644 and stat.S_IMODE((target / "items").stat().st_mode) == 0o755
    assert export_site(db, target).written == 0
    publish_new(db, now + timedelta(minutes=1))
    assert (export_site(db, target).written, export_site(db, target).written) == (4, 0)  # new page, list, index, feed
    (target / "index.html").unlink()
    assert export_site(db, target).written == 1
    assert not [p for p in target.rglob(".tmp-*")] and (target / MANIFEST).exists()


def test_the_export_refuses_a_stored_path_that_leaves_its_directory(db, now, tmp_path):
    from sanshen.engine.site_store import put_page

    with db.transaction() as session:
        put_page(session, 1, "../escaped.html", "x", now)
    with pytest.raises(ValueError, match="路径不合法"):
        export_site(db, tmp_path / "site")
    assert not (tmp_path / "escaped.html").exists()
