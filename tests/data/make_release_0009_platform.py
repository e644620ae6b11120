"""How release_0009_platform.sql was made: two organisations and the demo platform, no items, by the release at 0009.

main at fee7dd4 (schema 0009). Run from that checkout: `python make_release_0009_platform.py OUT.db OUT.sql`.
"""

import sqlite3
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_platform, store_policy
from sanshen.policyfile import DEMO_POLICY, load_platform, load_policy

DATA = Path("sanshen/data")
path, dump = Path(sys.argv[1]), Path(sys.argv[2])
now = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=8)))
path.unlink(missing_ok=True)
db = Database(f"sqlite:///{path}")
upgrade(db.engine)
with db.transaction() as session:
    store_policy(session, load_policy(DEMO_POLICY), now.isoformat())
    store_policy(session, load_policy(DATA / "demo_policy_education.yaml"), now.isoformat())
    store_platform(session, load_platform(DATA / "demo_platform.yaml"), now.isoformat())
db.dispose()
dump.write_text("\n".join(sqlite3.connect(path).iterdump()) + "\n", encoding="utf-8")
