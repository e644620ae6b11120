"""Operator and records commands on two organisations: jobs, outbox, reports and archives stay in their scope.

Each test tries to reach another organisation's rows through an operator command and would fail if the
command did not apply the scope (SQLite and PostgreSQL).
"""

from pathlib import Path

import pytest
from sqlalchemy import select, update

from sanshen.engine import jobs
from sanshen.engine.errors import InvalidInput, NotFound
from sanshen.engine.operator_scope import one_organisation, operator_scope, platform_wide
from sanshen.engine.org_scope import acting
from sanshen.engine.outbox_admin import confirm_sent, requeue, requeue_parked, undelivered
from sanshen.engine.publishing import publish
from sanshen.engine.records.annual import annual
from sanshen.engine.records.archive import make_package
from sanshen.engine.records.register import register
from sanshen.engine.records.sheets import confidentiality_month
from sanshen.ledger import models
from sanshen.ledger.policystore import store_platform
from sanshen.policies.errors import RuleBroken
from sanshen.policies.scope import CONSOLE
from sanshen.policyfile import load_platform
from tests.platform_helpers import drive, submit_as

PLATFORM = Path(__file__).parents[2] / "sanshen" / "data" / "demo_platform.yaml"
OUTBOX, JOBS = models.OutboxMessage.__table__, models.Job.__table__


def operator(db, who: str | None, org: str | None = None, changes: bool = False):
    with db.transaction() as session:
        return operator_scope(session, acting(session, who) if who else CONSOLE, org, changes)


@pytest.fixture
def busy(two, now):
    """One item of each organisation at the sensitivity check (a job each) with its mail parked or uncertain."""
    items = {"QHKJJ": submit_as(two, "wangfang@QHKJJ", now), "QHJYJ": submit_as(two, "wangfang@QHJYJ", now)}
    for code, item in items.items():
        drive(two, item, code, "sensitivity_check", now)
    with two.transaction() as session:
        session.execute(update(JOBS).values(status="parked", attempts=5))
        session.execute(update(OUTBOX).where(OUTBOX.c.id % 2 == 0).values(status="parked"))
        session.execute(update(OUTBOX).where(OUTBOX.c.id % 2 == 1).values(status="uncertain"))
    return two, items


def rows_of(db, table, code: str) -> list[int]:
    organisations = models.Organisation.__table__
    with db.transaction() as session:
        return list(session.execute(select(table.c.id).join(organisations, organisations.c.id == table.c.organisation_id)
                                    .where(organisations.c.code == code).order_by(table.c.id)).scalars())


def statuses(db, table) -> dict[int, str]:
    with db.transaction() as session:
        return dict(session.execute(select(table.c.id, table.c.status)).all())


def test_an_organisations_administrator_lists_only_its_own_jobs_and_mail(busy):
    db, _ = busy
    ours = operator(db, "admin@QHKJJ")
    assert {j["organisation"] for j in jobs.unfinished(db, ours)} == {"QHKJJ"}
    assert [j["id"] for j in jobs.unfinished(db, ours)] == rows_of(db, JOBS, "QHKJJ")
    with db.transaction() as session:
        listed = undelivered(session, ours)
        everything = undelivered(session, CONSOLE)
    assert [m["id"] for m in listed] == rows_of(db, OUTBOX, "QHKJJ") and listed
    assert {m["organisation"] for m in everything} == {"QHKJJ", "QHJYJ"}


def test_another_organisations_message_answers_as_one_that_does_not_exist(busy, now):
    db, _ = busy
    ours, before = operator(db, "jyjadmin@QHJYJ", changes=True), statuses(db, OUTBOX)
    theirs = rows_of(db, OUTBOX, "QHKJJ")
    for change in (lambda n: requeue(db, n, ours), lambda n: confirm_sent(db, n, now, ours)):
        for message in theirs:
            with pytest.raises(NotFound) as refused:
                change(message)
            assert str(refused.value) == f"找不到通知 {message}"
    assert statuses(db, OUTBOX) == before
    requeued = requeue_parked(db, None, ours)
    assert requeued and set(requeued) <= set(rows_of(db, OUTBOX, "QHJYJ"))
    assert all(statuses(db, OUTBOX)[m] == before[m] for m in theirs)


