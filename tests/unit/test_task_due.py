"""A task's deadline falls in office hours whenever the task opened (pure: the moment is a parameter)."""

from datetime import datetime, timedelta, timezone

import pytest

from sanshen.policies.calendar import is_working_day
from sanshen.policies.deadlines import task_due

CST = timezone(timedelta(hours=8))


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CST)


@pytest.mark.parametrize(("opened", "days", "due"), [
    ("2026-11-24 06:47", 1, "2026-11-25 09:00"),   # before the office opens: the clock starts at 09:00
    ("2026-11-24 20:15", 1, "2026-11-26 09:00"),   # after it closed: from the next working morning
    ("2026-11-28 11:00", 1, "2026-12-01 09:00"),   # a Saturday: from Monday morning
    ("2026-11-24 10:30", 1, "2026-11-25 10:30"),   # in office hours: the same time a working day later
    ("2026-11-24 06:47", 0.5, "2026-11-24 13:00"),  # half a working day of office time
])
def test_a_task_is_due_in_office_hours(opened, days, due):
    assert task_due(at(opened), days).at == at(due)


@pytest.mark.parametrize("hour", range(24))
@pytest.mark.parametrize("days", [1, 2, 0.25, 3.5])
def test_whenever_a_task_opens_its_deadline_is_on_a_working_day_between_nine_and_five(hour, days):
    due = task_due(at(f"2026-11-27 {hour:02d}:47"), days).at
    assert is_working_day(due.date()) and (9, 0) <= (due.hour, due.minute) <= (17, 0), due
