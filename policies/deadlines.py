"""Which reminders and escalations a waiting task is due at `now` (pure: the clock is a parameter)."""

from datetime import date, datetime

from .calendar import Due, add_working_days, subtract_working_days, working_days_between
from .reminders import ReminderSettings


def due_notices(created: datetime, due: datetime, now: datetime, settings: ReminderSettings,
                already: set[str]) -> list[str]:
    """The notices not yet sent whose moment has come: `reminder_50%`, `reminder_1d`, `escalation`."""
    notices = []
    for fraction in settings.at_fractions:
        if now >= created + (due - created) * fraction:
            notices.append(f"reminder_{fraction:.0%}")
    for days in settings.days_before:
        if now >= subtract_working_days(due, days):
            notices.append(f"reminder_{days}d")
    if now > due:
        notices = [n for n in notices if n == "escalation"] + ["escalation"]
    return [n for n in notices if n not in already]


def statutory_due(formed_on: date, limit_days: int) -> Due:
    """The last day for proactive disclosure: `limit_days` working days after the information was formed."""
    start = datetime(formed_on.year, formed_on.month, formed_on.day, 23, 59)
    return add_working_days(start, limit_days)


def working_days_late(due: datetime, now: datetime) -> int:
    return max(0, working_days_between(due.date(), now.date()))
