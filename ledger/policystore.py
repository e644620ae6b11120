"""Policies in the database: every version kept, the newest in force, people synchronised."""

import functools
import hashlib
import json

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..policies.calendar import use_overrides
from ..policies.config import Policy, PolicyError
from . import models


@functools.lru_cache(maxsize=32)
def parse_stored(content: str) -> Policy:
    """A stored policy version: canonical JSON, read with json (a 50,000-term lexicon in YAML takes seconds)."""
    try:
        return Policy.model_validate(json.loads(content), context={"stored_policy": True})
    except ValueError as exc:  # pydantic's ValidationError and json's errors alike
        raise PolicyError(f"policy.json: 存储的策略版本无法读取：{exc}") from None


def policy_by_version(session: Session, version: int) -> Policy:
    """The policy as it stood at a version (parsed once per process)."""
    row = session.get(models.PolicyVersion, version)
    if row is None:
        raise LookupError(f"账本引用的策略版本 {version} 不存在（记录被篡改？）")
    return parse_stored(row.content)


def current_policy(session: Session) -> tuple[int, Policy]:
    """The version in force and its policy (one small query; the parse is cached per version)."""
    version = session.execute(select(func.max(models.PolicyVersion.id))).scalar()
    policy = policy_at(session, version)
    return int(version or 0), policy


def policy_at(session: Session, version: int | None) -> Policy:
    """The policy of a version, cached per database and version (versions never change)."""
    if version is None:
        raise LookupError("尚未初始化：请先运行 sanshen init")
    cached = _by_version.get((id(session.get_bind()), version))
    if cached is None:
        cached = policy_by_version(session, version)
        _by_version[(id(session.get_bind()), version)] = cached
    _calendar_of_the_newest(session.get_bind(), version, cached)
    return cached


_newest_seen: dict[int, int] = {}  # database -> the newest policy version read from it


def _calendar_of_the_newest(bind: object, version: int, policy: Policy) -> None:
    """Working days follow the calendar of the newest policy version read from the database (the one in force)."""
    if version >= _newest_seen.get(id(bind), 0):
        _newest_seen[id(bind)] = version
        use_overrides(policy.calendar)


_by_version: dict[tuple[int, int], Policy] = {}


def store_policy(session: Session, policy: Policy, now: str) -> int:
    """Make a policy the one in force (a new version unless it is the current one); sync the people."""
    content = policy.fingerprint()
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    latest = session.scalars(select(models.PolicyVersion).order_by(models.PolicyVersion.id.desc()).limit(1)).first()
    if latest is not None and latest.digest == digest:
        return latest.id
    row = models.PolicyVersion(digest=digest, content=content, loaded_at=now)
    session.add(row)
    _sync_people(session, policy)
    session.flush()
    return row.id


def _sync_people(session: Session, policy: Policy) -> None:
    for dept in policy.departments:
        session.merge(models.Department(id=dept.id, name=dept.name))
    session.flush()
    listed = {p.username for p in policy.people}
    for person in session.scalars(select(models.Person)):
        person.active = person.username in listed
    for p in policy.people:
        session.merge(models.Person(username=p.username, name=p.name, department_id=p.department,
                                    email=p.email, notify=p.notify.value, active=True))
    session.flush()
    session.execute(delete(models.PersonRole))
    session.add_all(models.PersonRole(username=p.username, role=r) for p in policy.people for r in p.roles)
