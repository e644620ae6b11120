"""Publication into the database, its export to a directory, and retraction, without Prefect."""

import xml.etree.ElementTree as ET

import pytest
from sqlalchemy import select

from sanshen.engine.commands import Decide
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish, reserve_index_number, retract_page
from sanshen.engine.queries import history, show
from sanshen.engine.site_export import export_site
from sanshen.ledger import models
from tests.helpers import drive_to, submit

ATOM = "{http://www.w3.org/2005/Atom}"


def publish_and_export(db, item: int, now, directory) -> str:
    """Publish into the database, then export the site as a worker or `sanshen site export` does."""
    try:
        return publish(db, item, now)
    finally:
        export_site(db, directory)


@pytest.fixture
def ready(db, now) -> int:
    engine = Engine(db)
    item = submit(engine, now)
    drive_to(engine, item, "publishing", now)
    return item


def test_publishing_writes_the_page_with_index_number_disclosure_and_revision_hash(db, ready, now, tmp_path):
    assert publish_and_export(db, ready, now, tmp_path) == "published"
    with db.transaction() as session:
        item = show(session, ready)
    page = (tmp_path / "items" / f"{ready}.html").read_text(encoding="utf-8")
    assert item["stage"] == "published" and item["index_number"] == "QHKJJ-2026-00001"
    assert "QHKJJ-2026-00001" in page and "主动公开" in page and item["revision_hash"] in page
    assert "现将有关事项通知如下。" in page


def test_publishing_twice_writes_one_page_and_one_deliver_event(db, ready, now, tmp_path):
    publish_and_export(db, ready, now, tmp_path)
    assert publish_and_export(db, ready, now, tmp_path).startswith("skipped")
    with db.transaction() as session:
        delivered = [e for e in history(session, ready)["events"] if e["event"] == "deliver"]
        publications = session.execute(select(models.Publication)).scalars().all()
    assert len(delivered) == 1 and delivered[0]["detail"]["index_number"] == "QHKJJ-2026-00001"
    assert len(publications) == 1


def test_index_numbers_are_kept_across_retries_and_never_reused(db, ready, now):
    engine = Engine(db)
    second = submit(engine, now)
    drive_to(engine, second, "publishing", now)
    first_number = reserve_index_number(db, ready, now)
    assert reserve_index_number(db, ready, now) == first_number
    assert reserve_index_number(db, second, now) == "QHKJJ-2026-00002"


def test_the_feed_lists_published_items_and_the_index_links_them(db, ready, now, tmp_path):
    publish_and_export(db, ready, now, tmp_path)
    feed = ET.parse(tmp_path / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["关于开展科技活动周的通知"]
    assert entries[0].find(f"{ATOM}link").get("href").endswith(f"/items/{ready}.html")
    assert f'href="items/{ready}.html"' in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_retraction_replaces_the_page_by_a_notice_and_drops_it_from_the_feed(db, ready, now, tmp_path):
    publish_and_export(db, ready, now, tmp_path)
    Engine(db).decide(Decide("retract", "liuyang", ready, opinion="数据有误"), now)
    assert retract_page(db, ready, now) == "retracted"
    export_site(db, tmp_path)
    page = (tmp_path / "items" / f"{ready}.html").read_text(encoding="utf-8")
    assert "撤稿说明" in page and "数据有误" in page and "现将有关事项" not in page
    assert ET.parse(tmp_path / "feed.xml").getroot().findall(f"{ATOM}entry") == []


def test_page_text_is_escaped(db, now, tmp_path):
    engine = Engine(db)
    item = submit(engine, now, body="请访问<script>alert(1)</script>网站。")
    drive_to(engine, item, "publishing", now)
    publish_and_export(db, item, now, tmp_path)
    page = (tmp_path / "items" / f"{item}.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_a_revision_edited_behind_the_engine_after_approval_is_never_published(db, ready, now, tmp_path):
    from sqlalchemy import text

    from sanshen.engine.publishing import TamperedRevision

    with db.engine.begin() as conn:
        conn.execute(text("UPDATE revisions SET body = body || '未经审核的内容' WHERE item_id = :i"), {"i": ready})
    with pytest.raises(TamperedRevision, match="拒绝发布"):
        publish_and_export(db, ready, now, tmp_path)
    with db.transaction() as session:
        assert show(session, ready)["stage"] == "publishing"
    assert not (tmp_path / "items" / f"{ready}.html").exists()
