"""The acting person of the platform as one organisation scope, from `USER` or `USER@CODE`; applied everywhere."""

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from ..ledger import models
from ..policies.errors import RuleBroken
from ..policies.scope import PLATFORM_ADMIN, PLATFORM_AUDITOR, Scope, parse_actor
from .errors import InvalidInput, NotFound

PEOPLE, ORGANISATIONS = models.Person.__table__, models.Organisation.__table__
PLATFORM_CODE = "platform"


def acting(session: Session, text: str) -> Scope:
    """The scope of `USER@CODE` (always) or `USER` (when one organisation alone has that username)."""
    username, code = parse_actor(text)
    if code == PLATFORM_CODE:
        return _platform_person(session, username)
    query = (select(PEOPLE.c.organisation_id, ORGANISATIONS.c.code).join(
        ORGANISATIONS, ORGANISATIONS.c.id == PEOPLE.c.organisation_id)
        .where(PEOPLE.c.username == username, PEOPLE.c.active.is_(True)))
    if code is not None:
        query = query.where(ORGANISATIONS.c.code == code)
    rows = session.execute(query.order_by(ORGANISATIONS.c.code)).all()
    if not rows and code is None and _platform_role(session, username):
        return _platform_person(session, username)
    if not rows:
        raise RuleBroken("unknown_user", f"用户 {text} 不在任何单位的人员名单中")
    if len(rows) > 1:
        codes = "、".join(row.code for row in rows)
        raise InvalidInput(f"用户名 {username} 在多个单位中都有（{codes}），请写成 {username}@单位代码")
    return Scope(username, rows[0].organisation_id, rows[0].code)


def _platform_role(session: Session, username: str) -> str | None:
    return session.execute(select(models.PlatformPerson.role).where(
        models.PlatformPerson.username == username)).scalar()


def _platform_person(session: Session, username: str) -> Scope:
    role = _platform_role(session, username)
    if role not in (PLATFORM_ADMIN, PLATFORM_AUDITOR):
        raise RuleBroken("unknown_user", f"用户 {username}@{PLATFORM_CODE} 不是平台管理员或平台审计员")
    return Scope(username, None, PLATFORM_CODE, role)


def within(scope: Scope | None, column: ColumnElement[int]) -> ColumnElement[bool]:
    """The SQL condition of the scope's slice on a table's organisation column."""
    if scope is None or scope.organisation_id is None:
        return true()
    return column == scope.organisation_id


def item_visible(scope: Scope | None, item_id: int, organisation_id: int | None) -> None:
    """Another organisation's item answers exactly as an item that does not exist."""
    if organisation_id is None or (scope is not None and not scope.sees(organisation_id)):
        raise NotFound(f"找不到稿件 {item_id}")


def may_change(scope: Scope | None) -> None:
    if scope is not None and not scope.may_change:
        raise RuleBroken("auditor_reads_only", "平台审计员只能查看，不能操作稿件")


def interpreted_in_scope(session: Session, item_id: int, scope: Scope) -> None:
    """The policy an interpretation names must be of the drafter's organisation (else: not found)."""
    found = session.execute(select(models.Item.organisation_id).where(models.Item.id == item_id)).scalar()
    if found is None or not scope.sees(found):
        raise NotFound(f"找不到被解读的稿件 {item_id}")


def visible_ids(session: Session, scope: Scope | None, item_ids: list[int]) -> set[int]:
    """Those of these items the scope sees."""
    if not item_ids:
        return set()
    return set(session.execute(select(models.Item.id).where(
        models.Item.id.in_(item_ids), within(scope, models.Item.organisation_id))).scalars())
