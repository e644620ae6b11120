"""Signed checkpoints: a history rewritten and re-hashed with raw SQL is caught against them (both backends)."""

import pytest
from sqlalchemy import text

from sanshen.engine import checkpoints, verify_parallel
from sanshen.engine.handlers import Engine
from sanshen.engine.queries import verify
from sanshen.ledger import checkpoints as store
from sanshen.ledger import signing
from sanshen.ledger.chain import event_hash
from sanshen.ledger.replay import event_fields
from tests.helpers import approve, drive_to, submit


@pytest.fixture
def key(tmp_path):
    return signing.create_key(tmp_path / "checkpoint.key")


@pytest.fixture
def items(db, now) -> list[int]:
    engine = Engine(db)
    made = [submit(engine, now) for _ in range(3)]
    drive_to(engine, made[1], "final_review", now)
    return made


def rewrite_and_rehash(db, item: int, seq: int, opinion: str) -> None:
    """What an insider with write access does: edit an event, then recompute every hash after it and the head."""
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE events SET opinion = :o WHERE item_id = :i AND seq = :s"),
                     {"o": opinion, "i": item, "s": seq})
        prev = conn.execute(text("SELECT hash FROM events WHERE item_id = :i AND seq = :s"),
                            {"i": item, "s": seq - 1}).scalar_one()
        rows = conn.execute(text("SELECT * FROM events WHERE item_id = :i AND seq >= :s ORDER BY seq"),
                            {"i": item, "s": seq}).all()
        for row in rows:
            fields = {**event_fields(row), "prev_hash": prev}
            prev = event_hash(fields)
            conn.execute(text("UPDATE events SET prev_hash = :p, hash = :h WHERE item_id = :i AND seq = :s"),
                         {"p": fields["prev_hash"], "h": prev, "i": item, "s": row.seq})
        conn.execute(text("UPDATE items SET head_hash = :h WHERE id = :i"), {"h": prev, "i": item})


def located(report) -> list[tuple[int, int]]:
    return [(p["item_id"], p["seq"]) for p in report["problems"]]


def test_a_history_rewritten_and_rehashed_verifies_alone_but_not_against_the_checkpoint(db, items, key, now, tmp_path):
    signed = checkpoints.make_checkpoint(db, key, now, tmp_path / "site")
    last_seq = _last_seq(db, items[1])
    rewrite_and_rehash(db, items[1], 3, "不同意，但记录被改成同意")
    with db.transaction() as session:
        assert verify(session)["ok"] is True  # the chain is internally consistent: verify alone is fooled
    report = checkpoints.verify_checkpoint(db, signed.id, key.public_key(), now)
    assert report["ok"] is False
    assert located(report) == [(items[1], last_seq)]


def test_a_checkpoint_counts_the_ledger_and_chains_to_the_previous_one(db, items, key, now, tmp_path):
    first = checkpoints.make_checkpoint(db, key, now, tmp_path / "site")
    approve(Engine(db), items[0], "linfeng", now)
    second = checkpoints.make_checkpoint(db, key, now, tmp_path / "site")
    assert (first.items, second.items) == (3, 3)
    assert second.events == first.events + 2 and second.prev_hash == first.hash != second.hash
    assert second.root != first.root
    assert signing.signature_holds(key.public_key(), second.payload(), second.signature)
    with db.engine.connect() as conn:
        stored_heads = conn.execute(text("SELECT count(*) FROM checkpoint_heads WHERE checkpoint_id = 2")).scalar()
    assert stored_heads == 1  # only the head that moved is stored again


def test_a_checkpoint_verified_with_another_key_is_refused(db, items, key, now, tmp_path):
    signed = checkpoints.make_checkpoint(db, key, now, tmp_path / "site")
    stranger = signing.create_key(tmp_path / "other.key")
    report = checkpoints.verify_checkpoint(db, signed.id, stranger.public_key(), now)
    assert report["ok"] is False and located(report) == [(0, 0)] and "签名无效" in report["problems"][0]["problem"]


def test_heads_rewritten_to_match_the_new_history_break_the_signed_root(db, items, key, now, tmp_path):
    signed = checkpoints.make_checkpoint(db, key, now, tmp_path / "site")
    rewrite_and_rehash(db, items[1], 3, "改写")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE checkpoint_heads SET head_hash = (SELECT head_hash FROM items WHERE id = :i) "
                          "WHERE item_id = :i"), {"i": items[1]})
    report = checkpoints.verify_checkpoint(db, signed.id, key.public_key(), now)
    assert report["ok"] is False and (0, 0) in located(report)
    assert any("默克尔根" in p["problem"] for p in report["problems"])


