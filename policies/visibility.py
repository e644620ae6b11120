"""Who may see what: a pure rule, like who may act; the scope of the web app and the API applies it.

- everyone sees the items they drafted; a person holding a drafter role sees their department's items;
- a reviewer sees the items standing at a stage their roles act at (within their department when the
  stage is scoped to the drafter's department), the items whose task they hold, and the items they
  acted on;
- an auditor (`auditor_roles`) reads everything and changes nothing;
- an administrator (`admin_roles`) reads everything (they may hand over any claim) and runs the
  operator pages.
"""

from dataclasses import dataclass

from .config import Policy, Scope


@dataclass(frozen=True)
class ItemFacts:
    """What the rule needs to know of one item."""

    drafter: str
    department: str
    stage: str
    task_assignee: str | None = None


@dataclass(frozen=True)
class Visibility:
    """What one person may see, in terms a query can use as well as a single check."""

    username: str
    everything: bool
    departments: frozenset[str]
    stages_anywhere: frozenset[str]
    stages_in_department: frozenset[tuple[str, str]]

    def may_see(self, item: ItemFacts, acted_on_it: bool) -> bool:
        return (self.everything or item.drafter == self.username or item.department in self.departments
                or item.stage in self.stages_anywhere or (item.stage, item.department) in self.stages_in_department
                or item.task_assignee == self.username or acted_on_it)


def is_auditor(policy: Policy, username: str) -> bool:
    return _holds(policy, username, policy.auditor_roles)


def is_admin(policy: Policy, username: str) -> bool:
    return _holds(policy, username, policy.admin_roles)


def may_change(policy: Policy, username: str) -> bool:
    """Auditors read and change nothing (unless they hold another role too)."""
    person = policy.person(username)
    return person is not None and bool(set(person.roles) - set(policy.auditor_roles))


def visibility(policy: Policy, username: str) -> Visibility:
    """What this person may see; a stranger sees nothing at all."""
    person = policy.person(username)
    if person is None:
        return Visibility(username, False, frozenset(), frozenset(), frozenset())
    everything = is_auditor(policy, username) or is_admin(policy, username)
    drafts = not policy.drafter_roles or bool(set(person.roles) & set(policy.drafter_roles))
    anywhere, in_department = set(), set()
    for stage, rule in policy.stages.items():
        if not set(person.roles) & set(rule.roles):
            continue
        if rule.scope is Scope.department:
            in_department.add((stage, person.department))
        else:
            anywhere.add(stage)
    return Visibility(username, everything, frozenset({person.department} if drafts else ()),
                      frozenset(anywhere), frozenset(in_department))


def _holds(policy: Policy, username: str, roles: tuple[str, ...]) -> bool:
    person = policy.person(username)
    return person is not None and bool(set(person.roles) & set(roles))
