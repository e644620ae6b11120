"""Working days of the official Chinese holiday calendar (调休 make-up days included)."""

import functools
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import chinese_calendar


class CalendarGap(ValueError):
    """A date lies beyond the years the holiday calendar knows; we will not guess."""


@functools.cache
def known_years() -> range:
    """The years for which the installed chinese-calendar package has the official holidays."""
    years = sorted({d.year for d in chinese_calendar.holidays})
    return range(years[0], years[-1] + 1)


def is_working_day(day: date) -> bool:
    if day.year not in known_years():
        raise CalendarGap(f"节假日日历不包含 {day.year} 年，无法准确计算工作日，请升级 chinese-calendar")
    return bool(chinese_calendar.is_workday(day))


@dataclass(frozen=True)
class Due:
    """A deadline; `estimated` when it lies beyond the calendar's known years (Mon–Fri assumed)."""

    at: datetime
    estimated: bool = False


def add_working_days(start: datetime, days: float) -> Due:
    """The moment `days` working days after `start` (fractions round up to whole days)."""
    remaining, current, estimated = math.ceil(days), start, False
    years = known_years()
    while remaining > 0:
        current += timedelta(days=1)
        if current.year in years:
            working = is_working_day(current.date())
        else:
            working, estimated = current.weekday() < 5, True
        remaining -= working
    return Due(current, estimated)


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (negative when end is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    return sum(1 for n in range(1, (end - start).days + 1) if is_working_day(start + timedelta(days=n)))


def due_note(due: Due) -> str | None:
    """The warning a deadline beyond the holiday calendar carries (None for an exact one)."""
    if not due.estimated:
        return None
    return f"节假日日历仅覆盖至 {known_years()[-1]} 年，该期限按周一至周五估算，请核对"


def subtract_working_days(moment: datetime, days: int) -> datetime:
    """The moment `days` working days before `moment` (weekdays assumed beyond the calendar)."""
    current, remaining, years = moment, days, known_years()
    while remaining > 0:
        current -= timedelta(days=1)
        working = is_working_day(current.date()) if current.year in years else current.weekday() < 5
        remaining -= working
    return current
