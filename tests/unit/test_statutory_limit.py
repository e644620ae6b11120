"""The statutory limit of proactive disclosure, on fixed dates around the National Day holiday."""

from datetime import date, datetime, timedelta, timezone

from sanshen.policies.statutory import describe, is_bound, statutory_limit

CST = timezone(timedelta(hours=8))
FORMED = date(2026, 9, 25)  # a Friday; 1-8 October 2026 is the National Day holiday


def test_the_limit_ends_on_the_twentieth_working_day_after_formation_skipping_the_holiday():
    limit = statutory_limit(FORMED, 20)
    assert limit.due.at == datetime(2026, 10, 29, 23, 59, tzinfo=CST)
    assert not limit.due.estimated


def test_no_notice_before_the_last_working_days_begin():
    limit = statutory_limit(FORMED, 20)
    assert limit.notices(datetime(2026, 10, 23, 9, 0, tzinfo=CST), 3) == []


def test_a_warning_once_the_last_three_working_days_have_begun():
    limit = statutory_limit(FORMED, 20)
    assert limit.notices(datetime(2026, 10, 27, 9, 0, tzinfo=CST), 3) == ["statutory_warning"]


def test_overdue_only_after_the_last_day_has_ended():
    limit = statutory_limit(FORMED, 20)
    assert "statutory_overdue" not in limit.notices(datetime(2026, 10, 29, 23, 0, tzinfo=CST), 3)
    assert "statutory_overdue" in limit.notices(datetime(2026, 10, 30, 8, 0, tzinfo=CST), 3)


def test_the_description_counts_working_days_left_and_late():
    limit = statutory_limit(FORMED, 20)
    assert describe(limit, datetime(2026, 10, 27, 9, 0, tzinfo=CST)) == "法定公开时限 2026年10月29日，还剩 2 个工作日"
    assert describe(limit, datetime(2026, 11, 3, 9, 0, tzinfo=CST)) == "已超过法定公开时限（2026年10月29日）3 个工作日"


def test_only_unfinished_proactive_items_run_against_the_limit():
    assert is_bound("first_review", "proactive")
    assert not is_bound("published", "proactive")
    assert not is_bound("first_review", "on_request")
