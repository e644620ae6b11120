"""SQLite: reads never take the write lock, sixteen writer processes queue, reading commands create nothing."""

import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sanshen.engine.commands import Submit
from sanshen.engine.handlers import Engine
from sanshen.engine.queries import verify
from sanshen.ledger import db as ledger_db
from sanshen.ledger import models
from sanshen.ledger.db import Database
from tests.helpers import CLEAN_BODY, submit

SANSHEN = str(Path(sys.executable).parent / "sanshen")


@pytest.fixture
def sqlite_db(tmp_path, demo_policy, now):
    from tests.conftest import _prepared

    database = _prepared(f"sqlite:///{tmp_path / 'sanshen.db'}", "sqlite", demo_policy, now)
    yield database
    database.dispose()


def test_a_reading_transaction_open_on_sqlite_does_not_keep_a_writer_out(sqlite_db, now, monkeypatch):
    item = submit(Engine(sqlite_db), now)
    monkeypatch.setattr(ledger_db, "BUSY_SECONDS", 1)  # a writer kept out would fail within a second
    writer = Database(str(sqlite_db.engine.url))
    with sqlite_db.reading() as session:
        assert verify(session)["ok"]  # the audit's transaction is still open ...
        Engine(writer).submit(Submit("wangfang", "第二份", CLEAN_BODY), now)  # ... and a writer goes through
        assert session.scalar(select(func.count()).select_from(models.Item)) == 1  # its snapshot stays its own
    writer.dispose()
    assert item == 1


def _write_many(url: str, now, rounds: int) -> int:
    db = Database(url)
    engine = Engine(db)
    for _ in range(rounds):
        engine.submit(Submit("wangfang", "并发写入", CLEAN_BODY), now)
        with db.reading() as session:
            verify(session)
    db.dispose()
    return rounds


def test_sixteen_writer_processes_wait_their_turn_without_database_is_locked(sqlite_db, now):
    url = str(sqlite_db.engine.url)
    with multiprocessing.get_context("fork").Pool(16) as pool:
        done = pool.starmap(_write_many, [(url, now, 4)] * 16)
    assert done == [4] * 16
    with sqlite_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(models.Item)) == 64
        assert verify(session)["ok"]


def _as_another_user() -> list[str]:
    """Root reads any file: run as `nobody` so that a read-only copy is read-only."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


def test_an_auditors_read_only_copy_can_be_read_by_every_reading_command(sqlite_db, now):
    submit(Engine(sqlite_db), now)
    folder = Path(tempfile.mkdtemp(prefix="sanshen-audit-"))
    try:
        with sqlite3.connect(sqlite_db.engine.url.database) as source, sqlite3.connect(folder / "copy.db") as copy:
            source.backup(copy)  # the auditor's copy: one file, in WAL mode like its original
        copy.close()
        (folder / "copy.db").chmod(0o444)
        folder.chmod(0o555)
        env = {**os.environ, "SANSHEN_DATABASE_URL": f"sqlite:///{folder / 'copy.db'}", "SANSHEN_NOW": now.isoformat()}
        for args in (["users"], ["show", "1"], ["history", "1"], ["verify"], ["queue", "--as", "linfeng"]):
            done = subprocess.run([*_as_another_user(), SANSHEN, *args], env=env, cwd=folder, capture_output=True,
                                  text=True, timeout=60)
            assert done.returncode == 0, (args, done.stderr)
        assert sorted(p.name for p in folder.iterdir()) == ["copy.db"]
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


@pytest.mark.parametrize("args", [["queue", "--as", "linfeng"], ["claim", "1", "--as", "linfeng"]])
def test_a_command_run_where_there_is_no_database_creates_none(tmp_path, args):
    env = {k: v for k, v in os.environ.items() if k != "SANSHEN_DATABASE_URL"}
    for url in (None, f"sqlite:///{tmp_path / 'missing' / 'folder' / 'x.db'}"):
        if url:
            env["SANSHEN_DATABASE_URL"] = url
        done = subprocess.run([SANSHEN, *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert done.returncode == 1 and "数据库文件不存在" in done.stderr and "Traceback" not in done.stderr
        assert list(tmp_path.iterdir()) == []
