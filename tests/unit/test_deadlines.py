"""Deadlines in working days around the Spring Festival and National Day, with their make-up days."""

from datetime import date, datetime, timedelta, timezone

import pytest

from sanshen.policies.calendar import add_working_days, due_note, subtract_working_days, working_days_between
from sanshen.policies.config import PolicyError, parse_policy, parse_policy_text
from sanshen.policies.deadlines import (
    due_notices,
    lateness,
    reminder_moments,
    statutory_due,
    working_days_late,
)
from sanshen.policies.reminders import ReminderSettings
from sanshen.policyfile import DEMO_POLICY, load_policy

CST = timezone(timedelta(hours=8))
SETTINGS = ReminderSettings()


def at(day: str, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=CST)


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
    created, due = at("2026-09-29"), at("2026-10-12")  # 40 office hours: half time is 13:00 on 8 October
    assert due_notices(created, due, at("2026-09-30"), SETTINGS, set()).send == ()
    assert due_notices(created, due, at("2026-10-08", 12), SETTINGS, set()).send == ()
    assert due_notices(created, due, at("2026-10-08", 13), SETTINGS, set()).send == ("reminder_50%",)
    assert due_notices(created, due, at("2026-10-10", 10), SETTINGS, {"reminder_50%"}).send == ("reminder_1d",)
    assert due_notices(created, due, at("2026-10-13"), SETTINGS, {"reminder_50%", "reminder_1d"}).send == ("escalation",)
    assert due_notices(created, due, at("2026-10-14"), SETTINGS, {"reminder_50%", "reminder_1d", "escalation"}).send == ()


def test_lateness_is_counted_in_working_days():
    assert working_days_late(at("2026-09-30"), at("2026-10-09")) == 2


def test_working_days_beyond_the_calendar_are_estimated_monday_to_friday_not_refused():
    assert working_days_between(date(2026, 12, 30), date(2027, 1, 5)) == 4
    late = lateness(at("2026-12-30"), at("2027-01-04", 11))
    assert (late.working_days, late.hours, late.estimated) == (3, 2, True)
    assert "估算" in (late.note() or "")
    assert lateness(at("2026-11-24"), at("2026-11-25", 11)).note() is None


def test_lateness_is_told_in_working_days_and_hours_of_office_time():
    due = at("2026-11-27", 16)  # a Friday afternoon
    assert lateness(due, at("2026-11-27", 16, 30)).described() == "逾期不足 1 小时"
    assert lateness(due, at("2026-11-27", 18)).described() == "逾期 1 小时"
    assert lateness(due, at("2026-11-30", 10)).described() == "逾期 2 小时"  # over the weekend
    assert lateness(due, at("2026-12-01", 12)).described() == "逾期 1 个工作日 4 小时"


def test_a_one_day_task_gets_no_reminder_as_it_opens_only_at_half_time():
    created = at("2026-11-24", 10)
    due = add_working_days(created, 1).at
    assert due_notices(created, due, created + timedelta(minutes=5), SETTINGS, set()).send == ()
    assert due_notices(created, due, at("2026-11-24", 13, 59), SETTINGS, set()).send == ()
    assert due_notices(created, due, at("2026-11-24", 14), SETTINGS, set()).send == ("reminder_50%",)


def test_half_time_of_a_task_opened_on_friday_is_monday_morning_not_sunday_night():
    created = at("2026-11-20", 14)
    due = add_working_days(created, 1).at
    assert due == at("2026-11-23", 14)
    assert reminder_moments(created, due, SETTINGS) == {"reminder_50%": at("2026-11-23", 10)}
    assert due_notices(created, due, at("2026-11-22", 4), SETTINGS, set()).send == ()


def test_opened_on_the_eve_of_national_day_the_half_time_reminder_comes_after_the_holiday():
    created = at("2026-09-30", 20)  # 1 to 7 October are holidays
    due = add_working_days(created, 1).at
    assert due == at("2026-10-08", 20)
    assert reminder_moments(created, due, SETTINGS) == {"reminder_50%": at("2026-10-08", 13)}


def test_a_reminder_falling_in_the_evening_before_national_day_waits_for_the_first_working_morning():
    created = at("2026-09-29", 19)
    due = add_working_days(created, 2).at
    assert due == at("2026-10-08", 19)
    assert reminder_moments(created, due, SETTINGS) == {"reminder_50%": at("2026-09-30", 17),
                                                        "reminder_1d": at("2026-10-08", 9)}
    assert due_notices(created, due, at("2026-10-04", 12), SETTINGS, {"reminder_50%"}).send == ()
    assert due_notices(created, due, at("2026-10-08", 9), SETTINGS, {"reminder_50%"}).send == ("reminder_1d",)


def test_the_make_up_saturday_of_the_spring_festival_counts_and_coinciding_reminders_send_one_mail():
    created = at("2026-02-13", 10)  # Friday; Saturday 14 February is a make-up working day
    due = add_working_days(created, 2).at
    assert due == at("2026-02-24", 10)
    assert set(reminder_moments(created, due, SETTINGS).values()) == {at("2026-02-14", 10)}
    assert due_notices(created, due, at("2026-02-14", 9, 59), SETTINGS, set()).send == ()
    notices = due_notices(created, due, at("2026-02-14", 10), SETTINGS, set())
    assert len(notices.send) == 1 and notices.settled == {"reminder_50%", "reminder_1d"}
    assert due_notices(created, due, at("2026-02-23", 16), SETTINGS, notices.settled).send == ()


def test_a_sweep_that_finds_two_reminders_due_sends_only_the_later_and_passes_over_the_other():
    created, due = at("2026-11-23"), at("2026-12-02")
    notices = due_notices(created, due, at("2026-12-01", 10), SETTINGS, set())
    assert notices.send == ("reminder_1d",)
    assert notices.settled == {"reminder_50%", "reminder_1d"}
    assert due_notices(created, due, at("2026-12-01", 11), SETTINGS, notices.settled).send == ()


def test_a_fractional_deadline_day_is_counted_exactly_in_office_hours():
    assert add_working_days(at("2026-11-24", 10), 1.5).at == at("2026-11-25", 14)
    assert add_working_days(at("2026-11-24", 10), 1).at == at("2026-11-25", 10)


def demo_stages(**stages: dict) -> dict:
    data = load_policy(DEMO_POLICY).model_dump(mode="json")
    data["stages"].update(stages)
    return data


def test_deadline_hours_count_office_hours_of_working_days_and_survive_the_stored_policy():
    policy = parse_policy(demo_stages(proofreading_1={"roles": ["proofreader"], "deadline_hours": 4}))
    stored = parse_policy_text(policy.fingerprint(), "policy.json")
    for days in (policy.stages["proofreading_1"].deadline_days, stored.stages["proofreading_1"].deadline_days):
        assert add_working_days(at("2026-09-30", 15), days).at == at("2026-10-08", 11)


@pytest.mark.parametrize(("rule", "message"), [
    ({"deadline_hours": 4, "deadline_days": 1}, "stages.proofreading_1: deadline_days 与 deadline_hours 只能填写其一"),
    ({"deadline_hours": 0}, "stages.proofreading_1.deadline_hours"),
    ({"deadline_hours": "半天"}, "stages.proofreading_1.deadline_hours"),
])
def test_a_stage_deadline_in_hours_is_validated_naming_the_key(rule, message):
    with pytest.raises(PolicyError) as raised:
        parse_policy(demo_stages(proofreading_1={"roles": ["proofreader"], **rule}), "org.yaml")
    assert message in str(raised.value)
