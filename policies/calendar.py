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


@functools.lru_cache(maxsize=8192)
def _official_working_day(day: date) -> bool:
    if day.year in known_years():
        return bool(chinese_calendar.is_workday(day))
    return day.weekday() < 5


@dataclass(frozen=True)
class WorkingCalendar:
    """The official calendar with one organisation's policy years over it: year -> (holidays, make-up working days).

    Each organisation's deadlines are counted on its own (`Policy.working_calendar`); nothing is process-wide.
    """

    years: tuple[tuple[int, frozenset[date], frozenset[date]], ...] = ()

    @classmethod
    def of(cls, years: Mapping[int, Any]) -> "WorkingCalendar":
        """From a policy's `calendar` (each year with `holidays` and `workdays`)."""
        return cls(tuple(sorted((year, frozenset(given.holidays), frozenset(given.workdays))
                                for year, given in years.items())))

    @functools.cached_property
    def _given(self) -> dict[int, tuple[frozenset[date], frozenset[date]]]:
        return {year: (holidays, workdays) for year, holidays, workdays in self.years}

    def is_working_day(self, day: date) -> bool:
        given = self._given.get(day.year)
        if given is not None:
            holidays, workdays = given
            return day in workdays or (day not in holidays and day.weekday() < 5)
        return _official_working_day(day)

    def source_of(self, year: int) -> str:
        if year in self._given:
            return "policy"
        return "chinese_calendar" if year in known_years() else "estimate"

    def covered_until(self) -> int:
        return max([known_years()[-1], *self._given])


OFFICIAL = WorkingCalendar()
"""The official calendar alone (chinese-calendar), for an organisation whose policy gives no years."""


def is_working_day(day: date, calendar: WorkingCalendar = OFFICIAL) -> bool:
    """A working day of the official calendar (the organisation's policy years first); Monday to Friday beyond it."""
    return calendar.is_working_day(day)


def source_of(year: int, calendar: WorkingCalendar = OFFICIAL) -> str:
    """Where a year's calendar comes from: the policy file, the chinese-calendar package, or an estimate."""
    return calendar.source_of(year)


def covered_until(calendar: WorkingCalendar = OFFICIAL) -> int:
    """The last year the calendar in use knows (package or policy file)."""
    return calendar.covered_until()


def beyond_calendar(*days: date, calendar: WorkingCalendar = OFFICIAL) -> bool:
    """Whether any of the days lies beyond the calendar's known years (so its working days are estimated)."""
    return any(calendar.source_of(day.year) == "estimate" for day in days)


def year_calendar(year: int, calendar: WorkingCalendar = OFFICIAL) -> dict[str, Any]:
    """A year's days off on weekdays, its working weekend days (调休), its count of working days, and their source."""
    days = [date(year, 1, 1) + timedelta(days=n) for n in range((date(year + 1, 1, 1) - date(year, 1, 1)).days)]
    working = calendar.is_working_day
    return {"year": year, "source": calendar.source_of(year), "estimated": calendar.source_of(year) == "estimate",
            "holidays": [d.isoformat() for d in days if d.weekday() < 5 and not working(d)],
            "workdays": [d.isoformat() for d in days if d.weekday() >= 5 and working(d)],
            "working_days": sum(working(d) for d in days)}


@dataclass(frozen=True)
class Due:
    """A deadline; `estimated` when it lies beyond the calendar's known years (Mon–Fri assumed)."""

    at: datetime
    estimated: bool = False
    covered_until: int = 0  # the last year the calendar it was counted on knows (for the warning)


def add_working_days(start: datetime, days: float, calendar: WorkingCalendar = OFFICIAL) -> Due:
    """`days` working days after `start`: whole days at the same time of day, other lengths in office time."""
    if days == int(days):
        at = shift_working_days(start, int(days), calendar)
    else:
        at = add_office_time(start, OFFICE_DAY * days, calendar)
    return Due(at, beyond_calendar(start.date(), at.date(), calendar=calendar), calendar.covered_until())


