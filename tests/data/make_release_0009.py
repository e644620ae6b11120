"""How release_0009_two_organisations.sql was made, by the release with organisations and one shared site.

main at fee7dd4 (schema 0009). Run from that checkout (its `tests/` importable):
`python make_release_0009.py OUT.db OUT.sql`. Two organisations on one database: QHKJJ publishes items 1 and 3
(then retracts 3), QHJYJ publishes item 2; the one site (site_pages, site_listing) lists all three.
"""

import sqlite3
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sanshen.engine.commands import Decide
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish, retract_page
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policyfile import DEMO_POLICY, load_policy
from tests.integration.test_isolation import EDUCATION, drive, submit_as


def make(path: Path, dump: Path) -> None:
    now = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=8)))
    path.unlink(missing_ok=True)
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    with db.transaction() as session:
        store_policy(session, load_policy(DEMO_POLICY), now.isoformat())
        store_policy(session, load_policy(EDUCATION), now.isoformat())
    for n, (who, code, title) in enumerate([("wangfang@QHKJJ", "QHKJJ", "科技局第一篇"),
                                            ("wangfang@QHJYJ", "QHJYJ", "教育局的通知"),
                                            ("wangfang@QHKJJ", "QHKJJ", "科技局第二篇")]):
        at = now + timedelta(minutes=n)
        item = submit_as(db, who, at, title)
        drive(db, item, code, "publishing", at)
        assert publish(db, item, at) == "published"
    later = now + timedelta(hours=1)
    Engine(db).decide(Decide("retract", "liuyang", 3, opinion="数据有误"), later)
    assert retract_page(db, 3, later) == "retracted"
    db.dispose()
    dump.write_text("\n".join(sqlite3.connect(path).iterdump()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    make(Path(sys.argv[1]), Path(sys.argv[2]))
