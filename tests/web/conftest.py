"""The web app over a real database (SQLite file and PostgreSQL schema), driven over HTTP."""

import re
import warnings
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from sqlalchemy import insert

from sanshen.engine.accounts import ACCOUNTS, _hasher
from sanshen.ledger.db import Database

warnings.filterwarnings("ignore", message=".*httpx2.*")
from fastapi.testclient import TestClient  # noqa: E402

from sanshen.web.app import create_app  # noqa: E402

PASSWORD = "qinghe-2026"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@cache
def password_hash() -> str:
    """One real argon2id hash of the test password, shared by every account of the tests."""
    return _hasher().hash(PASSWORD)


def give_passwords(db: Database, *usernames: str) -> None:
    with db.transaction() as session:
        session.execute(insert(ACCOUNTS), [{"organisation_id": 1, "username": u, "password_hash": password_hash(),
                                            "changed_at": "2026-11-24T00:00:00+00:00"} for u in usernames])


@pytest.fixture
def site_dir(tmp_path: Path) -> Path:
    return tmp_path / "site"


@pytest.fixture
def app(db: Database, site_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    give_passwords(db, *(p for p in PEOPLE))
    return create_app(db, site_dir=site_dir, mail_dir=tmp_path / "mail")


PEOPLE = ["wangfang", "liqiang", "zhaomin", "linfeng", "songjia", "hanbing", "chenjun", "guolei", "liuyang",
          "fengyu", "caihong", "dengyun", "qianjin", "admin"]


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app) as c:
        yield c


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "the page carries no CSRF token"
    return found.group(1)


def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Sign in through the form; return the CSRF token of the session."""
    form = client.get("/login")
    answer = client.post("/login", data={"username": username, "password": password, "csrf": csrf_of(form.text)},
                         follow_redirects=False)
    assert answer.status_code == 303, answer.text
    return csrf_of(client.get("/settings").text)


def as_user(app, username: str) -> tuple[TestClient, str]:  # type: ignore[no-untyped-def]
    c = TestClient(app)
    return c, sign_in(c, username)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch, now):  # type: ignore[no-untyped-def]
    """The app reads the same fixed moment as the engine calls of the tests."""
    monkeypatch.setenv("SANSHEN_NOW", now.isoformat())
