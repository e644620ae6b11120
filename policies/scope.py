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
