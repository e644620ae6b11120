"""How the release_*_single_organisation.sql databases were made, by releases before organisations.

release_0001: main at ff9eea7 (schema 0001); release_0005: main at d0ef262 (schema 0005, exactly-once
and checkpoints). Run from that checkout (its `tests/` importable): `python make_release.py OUT.db OUT.sql`.
A published item, a claimed task, a returned and revised item, a fresh submission, reminders in the outbox.
"""

import sqlite3
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sanshen.engine.commands import Decide, Revise
from sanshen.engine.deadlines import sweep
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policyfile import DEMO_POLICY, load_policy
from tests.helpers import CLEAN_BODY, drive_to, submit


def make(path: Path, dump: Path) -> None:
    now = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=8)))
    path.unlink(missing_ok=True)
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    with db.transaction() as session:
        store_policy(session, load_policy(DEMO_POLICY), now.isoformat())
    engine = Engine(db)
    published = submit(engine, now)
    drive_to(engine, published, "publishing", now)
    publish(db, published, now, Path(tempfile.mkdtemp()))
    claimed = submit(engine, now, drafter="liqiang")
    drive_to(engine, claimed, "second_review", now)
    engine.decide(Decide("claim", "guolei", claimed), now)
    returned = submit(engine, now)
    drive_to(engine, returned, "first_review", now)
    engine.decide(Decide("claim", "chenjun", returned), now)
    engine.decide(Decide("return", "chenjun", returned, opinion="请补充"), now)
    engine.revise(Revise("wangfang", returned, "关于开展科技活动周的通知（修改）", CLEAN_BODY + "\n补充。"), now)
    submit(engine, now)
    sweep(db, now + timedelta(days=20))
    db.dispose()
    dump.write_text("\n".join(sqlite3.connect(path).iterdump()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    make(Path(sys.argv[1]), Path(sys.argv[2]))
