"""The one place the application reads the clock; everything below takes `now` as a parameter."""

import os
from datetime import datetime, timedelta, timezone

CHINA = timezone(timedelta(hours=8), "CST")


def now() -> datetime:
    """The current moment in China Standard Time, or SANSHEN_NOW (ISO 8601) when set, for demos."""
    fixed = os.environ.get("SANSHEN_NOW")
    if fixed:
        try:
            moment = datetime.fromisoformat(fixed)
        except ValueError:
            raise LookupError(f"SANSHEN_NOW 不是 ISO 8601 时刻（例如 2026-11-24T09:30:00+08:00）：{fixed}") from None
        return moment if moment.tzinfo else moment.replace(tzinfo=CHINA)
    return datetime.now(CHINA)