def shift_working_days(moment: datetime, days: int, calendar: WorkingCalendar = OFFICIAL) -> datetime:
    """The same time of day `days` working days later (earlier when `days` is negative)."""
    step, remaining, current = timedelta(days=1 if days > 0 else -1), abs(days), moment
    while remaining > 0:
        current += step
        remaining -= calendar.is_working_day(current.date())
    return current


def subtract_working_days(moment: datetime, days: int, calendar: WorkingCalendar = OFFICIAL) -> datetime:
    """The same time of day `days` working days before `moment`."""
    return shift_working_days(moment, -days, calendar)


def working_days_between(start: date, end: date, calendar: WorkingCalendar = OFFICIAL) -> int:
    """Working days after `start` up to and including `end` (negative when end is earlier)."""
    if end < start:
        return -working_days_between(end, start, calendar)
    return sum(1 for n in range(1, (end - start).days + 1) if calendar.is_working_day(start + timedelta(days=n)))


def office_hours(day: date, like: datetime, calendar: WorkingCalendar = OFFICIAL) -> tuple[datetime, datetime] | None:
    """When the office opens and closes that day, in the time zone of `like` (None on a day off)."""
    if not calendar.is_working_day(day):
        return None
    return datetime.combine(day, OFFICE_OPENS, like.tzinfo), datetime.combine(day, OFFICE_CLOSES, like.tzinfo)


def office_time_between(start: datetime, end: datetime, calendar: WorkingCalendar = OFFICIAL) -> timedelta:
    """The office time from `start` to `end` (zero when `end` is not later).

    The first and the last day count what lies between the two moments; every working day between
    them counts whole (when both moments are given in one time zone, else each day is clamped).
    """
    first, last = start.date(), end.date()
    if last - first < timedelta(days=2) or start.utcoffset() != end.utcoffset():
        return _office_time_day_by_day(start, end, calendar)
    whole = sum(map(calendar.is_working_day, (first + timedelta(days=n) for n in range(1, (last - first).days))))
    return (_office_time_on(first, start, end, calendar) + OFFICE_DAY * whole
            + _office_time_on(last, start, end, calendar))


def _office_time_day_by_day(start: datetime, end: datetime, calendar: WorkingCalendar) -> timedelta:
    total, day = timedelta(), start.date()
    while day <= end.date():
        total += _office_time_on(day, start, end, calendar)
        day += timedelta(days=1)
    return total


def _office_time_on(day: date, start: datetime, end: datetime, calendar: WorkingCalendar) -> timedelta:
    """The office time of one day (its hours in the time zone of `start`) between `start` and `end`."""
    hours = office_hours(day, start, calendar)
    return max(timedelta(), min(hours[1], end) - max(hours[0], start)) if hours else timedelta()


def add_office_time(start: datetime, span: timedelta, calendar: WorkingCalendar = OFFICIAL) -> datetime:
    """The moment when `span` of office time has passed since `start` (`start` itself for none)."""
    if span <= timedelta():
        return start
    remaining, hours = span, office_hours(start.date(), start, calendar)
    if hours and start < hours[1]:
        opens = max(hours[0], start)
        if remaining <= hours[1] - opens:
            return opens + remaining
        remaining -= hours[1] - opens
    day = start.date() + timedelta(days=1)
    working = calendar.is_working_day
    while not working(day) or remaining > OFFICE_DAY:  # whole working days pass at eight hours each
        remaining -= OFFICE_DAY if working(day) else timedelta()
        day += timedelta(days=1)
    return datetime.combine(day, OFFICE_OPENS, start.tzinfo) + remaining


def next_office_moment(moment: datetime, calendar: WorkingCalendar = OFFICIAL) -> datetime:
    """`moment` itself when the office is open then, otherwise the next working morning."""
    hours = office_hours(moment.date(), moment, calendar)
    if hours and moment <= hours[1]:
        return max(hours[0], moment)
    day = moment.date() + timedelta(days=1)
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    return datetime.combine(day, OFFICE_OPENS, moment.tzinfo)


def due_note(due: Due) -> str | None:
    """The warning a deadline beyond the holiday calendar carries (None for an exact one)."""
    if not due.estimated:
        return None
    return f"节假日日历仅覆盖至 {due.covered_until or covered_until()} 年，该期限按周一至周五估算，请核对"
