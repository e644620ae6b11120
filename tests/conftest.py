"""Shared fixtures: a real SQLite file and a real PostgreSQL schema per test run, a fixed clock."""

import os
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, text

from sanshen.ledger.db import Database
from sanshen.ledger.installation import forget
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.models import Base
from sanshen.ledger.policystore import store_policy
from sanshen.policies.config import Policy
from sanshen.policyfile import DEMO_POLICY, load_policy

PG_SERVER = os.environ.get("SANSHEN_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
CST = timezone(timedelta(hours=8))


def postgres_reachable() -> str | None:
    """None when the test PostgreSQL answers, else why not."""
    try:
        engine = create_engine(PG_SERVER)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"


_PG_PROBLEM = postgres_reachable()


def require_postgres() -> None:
    if _PG_PROBLEM is None:
        return
    if IN_CI:
        pytest.fail(f"PostgreSQL is required under CI=true but is not reachable at {PG_SERVER}: {_PG_PROBLEM}")
    pytest.skip(f"SKIPPED SUITE postgresql: server not reachable at {PG_SERVER} ({_PG_PROBLEM})")


@pytest.fixture(scope="session")
def pg_schema_url() -> Iterator[str]:
    """A private schema on the test server for this test process, dropped at the end."""
    require_postgres()
    schema = f"sanshen_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_SERVER)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{PG_SERVER}?options=-csearch_path%3D{schema}"
    migrated = Database(url)
    upgrade(migrated.engine)
    migrated.dispose()
    yield url
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def _truncate(db: Database) -> None:
    forget()
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(scope="session")
def demo_policy() -> Policy:
    return load_policy(DEMO_POLICY)


@pytest.fixture
def now() -> datetime:
    """A fixed moment: a Tuesday morning, China Standard Time."""
    return datetime(2026, 11, 24, 9, 30, tzinfo=CST)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(backend: str, tmp_path, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'sanshen.db'}"
    return str(request.getfixturevalue("pg_schema_url"))


def _prepared(url: str, backend: str, policy: Policy, now: datetime) -> Database:
    database = Database(url)
    if backend == "sqlite":
        upgrade(database.engine)
    else:
        _truncate(database)
    with database.transaction() as session:
        store_policy(session, policy, now.isoformat())
    return database


@pytest.fixture
def db(database_url: str, backend: str, demo_policy: Policy, now: datetime) -> Iterator[Database]:
    """A migrated database of the backend under test, with the demo organisation's policy in force."""
    database = _prepared(database_url, backend, demo_policy, now)
    yield database
    database.dispose()


@pytest.fixture
def pg_db(pg_schema_url: str, demo_policy: Policy, now: datetime) -> Iterator[Database]:
    """The PostgreSQL database alone, for what only a server with row locks can show."""
    database = _prepared(pg_schema_url, "postgresql", demo_policy, now)
    yield database
    database.dispose()
