"""Who is who, read from the stored policy document (a reading command that imports no model)."""

from typing import Any

from sqlalchemy import Connection

from ..ledger.policydoc import policy_document


def users(conn: Connection) -> list[dict[str, Any]]:
    """Every person of the policy in force, with department and role names."""
    document = policy_document(conn)[1]
    departments = {d["id"]: d["name"] for d in document["departments"]}
    roles = document["roles"]
    return [{"username": p["username"], "name": p["name"], "department": p["department"],
             "department_name": departments[p["department"]], "roles": list(p["roles"]),
             "role_names": [roles[r] for r in p["roles"]], "email": p.get("email")} for p in document["people"]]
