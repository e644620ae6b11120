"""Working days of the official Chinese holiday calendar (调休 make-up days included), and office hours.

Beyond the years the installed calendar knows, Monday to Friday are assumed, and whatever is computed
from such a day says that it is an estimate.
"""

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import chinese_calendar

OFFICE_OPENS, OFFICE_CLOSES = time(9), time(17)
OFFICE_DAY = timedelta(hours=8)
"""The office time of one working day (09:00–17:00)."""


@functools.cache
def known_years() -> range:
    """The years for which the installed chinese-calendar package has the official holidays."""
    years = sorted({d.year for d in chinese_calendar.holidays})
    return range(years[0], years[-1] + 1)


_overrides: dict[int, tuple[frozenset[date], frozenset[date]]] = {}
"""The policy file's calendar: year -> (holidays, make-up working days), as the State Council announced them."""


def use_overrides(years: Mapping[int, Any]) -> None:
    """Use the policy in force's calendar for the years it gives (each with `holidays` and `workdays`)."""
    wanted = {year: (frozenset(given.holidays), frozenset(given.workdays)) for year, given in years.items()}
    if wanted != _overrides:
        _overrides.clear()
        _overrides.update(wanted)
        _is_working_day.cache_clear()


def is_working_day(day: date) -> bool:
    """A working day of the official calendar (the policy file's years first); Monday to Friday beyond it."""
    return _is_working_day(day)


@functools.lru_cache(maxsize=8192)
def _is_working_day(day: date) -> bool:
    given = _overrides.get(day.year)
    if given is not None:
        holidays, workdays = given
        return day in workdays or (day not in holidays and day.weekday() < 5)
    if day.year in known_years():
        return bool(chinese_calendar.is_workday(day))
    return day.weekday() < 5


def source_of(year: int) -> str:
    """Where a year's calendar comes from: the policy file, the chinese-calendar package, or an estimate."""
    if year in _overrides:
        return "policy"
    return "chinese_calendar" if year in known_years() else "estimate"


def covered_until() -> int:
    """The last year the calendar in use knows (package or policy file)."""
    return max([known_years()[-1], *_overrides])


def beyond_calendar(*days: date) -> bool:
    """Whether any of the days lies beyond the calendar's known years (so its working days are estimated)."""
    return any(source_of(day.year) == "estimate" for day in days)


def year_calendar(year: int) -> dict[str, Any]:
    """A year's days off on weekdays, its working weekend days (调休), its count of working days, and their source."""
    days = [date(year, 1, 1) + timedelta(days=n) for n in range((date(year + 1, 1, 1) - date(year, 1, 1)).days)]
    return {"year": year, "source": source_of(year), "estimated": source_of(year) == "estimate",
            "holidays": [d.isoformat() for d in days if d.weekday() < 5 and not is_working_day(d)],
            "workdays": [d.isoformat() for d in days if d.weekday() >= 5 and is_working_day(d)],
            "working_days": sum(is_working_day(d) for d in days)}


@dataclass(frozen=True)
class Due:
    """A deadline; `estimated` when it lies beyond the calendar's known years (Mon–Fri assumed)."""

    at: datetime
    estimated: bool = False


def add_working_days(start: datetime, days: float) -> Due:
    """`days` working days after `start`: whole days at the same time of day, other lengths in office time."""
    if days == int(days):
        at = shift_working_days(start, int(days))
    else:
        at = add_office_time(start, OFFICE_DAY * days)
    return Due(at, beyond_calendar(start.date(), at.date()))


def shift_working_days(moment: datetime, days: int) -> datetime:
    """The same time of day `days` working days later (earlier when `days` is negative)."""
    step, remaining, current = timedelta(days=1 if days > 0 else -1), abs(days), moment
    while remaining > 0:
        current += step
        remaining -= is_working_day(current.date())
    return current


def subtract_working_days(moment: datetime, days: int) -> datetime:
    """The same time of day `days` working days before `moment`."""
    return shift_working_days(moment, -days)


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (negative when end is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    return sum(1 for n in range(1, (end - start).days + 1) if is_working_day(start + timedelta(days=n)))


def office_hours(day: date, like: datetime) -> tuple[datetime, datetime] | None:
    """When the office opens and closes that day, in the time zone of `like` (None on a day off)."""
    if not is_working_day(day):
        return None
    return datetime.combine(day, OFFICE_OPENS, like.tzinfo), datetime.combine(day, OFFICE_CLOSES, like.tzinfo)


def office_time_between(start: datetime, end: datetime) -> timedelta:
    """The office time from `start` to `end` (zero when `end` is not later).

    The first and the last day count what lies between the two moments; every working day between
    them counts whole (when both moments are given in one time zone, else each day is clamped).
    """
    first, last = start.date(), end.date()
    if last - first < timedelta(days=2) or start.utcoffset() != end.utcoffset():
        return _office_time_day_by_day(start, end)
    whole = sum(map(is_working_day, (first + timedelta(days=n) for n in range(1, (last - first).days))))
    return _office_time_on(first, start, end) + OFFICE_DAY * whole + _office_time_on(last, start, end)


def _office_time_day_by_day(start: datetime, end: datetime) -> timedelta:
    total, day = timedelta(), start.date()
    while day <= end.date():
        total += _office_time_on(day, start, end)
        day += timedelta(days=1)
    return total


def _office_time_on(day: date, start: datetime, end: datetime) -> timedelta:
    """The office time of one day (its hours in the time zone of `start`) between `start` and `end`."""
    hours = office_hours(day, start)
    return max(timedelta(), min(hours[1], end) - max(hours[0], start)) if hours else timedelta()


def add_office_time(start: datetime, span: timedelta) -> datetime:
    """The moment when `span` of office time has passed since `start` (`start` itself for none)."""
    if span <= timedelta():
        return start
    remaining, hours = span, office_hours(start.date(), start)
    if hours and start < hours[1]:
        opens = max(hours[0], start)
        if remaining <= hours[1] - opens:
            return opens + remaining
        remaining -= hours[1] - opens
    day = start.date() + timedelta(days=1)
    while not is_working_day(day) or remaining > OFFICE_DAY:  # whole working days pass at eight hours each
        remaining -= OFFICE_DAY if is_working_day(day) else timedelta()
        day += timedelta(days=1)
    return datetime.combine(day, OFFICE_OPENS, start.tzinfo) + remaining


def next_office_moment(moment: datetime) -> datetime:
    """`moment` itself when the office is open then, otherwise the next working morning."""
    hours = office_hours(moment.date(), moment)
    if hours and moment <= hours[1]:
        return max(hours[0], moment)
    day = moment.date() + timedelta(days=1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return datetime.combine(day, OFFICE_OPENS, moment.tzinfo)


def due_note(due: Due) -> str | None:
    """The warning a deadline beyond the holiday calendar carries (None for an exact one)."""
    if not due.estimated:
        return None
    return f"节假日日历仅覆盖至 {covered_until()} 年，该期限按周一至周五估算，请核对"
