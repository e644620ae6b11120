"""Rows written in bulk on PostgreSQL: COPY into a temporary table of the transaction, then one statement.

A sweep writes thousands of notices and moves thousands of tasks on at once; one INSERT .. SELECT or
UPDATE .. FROM over rows copied in costs far less than as many statements (or one statement with as
many parameters, which the driver must parse). The temporary table lives until the transaction ends.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session


def copy_into_staging(session: Session, name: str, like: str, columns: Sequence[str],
                      rows: Sequence[Sequence[Any]]) -> None:
    """`rows` (values in the order of `columns`, plus a final ordinal) into the temporary table `name`.

    `name` has the types of those columns of the table `like`, and an `ord` column that keeps their order.
    """
    raw = session.connection().connection.driver_connection
    assert raw is not None
    listed = ", ".join(columns)
    with raw.cursor() as cursor:
        cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} ON COMMIT DROP AS "
                       f"SELECT {listed}, 0 AS ord FROM {like} WITH NO DATA")
        cursor.execute(f"TRUNCATE {name}")
        with cursor.copy(f"COPY {name} ({listed}, ord) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
