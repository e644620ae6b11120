"""The deadline sweep on a real database: reminders, escalation and digests, each sent once."""

from collections import Counter
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from sanshen.engine.commands import Decide
from sanshen.engine.deadlines import overdue, sweep
from sanshen.engine.handlers import Engine
from sanshen.ledger import models
from tests.helpers import submit

CST = timezone(timedelta(hours=8))
OUTBOX = models.OutboxMessage


def mails(db, kind: str) -> list[str]:
    with db.transaction() as session:
        return sorted(session.execute(select(OUTBOX.recipient).where(OUTBOX.kind == kind)).scalars())


def test_a_waiting_task_is_reminded_at_half_time_and_escalated_when_late_each_once(db):
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=CST)
    item = submit(Engine(db), monday)  # 保密审查: 7 working days, due Wednesday 2 December
    assert sweep(db, monday + timedelta(days=1)) == {}
    halfway = datetime(2026, 11, 28, 10, 0, tzinfo=CST)
    assert sweep(db, halfway) == {"reminder": 2}
    assert sweep(db, halfway) == {}
    Engine(db).decide(Decide("claim", "linfeng", item), halfway)
    assert sweep(db, datetime(2026, 12, 1, 10, 0, tzinfo=CST)) == {"reminder": 1}
    late = datetime(2026, 12, 3, 10, 0, tzinfo=CST)
    counts = sweep(db, late)
    assert counts["escalation"] == 3  # the office heads (郭磊, 马艳) and the holder
    assert mails(db, "escalation") == ["guolei", "linfeng", "mayan"]
    assert mails(db, "reminder").count("linfeng") == 2  # half-time to both officers, then the day before to the holder
    assert sweep(db, late + timedelta(hours=1)) == {}


def test_overdue_lists_late_tasks_with_their_working_days(db):
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=CST)
    item = submit(Engine(db), monday)
    with db.transaction() as session:
        late = overdue(session, datetime(2026, 12, 7, 10, 0, tzinfo=CST))
    assert [(r["item_id"], r["stage"], r["working_days_late"]) for r in late] == [(item, "confidentiality_review", 3)]


def test_people_who_chose_the_digest_get_one_mail_a_day_listing_what_was_held(db):
    morning = datetime(2026, 11, 24, 7, 0, tzinfo=CST)
    engine = Engine(db)
    for _ in range(2):
        item = submit(engine, morning, drafter="liqiang")
        engine.decide(Decide("claim", "linfeng", item), morning)
        engine.decide(Decide("return", "linfeng", item, opinion="请修改"), morning)
    assert sweep(db, morning).get("digest", 0) == 0  # before the digest hour
    assert sweep(db, morning.replace(hour=9))["digest"] == 1
    assert sweep(db, morning.replace(hour=10)).get("digest", 0) == 0
    with db.transaction() as session:
        kinds = Counter(session.execute(select(OUTBOX.status).where(OUTBOX.recipient == "liqiang")).scalars())
    assert kinds == Counter({"digested": 2, "pending": 1})
