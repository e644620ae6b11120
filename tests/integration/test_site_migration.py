"""Migrations of the site: 0010 on a database where two organisations shared one site (made by the release at 0009),
and `site rebuild` on a database of before 0006, whose publications have their index lines but no stored pages.

The databases are `tests/data/release_*.sql`, made by those releases' code (make_release*.py); on PostgreSQL
the same rows are copied into a schema migrated to that release's revision.
"""

import sqlite3
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish
from sanshen.engine.queries import verify
from sanshen.engine.site_rebuild import rebuild_sites, restore_indexes
from sanshen.engine.site_store import read_page
from sanshen.ledger import models
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.policies.scope import CONSOLE
from tests.conftest import PG_SERVER, require_postgres
from tests.helpers import drive_to
from tests.integration.test_isolation import drive, submit_as
from tests.integration.test_organisation_migration import DATA, _columns, _copy_release, _rows

KJJ, JYJ = 1, 2


@pytest.fixture
def release(backend: str, tmp_path: Path):
    """`release(name)`: the database a release left, on the backend under test."""
    schemas: list[str] = []
    admin = create_engine(PG_SERVER) if backend == "postgresql" else None

    def made(name: str) -> Database:
        sqlite_url = _release_sqlite(tmp_path, name)
        if backend == "sqlite":
            return Database(sqlite_url)
        require_postgres()
        schema = f"sanshen_release_{uuid.uuid4().hex[:10]}"
        schemas.append(schema)
        with admin.begin() as conn:  # type: ignore[union-attr]
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = f"{PG_SERVER}?options=-csearch_path%3D{schema}"
        with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as source:  # PostgreSQL's migration made its own
            source.execute("DELETE FROM web_secrets" if name.startswith("0009") else "SELECT 1")
        _copy_release(sqlite_url, url, name.split("_")[0])
        return Database(url)

    yield made
    for schema in schemas:
        with admin.begin() as conn:  # type: ignore[union-attr]
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    if admin is not None:
        admin.dispose()


def _site(db: Database) -> tuple[list[tuple], dict[tuple[int, str], str]]:
    with db.reading() as session:
        listing = [tuple(r) for r in session.execute(select(
            models.SiteListing.organisation_id, models.SiteListing.seq, models.SiteListing.item_id,
            models.SiteListing.retracted_at.is_not(None)).order_by(models.SiteListing.item_id))]
        pages = {(r.organisation_id, r.path): r.content for r in session.execute(select(
            models.SitePage.organisation_id, models.SitePage.path, models.SitePage.content))}
    return listing, pages


def _release_sqlite(tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.db"
    connection = sqlite3.connect(path)
    connection.executescript((DATA / f"release_{name}.sql").read_text(encoding="utf-8"))
    connection.close()
    return f"sqlite:///{path}"


def test_a_shared_site_becomes_one_site_per_organisation_losing_nothing(release, now):
    db = release("0009_two_organisations")
    columns = _columns(db)
    before = _rows(db, columns)
    with db.reading() as session:
        old_pages = {r.path: r.content for r in session.execute(text("SELECT path, content FROM site_pages"))}
    upgrade(db.engine)
    assert _rows(db, columns) == before  # nothing hashed changed
    listing, pages = _site(db)
    assert listing == [(KJJ, 1, 1, False), (JYJ, 1, 2, False), (KJJ, 2, 3, True)]  # numbered within each
    assert pages == {(KJJ, "items/1.html"): old_pages["items/1.html"], (JYJ, "items/2.html"): old_pages["items/2.html"],
                     (KJJ, "items/3.html"): old_pages["items/3.html"]}  # the shared index pages and feed went
    with db.reading() as session:
        assert verify(session)["ok"]
    assert restore_indexes(db, now) == ["QHJYJ", "QHKJJ"] and restore_indexes(db, now) == []
    with db.reading() as session:
        kjj, jyj = read_page(session, KJJ, "index.html") or "", read_page(session, JYJ, "index.html") or ""
        kjj_feed = read_page(session, KJJ, "feed.xml") or ""
        assert verify(session)["ok"]
    assert "科技局第一篇" in kjj and "科技局第二篇（已撤稿）" not in kjj and "（已撤稿）" in kjj and "教育局的通知" not in kjj
    assert "教育局的通知" in jyj and "科技局" not in jyj
    assert "items/1.html" in kjj_feed and "items/3.html" not in kjj_feed and "items/2.html" not in kjj_feed
    later = now + timedelta(days=1)
    item = submit_as(db, "wangfang@QHKJJ", later, "迁移之后的一篇")
    drive(db, item, "QHKJJ", "publishing", later)
    assert publish(db, item, later) == "published"
    listing, _ = _site(db)
    assert listing[-1] == (KJJ, 3, item, False)
    db.dispose()


def test_a_rebuild_renders_the_pages_of_publications_made_before_pages_were_stored(release, now):
    db = release("0005_single_organisation")
    upgrade(db.engine)
    with db.reading() as session:
        assert read_page(session, KJJ, "items/1.html") is None  # 0006 listed it, nobody rendered it
    done = rebuild_sites(db, CONSOLE, now)
    assert [(d.code, d.written) for d in done] == [("QHKJJ", 4)]  # its page, list/1, index, feed
    assert [(d.code, d.written, d.removed) for d in rebuild_sites(db, CONSOLE, now)] == [("QHKJJ", 0, 0)]
    later = now + timedelta(days=1)
    drive_to(Engine(db), 4, "publishing", later)
    assert publish(db, 4, later) == "published"
    with db.reading() as session:
        page = read_page(session, KJJ, "items/1.html") or ""
        front = read_page(session, KJJ, "index.html") or ""
        report = verify(session)
        number = session.execute(select(models.Item.index_number).where(models.Item.id == 1)).scalar_one()
    assert number in page and "items/1.html" in front and "items/4.html" in front
    assert report["ok"], report

