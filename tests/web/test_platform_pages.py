"""The web app on a platform of two organisations: accounts per (organisation, username), the platform's pages,
each organisation's operator pages, and the platform auditor who reads everything and whose every POST is refused."""

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from sanshen.engine import accounts
from sanshen.ledger import models
from sanshen.ledger.policystore import store_platform, store_policy
from sanshen.policyfile import load_platform, load_policy
from sanshen.web.app import create_app
from tests.platform_helpers import EDUCATION, drive, submit_as
from tests.web.conftest import PASSWORD, csrf_of, give_passwords

PLATFORM = Path(__file__).parents[2] / "sanshen" / "data" / "demo_platform.yaml"
JYJ_PASSWORD = "jiaoyu-2026-password"
OUTBOX, ITEMS, JOBS = models.OutboxMessage.__table__, models.Item.__table__, models.Job.__table__


@pytest.fixture
def platform_app(db, now, tmp_path):  # type: ignore[no-untyped-def]
    """QHKJJ and QHJYJ with an item each at the sensitivity check (a parked job, parked or uncertain mail each)."""
    with db.transaction() as session:
        store_policy(session, load_policy(EDUCATION), now.isoformat())
        store_platform(session, load_platform(PLATFORM), now.isoformat())
    give_passwords(db, "wangfang", "admin")  # QHKJJ's, with the tests' password
    for who in ("wangfang@QHJYJ", "jyjadmin@QHJYJ", "ptadmin@platform", "inspector@platform"):
        accounts.set_password(db, who, JYJ_PASSWORD, now)
    items = {code: submit_as(db, f"wangfang@{code}", now) for code in ("QHKJJ", "QHJYJ")}
    for code, item in items.items():
        drive(db, item, code, "sensitivity_check", now)
    with db.transaction() as session:
        session.execute(update(JOBS).values(status="parked", attempts=5))
        session.execute(update(OUTBOX).values(status="uncertain"))
    app = create_app(db, site_dir=tmp_path / "site", mail_dir=tmp_path / "mail")
    app.state.items = items
    return app


