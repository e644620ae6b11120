"""Migration 0006 on a database made by the previous release: earlier publications join the index."""

from alembic import command
from sqlalchemy import insert, select

from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish
from sanshen.engine.site_store import read_page
from sanshen.engine.unit import stamp
from sanshen.ledger import models
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import alembic_config, upgrade
from sanshen.ledger.policystore import store_policy
from tests.helpers import drive_to, submit


def test_publications_of_the_previous_release_are_listed_first_in_the_index(tmp_path, demo_policy, now):
    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    config = alembic_config(str(db.engine.url))
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")  # the schema the previous migrations leave, before 0006
    with db.transaction() as session:
        store_policy(session, demo_policy, now.isoformat())
    engine = Engine(db)
    old, new = submit(engine, now), submit(engine, now)
    for item in (old, new):
        drive_to(engine, item, "publishing", now)
    with db.transaction() as session:  # what the previous release recorded when it published `old`
        revision = session.execute(select(models.Item.revision_hash).where(models.Item.id == old)).scalar_one()
        session.execute(insert(models.Publication).values(item_id=old, index_number="QHKJJ-2025-00007",
                                                          revision_hash=revision, path="var/site/items/1.html",
                                                          published_at=stamp(now)))
    upgrade(db.engine)
    assert publish(db, new, now) == "published"
    with db.transaction() as session:
        listing = session.execute(select(models.SiteListing.seq, models.SiteListing.index_number)
                                  .order_by(models.SiteListing.seq)).all()
        front = read_page(session, 1, "index.html") or ""
    assert [tuple(row) for row in listing] == [(1, "QHKJJ-2025-00007"), (2, "QHKJJ-2026-00001")]
    assert "QHKJJ-2025-00007" in front and "QHKJJ-2026-00001" in front
    db.dispose()
