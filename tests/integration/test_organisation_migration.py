"""Migration 0009 on a database made by the release before organisations: nothing lost, nothing re-hashed.

The databases are `tests/data/release_*_single_organisation.sql` (made by those releases' code, see
make_release.py; 0005 is the head before organisations): on SQLite each is loaded as it is; on
PostgreSQL the same rows are copied into a schema migrated to that release's revision. Then `upgrade`
runs to the head.
"""

import sqlite3
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import MetaData, create_engine, select, text

from sanshen.engine.handlers import Engine
from sanshen.engine.org_scope import acting
from sanshen.engine.organisations import organisations
from sanshen.engine.publishing import publish
from sanshen.engine.queries import queue, verify
from sanshen.ledger import models
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import alembic_config, upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policyfile import load_policy
from tests.conftest import PG_SERVER, require_postgres
from tests.helpers import drive_to

DATA = Path(__file__).parent.parent / "data"
EDUCATION = Path(__file__).parent.parent.parent / "sanshen" / "data" / "demo_policy_education.yaml"
RELEASES = ["0001", "0005"]
HASHED = {"events": ("item_id", "seq"), "revisions": ("id",), "items": ("id",), "publications": ("item_id",),
          "outbox": ("id",), "review_tasks": ("id",), "jobs": ("id",), "policy_versions": ("id",)}


def _release_sqlite(tmp_path: Path, release: str) -> str:
    path = tmp_path / "release.db"
    connection = sqlite3.connect(path)
    connection.executescript((DATA / f"release_{release}_single_organisation.sql").read_text(encoding="utf-8"))
    connection.close()
    return f"sqlite:///{path}"


@pytest.fixture(params=RELEASES)
def release_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest):
    """A database as a release before organisations left it, on the backend under test."""
    sqlite_url = _release_sqlite(tmp_path, request.param)
    if backend == "sqlite":
        yield sqlite_url
        return
    require_postgres()
    schema = f"sanshen_release_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_SERVER)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{PG_SERVER}?options=-csearch_path%3D{schema}"
    _copy_release(sqlite_url, url, request.param)
    yield url
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def _copy_release(sqlite_url: str, url: str, release: str) -> None:
    """The release's schema on PostgreSQL (its migrations), then every row of the release database."""
    target = create_engine(url)
    with target.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, release)
    source, tables = create_engine(sqlite_url), MetaData()
    tables.reflect(source)
    with source.connect() as read, target.begin() as write:
        for table in tables.sorted_tables:
            rows = [dict(r._mapping) for r in read.execute(select(table))]
            if rows and table.name != "alembic_version":
                write.execute(table.insert(), rows)
        for name in ("items", "revisions", "review_tasks", "jobs", "outbox", "policy_versions"):
            write.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))"))
    source.dispose()
    target.dispose()


def _rows(db: Database, columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Every row of the tables that carry the ledger and its effects, in the columns they had before."""
    tables = MetaData()
    tables.reflect(db.engine, only=list(HASHED))
    with db.engine.connect() as connection:
        found = {}
        for name in HASHED:
            table = tables.tables[name]
            kept = (columns or {}).get(name) or [c.name for c in table.columns]
            found[name] = sorted(tuple(r._mapping[c] for c in kept) for r in connection.execute(select(table)))
        return found


def _columns(db: Database) -> dict[str, list[str]]:
    tables = MetaData()
    tables.reflect(db.engine, only=list(HASHED))
    return {name: [c.name for c in tables.tables[name].columns] for name in HASHED}


def test_a_single_organisation_database_migrates_without_losing_or_rehashing_anything(release_url, now):
    db = Database(release_url)
    columns = _columns(db)
    before = _rows(db, columns)
    upgrade(db.engine)
    assert _rows(db, columns) == before
    with db.transaction() as session:
        report = verify(session)
        listed = organisations(session)
        owners = {name: set(session.execute(text(f"SELECT DISTINCT organisation_id FROM {name}")).scalars())
                  for name in (*HASHED, "people", "departments", "person_roles", "index_counters")
                  if name not in ("events", "revisions")}
    assert report["ok"] and report["items_checked"] == 4 and report["problems"] == []
    assert [(o["code"], o["name"], o["people"], o["items"]) for o in listed] == [("QHKJJ", "清河县科学技术局", 24, 4)]
    assert all(found == {1} for found in owners.values()), owners
    db.dispose()


def test_after_the_migration_the_organisation_goes_on_and_a_second_one_joins_it(release_url, now, tmp_path):
    db = Database(release_url)
    upgrade(db.engine)
    later = now + timedelta(days=1)
    engine = Engine(db)
    with db.transaction() as session:
        assert [e.item_id for e in queue(session, "guolei", scope=acting(session, "guolei@QHKJJ"))] == [2]
    drive_to(engine, 4, "publishing", later)
    assert publish(db, 4, later) == "published"
    with db.transaction() as session:
        store_policy(session, load_policy(EDUCATION), later.isoformat())
    with db.transaction() as session:
        numbers = session.execute(select(models.Item.index_number).where(models.Item.index_number.is_not(None))
                                  .order_by(models.Item.id)).scalars().all()
        listed = [o["code"] for o in organisations(session)]
        report = verify(session)
    assert numbers == ["QHKJJ-2026-00001", "QHKJJ-2026-00002"]  # the counter carried over, per organisation
    assert listed == ["QHJYJ", "QHKJJ"] and report["ok"] and report["items_checked"] == 4
    db.dispose()
