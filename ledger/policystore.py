"""Policies in the database: every version kept, the newest in force, people synchronised."""

import functools
import hashlib
import json

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ..policies.config import Policy, PolicyError
from ..policies.platform import PlatformPolicy, extend
from ..policies.scope import PLATFORM_ADMIN, PLATFORM_AUDITOR
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


def current_policy(session: Session, organisation_id: int | None = None) -> tuple[int, Policy]:
    """The version in force for an organisation and its policy (None: the newest of any, for one organisation)."""
    query = select(func.max(models.PolicyVersion.id))
    if organisation_id is not None:
        query = query.where(models.PolicyVersion.organisation_id == organisation_id)
    version = session.execute(query).scalar()
    policy = policy_at(session, version)
    return int(version or 0), policy


def policies_in_force(session: Session) -> list[tuple[int, int, Policy]]:
    """Every organisation with the version in force and its policy: (organisation, version, policy)."""
    rows = session.execute(select(models.PolicyVersion.organisation_id, func.max(models.PolicyVersion.id))
                           .group_by(models.PolicyVersion.organisation_id).order_by(models.PolicyVersion.organisation_id))
    return [(organisation, version, policy_at(session, version)) for organisation, version in rows.all()]


def policy_at(session: Session, version: int | None) -> Policy:
    """The policy of a version, cached per database and version (versions never change)."""
    if version is None:
        raise LookupError("尚未初始化：请先运行 sanshen init")
    cached = _by_version.get((id(session.get_bind()), version))
    if cached is None:
        cached = policy_by_version(session, version)
        _by_version[(id(session.get_bind()), version)] = cached
    return cached


_by_version: dict[tuple[int, int], Policy] = {}


def organisation_of(session: Session, policy: Policy, now: str) -> models.Organisation:
    """The organisation a policy file describes (by its `organisation.code`), added if it is new."""
    code = policy.organisation.code
    row = session.scalars(select(models.Organisation).where(models.Organisation.code == code)).first()
    if row is None:
        row = models.Organisation(code=code, name=policy.organisation.name, created_at=now)
        session.add(row)
        session.flush()
    row.name = policy.organisation.name
    return row


def current_platform(session: Session) -> PlatformPolicy | None:
    """The platform policy in force, if one was loaded."""
    content = session.execute(select(models.PlatformPolicyVersion.content)
                              .order_by(models.PlatformPolicyVersion.id.desc()).limit(1)).scalar()
    return PlatformPolicy.model_validate(json.loads(content)) if content else None


def store_platform(session: Session, platform: PlatformPolicy, now: str) -> list[str]:
    """Put a platform policy in force, its people with it; every organisation takes up its shared rules.

    Returns the codes of the organisations that got a new policy version; an organisation whose policy
    switches off what the platform locks makes the whole load fail (nothing is stored).
    """
    content = platform.fingerprint()
    session.add(models.PlatformPolicyVersion(digest=hashlib.sha256(content.encode("utf-8")).hexdigest(),
                                             content=content, loaded_at=now))
    session.execute(delete(models.PlatformPerson))
    session.add_all([models.PlatformPerson(username=m.username, name=m.name, email=m.email, role=role)
                     for role, members in ((PLATFORM_ADMIN, platform.administrators),
                                           (PLATFORM_AUDITOR, platform.auditors)) for m in members])
    session.flush()
    changed = []
    for organisation, version, policy in policies_in_force(session):
        code = session.get(models.Organisation, organisation)
        if store_policy(session, policy, now, source=f"单位 {code.code if code else organisation}") != version:
            changed.append(policy.organisation.code)
    return changed


def store_policy(session: Session, policy: Policy, now: str, source: str = "policy") -> int:
    """Make a policy the one in force for its organisation (a new version unless it is the current one).

    The platform's shared rules are part of it: its lexicon is carried, and what it locks cannot be off.
    """
    policy = extend(current_platform(session), policy, source)
    organisation = organisation_of(session, policy, now)
    content = policy.fingerprint()
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    latest = session.scalars(select(models.PolicyVersion).where(
        models.PolicyVersion.organisation_id == organisation.id).order_by(models.PolicyVersion.id.desc()).limit(1)).first()
    if latest is not None and latest.digest == digest:
        return latest.id
    row = models.PolicyVersion(organisation_id=organisation.id, digest=digest, content=content, loaded_at=now)
    session.add(row)
    _sync_people(session, policy, organisation.id)
    session.flush()
    _look_again(session, organisation.id)
    return row.id


def _look_again(session: Session, organisation_id: int) -> None:
    """New rules (reminders, deadlines, the organisation's calendar): the sweep looks again at each of its
    waiting tasks."""
    task = models.ReviewTask
    waiting = (update(task).where(task.status.in_(("open", "claimed"))).values(next_notice_at="")
               .execution_options(synchronize_session=False))
    session.execute(waiting.where(task.organisation_id == organisation_id))


def _sync_people(session: Session, policy: Policy, organisation_id: int) -> None:
    for dept in policy.departments:
        session.merge(models.Department(organisation_id=organisation_id, id=dept.id, name=dept.name))
    session.flush()
    listed = {p.username for p in policy.people}
    for person in session.scalars(select(models.Person).where(models.Person.organisation_id == organisation_id)):
        person.active = person.username in listed
    for p in policy.people:
        session.merge(models.Person(organisation_id=organisation_id, username=p.username, name=p.name,
                                    department_id=p.department, email=p.email, notify=p.notify.value, active=True))
    session.flush()
    session.execute(delete(models.PersonRole).where(models.PersonRole.organisation_id == organisation_id))
    session.add_all(models.PersonRole(organisation_id=organisation_id, username=p.username, role=r)
                    for p in policy.people for r in p.roles)
