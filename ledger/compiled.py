"""Core statements compiled once, run on the DBAPI cursor of the SQLAlchemy connection: the command path.

SQLAlchemy's work per execution (the statement's cache key, the compiled-cache lookup, execution
context, events, result set-up) costs several times what SQLite does for a one-row INSERT. The
command path runs the same few INSERTs and UPDATEs with the same parameter names again and again,
so each is compiled by SQLAlchemy once per dialect and set of parameter names, and then sent
straight to the driver, in the connection's transaction. A statement that needs SQLAlchemy at
execution (a Python-side column default, a type that converts its value) goes through
`Connection.execute` as usual. Errors are SQLAlchemy's exceptions, as from `Connection.execute`,
and a connection the server dropped is invalidated, so that the command's retry takes a new one.
"""

from collections import namedtuple
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Dialect, exc
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.selectable import Select


@dataclass(frozen=True)
class _Compiled:
    sql: str
    compiled: SQLCompiler
    positions: tuple[str, ...] | None  # the parameter names in order, for a driver with positional parameters
    fixed: dict[str, Any]  # the statement's own bound values (those the parameters do not give)
    row: Any = None  # for a SELECT: the named tuple of its columns

    def arguments(self, params: Mapping[str, Any]) -> Any:
        values = {**self.fixed, **params} if self.fixed else params
        return values if self.positions is None else tuple([values[name] for name in self.positions])


_compiled: dict[tuple[int, str, tuple[str, ...]], _Compiled | None] = {}


def write(connection: Connection, statement: UpdateBase, params: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> Any:
    """Run an INSERT or UPDATE with one set of parameters (or many, alike); returns the DBAPI cursor
    (its `rowcount`: in a psycopg pipeline, read it after the pipeline has ended)."""
    rows: Sequence[Mapping[str, Any]] = [params] if isinstance(params, Mapping) else params
    key = (id(statement), connection.dialect.name, tuple(rows[0]))
    compiled = _compiled.get(key) if key in _compiled else _compile(key, statement, connection.dialect, rows[0])
    if compiled is None:  # SQLAlchemy must take part in running it
        return connection.execute(statement, params).context.cursor  # type: ignore[arg-type]
    cursor = connection.connection.cursor()
    try:
        if len(rows) > 1:
            cursor.executemany(compiled.sql, [compiled.arguments(row) for row in rows])
        else:
            cursor.execute(compiled.sql, compiled.arguments(rows[0]))
    except connection.dialect.loaded_dbapi.Error as error:
        raise _wrapped(connection, compiled.sql, error, cursor) from error
    return cursor


def read(connection: Connection, statement: Select[Any], params: Mapping[str, Any]) -> Any:
    """The first row of a SELECT (a named tuple of its columns), or None."""
    key = (id(statement), connection.dialect.name, tuple(params))
    compiled = _compiled.get(key) if key in _compiled else _compile(key, statement, connection.dialect, params)
    if compiled is None:
        return connection.execute(statement, params).first()
    cursor = connection.connection.cursor()
    try:  # (psycopg's pipeline would not save the BEGIN's round trip here: strace counts one more, not one less)
        cursor.execute(compiled.sql, compiled.arguments(params))
        found = cursor.fetchone()
    except connection.dialect.loaded_dbapi.Error as error:
        raise _wrapped(connection, compiled.sql, error, cursor) from error
    finally:
        cursor.close()
    return None if found is None else compiled.row._make(found)


def _wrapped(connection: Connection, sql: str, error: Exception, cursor: Any) -> exc.StatementError:
    """The driver's error as SQLAlchemy raises it; a dropped connection is invalidated, as SQLAlchemy does."""
    dropped = connection.dialect.is_disconnect(error, connection.connection.dbapi_connection, cursor)  # type: ignore[arg-type]
    if dropped:
        connection.invalidate(error)
    return exc.DBAPIError.instance(sql, None, error, connection.dialect.loaded_dbapi.Error,
                                   connection_invalidated=dropped, dialect=connection.dialect)


def _compile(key: tuple[int, str, tuple[str, ...]], statement: UpdateBase | Select[Any], dialect: Dialect,
             params: Mapping[str, Any]) -> _Compiled | None:
    compiled = statement.compile(dialect=dialect, column_keys=list(params))
    assert isinstance(compiled, SQLCompiler)
    needs_sqlalchemy = (compiled.insert_prefetch or compiled.update_prefetch or compiled._bind_processors
                        or compiled.literal_execute_params or compiled.post_compile_params)
    columns = namedtuple("Row", statement.selected_columns.keys()) if isinstance(statement, Select) else None  # type: ignore[misc]
    fixed = {name: value for name, value in compiled.construct_params(_check=False).items() if name not in params}
    unbound = any(name in compiled.binds and compiled.binds[name].required for name in fixed)
    made = None if needs_sqlalchemy or unbound else _Compiled(
        compiled.string, compiled, tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None,
        fixed, columns)
    _compiled[key] = made
    return made
