"""The JSON API of the pinned contract: tokens, permissions, errors as {"code", "message"}."""

import json
import os
import subprocess
import sys

import pytest

from sanshen.engine import accounts
from sanshen.engine.commands import Decide
from sanshen.engine.handlers import Engine
from sanshen.policies.errors import RuleBroken
from tests.helpers import drive_to, submit
from tests.web.conftest import TestClient


@pytest.fixture
def api(app):  # type: ignore[no-untyped-def]
    with TestClient(app) as c:
        yield c


def bearer(db, username: str, now) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {"Authorization": f"Bearer {accounts.create_token(db, username, 'test', now)}"}


def test_me_answers_the_token_holder(api, db, now):
    assert api.get("/api/v1/me", headers=bearer(db, "chenjun", now)).json() == {
        "username": "chenjun", "department": "planning", "roles": ["department_head"]}


def test_no_token_a_random_token_and_a_revoked_token_are_401(api, db, now):
    token = accounts.create_token(db, "wangfang", "oa", now)
    accounts.revoke_token(db, accounts.tokens_of(db, "wangfang")[0]["id"], now)
    for headers in ({}, {"Authorization": "Bearer ss_made_up"}, {"Authorization": f"Bearer {token}"}):
        answer = api.get("/api/v1/me", headers=headers)
        assert answer.status_code == 401 and answer.json()["code"] == "unauthorized"


def test_a_drafter_submits_and_reads_the_item_and_its_history(api, db, now):
    headers = bearer(db, "wangfang", now)
    made = api.post("/api/v1/items", headers=headers, json={"title": "接口稿件", "body": "各科室：\n请按时报送。",
                                                             "formed_on": "2026-11-20", "source": "本单位"})
    assert made.status_code == 201 and made.json()["stage"] == "confidentiality_review"
    item = made.json()["id"]
    shown = api.get(f"/api/v1/items/{item}", headers=headers).json()
    assert shown["revision_hash"] == made.json()["revision_hash"] and shown["formed_on"] == "2026-11-20"
    told = api.get(f"/api/v1/items/{item}/history", headers=headers).json()
    assert told["verified"] is True and told["events"][0]["event"] == "submit"


def test_a_strangers_token_gets_404_for_an_item_out_of_sight(api, db, now):
    item = submit(Engine(db), now)
    answer = api.get(f"/api/v1/items/{item}", headers=bearer(db, "zhaomin", now))
    assert answer.status_code == 404 and answer.json()["code"] == "not_found"
    acting = api.post(f"/api/v1/items/{item}/withdraw", headers=bearer(db, "zhaomin", now), json={})
    assert acting.status_code == 404
    assert api.get(f"/api/v1/items/{item}", headers=bearer(db, "zhaomin", now)).json() == \
        api.get("/api/v1/items/99999", headers=bearer(db, "zhaomin", now)).json() | {"message": f"找不到稿件 {item}"}


def test_a_reviewer_works_the_queue_and_a_refusal_carries_the_rule_id_and_the_cli_sentence(api, db, now):
    engine = Engine(db)
    item = submit(engine, now)
    linfeng, songjia = bearer(db, "linfeng", now), bearer(db, "songjia", now)
    queue = api.get("/api/v1/queue", headers=linfeng).json()
    assert [(q["item_id"], q["stage"]) for q in queue] == [(item, "confidentiality_review")]
    assert api.post(f"/api/v1/items/{item}/claim", headers=linfeng).json()["stage"] == "confidentiality_review"
    refused = api.post(f"/api/v1/items/{item}/approve", headers=songjia, json={"opinion": "同意"})
    with pytest.raises(RuleBroken) as cli:
        engine.decide(Decide("approve", "songjia", item, opinion="同意"), now)
    assert refused.status_code == 403 and refused.json() == {"code": cli.value.rule, "message": str(cli.value)}
    no_opinion = api.post(f"/api/v1/items/{item}/return", headers=linfeng, json={})
    assert no_opinion.json()["code"] == "opinion_required"
    approved = api.post(f"/api/v1/items/{item}/approve", headers=linfeng, json={"opinion": "不涉密"})
    assert approved.status_code == 200 and approved.json()["stage"] == "sensitivity_check"


def test_a_stale_revision_pin_and_bad_input_are_refused(api, db, now):
    engine = Engine(db)
    item = submit(engine, now)
    headers = bearer(db, "linfeng", now)
    api.post(f"/api/v1/items/{item}/claim", headers=headers)
    stale = api.post(f"/api/v1/items/{item}/approve", headers=headers, json={"revision": "0" * 64})
    assert stale.json()["code"] == "revision_changed"
    bad = api.post(f"/api/v1/items/{item}/approve", headers=headers, json={"revision": "not-a-hash"})
    assert bad.status_code == 422 and bad.json()["code"] == "invalid"
    shapeless = api.post("/api/v1/items", headers=bearer(db, "wangfang", now), json={"title": 5})
    assert shapeless.status_code == 422 and shapeless.json()["code"] == "invalid"
    unknown = api.post(f"/api/v1/items/{item}/dance", headers=headers)
    assert unknown.status_code == 422


