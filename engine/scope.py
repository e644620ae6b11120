"""The one scope the web app and the API hand to queries and commands: who acts, and what they may see.

Built once per request from the signed-in person and the policy in force; the visibility rule itself
is pure (policies/visibility.py). An item out of scope is answered as not found, never as forbidden.
(The multi-organisation model widens this object; nothing else filters on its own.)
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, or_, select, true
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.policystore import current_policy
from ..policies.config import Person, Policy
from ..policies.scope import PLATFORM_ADMIN, PLATFORM_AUDITOR
from ..policies.scope import Scope as OrgScope
from ..policies.visibility import ItemFacts, Visibility, is_admin, is_auditor, may_change, visibility
from .errors import NotFound

ITEMS, TASKS, EVENTS = models.Item.__table__, models.ReviewTask.__table__, models.Event.__table__
OPEN = ("open", "claimed")


@dataclass(frozen=True)
class Scope:
    person: Person
    policy: Policy
    sees: Visibility
    organisation_id: int | None = None  # the person's organisation: nothing of another one is seen
    organisation_code: str = ""  # or `platform`
    platform_role: str | None = None  # a platform administrator or auditor: every organisation

    @property
    def username(self) -> str:
        return self.person.username

    @property
    def signed_in_as(self) -> str:
        """`USER@CODE`: who this is on the whole platform (logs, idempotency keys)."""
        return f"{self.username}@{self.organisation_code}"

    @property
    def auditor(self) -> bool:
        if self.platform_role is not None:
            return self.platform_role == PLATFORM_AUDITOR
        return is_auditor(self.policy, self.username)

    @property
    def admin(self) -> bool:
        if self.platform_role is not None:
            return self.platform_role == PLATFORM_ADMIN
        return is_admin(self.policy, self.username)

    @property
    def platform(self) -> bool:
        return self.platform_role is not None

    @property
    def may_change(self) -> bool:
        """Items are changed by their organisation's people only: the platform's people change none."""
        return self.platform_role is None and may_change(self.policy, self.username)

    @property
    def acting(self) -> OrgScope:
        """The same person as the engine's commands take them (`policies.scope.Scope`)."""
        return OrgScope(self.username, self.organisation_id, self.organisation_code, self.platform_role)

    def require_item(self, session: Session, item_id: int) -> None:
        """Raise NotFound, with the same sentence as for a missing item, unless this person may see it."""
        row = session.execute(select(ITEMS.c.drafter, ITEMS.c.department_id, ITEMS.c.stage, ITEMS.c.organisation_id)
                              .where(ITEMS.c.id == item_id)).first()
        other = row is not None and self.organisation_id is not None and row.organisation_id != self.organisation_id
        if row is None or other or not self._sees(session, item_id, row):
            raise NotFound(f"找不到稿件 {item_id}")

    def _sees(self, session: Session, item_id: int, row: Any) -> bool:
        if self.sees.everything:
            return True
        holder = session.execute(select(TASKS.c.assignee).where(TASKS.c.item_id == item_id,
                                                                TASKS.c.status.in_(OPEN))).scalar()
        facts = ItemFacts(row.drafter, row.department_id, row.stage, holder)
        if self.sees.may_see(facts, acted_on_it=False):
            return True
        return self.sees.may_see(facts, acted_on_it=self._acted(session, item_id))

    def _acted(self, session: Session, item_id: int) -> bool:
        return bool(session.execute(select(exists().where(EVENTS.c.item_id == item_id,
                                                          EVENTS.c.actor == self.username))).scalar())

    def visible_items(self) -> ColumnElement[bool]:
        """The same rule as a WHERE clause on the items table, for lists and searches."""
        seen = self.sees
        mine = true() if self.organisation_id is None else ITEMS.c.organisation_id == self.organisation_id
        if seen.everything:
            return mine
        clauses: list[ColumnElement[bool]] = [ITEMS.c.drafter == self.username]
        if seen.departments:
            clauses.append(ITEMS.c.department_id.in_(seen.departments))
        if seen.stages_anywhere:
            clauses.append(ITEMS.c.stage.in_(seen.stages_anywhere))
        clauses += [and_(ITEMS.c.stage == stage, ITEMS.c.department_id == dept)
                    for stage, dept in seen.stages_in_department]
        clauses.append(ITEMS.c.id.in_(select(TASKS.c.item_id).where(TASKS.c.assignee == self.username,
                                                                   TASKS.c.status.in_(OPEN))))
        clauses.append(ITEMS.c.id.in_(select(EVENTS.c.item_id).where(EVENTS.c.actor == self.username)))
        return and_(mine, or_(false(), *clauses))


def scope_of(session: Session, username: str) -> Scope | None:
    """The scope of a person (USER, or USER@CODE) of their organisation's policy in force, or of a platform person
    (USER@platform: every organisation); None for anyone else."""
    from ..policies.errors import RuleBroken
    from .errors import CommandError
    from .org_scope import acting

    try:
        found = acting(session, username)
    except (CommandError, RuleBroken):
        return None
    if found.organisation_id is None:
        return _platform_scope(session, found)
    policy = current_policy(session, found.organisation_id)[1]
    person = policy.person(found.username or username)
    if person is None:
        return None
    return Scope(person, policy, visibility(policy, person.username), found.organisation_id,
                 found.organisation_code or "")


def _platform_scope(session: Session, found: OrgScope) -> Scope | None:
    """A platform administrator or auditor: sees every organisation's items; the newest policy dresses the pages."""
    if found.platform_role not in (PLATFORM_ADMIN, PLATFORM_AUDITOR) or not found.username:
        return None
    name = session.execute(select(models.PlatformPerson.name).where(
        models.PlatformPerson.username == found.username)).scalar() or found.username
    person = Person(username=found.username, name=name, department="", roles=())
    everything = Visibility(found.username, True, frozenset(), frozenset(), frozenset())
    return Scope(person, current_policy(session)[1], everything, None, found.organisation_code or "platform",
                 found.platform_role)


def require_change(scope: Scope) -> None:
    """An auditor reads and changes nothing: any command of theirs is refused by this rule."""
    from ..policies.errors import RuleBroken

    if not scope.may_change:
        raise RuleBroken("read_only", "审计员只能查阅，不能做任何改动")
