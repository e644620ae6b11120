"""Deadlines in working days around the Spring Festival and National Day, with their make-up days."""

from datetime import date, datetime, timedelta, timezone

from sanshen.policies.calendar import add_working_days, due_note, subtract_working_days, working_days_between
from sanshen.policies.deadlines import due_notices, statutory_due, working_days_late
from sanshen.policies.reminders import ReminderSettings

CST = timezone(timedelta(hours=8))


def at(day: str, hour: int = 9) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=CST)


def test_one_working_day_after_the_eve_of_national_day_2025_is_after_the_holiday():
    assert add_working_days(at("2025-09-30"), 1).at == at("2025-10-09")


def test_the_make_up_saturday_after_national_day_2025_counts_as_a_working_day():
    assert add_working_days(at("2025-10-09"), 2).at == at("2025-10-11")


def test_spring_festival_2026_make_up_saturdays_count_and_the_holiday_does_not():
    assert add_working_days(at("2026-02-13"), 1).at == at("2026-02-14")
    assert add_working_days(at("2026-02-14"), 1).at == at("2026-02-24")
    assert working_days_between(date(2026, 2, 13), date(2026, 2, 28)) == 6


def test_counting_back_skips_the_holiday_too():
    assert subtract_working_days(at("2026-10-08"), 1) == at("2026-09-30")


def test_a_deadline_beyond_the_calendar_is_estimated_and_says_so():
    due = add_working_days(at("2026-12-28"), 10)
    assert due.estimated is True
    assert "估算" in (due_note(due) or "")
    assert due_note(add_working_days(at("2026-11-24"), 3)) is None


def test_the_statutory_limit_is_twenty_working_days_after_the_information_was_formed():
    assert statutory_due(date(2026, 9, 25), 20).at.date() == date(2026, 10, 29)


def test_reminders_come_at_half_time_and_a_day_before_then_escalation_once_late():
    settings = ReminderSettings()
    created, due = at("2026-09-29"), at("2026-10-12")
    assert due_notices(created, due, at("2026-09-30"), settings, set()) == []
    assert due_notices(created, due, at("2026-10-08"), settings, set()) == ["reminder_50%"]
    assert due_notices(created, due, at("2026-10-10", 10), settings, {"reminder_50%"}) == ["reminder_1d"]
    assert due_notices(created, due, at("2026-10-13"), settings, {"reminder_50%", "reminder_1d"}) == ["escalation"]
    assert due_notices(created, due, at("2026-10-14"), settings, {"reminder_50%", "reminder_1d", "escalation"}) == []


def test_lateness_is_counted_in_working_days():
    assert working_days_late(at("2026-09-30"), at("2026-10-09")) == 2
