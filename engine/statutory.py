"""The statutory limit in the running system: each item's limit, and the sweep that warns before it and reports after it.

Each notice goes out once per item and person: its outbox key is unique, so running the sweep
twice writes nothing twice.
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from ..ledger import models
from ..ledger.policystore import policies_in_force
from ..notifications.outbox import outbox_row
from ..policies.calendar import WorkingCalendar
from ..policies.config import Person, Policy
from ..policies.scope import Scope
from ..policies.statutory import (
    BOUND,
    FINISHED,
    StatutoryLimit,
    describe,
    last_formation_day_noticed,
    limit_of,
)
from ..states import stage_name
from .org_scope import within
from .outbox_batch import insert_new_rows

ITEMS, TASKS = models.Item.__table__, models.ReviewTask.__table__
RUNNING = (select(ITEMS.c.id, ITEMS.c.organisation_id, ITEMS.c.title, ITEMS.c.drafter, ITEMS.c.stage, ITEMS.c.formed_on, ITEMS.c.created_at,
                  TASKS.c.assignee)
           .outerjoin(TASKS, (TASKS.c.item_id == ITEMS.c.id) & TASKS.c.status.in_(("open", "claimed")))
           .where(ITEMS.c.disclosure == BOUND, ITEMS.c.stage.not_in(FINISHED)).order_by(ITEMS.c.id))


# The running items of an organisation formed on or before a day (without a formation day, the day of submission).
NOTICED = RUNNING.where(ITEMS.c.organisation_id == bindparam("organisation"),
                        func.coalesce(ITEMS.c.formed_on, func.substr(ITEMS.c.created_at, 1, 10)) <= bindparam("cutoff"))


def statutory_sweep(session: Session, now: datetime) -> dict[str, int]:
    """Warn the drafter and the holder as the limit nears; report to the head of unit once it has passed.

    Items formed on one day share their limit: it is reckoned once per day and organisation, and each
    organisation's notices are written in one batch (keyed: one already written is passed over).
    """
    counts = {"statutory_warning": 0, "statutory_overdue": 0}
    cutoffs: dict[tuple[int, int, WorkingCalendar], date | None] = {}
    for organisation, _, policy in policies_in_force(session):
        rule = (policy.statutory_days, policy.reminders.statutory_warning_days, policy.working_calendar)
        if rule not in cutoffs:
            cutoffs[rule] = last_formation_day_noticed(now, *rule)
        cutoff = cutoffs[rule]
        if cutoff is None:
            continue
        limits: dict[tuple[str | None, str], StatutoryLimit] = {}
        rows: list[dict[str, Any] | None] = []
        for item in session.execute(NOTICED, {"organisation": organisation, "cutoff": cutoff.isoformat()}).all():
            day = (item.formed_on, item.created_at[:10] if not item.formed_on else "")
            limit = limits.get(day) or limits.setdefault(day, limit_of(policy, item.formed_on, item.created_at))
            for notice in limit.notices(now, policy.reminders.statutory_warning_days):
                rows += _rows(policy, item, limit, notice, now)
        for _, kind in insert_new_rows(session, rows):
            counts[kind] += 1
    return {kind: n for kind, n in counts.items() if n}


def late_items(session: Session, now: datetime, scope: Scope | None = None) -> list[dict[str, Any]]:
    """Unpublished proactive items of the scope past their statutory limit, the latest first."""
    policies = {organisation: policy for organisation, _, policy in policies_in_force(session)}
    late = []
    for item in session.execute(RUNNING.where(within(scope, ITEMS.c.organisation_id))).all():
        policy = policies[item.organisation_id]
        limit = limit_of(policy, item.formed_on, item.created_at)
        if now > limit.due.at:
            late.append({"item_id": item.id, "title": item.title, "stage": item.stage,
                         "stage_name": stage_name(item.stage), "drafter": item.drafter, **limit.as_dict(now),
                         "text": describe(limit, now)})
    return sorted(late, key=lambda r: (r["working_days_left"], r["item_id"]))


def _rows(policy: Policy, item: Any, limit: StatutoryLimit, notice: str, now: datetime) -> list[dict[str, Any] | None]:
    context = {"item": {"id": item.id, "title": item.title}, "organisation": policy.organisation.name,
               "stage_name": stage_name(item.stage), "formed_on": limit.formed_on.isoformat(),
               "state": describe(limit, now), "subject": {"title": item.title}}
    return [outbox_row(policy, notice, person, item.id, f"{item.id}:{notice}:{person.username}", context, now,
                       organisation_id=item.organisation_id)
            for person in _recipients(policy, item, notice)]


def _recipients(policy: Policy, item: Any, notice: str) -> list[Person]:
    names = [item.drafter, item.assignee]
    if notice == "statutory_overdue":
        head = policy.reminders.escalate_default
        names += [p.username for p in policy.people if head in p.roles]
    unique = dict.fromkeys(name for name in names if name)
    return [person for name in unique if (person := policy.person(name)) is not None]
