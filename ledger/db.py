"""Database engines and sessions: SQLite (a file, WAL) by default, PostgreSQL in production."""

import functools
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import CursorResult, Engine, create_engine, event, exc, make_url

if TYPE_CHECKING:  # the ORM is imported when a session is first made: reading commands may do without it
    from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///var/sanshen.db"
BUSY_SECONDS = 120  # how long a SQLite writer waits for its turn before "database is locked"
READING = "sanshen_reading"
SUPPORTED_BACKENDS = ("sqlite", "postgresql")


class UnsupportedDatabase(LookupError):
    """A database URL of a kind sanshen does not run on (MySQL, Oracle, ...)."""


def database_url() -> str:
    return os.environ.get("SANSHEN_DATABASE_URL", DEFAULT_URL)


class DatabaseMissing(LookupError):
    """A reading command pointed at a database file that does not exist: nothing is created."""


def make_engine(url: str | None = None, readonly: bool = False, create: bool = True,
                reads_only: bool = False) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys and write transactions that queue.

    `readonly`: for reading commands; on SQLite the file is opened read-only (an auditor's copy can
    be read) and never created, nor its folder. `create=False`: a missing SQLite file is refused too.
    `reads_only`: every SQLite transaction begins deferred, a read snapshot that runs beside the
    writers (for verify's workers); otherwise only `Database.reading()` does.
    """
    url = url or database_url()
    backend = make_url(url).get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise UnsupportedDatabase(f"数据库地址无效（SANSHEN_DATABASE_URL）：不支持 {backend} 数据库，"
                                  "须为 sqlite:///文件路径 或 postgresql+psycopg://用户@主机/库名")
    if url.startswith("sqlite"):
        engine = _sqlite_readonly_engine(url) if readonly else _sqlite_engine(url, create)
        return engine.execution_options(**{READING: True}) if reads_only or readonly else engine
    # No ping before each use (a round trip per command): a connection lost to a server restart is
    # noticed on its first statement, the pool is emptied, and the engine's commands try once more.
    return create_engine(url, pool_size=10, max_overflow=20, pool_recycle=1800)


def _sqlite_engine(url: str, create: bool = True) -> Engine:
    path = url.split(":///", 1)[-1].split("?", 1)[0]
    if path and path != ":memory:":
        if not create and not Path(path).is_file():
            raise DatabaseMissing(f"数据库文件不存在：{path}（请检查 SANSHEN_DATABASE_URL，或先运行 sanshen init）")
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_SECONDS, "check_same_thread": False})
    _sqlite_pragmas(engine, ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                             f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}"))
    return engine


def _sqlite_readonly_engine(url: str) -> Engine:
    """The file opened read-only (mode=ro): no journal change, no folder, no file made."""
    path = url.split(":///", 1)[-1].split("?", 1)[0]
    if path in ("", ":memory:"):
        return _sqlite_engine(url)
    if not Path(path).is_file():
        raise DatabaseMissing(f"数据库文件不存在：{path}（请检查 SANSHEN_DATABASE_URL，或先运行 sanshen init）")
    engine = create_engine("sqlite://", creator=lambda: _read_only_connection(Path(path)))
    _sqlite_pragmas(engine, ("PRAGMA query_only=ON", f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}"))
    return engine


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """mode=ro; a WAL file in a folder nobody may write (an auditor's copy) is opened immutable instead."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS, check_same_thread=False)
    try:
        connection.execute("SELECT 1 FROM sqlite_master LIMIT 1")
        return connection
    except sqlite3.OperationalError:
        connection.close()
    return sqlite3.connect(f"{uri}&immutable=1", uri=True, check_same_thread=False)


def _sqlite_pragmas(engine: Engine, pragmas: tuple[str, ...]) -> None:
    """Run the pragmas on each new connection; transactions are ours: reads deferred, writes immediate."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in pragmas:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        # A reading transaction never takes the write lock (WAL: readers and the writer do not block each other);
        # a writing one takes it at once, so that writers queue instead of failing to upgrade a read lock.
        reading = connection.get_execution_options().get(READING, False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def _not_the_aborted_pipeline_echo(record: logging.LogRecord) -> bool:
    """psycopg warns that it could not end a pipeline whose statement failed; the failure itself is raised."""
    return not str(record.msg).startswith("error ignored terminating")


logging.getLogger("psycopg").addFilter(_not_the_aborted_pipeline_echo)


@contextmanager
def pipelined(session: "Session") -> Iterator[None]:
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

    def __init__(self, url: str | None = None, readonly: bool = False, create: bool = True,
                 reads_only: bool = False):
        self.url = url or database_url()
        self.engine = make_engine(self.url, readonly, create, reads_only)

    @functools.cached_property
    def sessions(self) -> "sessionmaker[Session]":
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator["Session"]:
        """A session whose work is committed together at the end, or rolled back entirely."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator["Session"]:
        """A session for reading: on SQLite a deferred transaction, which never takes the write lock; rolled back."""
        from sqlalchemy.orm import Session

        with self.engine.connect() as connection:
            connection.execution_options(**{READING: True})
            with Session(bind=connection, expire_on_commit=False) as session:
                yield session  # closing the session rolls its transaction back

    def dispose(self) -> None:
        self.engine.dispose()
