"""The archive transfer flow under Prefect's test harness: a closed period gets its package, once."""

from datetime import datetime, timedelta, timezone

import bagit

from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish
from sanshen.flows.archive import archive_transfer
from tests.helpers import drive_to, submit

CST = timezone(timedelta(hours=8))


def test_when_a_month_closes_the_flow_makes_its_package_once(prefect_harness, db, database_url, now, tmp_path):
    engine = Engine(db)
    item = submit(engine, now)
    drive_to(engine, item, "publishing", now)
    publish(db, item, now)
    december = datetime(2026, 12, 1, 1, 30, tzinfo=CST)
    made = archive_transfer(url=database_url, now=december, root=str(tmp_path / "archive"))["QHKJJ"]
    assert made["made"] and made["period"] == "2026-11" and made["items"] == 1
    assert bagit.Bag(made["package"]).is_valid()
    again = archive_transfer(url=database_url, now=december, root=str(tmp_path / "archive"))["QHKJJ"]
    assert not again["made"] and again["package"] == made["package"]
