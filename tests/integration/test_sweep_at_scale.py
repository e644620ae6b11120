"""The set-based deadline sweep writes exactly what the sweep of before wrote, over a few hundred tasks of
several organisations with their own reminder rules and calendars, at moment after moment; sweeps run at
once on PostgreSQL never write a notice twice."""

import random
import threading
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select

from sanshen.engine.commands import Decide, Submit
from sanshen.engine.deadlines import sweep
from sanshen.engine.errors import InvalidInput
from sanshen.engine.handlers import Engine
from sanshen.engine.organisations import organisation_scope
from sanshen.engine.queries import show
from sanshen.ledger import models
from sanshen.ledger.policystore import current_policy, store_policy
from sanshen.policies.config import Duties, Notify, Policy
from sanshen.policies.errors import RuleBroken
from sanshen.policies.kinds import CalendarYear
from sanshen.policies.reminders import ReminderSettings
from tests.helpers import CLEAN_BODY
from tests.integration.sweep_reference import reference_sweep

CST = timezone(timedelta(hours=8))
TASKS, OUTBOX = models.ReviewTask.__table__, models.OutboxMessage.__table__
TARGETS = ["confidentiality_review", "first_review", "second_review", "final_review", "proofreading_1",
           "proofreading_2", "proofreading_3"]
WORKING_DAYS = [datetime(2026, 11, day, 9, 0, tzinfo=CST) for day in (16, 17, 18, 19, 20, 23)]


def variant(base: Policy, n: int) -> Policy:
    """Organisation n: the demo bureau's people under its own code, with reminder rules of its own."""
    reminders = [ReminderSettings(),
                 ReminderSettings(at_fractions=(0.25, 0.75), days_before=(1, 2), digest_hour=10,
                                  escalate_to={"first_review": "office_head"}),
                 ReminderSettings(at_fractions=(0.5,), days_before=(), escalate_default="office_head")][n % 3]
    digest = {"linfeng", "chenjun", "wangfang"} if n % 2 else {"fengyu"}
    people = tuple(p.model_copy(update={"notify": Notify.digest}) if p.username in digest else p for p in base.people)
    organisation = base.organisation.model_copy(update={"code": f"SWEEP{n}", "name": f"第{n}号单位"})
    # Organisation 3 keeps its own calendar: a day off on Wednesday 25 November, Saturday 28 November worked.
    calendar = {2026: CalendarYear(holidays=(date(2026, 11, 25),), workdays=(date(2026, 11, 28),))} if n == 3 else {}
    return base.model_copy(update={"organisation": organisation, "people": people, "reminders": reminders,
                                   "calendar": calendar,
                                   "separation_of_duties": Duties.same_level if n == 2 else base.separation_of_duties})


def organisations(db, now: datetime) -> list[str]:
    with db.transaction() as session:
        base = current_policy(session)[1]
        for n in (1, 2, 3):
            store_policy(session, variant(base, n), now.isoformat())
    return ["SWEEP1", "SWEEP2", "SWEEP3"]


def fill(db, codes: list[str], per_organisation: int, seed: int = 12) -> None:
    """Items submitted over six working days, each driven by reviewers picked at random to a stage, some claimed."""
    rng = random.Random(seed)
    for code in codes:
        with db.transaction() as session:
            engine = Engine(db, scope=organisation_scope(session, code))
            policy = current_policy(session, engine.scope.organisation_id)[1]
        drafters = [p.username for p in policy.people if "drafter" in p.roles]
        for _ in range(per_organisation):
            moment = rng.choice(WORKING_DAYS) + timedelta(minutes=rng.randrange(8 * 60))
            item = engine.submit(Submit(rng.choice(drafters), "关于开展科技活动周的通知", CLEAN_BODY), moment).id
            _drive(engine, policy, item, rng.choice(TARGETS), moment, rng)


