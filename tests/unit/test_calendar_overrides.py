"""The policy file's calendar for years the holiday package does not know yet."""

from datetime import date, datetime, timedelta, timezone

import pytest

from sanshen.policies import calendar
from sanshen.policies.config import PolicyError, parse_policy
from sanshen.policyfile import DEMO_POLICY, load_policy

CST = timezone(timedelta(hours=8))
YEAR_2027 = {2027: {"holidays": ["2027-10-01", "2027-10-04"], "workdays": ["2027-10-09"], "source": "国办发明电〔2026〕X号"}}


@pytest.fixture
def policy_2027():
    data = load_policy(DEMO_POLICY).model_dump(mode="json")
    policy = parse_policy({**data, "calendar": YEAR_2027}, "org.yaml")
    return policy


def test_a_year_the_policy_gives_uses_its_holidays_and_make_up_days(policy_2027):
    own = policy_2027.working_calendar
    assert not calendar.is_working_day(date(2027, 10, 1), own) and not calendar.is_working_day(date(2027, 10, 4), own)
    assert calendar.is_working_day(date(2027, 10, 9), own) and calendar.is_working_day(date(2027, 10, 5), own)
    assert calendar.source_of(2027, own) == "policy" and calendar.source_of(2026, own) == "chinese_calendar"


def test_a_deadline_in_a_covered_year_is_exact_and_one_beyond_it_is_estimated(policy_2027):
    own = policy_2027.working_calendar
    exact = calendar.add_working_days(datetime(2027, 9, 30, 10, tzinfo=CST), 1, own)
    assert exact.at.date() == date(2027, 10, 5) and not exact.estimated and calendar.due_note(exact) is None
    later = calendar.add_working_days(datetime(2028, 3, 1, 10, tzinfo=CST), 1, own)
    assert later.estimated and "2027" in calendar.due_note(later)


def test_without_the_policy_the_year_is_estimated_monday_to_friday(policy_2027):
    assert calendar.is_working_day(date(2027, 10, 1)) and calendar.source_of(2027) == "estimate"
    assert not calendar.is_working_day(date(2027, 10, 1), policy_2027.working_calendar)  # only its own organisation's


def test_two_organisations_count_on_their_own_calendars(policy_2027):
    data = policy_2027.model_dump(mode="json")
    other = parse_policy({**data, "organisation": {**data["organisation"], "code": "OTHER"},
                          "calendar": {2027: {"holidays": ["2027-10-05"], "workdays": []}}}, "other.yaml")
    opened = datetime(2027, 9, 30, 10, tzinfo=CST)
    assert calendar.add_working_days(opened, 1, policy_2027.working_calendar).at.date() == date(2027, 10, 5)
    assert calendar.add_working_days(opened, 1, other.working_calendar).at.date() == date(2027, 10, 1)


def test_a_date_outside_its_year_is_refused_naming_the_key():
    data = load_policy(DEMO_POLICY).model_dump(mode="json")
    with pytest.raises(PolicyError, match="calendar.2027.holidays"):
        parse_policy({**data, "calendar": {2027: {"holidays": ["2028-01-01"]}}}, "org.yaml")


def test_the_year_calendar_lists_weekday_holidays_and_working_weekends(policy_2027):
    year = calendar.year_calendar(2027, policy_2027.working_calendar)
    assert year["holidays"] == ["2027-10-01", "2027-10-04"] and year["workdays"] == ["2027-10-09"]
    assert not year["estimated"]
