"""The one place the application reads the clock; everything below takes `now` as a parameter."""

import os
from datetime import datetime, timedelta, timezone

CHINA = timezone(timedelta(hours=8), "CST")


def now() -> datetime:
    """The current moment in China Standard Time, or SANSHEN_NOW (ISO 8601) when set, for demos."""
    fixed = os.environ.get("SANSHEN_NOW")
    if fixed:
        moment = datetime.fromisoformat(fixed)
        return moment if moment.tzinfo else moment.replace(tzinfo=CHINA)
    return datetime.now(CHINA)