def _drive(engine: Engine, policy: Policy, item: int, target: str, moment: datetime, rng: random.Random) -> None:
    with engine.db.transaction() as session:
        stage, department = show(session, item)["stage"], show(session, item)["department"]
    while True:
        if stage == "sensitivity_check":
            stage = engine.system("scan_clean", item, moment).stage
            continue
        people = [p.username for p in policy.candidates(stage, department)]
        for who in rng.sample(people, len(people)):
            try:
                engine.decide(Decide("claim", who, item), moment)
            except (RuleBroken, InvalidInput):
                continue
            if stage == target:
                if rng.random() < 0.6:  # most tasks stay unclaimed, waiting for every candidate
                    engine.decide(Decide("release", who, item), moment)
                return
            stage = engine.decide(Decide("approve", who, item, opinion="同意"), moment).stage
            break
        else:
            return  # nobody may act at this stage: the item waits here


def outcome(session) -> tuple[set[tuple], dict[int, str]]:
    """What a sweep leaves: every outbox row (but its id), and each task's settled notices."""
    rows = session.execute(select(OUTBOX.c.key, OUTBOX.c.organisation_id, OUTBOX.c.item_id, OUTBOX.c.kind,
                                  OUTBOX.c.recipient, OUTBOX.c.address, OUTBOX.c.subject, OUTBOX.c.message,
                                  OUTBOX.c.message_id, OUTBOX.c.status)).all()
    tasks = dict(session.execute(select(TASKS.c.id, TASKS.c.reminders_sent)).all())
    return {tuple(row) for row in rows}, tasks


def expected_at(db, moment: datetime) -> tuple[dict[str, int], tuple[set[tuple], dict[int, str]]]:
    """What the sweep of before writes at `moment`, read inside a transaction that is then rolled back."""
    with db.sessions() as session:
        session.begin()
        counts = reference_sweep(session, moment)
        result = outcome(session)
        session.rollback()
    return counts, result


def test_the_set_based_sweep_writes_what_the_sweep_of_before_wrote_moment_after_moment(db, now):
    codes = organisations(db, now)
    fill(db, codes, per_organisation=70)
    with db.transaction() as session:
        waiting = session.execute(select(func.count()).select_from(TASKS).where(
            TASKS.c.status.in_(("open", "claimed")))).scalar()
    assert waiting >= 180  # a few hundred tasks over three organisations (some items wait where nobody may act)
    moments = [datetime(2026, 11, 18, 11, 0, tzinfo=CST), datetime(2026, 11, 19, 9, 30, tzinfo=CST),
               datetime(2026, 11, 20, 16, 0, tzinfo=CST), datetime(2026, 11, 23, 10, 30, tzinfo=CST),
               datetime(2026, 11, 24, 15, 0, tzinfo=CST), datetime(2026, 11, 26, 9, 15, tzinfo=CST),
               datetime(2026, 12, 2, 12, 0, tzinfo=CST)]
    kinds = set()
    for moment in moments:
        counts, result = expected_at(db, moment)
        assert sweep(db, moment) == counts, moment
        with db.transaction() as session:
            assert outcome(session) == result, moment
        kinds |= set(counts)
        assert sweep(db, moment) == {}  # the same moment again writes nothing
    assert kinds == {"reminder", "escalation", "digest"}


def test_two_sweeps_at_once_on_postgresql_write_each_notice_once(pg_db, now):
    codes = organisations(pg_db, now)
    fill(pg_db, codes, per_organisation=25)
    moment = datetime(2026, 11, 26, 10, 0, tzinfo=CST)
    expected, (rows, tasks) = expected_at(pg_db, moment)
    assert sum(expected.values()) > 50
    barrier, results = threading.Barrier(2), []

    def run() -> None:
        barrier.wait()
        results.append(sweep(pg_db, moment))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results, key=len) == [{}, expected]  # one wrote everything, the other found nothing due
    with pg_db.transaction() as session:
        assert outcome(session) == (rows, tasks)
        keys = session.execute(select(OUTBOX.c.key)).scalars().all()
    assert len(keys) == len(set(keys))
