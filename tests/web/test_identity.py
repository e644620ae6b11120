"""Sign-in, sessions, CSRF, the sign-in limits, the access log, single sign-on by a trusted header."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from sanshen.engine import accounts
from sanshen.ledger import models
from sanshen.ledger.policystore import store_policy
from sanshen.web.app import create_app
from tests.helpers import submit
from tests.web.conftest import PASSWORD, TestClient, csrf_of, sign_in


def _count(db, **where) -> int:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        query = select(func.count()).select_from(models.AccessLog)
        for key, value in where.items():
            query = query.where(getattr(models.AccessLog, key) == value)
        return int(session.execute(query).scalar_one())


def test_a_page_without_a_session_sends_the_browser_to_sign_in(client):
    answer = client.get("/desk", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/login"


def test_signing_in_sets_an_httponly_samesite_session_cookie_and_logs_it(client, db):
    form = client.get("/login")
    answer = client.post("/login", data={"username": "wangfang", "password": PASSWORD, "csrf": csrf_of(form.text)},
                         follow_redirects=False)
    cookie = answer.headers["set-cookie"]
    assert answer.status_code == 303
    assert "sanshen_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie.split("sanshen_form")[0]
    assert _count(db, username="wangfang@QHKJJ", action="sign_in") == 1
    assert client.get("/desk").status_code == 200


def test_the_session_cookie_is_secure_over_https(app):
    with TestClient(app, base_url="https://testserver") as c:
        form = c.get("/login")
        answer = c.post("/login", data={"username": "wangfang", "password": PASSWORD, "csrf": csrf_of(form.text)},
                        follow_redirects=False)
    assert "Secure" in answer.headers["set-cookie"].split("sanshen_form")[0]


def test_a_wrong_password_and_an_unknown_account_get_the_same_answer(client, db):
    form = client.get("/login")
    wrong = client.post("/login", data={"username": "wangfang", "password": "nope-nope", "csrf": csrf_of(form.text)})
    form = client.get("/login")
    unknown = client.post("/login", data={"username": "nobody", "password": "nope-nope", "csrf": csrf_of(form.text)})
    assert wrong.status_code == unknown.status_code == 401
    assert "用户名或密码错误" in wrong.text and "用户名或密码错误" in unknown.text
    assert _count(db, action="sign_in_failed") == 2


def test_the_sign_in_form_without_its_csrf_token_is_refused(client, db):
    client.get("/login")
    answer = client.post("/login", data={"username": "wangfang", "password": PASSWORD, "csrf": "forged"})
    assert answer.status_code == 403 and "登录表单已失效" in answer.text
    assert _count(db, action="sign_in") == 0


def test_brute_force_on_one_account_hits_the_limit_even_with_the_right_password(client, db):
    for _ in range(5):
        form = client.get("/login")
        client.post("/login", data={"username": "wangfang", "password": "guess-guess", "csrf": csrf_of(form.text)})
    form = client.get("/login")
    answer = client.post("/login", data={"username": "wangfang", "password": PASSWORD, "csrf": csrf_of(form.text)})
    assert answer.status_code == 429 and "登录失败次数过多" in answer.text
    assert _count(db, action="sign_in_limited", username="wangfang@QHKJJ") == 1
    form = client.get("/login")  # the limit is per account: another account still signs in from here
    other = client.post("/login", data={"username": "liqiang", "password": PASSWORD, "csrf": csrf_of(form.text)},
                        follow_redirects=False)
    assert other.status_code == 303


def test_an_unknown_account_is_limited_like_a_known_one(client):
    for _ in range(5):
        form = client.get("/login")
        client.post("/login", data={"username": "ghost", "password": "guess-guess", "csrf": csrf_of(form.text)})
    form = client.get("/login")
    answer = client.post("/login", data={"username": "ghost", "password": "guess", "csrf": csrf_of(form.text)})
    assert answer.status_code == 429


def test_many_failures_from_one_address_limit_every_account_from_it(client):
    for n in range(20):
        form = client.get("/login")
        client.post("/login", data={"username": f"user{n}", "password": "guess-guess", "csrf": csrf_of(form.text)})
    form = client.get("/login")
    answer = client.post("/login", data={"username": "wangfang", "password": PASSWORD, "csrf": csrf_of(form.text)})
    assert answer.status_code == 429


def test_a_session_after_sign_out_is_dead(client, db):
    csrf = sign_in(client, "wangfang")
    cookie = client.cookies.get("sanshen_session")
    answer = client.post("/logout", data={"csrf": csrf}, follow_redirects=False)
    assert answer.status_code == 303
    client.cookies.set("sanshen_session", cookie)
    assert client.get("/desk", follow_redirects=False).status_code == 303
    assert _count(db, action="sign_out", username="wangfang@QHKJJ") == 1


def test_sign_out_without_the_csrf_token_is_refused(client):
    sign_in(client, "wangfang")
    assert client.post("/logout", data={}).status_code == 403
    assert client.get("/desk", follow_redirects=False).status_code == 200


def test_an_idle_session_ends(client, monkeypatch):
    sign_in(client, "wangfang")
    later = datetime.now().astimezone() + timedelta(minutes=31)
    monkeypatch.setenv("SANSHEN_NOW", later.isoformat())
    assert client.get("/desk", follow_redirects=False).status_code == 303


def test_a_form_without_or_with_a_forged_csrf_token_changes_nothing(client, db, now):
    sign_in(client, "wangfang")
    missing = client.post("/items", data={"title": "无令牌", "body": "正文内容。"})
    forged = client.post("/items", data={"title": "伪造令牌", "body": "正文内容。", "csrf": "x" * 43})
    assert missing.status_code == forged.status_code == 403
    with db.transaction() as session:
        assert session.execute(select(func.count()).select_from(models.Item)).scalar_one() == 0
    assert _count(db, action="refused", username="wangfang@QHKJJ") == 2


def test_passwords_are_stored_as_argon2id_hashes(db, now):
    accounts.set_password(db, "zhaomin", "a-long-password", now)
    with db.transaction() as session:
        stored = session.execute(select(models.Account.password_hash).where(models.Account.username == "zhaomin")).scalar_one()
    assert stored.startswith("$argon2id$") and "a-long-password" not in stored


def test_a_password_for_someone_outside_the_policy_is_refused(db, now):
    with pytest.raises(accounts.NotFound):
        accounts.set_password(db, "stranger", "a-long-password", now)


@pytest.fixture
def sso_app(db, demo_policy, now, tmp_path):  # type: ignore[no-untyped-def]
    policy = demo_policy.model_copy(update={"auth": demo_policy.auth.model_copy(
        update={"trusted_header": "X-Remote-User", "trusted_proxies": ("10.0.0.0/24",)})})
    with db.transaction() as session:
        store_policy(session, policy, now.isoformat())
    return create_app(db, site_dir=tmp_path / "site", mail_dir=tmp_path / "mail")


def test_the_trusted_header_signs_in_from_a_configured_proxy(sso_app, db, now):
    submit_id = submit(__import__("sanshen.engine.handlers", fromlist=["Engine"]).Engine(db), now)
    with TestClient(sso_app, client=("10.0.0.7", 5000)) as c:
        page = c.get(f"/items/{submit_id}", headers={"X-Remote-User": "wangfang"})
        assert page.status_code == 200 and "关于开展科技活动周的通知" in page.text
        assert "sanshen_session=" in page.headers["set-cookie"]
    assert _count(db, action="sign_in_sso", username="wangfang@QHKJJ") == 1


def test_the_trusted_header_is_ignored_from_any_other_address(sso_app, db):
    with TestClient(sso_app, client=("192.168.1.9", 5000)) as c:
        answer = c.get("/desk", headers={"X-Remote-User": "wangfang"}, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/login"
    assert _count(db, action="refused", detail="untrusted_sso_header") == 1
