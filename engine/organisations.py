"""The organisations of the platform as their operators read them: code, name, people, items."""

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.db import Database
from ..policies.scope import Scope
from .errors import InvalidInput, NotFound
from .org_scope import within

ORGANISATIONS, PEOPLE, ITEMS = models.Organisation.__table__, models.Person.__table__, models.Item.__table__
POLICIES = models.PolicyVersion.__table__


def organisations(session: Session, scope: Scope | None = None) -> list[dict[str, Any]]:
    """Every organisation the scope sees, with its people (active), items and the policy version in force."""
    people = (select(PEOPLE.c.organisation_id, func.count().label("n")).where(PEOPLE.c.active.is_(True))
              .group_by(PEOPLE.c.organisation_id).subquery())
    items = select(ITEMS.c.organisation_id, func.count().label("n")).group_by(ITEMS.c.organisation_id).subquery()
    versions = (select(POLICIES.c.organisation_id, func.max(POLICIES.c.id).label("v"))
                .group_by(POLICIES.c.organisation_id).subquery())
    rows = session.execute(
        select(ORGANISATIONS.c.id, ORGANISATIONS.c.code, ORGANISATIONS.c.name, people.c.n.label("people"),
               items.c.n.label("items"), versions.c.v.label("policy_version"))
        .outerjoin(people, people.c.organisation_id == ORGANISATIONS.c.id)
        .outerjoin(items, items.c.organisation_id == ORGANISATIONS.c.id)
        .outerjoin(versions, versions.c.organisation_id == ORGANISATIONS.c.id)
        .where(within(scope, ORGANISATIONS.c.id)).order_by(ORGANISATIONS.c.code)).all()
    return [{"code": r.code, "name": r.name, "people": r.people or 0, "items": r.items or 0,
             "policy_version": r.policy_version} for r in rows]


def organisation_scope(session: Session, code: str, scope: Scope | None = None) -> Scope:
    """The scope of one organisation (`verify --org CODE`), if the asker sees it; else not found."""
    found = session.execute(select(ORGANISATIONS.c.id).where(ORGANISATIONS.c.code == code)).scalar()
    if found is None or (scope is not None and not scope.sees(found)):
        raise NotFound(f"找不到单位 {code}")
    return Scope(scope.username if scope else None, found, code, scope.platform_role if scope else None)


def add_organisation(db: Database, text: str, source: str, now: datetime, scope: Scope) -> dict[str, Any]:
    """A platform administrator adds an organisation (or a new version of its policy) from a policy file's text."""
    from ..ledger.policystore import store_policy
    from ..policies.config import PolicyError, parse_policy_text
    from .operator_scope import platform_wide

    platform_wide(scope, "新增单位或载入单位策略")
    try:
        policy = parse_policy_text(text, source)
    except PolicyError as error:
        raise InvalidInput(str(error)) from None
    if policy.checks.lexicon_files:
        raise InvalidInput(f"{source}: checks.lexicon_files: 网页上载入的策略不能引用词表文件，请用命令行 "
                           "sanshen init --policy 策略文件")
    if policy.templates:
        raise InvalidInput(f"{source}: templates: 网页上载入的策略不能引用模板文件，请用命令行 "
                           "sanshen init --policy 策略文件")
    try:
        with db.transaction() as session:
            version = store_policy(session, policy, now.isoformat(), source)
    except PolicyError as error:
        raise InvalidInput(str(error)) from None
    return {"code": policy.organisation.code, "name": policy.organisation.name, "policy_version": version,
            "people": len(policy.people)}
