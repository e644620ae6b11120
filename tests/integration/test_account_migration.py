"""Migration 0010 on a 0009 database: each account, session and token moves to its person's organisation.

Nothing signs out: the old passwords, sessions and tokens keep working, now for (organisation, username).
"""

import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Boolean, MetaData, Table, create_engine, text

from sanshen.engine import accounts
from sanshen.engine.accounts import Who, digest
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import alembic_config, upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policyfile import load_policy
from tests.conftest import PG_SERVER, require_postgres

DATA = Path(__file__).parents[2] / "sanshen" / "data"
STAMP = "2026-11-20T00:00:00+00:00"
RELEASE_0009 = Path(__file__).parents[1] / "data" / "release_0009_platform.sql"  # made by make_release_0009_platform.py
RELEASE_TABLES = ("organisations", "departments", "people", "person_roles", "policy_versions", "platform_policies",
                  "platform_people")


def platform_as_release_0009_stored_it(connection) -> None:
    """QHKJJ, QHJYJ and the demo platform as the release at 0009 stored them (today's code writes columns
    that 0009 lacks): the release database's rows, copied into the tables as 0009 made them."""
    release = sqlite3.connect(":memory:")
    release.executescript(RELEASE_0009.read_text(encoding="utf-8"))
    for name in RELEASE_TABLES:
        table = Table(name, MetaData(), autoload_with=connection)
        booleans = {column.name for column in table.columns if isinstance(column.type, Boolean)}
        cursor = release.execute(f'SELECT * FROM "{name}"')
        columns = [d[0] for d in cursor.description]
        rows = [{c: bool(v) if c in booleans and v is not None else v for c, v in zip(columns, row, strict=True)} for row in cursor]
        if rows:
            connection.execute(table.insert(), rows)
    release.close()


@pytest.fixture
def release_0009(backend: str, tmp_path: Path):
    """An empty database at migration 0009 (the platform before this one), on the backend under test."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'r.db'}"
        schema = None
    else:
        require_postgres()
        schema = f"sanshen_0009_{uuid.uuid4().hex[:10]}"
        url = f"{PG_SERVER}?options=-csearch_path%3D{schema}"
        with create_engine(PG_SERVER).begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(url)
    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, "0009")
    engine.dispose()
    yield url
    if schema is not None:
        with create_engine(PG_SERVER).begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def test_accounts_sessions_and_tokens_move_to_their_persons_organisation(release_0009, now):
    db = Database(release_0009)
    with db.engine.begin() as conn:
        platform_as_release_0009_stored_it(conn)  # QHKJJ, organisation 1; QHJYJ, organisation 2; the platform
    hashes = {text_: accounts._hasher().hash(password) for text_, password in (
        ("wangfang", "kjj-password"), ("wangfang@QHJYJ", "jyj-password"), ("tianye", "tianye-password"),
        ("ptadmin@platform", "platform-password"))}
    with db.engine.begin() as conn:
        for username, hashed in hashes.items():
            conn.execute(text("INSERT INTO accounts (username, password_hash, changed_at) VALUES (:u, :h, :t)"),
                         {"u": username, "h": hashed, "t": STAMP})
        conn.execute(text("INSERT INTO api_tokens (username, name, token_hash, created_at) VALUES "
                          "('tianye', 'oa', :h, :t)"), {"h": digest("ss_old-token"), "t": STAMP})
        conn.execute(text("INSERT INTO web_sessions (token_hash, username, csrf, address, created_at, last_seen_at) "
                          "VALUES (:h, 'wangfang@QHJYJ', 'c', '127.0.0.1', :t, :t)"),
                     {"h": digest("old-cookie"), "t": now.isoformat()})
    upgrade(db.engine)
    with db.engine.connect() as conn:
        stored = set(conn.execute(text("SELECT o.code, a.username FROM accounts a LEFT JOIN organisations o "
                                       "ON o.id = a.organisation_id")).all())
    assert stored == {("QHKJJ", "wangfang"), ("QHJYJ", "wangfang"), ("QHJYJ", "tianye"), (None, "ptadmin")}
    assert accounts.sign_in(db, "wangfang@QHKJJ", "kjj-password", "127.0.0.1", now).who.code == "QHKJJ"
    assert accounts.sign_in(db, "wangfang@QHJYJ", "jyj-password", "127.0.0.1", now).who.code == "QHJYJ"
    assert accounts.sign_in(db, "ptadmin@platform", "platform-password", "127.0.0.1", now).who == Who(
        None, "ptadmin", "platform")
    with pytest.raises(accounts.SignInRefused):
        accounts.sign_in(db, "wangfang@QHKJJ", "jyj-password", "127.0.0.1", now)
    assert accounts.token_user(db, "ss_old-token", now) == Who(2, "tianye", "QHJYJ")
    active = accounts.active_session(db, "old-cookie", now)
    assert active is not None and active.who == Who(2, "wangfang", "QHJYJ")
    db.dispose()


def test_two_organisations_each_with_a_zhang_keep_separate_passwords_and_tokens(db, now):
    with db.transaction() as session:
        store_policy(session, load_policy(DATA / "demo_policy_education.yaml"), now.isoformat())
    accounts.set_password(db, "wangfang@QHKJJ", "kjj-password", now)
    accounts.set_password(db, "wangfang@QHJYJ", "jyj-password", now)
    with pytest.raises(accounts.NotFound, match="同名用户请写成"):
        accounts.set_password(db, "wangfang", "either-password", now)
    assert accounts.sign_in(db, "wangfang@QHJYJ", "jyj-password", "1.2.3.4", now).who.code == "QHJYJ"
    for typed, password in (("wangfang@QHJYJ", "kjj-password"), ("wangfang@QHKJJ", "jyj-password"),
                            ("wangfang", "kjj-password")):
        with pytest.raises(accounts.SignInRefused, match="用户名或密码错误"):
            accounts.sign_in(db, typed, password, "1.2.3.4", now)
    token = accounts.create_token(db, "wangfang@QHJYJ", "oa", now)
    assert accounts.token_user(db, token, now) == Who(2, "wangfang", "QHJYJ")
    assert accounts.tokens_of(db, "wangfang@QHKJJ") == []
    [theirs] = accounts.tokens_of(db, "wangfang@QHJYJ")
    with pytest.raises(accounts.NotFound):
        accounts.revoke_token(db, theirs["id"], now, owner=Who(1, "wangfang", "QHKJJ"))
    assert accounts.token_user(db, token, now) is not None
