"""Archive transfer periods: monthly, twice monthly, quarterly; the period that closed last."""

from datetime import date

import pytest

from sanshen.engine.errors import InvalidInput
from sanshen.engine.records.periods import bounds, last_closed
from sanshen.policies.kinds import ArchivePeriod


def test_each_kind_of_period_has_its_first_and_last_day():
    assert bounds("2026-02", ArchivePeriod.monthly) == (date(2026, 2, 1), date(2026, 2, 28))
    assert bounds("2026-11-1", ArchivePeriod.twice_monthly) == (date(2026, 11, 1), date(2026, 11, 15))
    assert bounds("2026-11-2", ArchivePeriod.twice_monthly) == (date(2026, 11, 16), date(2026, 11, 30))
    assert bounds("2026-Q4", ArchivePeriod.quarterly) == (date(2026, 10, 1), date(2026, 12, 31))


def test_the_period_that_closed_last_is_the_one_before_today_s():
    assert last_closed(date(2026, 12, 1), ArchivePeriod.monthly) == "2026-11"
    assert last_closed(date(2027, 1, 1), ArchivePeriod.monthly) == "2026-12"
    assert last_closed(date(2026, 11, 16), ArchivePeriod.twice_monthly) == "2026-11-1"
    assert last_closed(date(2026, 11, 1), ArchivePeriod.twice_monthly) == "2026-10-2"
    assert last_closed(date(2027, 2, 10), ArchivePeriod.quarterly) == "2026-Q4"


@pytest.mark.parametrize("period, kind", [("2026-13", ArchivePeriod.monthly), ("2026-11", ArchivePeriod.quarterly),
                                          ("2026-11-3", ArchivePeriod.twice_monthly), ("11/2026", ArchivePeriod.monthly)])
def test_a_period_not_written_as_the_policy_says_is_refused(period, kind):
    with pytest.raises(InvalidInput, match="移交期间应写作"):
        bounds(period, kind)
