"""Moments stored for comparison (leases, retries) are written as UTC text, so text order is time order."""

from datetime import UTC, datetime, timedelta


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class Clock:
    """The moment of each write during a run that started at `start` (a fixed SANSHEN_NOW included): start + elapsed."""

    def __init__(self, start: datetime):
        from time import monotonic

        self.start, self._monotonic, self._t0 = start, monotonic, monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=self._monotonic() - self._t0)
