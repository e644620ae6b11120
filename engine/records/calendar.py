"""The working calendar in use, year by year, and where it comes from."""

from importlib.metadata import version
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...ledger.models import Organisation
from ...ledger.policystore import current_policy
from ...policies.calendar import year_calendar

SOURCES = {"policy": "策略文件 calendar", "chinese_calendar": "chinese-calendar 日历包 {version}",
           "estimate": "估算（周一至周五）"}


def calendar_of(session: Session, year: int, code: str | None = None) -> dict[str, Any]:
    """The year's calendar of an organisation (its policy's `calendar` section comes first); None: the only one."""
    found_ids = session.execute(select(Organisation.id).where(Organisation.code == code) if code else
                                select(Organisation.id).order_by(Organisation.id).limit(2)).scalars().all()
    if not found_ids:
        raise LookupError(f"找不到单位 {code}" if code else "尚未初始化：请先运行 sanshen init")
    if len(found_ids) > 1:
        raise LookupError("平台上有多个单位，各用各的节假日安排：请用 --org 单位代码 指定单位")
    policy = current_policy(session, found_ids[0])[1]
    found = year_calendar(year, policy.working_calendar)
    note = policy.calendar[year].source if year in policy.calendar else ""
    name = SOURCES[found["source"]].format(version=version("chinese-calendar"))
    return {**found, "source_name": f"{name}（{note}）" if note else name}
