"""Moments stored for comparison (leases, retries) are written as UTC text, so text order is time order."""

from datetime import UTC, datetime


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")
