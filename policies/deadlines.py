"""Which reminders and escalations a waiting task is due at `now`, and how late it is (pure: the clock is a parameter).

Time is office time: 09:00–17:00 on working days. A reminder at `at_fractions` falls that fraction of
the task's office time after it opened; one `days_before` its deadline falls that many working days
earlier, moved to the next working morning when the office is closed then. A reminder whose moment is
at or before the moment the task opened is never sent, nor one that would come at or after the
deadline; when several have come at once (coinciding, or the sweep did not run for a while), only the
latest is sent and the others are passed over.
"""

from collections.abc import Set
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .calendar import (
    OFFICE_DAY,
    OFFICIAL,
    Due,
    WorkingCalendar,
    add_office_time,
    add_working_days,
    beyond_calendar,
    covered_until,
    next_office_moment,
    office_time_between,
    subtract_working_days,
)
from .reminders import ReminderSettings

ESCALATION = "escalation"


@dataclass(frozen=True)
class Notices:
    """What the sweep does for one task: the notices to send, and every notice now settled (sent or passed over)."""

    send: tuple[str, ...] = ()
    settled: frozenset[str] = frozenset()


def reminder_moments(created: datetime, due: datetime, settings: ReminderSettings,
                     calendar: WorkingCalendar = OFFICIAL) -> dict[str, datetime]:
    """When each reminder of a task falls: in office hours, after the task opened and before its deadline."""
    span = office_time_between(created, due, calendar)
    nominal = {f"reminder_{fraction:.0%}": add_office_time(created, span * fraction, calendar)
               for fraction in settings.at_fractions}
    nominal |= {f"reminder_{days}d": subtract_working_days(due, days, calendar) for days in settings.days_before}
    moments = {name: next_office_moment(at, calendar) for name, at in nominal.items() if at > created}
    return {name: at for name, at in moments.items() if at < due}


def due_notices(created: datetime, due: datetime, now: datetime, settings: ReminderSettings,
                already: Set[str], calendar: WorkingCalendar = OFFICIAL) -> Notices:
    """The latest reminder whose moment has come and that was not settled yet; once late, the escalation."""
    return notices_and_next_look(created, due, now, settings, already, calendar)[0]


def next_look(created: datetime, due: datetime, settings: ReminderSettings, settled: Set[str],
              calendar: WorkingCalendar = OFFICIAL) -> datetime | None:
    """When a task's next notice can come: its earliest reminder not yet settled, else its deadline (the
    escalation follows it); None once escalated. The sweep reads only tasks whose moment has come, and
    at any earlier moment `due_notices` has nothing for the task, so nothing is skipped.
    """
    if ESCALATION in settled:
        return None
    return _earliest_unsettled(reminder_moments(created, due, settings, calendar), settled, due)


def notices_and_next_look(created: datetime, due: datetime, now: datetime, settings: ReminderSettings,
                          already: Set[str], calendar: WorkingCalendar = OFFICIAL) -> tuple[Notices, datetime | None]:
    """`due_notices` at `now`, and `next_look` once they are settled, from one reckoning of the task's moments."""
    if now > due:
        return Notices(() if ESCALATION in already else (ESCALATION,), frozenset({ESCALATION})), None
    moments = reminder_moments(created, due, settings, calendar)
    come = {name: at for name, at in moments.items() if at <= now and name not in already}
    notices = Notices((max(come, key=come.__getitem__),), frozenset(come)) if come else Notices()
    if ESCALATION in already:
        return notices, None
    return notices, _earliest_unsettled(moments, already | notices.settled, due)


def _earliest_unsettled(moments: dict[str, datetime], settled: Set[str], due: datetime) -> datetime:
    return min((at for name, at in moments.items() if name not in settled), default=due)


def task_due(opened: datetime, days: float, calendar: WorkingCalendar = OFFICIAL) -> Due:
    """A task's deadline: `days` working days of office time from when it opened, always in office hours.

    A task opened while the office is closed (06:47, the evening, a holiday) starts its clock when the office
    next opens, so that its deadline, and every reminder before it, falls in office hours.
    """
    return add_working_days(next_office_moment(opened, calendar), days, calendar)


def statutory_due(formed_on: date, limit_days: int, calendar: WorkingCalendar = OFFICIAL) -> Due:
    """The last day for proactive disclosure: `limit_days` working days after the information was formed."""
    start = datetime(formed_on.year, formed_on.month, formed_on.day, 23, 59)
    return add_working_days(start, limit_days, calendar)


@dataclass(frozen=True)
class Lateness:
    """How far past its deadline a task is, in office time (a working day is eight office hours)."""

    office_time: timedelta
    estimated: bool = False
    covered_until: int = 0  # the last year the calendar it was counted on knows

    @property
    def working_days(self) -> int:
        return self.office_time // OFFICE_DAY

    @property
    def hours(self) -> int:
        return (self.office_time % OFFICE_DAY) // timedelta(hours=1)

    def described(self) -> str:
        """In words: 逾期 2 小时, 逾期 1 个工作日 3 小时, 逾期不足 1 小时."""
        parts = [f"{n} {unit}" for n, unit in ((self.working_days, "个工作日"), (self.hours, "小时")) if n]
        return f"逾期 {' '.join(parts)}" if parts else "逾期不足 1 小时"

    def note(self) -> str | None:
        """The warning a lateness counted beyond the holiday calendar carries (None for an exact one)."""
        if not self.estimated:
            return None
        return f"节假日日历仅覆盖至 {self.covered_until or covered_until()} 年，逾期时长按周一至周五估算，请核对"


def lateness(due: datetime, now: datetime, calendar: WorkingCalendar = OFFICIAL) -> Lateness:
    """How late a task due at `due` is at `now`: the office time between them (zero when not late)."""
    return Lateness(office_time_between(due, now, calendar),
                    now > due and beyond_calendar(due.date(), now.date(), calendar=calendar), calendar.covered_until())


def working_days_late(due: datetime, now: datetime, calendar: WorkingCalendar = OFFICIAL) -> int:
    """The whole working days (eight office hours each) a task due at `due` is late at `now`."""
    return lateness(due, now, calendar).working_days
