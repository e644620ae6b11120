"""The stored policy in force as the plain document it was stored as: for reading commands that answer at once.

It was validated when it was stored, so it is read with json alone: no pydantic model, no ORM.
"""

import json
from typing import Any

from sqlalchemy import Connection, text

LATEST = text("SELECT id, content FROM policy_versions ORDER BY id DESC LIMIT 1")


def policy_document(conn: Connection) -> tuple[int, dict[str, Any]]:
    """The version in force and its stored document."""
    row = conn.execute(LATEST).first()
    if row is None:
        raise LookupError("尚未初始化：请先运行 sanshen init")
    return int(row[0]), json.loads(row[1])
