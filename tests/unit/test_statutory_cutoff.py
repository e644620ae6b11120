"""The statutory sweep reads only items formed on or before the last day whose limit has a notice."""

from datetime import datetime, timedelta, timezone

import pytest

from sanshen.policies.statutory import last_formation_day_noticed, statutory_limit

CST = timezone(timedelta(hours=8))


@pytest.mark.parametrize("now", [datetime(2026, 11, 24, 16, 0, tzinfo=CST), datetime(2026, 10, 9, 9, 0, tzinfo=CST),
                                 datetime(2027, 2, 1, 23, 59, tzinfo=CST)])
@pytest.mark.parametrize(("limit_days", "warning_days"), [(20, 3), (20, 0), (15, 5)])
def test_the_day_found_is_the_last_with_a_notice_and_every_day_before_it_has_one(now, limit_days, warning_days):
    last = last_formation_day_noticed(now, limit_days, warning_days)
    assert last is not None
    assert statutory_limit(last, limit_days).notices(now, warning_days)
    assert not statutory_limit(last + timedelta(days=1), limit_days).notices(now, warning_days)
    assert all(statutory_limit(last - timedelta(days=n), limit_days).notices(now, warning_days) for n in range(60))
