"""Who is who, read from the stored policy documents (a reading command that imports no model)."""

from typing import Any

from sqlalchemy import Connection, text

from ..policies.scope import Scope

IN_FORCE = ("SELECT o.code, p.content FROM policy_versions p JOIN organisations o ON o.id = p.organisation_id "
            "WHERE p.id IN (SELECT max(id) FROM policy_versions GROUP BY organisation_id)")


def users(conn: Connection, scope: Scope | None = None) -> list[dict[str, Any]]:
    """Every person of the scope's organisations' policies in force, with organisation, department and roles."""
    import json

    query = text(IN_FORCE + " AND (:everyone OR o.id = :organisation) ORDER BY o.code")
    everyone = scope is None or scope.organisation_id is None
    found = conn.execute(query, {"everyone": everyone,
                                 "organisation": None if scope is None else scope.organisation_id}).all()
    if not found and everyone:
        raise LookupError("尚未初始化：请先运行 sanshen init")
    return [person for code, content in found for person in _people(code, json.loads(content))]


def _people(code: str, document: dict[str, Any]) -> list[dict[str, Any]]:
    departments = {d["id"]: d["name"] for d in document["departments"]}
    roles = document["roles"]
    return [{"username": p["username"], "organisation": code, "name": p["name"], "department": p["department"],
             "department_name": departments[p["department"]], "roles": list(p["roles"]),
             "role_names": [roles[r] for r in p["roles"]], "email": p.get("email")} for p in document["people"]]
