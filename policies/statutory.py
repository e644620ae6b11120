"""The statutory limit of proactive disclosure: 20 working days from the information being formed.

Regulations on Open Government Information, §26. Pure: the clock is a parameter.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from .calendar import (
    OFFICIAL,
    Due,
    WorkingCalendar,
    add_working_days,
    due_note,
    subtract_working_days,
    working_days_between,
)
from .config import Policy

BEIJING = timezone(timedelta(hours=8))
FINISHED = frozenset({"published", "refused", "withdrawn", "retracted", "recorded"})
BOUND = "proactive"


@dataclass(frozen=True)
class StatutoryLimit:
    """When an item formed on `formed_on` must be published at the latest."""

    formed_on: date
    due: Due
    calendar: WorkingCalendar = OFFICIAL

    def notices(self, now: datetime, warning_days: int) -> list[str]:
        """`statutory_warning` once the last `warning_days` working days have begun; `statutory_overdue` after."""
        found = []
        if warning_days and now >= subtract_working_days(self.due.at, warning_days, self.calendar):
            found.append("statutory_warning")
        if now > self.due.at:
            found.append("statutory_overdue")
        return found

    def working_days_left(self, now: datetime) -> int:
        """Working days from today to the last day (0 on the last day, negative once late)."""
        return working_days_between(now.date(), self.due.at.date(), self.calendar)

    def as_dict(self, now: datetime) -> dict[str, object]:
        return {"formed_on": self.formed_on.isoformat(), "due_at": self.due.at.isoformat(timespec="minutes"),
                "due_note": due_note(self.due), "working_days_left": self.working_days_left(now),
                "late": now > self.due.at}


def statutory_limit(formed_on: date, limit_days: int, calendar: WorkingCalendar = OFFICIAL) -> StatutoryLimit:
    """The limit runs to the end of the `limit_days`-th working day after formation, Beijing time."""
    end_of_formation_day = datetime(formed_on.year, formed_on.month, formed_on.day, 23, 59, tzinfo=BEIJING)
    return StatutoryLimit(formed_on, add_working_days(end_of_formation_day, limit_days, calendar), calendar)


def limit_of(policy: Policy, formed_on: str | None, created_at: str) -> StatutoryLimit:
    """An item's limit: from the formation date the drafter gave, else from the day it was submitted."""
    formed = date.fromisoformat(formed_on) if formed_on else datetime.fromisoformat(created_at).date()
    return statutory_limit(formed, policy.statutory_days, policy.working_calendar)


def last_formation_day_noticed(now: datetime, limit_days: int, warning_days: int,
                               calendar: WorkingCalendar = OFFICIAL) -> date | None:
    """The latest formation day whose limit has a notice at `now` (every earlier day's has one too: limits
    keep the order of the days they start from); None when none of the last 400 days has one."""
    day = now.date()
    for _ in range(400):
        if statutory_limit(day, limit_days, calendar).notices(now, warning_days):
            return day
        day -= timedelta(days=1)
    return None


def is_bound(stage: str, disclosure: str) -> bool:
    """Only proactively disclosed items that are not yet published or closed run against the limit."""
    return disclosure == BOUND and stage not in FINISHED


def describe(limit: StatutoryLimit, now: datetime) -> str:
    """One line for people: the last day and how much time is left, or how late it is."""
    left = limit.working_days_left(now)
    last_day = f"{limit.due.at.year}年{limit.due.at.month}月{limit.due.at.day}日"
    if now > limit.due.at:
        return f"已超过法定公开时限（{last_day}）{max(1, -left)} 个工作日"
    return f"法定公开时限 {last_day}，还剩 {left} 个工作日"