def test_the_drafter_revises_resubmits_and_retracts_are_refused_to_others(api, db, now):
    engine = Engine(db)
    item = submit(engine, now)
    engine.decide(Decide("claim", "linfeng", item), now)
    engine.decide(Decide("return", "linfeng", item, opinion="请修改"), now)
    wangfang = bearer(db, "wangfang", now)
    revised = api.post(f"/api/v1/items/{item}/revise", headers=wangfang, json={"body": "各科室：\n修改后的正文。"})
    assert revised.status_code == 200 and revised.json()["stage"] == "drafting"
    assert api.post(f"/api/v1/items/{item}/resubmit", headers=wangfang).json()["stage"] == "confidentiality_review"
    assert api.post(f"/api/v1/items/{item}/mask", headers=wangfang).status_code in (403, 422)


def test_verify_is_for_auditors_only(api, db, now):
    submit(Engine(db), now)
    report = api.get("/api/v1/verify", headers=bearer(db, "qianjin", now))
    assert report.status_code == 200 and report.json()["ok"] is True and report.json()["items_checked"] == 1
    assert api.get("/api/v1/verify", headers=bearer(db, "wangfang", now)).status_code == 404
    item = submit(Engine(db), now)
    acting = api.post(f"/api/v1/items/{item}/withdraw", headers=bearer(db, "qianjin", now))
    assert acting.status_code == 403 and acting.json()["code"] == "read_only"


def test_a_proofreader_corrects_through_the_api(api, db, now):
    engine = Engine(db)
    item = submit(engine, now, body="各科室：\n现将有关事项通知如下，请认真组织实施。" + "各单位要高度重视科普工作。" * 8)
    drive_to(engine, item, "proofreading_1", now)
    fengyu = bearer(db, "fengyu", now)
    api.post(f"/api/v1/items/{item}/claim", headers=fengyu)
    body = "各科室：\n现将有关事项通知如下，请认真组织落实。" + "各单位要高度重视科普工作。" * 8
    corrected = api.post(f"/api/v1/items/{item}/correct", headers=fengyu, json={"body": body, "opinion": "改一字"})
    assert corrected.status_code == 200 and corrected.json()["stage"] == "proofreading_1"


def test_the_schema_and_the_docs_are_served_from_the_app(api):
    schema = api.get("/api/v1/openapi.json").json()
    assert {"/me", "/items", "/items/{item_id}", "/items/{item_id}/history", "/queue", "/verify",
            "/items/{item_id}/{action}"} <= set(schema["paths"])
    docs = api.get("/api/v1/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert api.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_the_token_commands_print_json_store_a_hash_and_revoke(database_url, db, now):
    env = {**os.environ, "SANSHEN_DATABASE_URL": database_url}
    cli = [os.path.join(os.path.dirname(sys.executable), "sanshen")]
    made = subprocess.run([*cli, "token", "create", "wangfang", "--name", "OA", "--json"], env=env,
                          capture_output=True, text=True, check=True)
    token = json.loads(made.stdout)["token"]
    listed = json.loads(subprocess.run([*cli, "token", "list", "--json"], env=env, capture_output=True, text=True,
                                       check=True).stdout)
    assert listed[0]["name"] == "OA" and token not in json.dumps(listed)
    assert accounts.token_user(db, token, now) == accounts.Who(1, "wangfang", "QHKJJ")
    subprocess.run([*cli, "token", "revoke", str(listed[0]["id"])], env=env, check=True, capture_output=True)
    assert accounts.token_user(db, token, now) is None
    stranger = subprocess.run([*cli, "token", "create", "nobody", "--json"], env=env, capture_output=True, text=True)
    assert stranger.returncode == 1 and "不在人员名单中" in stranger.stderr and "Traceback" not in stranger.stderr


def test_a_retried_request_with_the_same_idempotency_key_acts_once(api, db, now):
    """A lost response retried with its Idempotency-Key answers the first outcome: one item, one claim."""
    from sqlalchemy import func, select

    from sanshen.ledger import models

    drafter = {**bearer(db, "wangfang", now), "Idempotency-Key": "submit-0001"}
    new = {"title": "关于开展科技活动周的通知", "body": "各科室：\n现将有关事项通知如下。"}
    first, again = (api.post("/api/v1/items", json=new, headers=drafter) for _ in range(2))
    assert first.status_code == again.status_code == 201 and first.json() == again.json()
    officer = {**bearer(db, "linfeng", now), "Idempotency-Key": "claim-0001"}
    item = first.json()["id"]
    claims = [api.post(f"/api/v1/items/{item}/claim", headers=officer) for _ in range(2)]
    assert [c.status_code for c in claims] == [200, 200]  # not already_claimed: the retry is the same request
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(models.Item)) == 1
        assert session.scalar(select(func.count()).select_from(models.Event)
                              .where(models.Event.event == "claim")) == 1
    other = {**bearer(db, "wangfang", now), "Idempotency-Key": "submit-0002"}
    assert api.post("/api/v1/items", json=new, headers=other).json()["id"] != item  # a new key acts again
