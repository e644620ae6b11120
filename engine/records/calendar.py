"""The working calendar in use, year by year, and where it comes from."""

from importlib.metadata import version
from typing import Any

from sqlalchemy.orm import Session

from ...ledger.policystore import current_policy
from ...policies.calendar import year_calendar

SOURCES = {"policy": "策略文件 calendar", "chinese_calendar": "chinese-calendar 日历包 {version}",
           "estimate": "估算（周一至周五）"}


def calendar_of(session: Session, year: int) -> dict[str, Any]:
    """The year's calendar under the policy in force (whose `calendar` section comes first)."""
    policy = current_policy(session)[1]
    found = year_calendar(year)
    note = policy.calendar[year].source if year in policy.calendar else ""
    name = SOURCES[found["source"]].format(version=version("chinese-calendar"))
    return {**found, "source_name": f"{name}（{note}）" if note else name}
