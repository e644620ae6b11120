"""The worker's warning about next year's calendar disappears once the policy file covers that year."""

from datetime import datetime, timedelta, timezone

from sanshen import wiring
from sanshen.commands.worker import _warn_about_the_calendar
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policies.config import parse_policy
from sanshen.policyfile import DEMO_POLICY, load_policy

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=8)))


def test_the_worker_stops_warning_once_the_policy_covers_next_year(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 's.db'}"
    db = Database(url)
    upgrade(db.engine)
    data = load_policy(DEMO_POLICY).model_dump(mode="json")
    with db.transaction() as session:
        store_policy(session, parse_policy(data, "org.yaml"), NOW.isoformat())
    monkeypatch.setenv("SANSHEN_DATABASE_URL", url)
    wiring.database.cache_clear()
    try:
        _warn_about_the_calendar(NOW)
        assert "仅覆盖至 2026 年" in capsys.readouterr().err
        covered = {**data, "calendar": {2027: {"holidays": ["2027-01-01"], "workdays": []}}}
        with db.transaction() as session:
            store_policy(session, parse_policy(covered, "org.yaml"), NOW.isoformat())
        _warn_about_the_calendar(NOW)
        assert capsys.readouterr().err == ""
    finally:
        wiring.database().dispose()
        wiring.database.cache_clear()
        db.dispose()
