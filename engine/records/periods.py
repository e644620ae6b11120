"""Archive transfer periods: monthly (2026-11), twice monthly (2026-11-1, 2026-11-2) or quarterly (2026-Q4)."""

import calendar
import re
from datetime import date, timedelta

from ...policies.kinds import ArchivePeriod
from ..errors import InvalidInput

SHAPES = {ArchivePeriod.monthly: ("YYYY-MM", re.compile(r"(\d{4})-(\d{2})")),
          ArchivePeriod.twice_monthly: ("YYYY-MM-1 或 YYYY-MM-2", re.compile(r"(\d{4})-(\d{2})-([12])")),
          ArchivePeriod.quarterly: ("YYYY-Q1 至 YYYY-Q4", re.compile(r"(\d{4})-Q([1-4])"))}


def bounds(period: str, kind: ArchivePeriod) -> tuple[date, date]:
    """The first and last day of a period named as the policy's kind of period names it."""
    shape, pattern = SHAPES[kind]
    found = pattern.fullmatch(period)
    if not found or (kind is not ArchivePeriod.quarterly and not 1 <= int(found.group(2)) <= 12):
        raise InvalidInput(f"移交期间应写作 {shape}（策略文件 archive.period: {kind.value}）：{period}")
    year = int(found.group(1))
    if kind is ArchivePeriod.quarterly:
        first_month = 3 * int(found.group(2)) - 2
        return date(year, first_month, 1), _month_end(year, first_month + 2)
    month = int(found.group(2))
    if kind is ArchivePeriod.monthly:
        return date(year, month, 1), _month_end(year, month)
    return (date(year, month, 1), date(year, month, 15)) if found.group(3) == "1" else \
        (date(year, month, 16), _month_end(year, month))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def name_of(day: date, kind: ArchivePeriod) -> str:
    """The period a day lies in."""
    if kind is ArchivePeriod.quarterly:
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if kind is ArchivePeriod.monthly:
        return f"{day:%Y-%m}"
    return f"{day:%Y-%m}-{1 if day.day <= 15 else 2}"


def last_closed(today: date, kind: ArchivePeriod) -> str:
    """The latest period that has ended before today."""
    start, _ = bounds(name_of(today, kind), kind)
    return name_of(start - timedelta(days=1), kind)
