"""The item snapshot (ledger.snapshot): trusted only at its head, checked by verify, backfilled by migration 0010."""

import json
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from sanshen.engine.commands import Decide
from sanshen.engine.errors import LedgerMismatch
from sanshen.engine.handlers import Engine
from sanshen.engine.queries import verify
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import alembic_config, upgrade
from sanshen.policies.errors import RuleBroken
from tests.helpers import drive_to, submit

DATA = Path(__file__).parent.parent / "data"


def raw(db, sql: str, **params) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


def snapshot_of(db, item: int) -> dict | None:
    with db.engine.connect() as conn:
        stored = conn.execute(text("SELECT snapshot FROM items WHERE id = :i"), {"i": item}).scalar_one()
    return None if stored is None else json.loads(stored)


def report(db) -> dict:
    with db.transaction() as session:
        return verify(session)


@pytest.fixture
def item(db, now) -> int:
    engine = Engine(db)
    made = submit(engine, now)
    drive_to(engine, made, "first_review", now)
    return made


def test_each_command_leaves_the_snapshot_of_the_items_head(db, item):
    snapshot = snapshot_of(db, item)
    assert snapshot is not None
    assert (snapshot["seq"], snapshot["stage"]) == (4, "first_review")
    assert snapshot["acted"] == {"linfeng": ["confidentiality_review"]} and snapshot["claims"] == {}


def test_verify_reports_a_snapshot_changed_behind_the_engine(db, item):
    forged = {**snapshot_of(db, item), "acted": {}}  # as if nobody had decided: separation of duties would not bite
    raw(db, "UPDATE items SET snapshot = :s WHERE id = :i", s=json.dumps(forged), i=item)
    found = report(db)
    assert found["ok"] is False
    assert [(p["item_id"], p["seq"]) for p in found["problems"]] == [(item, 4)]
    assert "快照" in found["problems"][0]["problem"]


def test_the_engine_refuses_a_snapshot_of_another_seq(db, item, now):
    stale = {**snapshot_of(db, item), "seq": 3}
    raw(db, "UPDATE items SET snapshot = :s WHERE id = :i", s=json.dumps(stale), i=item)
    with pytest.raises(LedgerMismatch, match="不一致"):
        Engine(db).decide(Decide("claim", "chenjun", item), now)


def test_the_engine_refuses_an_item_whose_head_event_is_not_the_recorded_head(db, item, now):
    raw(db, "UPDATE items SET head_hash = :h WHERE id = :i", h="f" * 64, i=item)
    with pytest.raises(LedgerMismatch, match="不一致"):
        Engine(db).decide(Decide("claim", "chenjun", item), now)


def test_an_unreadable_snapshot_is_refused_and_reported(db, item, now):
    raw(db, "UPDATE items SET snapshot = '{' WHERE id = :i", i=item)
    with pytest.raises(LedgerMismatch):
        Engine(db).decide(Decide("claim", "chenjun", item), now)
    assert report(db)["ok"] is False


def test_an_item_without_a_snapshot_is_folded_from_its_ledger_and_gets_one(db, item, now):
    engine = Engine(db)
    engine.decide(Decide("claim", "chenjun", item), now)
    before = snapshot_of(db, item)
    raw(db, "UPDATE items SET snapshot = NULL WHERE id = :i", i=item)
    assert report(db)["ok"] is True
    with pytest.raises(RuleBroken, match="您已认领"):  # the fold knows the claim the snapshot no longer says
        engine.decide(Decide("claim", "chenjun", item), now)
    engine.decide(Decide("approve", "chenjun", item, opinion="同意"), now)
    after = snapshot_of(db, item)
    assert after["seq"] == before["seq"] + 1 and after["acted"]["chenjun"] == ["first_review"]
    assert report(db)["ok"] is True


def test_migration_0010_backfills_the_snapshots_of_a_0009_database(tmp_path, now):
    path = tmp_path / "release.db"
    connection = sqlite3.connect(path)
    connection.executescript((DATA / "release_0005_single_organisation.sql").read_text(encoding="utf-8"))
    connection.close()
    db = Database(f"sqlite:///{path}")
    config = alembic_config(str(db.engine.url))
    with db.engine.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # 0009 rebuilds tables (as upgrade does)
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "0009")
    assert "snapshot" not in {c["name"] for c in inspect(db.engine).get_columns("items")}
    upgrade(db.engine)
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, stage, last_seq, revision_hash, snapshot FROM items")).all()
    assert rows and all(row.snapshot is not None for row in rows)
    for row in rows:
        snapshot = json.loads(row.snapshot)
        assert (snapshot["seq"], snapshot["stage"], snapshot["revision"]) == (row.last_seq, row.stage, row.revision_hash)
    assert report(db)["ok"] is True
    db.dispose()
