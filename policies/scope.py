"""Who acts, and which organisations' rows they may read and change: a pure rule, applied by one scope.

A person of an organisation sees that organisation only; an item of another answers exactly as an
item that does not exist. Platform administrators and auditors see every organisation; auditors
change nothing. The console (no `--as`) is the operator at the machine, who sees everything.
"""

from dataclasses import dataclass

PLATFORM_ADMIN, PLATFORM_AUDITOR, CONSOLE_ROLE = "platform_admin", "platform_auditor", "console"


@dataclass(frozen=True)
class Scope:
    """The acting person and their slice of the platform; queries and commands take it."""

    username: str | None
    organisation_id: int | None  # None: every organisation
    organisation_code: str | None = None
    platform_role: str | None = None

    def sees(self, organisation_id: int) -> bool:
        return self.organisation_id is None or self.organisation_id == organisation_id

    @property
    def may_change(self) -> bool:
        return self.platform_role != PLATFORM_AUDITOR

    @property
    def everything(self) -> bool:
        return self.organisation_id is None


CONSOLE = Scope(None, None, None, CONSOLE_ROLE)


def parse_actor(text: str) -> tuple[str, str | None]:
    """`USER@CODE` names the organisation; a bare `USER` leaves it to be found (if it is unambiguous)."""
    username, at, code = text.strip().rpartition("@")
    if not at:
        return text.strip(), None
    return username, code


def operator_refusal(scope: Scope, *, admin: bool, auditor: bool, changes: bool) -> tuple[str, str] | None:
    """Why this person may not run an operator or records command (None: they may).

    The console and the platform's administrators operate every organisation; the platform's auditors
    and an organisation's auditors (`auditor_roles`) read its jobs, mail, reports and archives and change
    nothing; an organisation's administrators (`admin_roles`) operate their own organisation; nobody else
    operates anything. `admin`/`auditor`: the person's roles in their organisation's policy.
    """
    reader_only = scope.platform_role == PLATFORM_AUDITOR or (auditor and not admin)
    if reader_only:
        return ("auditor_reads_only", "审计员只能查看，不能重试、改状态或生成归档") if changes else None
    if scope.platform_role in (CONSOLE_ROLE, PLATFORM_ADMIN) or admin:
        return None
    return ("operators_only", f"只有本单位的管理员可以查看和处理作业、通知、报表与归档：{scope.username} 不是管理员")


def platform_wide_refusal(scope: Scope, what: str = "生成检查点（检查点覆盖整个平台的账本）") -> tuple[str, str] | None:
    """What covers the whole platform (a signed checkpoint of every ledger, a new organisation) is for the console
    and the platform's administrators; the platform's auditors read only."""
    if scope.platform_role in (CONSOLE_ROLE, PLATFORM_ADMIN):
        return None
    if scope.platform_role == PLATFORM_AUDITOR:
        return ("auditor_reads_only", f"平台审计员只能查看，不能{what}")
    return ("platform_admins_only", f"只有平台管理员（或本机运维）可以{what}")
