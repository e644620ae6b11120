"""The office-time arithmetic that skips whole days answers exactly as counting day by day did."""

from datetime import UTC, datetime, time, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from sanshen.policies.calendar import add_office_time, office_hours, office_time_between

CST = timezone(timedelta(hours=8))
moments = st.datetimes(min_value=datetime(2025, 12, 20), max_value=datetime(2027, 2, 10),
                       timezones=st.sampled_from([CST, UTC]))


def office_time_day_by_day(start: datetime, end: datetime) -> timedelta:
    total, day = timedelta(), start.date()
    while day <= end.date():
        hours = office_hours(day, start)
        if hours:
            total += max(timedelta(), min(hours[1], end) - max(hours[0], start))
        day += timedelta(days=1)
    return total


def add_office_time_day_by_day(start: datetime, span: timedelta) -> datetime:
    if span <= timedelta():
        return start
    current, remaining = start, span
    while True:
        hours = office_hours(current.date(), current)
        if hours and current < hours[1]:
            opens = max(hours[0], current)
            if remaining <= hours[1] - opens:
                return opens + remaining
            remaining -= hours[1] - opens
        current = datetime.combine(current.date() + timedelta(days=1), time(), current.tzinfo)


@settings(max_examples=400)
@given(moments, moments)
def test_office_time_between_counts_as_day_by_day(start, end):
    assert office_time_between(start, end) == office_time_day_by_day(start, end)


@settings(max_examples=400)
@given(moments, st.timedeltas(min_value=timedelta(hours=-2), max_value=timedelta(days=12)))
def test_add_office_time_lands_where_day_by_day_does(start, span):
    assert add_office_time(start, span) == add_office_time_day_by_day(start, span)


def test_across_the_national_day_holiday_only_working_days_count():
    start, end = datetime(2026, 9, 30, 10, 0, tzinfo=CST), datetime(2026, 10, 10, 10, 0, tzinfo=CST)
    assert office_time_between(start, end) == office_time_day_by_day(start, end)
    assert add_office_time(start, timedelta(hours=16)) == add_office_time_day_by_day(start, timedelta(hours=16))
