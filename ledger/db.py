"""Database engines and sessions: SQLite (a file, WAL) by default, PostgreSQL in production."""

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import CursorResult, Engine, create_engine, event, exc, make_url
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///var/sanshen.db"
SUPPORTED_BACKENDS = ("sqlite", "postgresql")


class UnsupportedDatabase(LookupError):
    """A database URL of a kind sanshen does not run on (MySQL, Oracle, ...)."""


def database_url() -> str:
    return os.environ.get("SANSHEN_DATABASE_URL", DEFAULT_URL)


def make_engine(url: str | None = None) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys and write transactions that queue."""
    url = url or database_url()
    backend = make_url(url).get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise UnsupportedDatabase(f"数据库地址无效（SANSHEN_DATABASE_URL）：不支持 {backend} 数据库，"
                                  "须为 sqlite:///文件路径 或 postgresql+psycopg://用户@主机/库名")
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    # No ping before each use (a round trip per command): a connection lost to a server restart is
    # noticed on its first statement, the pool is emptied, and the engine's commands try once more.
    return create_engine(url, pool_size=10, max_overflow=20, pool_recycle=1800)


def _sqlite_engine(url: str) -> Engine:
    path = url.split(":///", 1)[-1]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def _not_the_aborted_pipeline_echo(record: logging.LogRecord) -> bool:
    """psycopg warns that it could not end a pipeline whose statement failed; the failure itself is raised."""
    return not str(record.msg).startswith("error ignored terminating")


logging.getLogger("psycopg").addFilter(_not_the_aborted_pipeline_echo)


@contextmanager
def pipelined(session: Session) -> Iterator[None]:
    """Send the block's statements without waiting for each answer: one round trip on PostgreSQL.

    psycopg's pipeline mode; on SQLite, which has no round trips, the statements run as they come.
    A statement that fails raises, as SQLAlchemy's exception for it, when the block ends.
    Read the rows a statement changed with `affected`, after the block.
    """
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        yield
        return
    import psycopg

    try:
        with connection.connection.driver_connection.pipeline():  # type: ignore[union-attr]
            yield
    except psycopg.Error as error:
        raise exc.DBAPIError.instance(None, None, error, psycopg.Error) from error


def affected(result: CursorResult) -> int:
    """The rows a statement changed; in a pipeline known only once the block has ended, on the cursor."""
    counted = result.rowcount
    return counted if counted >= 0 else int(result.context.cursor.rowcount)


class Database:
    """One engine and its session factory; `transaction()` is the unit of work."""

    def __init__(self, url: str | None = None):
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together at the end, or rolled back entirely."""
        with self.sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
