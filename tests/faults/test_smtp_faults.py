"""SMTP faults: 421, 451, 550, 554 at the end of DATA, a server that hangs, a delivery run longer than a lease.

After each: every message sent at most once and accounted for (the report counts every state).
"""

import asyncio
import itertools
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from sanshen.engine.handlers import Engine
from sanshen.ledger import models
from sanshen.notifications.smtp import LEASE, SmtpConfig, deliver, expire_leases
from tests.helpers import submit

OUTBOX = models.OutboxMessage


def statuses(db) -> Counter:
    with db.reading() as session:
        return Counter(session.execute(select(OUTBOX.status)).scalars())


def accounted(report) -> int:
    return report.sent + report.retried + report.parked + report.uncertain


@pytest.mark.parametrize(("answer", "status"), [("421 4.3.2 Service shutting down", "pending"),
                                                ("451 4.3.0 Try later", "pending"),
                                                ("550 5.7.1 Relaying denied", "parked"),
                                                ("554 5.6.0 Transaction failed", "parked")])
def test_an_answer_to_the_end_of_data_is_recorded_and_nothing_is_sent_twice(db, now, smtp_server, answer, status):
    submit(Engine(db), now)  # two task mails, to the two confidentiality officers
    smtp_server.handler.data_answers = [answer]
    report = asyncio.run(deliver(db, SmtpConfig(port=smtp_server.port, timeout=10), now))
    counts = statuses(db)
    assert counts[status] >= 1 and sum(counts.values()) == 2
    assert accounted(report) == sum(counts[s] for s in ("sent", "pending", "parked", "uncertain")) - (
        counts["pending"] - report.retried)
    later = asyncio.run(deliver(db, SmtpConfig(port=smtp_server.port, timeout=10), now + timedelta(hours=1)))
    assert len(smtp_server.handler.received) == statuses(db)["sent"] == report.sent + later.sent


def test_a_server_that_never_answers_the_data_leaves_the_message_uncertain_never_resent(db, now, smtp_server):
    submit(Engine(db), now)
    smtp_server.handler.hang_at_data = True
    report = asyncio.run(deliver(db, SmtpConfig(port=smtp_server.port, timeout=1), now))
    assert report.uncertain == 1 and statuses(db)["uncertain"] == 1
    smtp_server.handler.hang_at_data = False
    asyncio.run(deliver(db, SmtpConfig(port=smtp_server.port, timeout=10), now + timedelta(days=1)))
    assert statuses(db) == Counter({"uncertain": 1, "sent": 1})


def test_a_delivery_run_longer_than_the_lease_keeps_its_messages_and_another_run_leaves_them_be(db, now, smtp_server):
    """The run's clock passes the lease between its first and second message; another run looks in at each DATA."""
    submit(Engine(db), now)
    second = now + LEASE + timedelta(minutes=1)
    moments = itertools.chain([now, now + timedelta(seconds=1), now + timedelta(seconds=2),  # claim, other run, sent
                               second, second + timedelta(seconds=1)], itertools.repeat(second + timedelta(seconds=2)))
    clock = lambda: next(moments)  # noqa: E731 - the moment of each write, in order
    expired: list[list[str]] = []
    smtp_server.handler.at_data = lambda: expired.append(expire_leases(db, clock()))  # the other run
    report = asyncio.run(deliver(db, SmtpConfig(port=smtp_server.port, timeout=10), now, clock=clock))
    assert expired == [[], []] and report.sent == 2 and report.uncertain == 0
    assert statuses(db) == Counter({"sent": 2}) and len(smtp_server.handler.received) == 2


def test_the_report_counts_messages_another_run_left_sending_and_turned_uncertain(db, now, smtp_server):
    from sqlalchemy import update

    from sanshen.ledger.times import utc

    submit(Engine(db), now)
    with db.transaction() as session:
        first = session.execute(select(OUTBOX.id).order_by(OUTBOX.id)).scalars().first()
        session.execute(update(OUTBOX).where(OUTBOX.id == first).values(status="sending",
                                                                         next_attempt_at=utc(now + LEASE)))
    report = asyncio.run(deliver(db, SmtpConfig(port=smtp_server.port, timeout=10), now + LEASE * 2))
    assert report.uncertain == 1 and report.sent == 1 and statuses(db) == Counter({"uncertain": 1, "sent": 1})
