"""The slice of the platform an operator or records command acts on: one scope, found once per command.

`--as USER@CODE` (a person of an organisation) operates that organisation alone, if the person is one of
its administrators (auditors only read); `--org CODE` narrows the console or a platform administrator
or auditor to one organisation (a person naming another organisation gets "not found"); without
either the console sees every organisation and each row names its own. The rule is pure
(`policies.scope.operator_refusal`); this module finds the facts it needs.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.policystore import current_policy
from ..policies.errors import RuleBroken
from ..policies.scope import Scope, operator_refusal, platform_wide_refusal
from ..policies.visibility import is_admin, is_auditor
from .errors import InvalidInput
from .organisations import organisation_scope

ORGANISATIONS = models.Organisation.__table__


def operator_scope(session: Session, scope: Scope, org: str | None = None, changes: bool = False) -> Scope:
    """The scope an operator command runs in, or the refusal (NotFound for an organisation out of sight)."""
    if org is not None:
        scope = organisation_scope(session, org, scope)
    admin = auditor = False
    if scope.platform_role is None and scope.organisation_id is not None and scope.username:
        policy = current_policy(session, scope.organisation_id)[1]
        admin, auditor = is_admin(policy, scope.username), is_auditor(policy, scope.username)
    refusal = operator_refusal(scope, admin=admin, auditor=auditor, changes=changes)
    if refusal is not None:
        raise RuleBroken(*refusal)
    return scope


def platform_wide(scope: Scope, what: str = "生成检查点（检查点覆盖整个平台的账本）") -> None:
    refusal = platform_wide_refusal(scope, what)
    if refusal is not None:
        raise RuleBroken(*refusal)


def one_organisation(session: Session, scope: Scope) -> Scope:
    """A record of one organisation (register, annual figures, archive): the scope's, or the only one there is."""
    if scope.organisation_id is not None:
        return scope
    rows = session.execute(select(ORGANISATIONS.c.id, ORGANISATIONS.c.code).order_by(ORGANISATIONS.c.code)).all()
    if len(rows) == 1:
        return Scope(scope.username, rows[0].id, rows[0].code, scope.platform_role)
    if not rows:
        raise LookupError("尚未初始化：请先运行 sanshen init")
    codes = "、".join(r.code for r in rows)
    raise InvalidInput(f"平台上有 {len(rows)} 个单位（{codes}）：报表和归档按单位生成，请用 --org 单位代码 指明")