def test_another_organisations_job_is_never_retried(busy):
    db, _ = busy
    ours = operator(db, "jyjadmin@QHJYJ", changes=True)
    [theirs] = rows_of(db, JOBS, "QHKJJ")
    assert not jobs.retry_parked(db, theirs, ours)
    assert jobs.retry_all_parked(db, ours) == rows_of(db, JOBS, "QHJYJ")
    assert statuses(db, JOBS)[theirs] == "parked"


def test_who_may_operate_and_which_organisation(busy):
    db, _ = busy
    with pytest.raises(NotFound, match="找不到单位 QHJYJ"):
        operator(db, "admin@QHKJJ", org="QHJYJ")
    with pytest.raises(RuleBroken) as drafter:
        operator(db, "wangfang@QHKJJ")
    assert drafter.value.rule == "operators_only"
    assert operator(db, "qianjin@QHKJJ").organisation_code == "QHKJJ"  # the organisation's auditor reads
    with pytest.raises(RuleBroken) as auditor:
        operator(db, "qianjin@QHKJJ", changes=True)
    assert auditor.value.rule == "auditor_reads_only"
    assert operator(db, None, org="QHJYJ").organisation_code == "QHJYJ"


def test_the_platforms_people_operate_every_organisation_and_its_auditors_change_nothing(busy, now):
    db, _ = busy
    with db.transaction() as session:
        store_platform(session, load_platform(PLATFORM), now.isoformat())
    inspector = operator(db, "inspector@platform")
    assert {j["organisation"] for j in jobs.unfinished(db, inspector)} == {"QHKJJ", "QHJYJ"}
    assert {j["organisation"] for j in jobs.unfinished(db, operator(db, "inspector@platform", "QHJYJ"))} == {"QHJYJ"}
    with pytest.raises(RuleBroken, match="审计员只能查看"):
        operator(db, "inspector@platform", changes=True)
    admin = operator(db, "ptadmin@platform", org="QHJYJ", changes=True)
    assert jobs.retry_all_parked(db, admin) == rows_of(db, JOBS, "QHJYJ")
    platform_wide(acting_of(db, "ptadmin@platform"))
    for who in ("inspector@platform", "admin@QHKJJ"):
        with pytest.raises(RuleBroken):
            platform_wide(acting_of(db, who))


def acting_of(db, who: str):
    with db.transaction() as session:
        return acting(session, who)


def test_reports_and_archives_are_made_per_organisation(two, now, tmp_path):
    published = {}
    for code in ("QHKJJ", "QHJYJ"):
        item = submit_as(two, f"wangfang@{code}", now)
        drive(two, item, code, "publishing", now)
        publish(two, item, now)
        published[code] = item
    admin = operator(two, "admin@QHKJJ")
    with two.transaction() as session:
        with pytest.raises(InvalidInput, match="请用 --org"):
            one_organisation(session, CONSOLE)
        ours = one_organisation(session, admin)
        assert [r["item_id"] for r in register(session, now.date(), now.date(), ours.organisation_id)] == [
            published["QHKJJ"]]
        figures = annual(session, now.year, ours.organisation_id)
        assert figures["organisation"] == "清河县科学技术局"
        assert figures["detail"]["published_proactively"] == [published["QHKJJ"]]
        month = confidentiality_month(session, now.strftime("%Y-%m"), ours.organisation_id)
        assert [s["item_id"] for s in month["sheets"]] == [published["QHKJJ"]]
    made = make_package(two, now.strftime("%Y-%m"), tmp_path, organisation_id=ours.organisation_id)
    assert made["items"] == 1 and made["package"].endswith("QHKJJ-" + now.strftime("%Y-%m"))
    listed = (tmp_path / f"QHKJJ-{now.strftime('%Y-%m')}" / "data" / "transfer_list.json").read_text("utf-8")
    assert f'"item_id": {published["QHKJJ"]}' in listed and f'"item_id": {published["QHJYJ"]}' not in listed