def test_a_copy_of_the_checkpoint_file_catches_a_checkpoint_row_rewritten(db, items, key, now, tmp_path):
    signed = checkpoints.make_checkpoint(db, key, now, tmp_path / "site")
    copy = checkpoints.checkpoint_of_file(tmp_path / "site" / "checkpoints" / f"{signed.id}.json")
    assert copy == signed
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE checkpoints SET events = events + 1 WHERE id = :c"), {"c": signed.id})
    report = checkpoints.verify_checkpoint(db, copy, key.public_key(), now)
    assert report["ok"] is False and any("与所给文件不符" in p["problem"] for p in report["problems"])


def test_since_checkpoint_checks_only_the_items_touched_after_the_verified_checkpoint(db, items, key, now, tmp_path):
    signed = checkpoints.make_checkpoint(db, key, now, tmp_path / "site")
    assert checkpoints.verify_checkpoint(db, signed.id, key.public_key(), now)["ok"] is True
    approve(Engine(db), items[2], "linfeng", now)
    report = checkpoints.verify_since_checkpoint(db, key.public_key())
    assert report["ok"] is True and report["items_checked"] == 1 and report["checkpoint"] == signed.id
    assert report["events_checked"] == 3


def test_since_checkpoint_catches_a_new_event_edited_and_a_touched_history_rewritten(db, items, key, now, tmp_path):
    signed = checkpoints.make_checkpoint(db, key, now, tmp_path / "site")
    checkpoints.verify_checkpoint(db, signed.id, key.public_key(), now)
    approve(Engine(db), items[2], "linfeng", now)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE events SET opinion = '改' WHERE item_id = :i AND seq = 3"), {"i": items[2]})
    assert (items[2], 3) in located(checkpoints.verify_since_checkpoint(db, key.public_key()))
    rewrite_and_rehash(db, items[1], 3, "改写")
    assert (items[1], _last_seq(db, items[1])) in located(checkpoints.verify_since_checkpoint(db, key.public_key()))


def test_since_checkpoint_needs_a_verified_checkpoint(db, items, key, now, tmp_path):
    checkpoints.make_checkpoint(db, key, now, tmp_path / "site")
    with pytest.raises(checkpoints.NotFound):
        checkpoints.verify_since_checkpoint(db, key.public_key())


def test_verify_on_two_processes_finds_what_one_finds(db, items, now, monkeypatch):
    monkeypatch.setattr(verify_parallel, "CHUNK", 1)
    monkeypatch.setattr(verify_parallel, "PARALLEL_FROM", 1)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE events SET opinion = '改' WHERE item_id = :i AND seq = 3"), {"i": items[1]})
    with db.transaction() as session:
        alone = verify(session)
    together = verify_parallel.verify_all(db, workers=2)
    assert together == alone and together["items_checked"] == 3 and located(together) == [(items[1], 3)]


def test_a_deleted_item_is_reported_against_the_checkpoint(db, items, key, now, tmp_path):
    signed = checkpoints.make_checkpoint(db, key, now, tmp_path / "site")
    with db.engine.begin() as conn:
        for table in ("outbox", "jobs", "review_tasks", "revisions", "events"):
            conn.execute(text(f"DELETE FROM {table} WHERE item_id = :i"), {"i": items[0]})
        conn.execute(text("DELETE FROM items WHERE id = :i"), {"i": items[0]})
    report = checkpoints.verify_checkpoint(db, signed.id, key.public_key(), now)
    assert (items[0], 1) in located(report)


def _last_seq(db, item: int) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT last_seq FROM items WHERE id = :i"), {"i": item}).scalar_one())


def test_the_heads_a_checkpoint_vouches_for_are_the_newest_stored_at_or_before_it(db, items, key, now, tmp_path):
    checkpoints.make_checkpoint(db, key, now, tmp_path / "site")
    approve(Engine(db), items[0], "linfeng", now)
    checkpoints.make_checkpoint(db, key, now, tmp_path / "site")
    with db.engine.connect() as conn:
        assert store.heads_at(conn, 1)[items[0]][0] == 1 and store.heads_at(conn, 2)[items[0]][0] == 3