def signed_in(app, username: str, password: str, organisation: str = "") -> tuple[TestClient, str]:  # type: ignore[no-untyped-def]
    client = TestClient(app)
    form = client.get("/login")
    answer = client.post("/login", data={"username": username, "organisation": organisation, "password": password,
                                         "csrf": csrf_of(form.text)}, follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return client, csrf_of(client.get("/settings").text)


def outbox_of(db, code: str) -> dict[int, str]:  # type: ignore[no-untyped-def]
    organisations = models.Organisation.__table__
    with db.transaction() as session:
        return dict(session.execute(select(OUTBOX.c.id, OUTBOX.c.status).join(
            organisations, organisations.c.id == OUTBOX.c.organisation_id).where(organisations.c.code == code)).all())


def test_two_organisations_each_with_a_wangfang_sign_in_separately(platform_app, db):
    theirs, _ = signed_in(platform_app, "wangfang", JYJ_PASSWORD, organisation="QHJYJ")
    ours, _ = signed_in(platform_app, "wangfang@QHKJJ", PASSWORD)
    items = platform_app.state.items
    assert theirs.get(f"/items/{items['QHJYJ']}").status_code == 200
    assert theirs.get(f"/items/{items['QHKJJ']}").status_code == 404
    assert ours.get(f"/items/{items['QHKJJ']}").status_code == 200
    assert ours.get(f"/items/{items['QHJYJ']}").status_code == 404
    stranger = TestClient(platform_app)
    for username, organisation, password in (("wangfang", "QHKJJ", JYJ_PASSWORD), ("wangfang@QHJYJ", "", PASSWORD),
                                             ("wangfang", "", PASSWORD)):
        form = stranger.get("/login")
        refused = stranger.post("/login", data={"username": username, "organisation": organisation,
                                                "password": password, "csrf": csrf_of(form.text)})
        assert refused.status_code == 401 and "用户名或密码错误" in refused.text


def test_an_organisations_administrator_operates_only_their_organisation(platform_app, db):
    admin, csrf = signed_in(platform_app, "jyjadmin@QHJYJ", JYJ_PASSWORD)
    page = admin.get("/operator").text
    assert {int(n) for n in re.findall(r"/operator/outbox/(\d+)/mark-sent", page)} == set(outbox_of(db, "QHJYJ"))
    assert admin.get("/operator?org=QHKJJ").status_code == 404
    assert admin.get("/platform").status_code == 404
    before = outbox_of(db, "QHKJJ")
    for message in before:
        refused = admin.post(f"/operator/outbox/{message}/mark-sent", data={"csrf": csrf})
        assert refused.status_code == 404 and f"找不到通知 {message}" in refused.text
    assert outbox_of(db, "QHKJJ") == before
    [theirs] = [m for m in outbox_of(db, "QHJYJ")][:1]
    assert admin.post(f"/operator/outbox/{theirs}/mark-sent", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    assert outbox_of(db, "QHJYJ")[theirs] == "sent"


def test_the_platform_administrator_sees_every_organisation_and_adds_one(platform_app, db):
    ptadmin, csrf = signed_in(platform_app, "ptadmin", JYJ_PASSWORD, organisation="platform")
    assert ptadmin.get("/", follow_redirects=False).headers["location"] == "/platform"
    listing = ptadmin.get("/platform").text
    assert "QHJYJ" in listing and "QHKJJ" in listing and "新增单位" in listing
    every = ptadmin.get("/operator").text
    assert {int(n) for n in re.findall(r"/operator/outbox/(\d+)/mark-sent", every)} == (
        set(outbox_of(db, "QHKJJ")) | set(outbox_of(db, "QHJYJ")))
    one = ptadmin.get("/operator?org=QHJYJ").text
    assert {int(n) for n in re.findall(r"/operator/outbox/(\d+)/mark-sent", one)} == set(outbox_of(db, "QHJYJ"))
    third = EDUCATION.read_text(encoding="utf-8").replace('code: "QHJYJ"', 'code: "QHWSJ"').replace("清河县教育局", "清河县卫生健康局")
    added = ptadmin.post("/platform/organisations", data={"csrf": csrf, "policy": third})
    assert added.status_code == 200 and "已载入 清河县卫生健康局（QHWSJ）" in added.text
    bad = ptadmin.post("/platform/organisations", data={"csrf": csrf, "policy": "organisation: {code: X}"})
    assert bad.status_code == 422
    with db.transaction() as session:
        assert session.execute(select(func.count()).select_from(models.Organisation)).scalar() == 3


def test_the_platform_auditor_reads_every_organisation_and_every_post_is_refused(platform_app, db):
    inspector, csrf = signed_in(platform_app, "inspector@platform", JYJ_PASSWORD)
    items = platform_app.state.items
    for item in items.values():
        assert inspector.get(f"/items/{item}/history").status_code == 200
        assert inspector.get(f"/items/{item}").status_code == 200
    search = inspector.get("/audit").text
    assert all(f"/items/{item}" in search for item in items.values())
    assert "已校验 2 份稿件" in inspector.get("/audit/verify").text
    assert "已校验 1 份稿件" in inspector.get("/audit/verify?org=QHJYJ").text
    assert "清河县教育局" in inspector.get("/reports?org=QHJYJ").text
    assert "新增单位" not in inspector.get("/platform").text
    assert inspector.get("/operator").status_code == 200 and "/mark-sent" not in inspector.get("/operator").text
    with db.transaction() as session:
        before = (session.execute(select(ITEMS.c.id, ITEMS.c.stage, ITEMS.c.version)).all(),
                  session.execute(select(OUTBOX.c.id, OUTBOX.c.status)).all(),
                  session.execute(select(JOBS.c.id, JOBS.c.status)).all())
    message, job = next(iter(outbox_of(db, "QHJYJ"))), 1
    refusals = {"/items": {"title": "标题", "body": "正文", "key": "k1"},
                f"/items/{items['QHJYJ']}/claim": {"key": "k2"},
                f"/items/{items['QHKJJ']}/withdraw": {"key": "k3"},
                f"/operator/outbox/{message}/retry": {}, f"/operator/outbox/{message}/mark-sent": {},
                f"/operator/jobs/{job}/retry": {}, "/platform/organisations": {"policy": EDUCATION.read_text("utf-8")}}
    for path, form in refusals.items():
        answer = inspector.post(path, data={"csrf": csrf, **form}, follow_redirects=False)
        assert answer.status_code == 403, (path, answer.status_code)
        assert "只能查" in answer.text, path
    with db.transaction() as session:
        after = (session.execute(select(ITEMS.c.id, ITEMS.c.stage, ITEMS.c.version)).all(),
                 session.execute(select(OUTBOX.c.id, OUTBOX.c.status)).all(),
                 session.execute(select(JOBS.c.id, JOBS.c.status)).all())
    assert after == before
