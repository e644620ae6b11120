"""Delivering the outbox to a real SMTP server on loopback: the right mails, and nothing lost or doubled."""

import asyncio
import logging
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from sanshen.engine.commands import Decide
from sanshen.engine.handlers import Engine
from sanshen.ledger import models
from sanshen.ledger.times import utc
from sanshen.notifications.smtp import SmtpConfig, deliver
from tests.helpers import submit
from tests.notifications.conftest import PASSWORD, USER, free_port

OUTBOX = models.OutboxMessage


def config(port: int, **extra) -> SmtpConfig:
    return SmtpConfig(host="127.0.0.1", port=port, timeout=10, **extra)


def statuses(db) -> Counter:
    with db.transaction() as session:
        return Counter(session.execute(select(OUTBOX.status)).scalars())


def run(db, port: int, now, **extra):
    return asyncio.run(deliver(db, config(port, **extra), now))


@pytest.fixture
def item(db, now) -> int:
    """An item submitted by 王芳 (its task waits for the two confidentiality officers)."""
    return submit(Engine(db), now)


def test_the_candidates_of_the_stage_get_the_task_mail_and_the_actor_gets_none(db, item, now, smtp_server):
    report = run(db, smtp_server.port, now)
    received = smtp_server.handler.received
    assert report.sent == 2 and sorted(m["To"] for m in received) == [
        "linfeng@kjj.qinghe.example", "songjia@kjj.qinghe.example"]
    mail = received[0]
    assert mail["From"] == "xxgk@kjj.qinghe.example" and mail["Subject"] == "【待保密审查】关于开展科技活动周的通知"
    assert mail["Message-ID"].startswith(f"<{item}.1.task.waiting.")
    text = mail.get_body(preferencelist=("plain",)).get_content()
    assert "保密审查" in text and f"sanshen claim {item}" in text
    assert "wangfang" not in {m["To"].split("@")[0] for m in received}
    assert statuses(db) == Counter({"sent": 2})


def test_a_returned_item_mails_the_drafter_with_the_opinion(db, item, now, smtp_server):
    engine = Engine(db)
    engine.decide(Decide("claim", "linfeng", item), now)
    engine.decide(Decide("return", "linfeng", item, opinion="第三段涉及<内部>数据，请删除"), now)
    run(db, smtp_server.port, now)
    (returned,) = [m for m in smtp_server.handler.received if m["X-Sanshen-Kind"] == "returned"]
    assert returned["To"] == "wangfang@kjj.qinghe.example"
    assert "第三段涉及<内部>数据" in returned.get_body(preferencelist=("plain",)).get_content()
    assert "&lt;内部&gt;" in returned.get_body(preferencelist=("html",)).get_content()


def test_people_who_chose_the_digest_get_no_immediate_mail(db, now, smtp_server):
    item = submit(Engine(db), now, drafter="liqiang")
    engine = Engine(db)
    engine.decide(Decide("claim", "linfeng", item), now)
    engine.decide(Decide("return", "linfeng", item, opinion="请修改"), now)
    run(db, smtp_server.port, now)
    assert "liqiang@kjj.qinghe.example" not in [m["To"] for m in smtp_server.handler.received]
    assert statuses(db)["digest"] == 1


def test_a_refused_connection_keeps_every_message_for_a_later_try(db, item, now, smtp_server):
    report = run(db, free_port(), now)
    assert report.sent == 0 and report.retried == 2
    assert statuses(db) == Counter({"pending": 2})
    assert run(db, smtp_server.port, now).sent == 0  # not yet due: the backoff holds them
    assert run(db, smtp_server.port, now + timedelta(minutes=2)).sent == 2
    assert statuses(db) == Counter({"sent": 2})


def test_a_temporary_refusal_is_retried_and_then_delivered_once(db, item, now, smtp_server):
    smtp_server.handler.temporary_failures = 1
    first = run(db, smtp_server.port, now)
    assert (first.sent, first.retried) == (1, 1)
    second = run(db, smtp_server.port, now + timedelta(minutes=2))
    assert second.sent == 1
    assert len(smtp_server.handler.received) == 2
    assert len({m["Message-ID"] for m in smtp_server.handler.received}) == 2


def test_a_permanent_refusal_for_one_recipient_parks_that_message_with_the_servers_answer(db, item, now, smtp_server):
    smtp_server.handler.refuse = {"songjia@kjj.qinghe.example"}
    report = run(db, smtp_server.port, now)
    assert (report.sent, report.parked) == (1, 1)
    with db.transaction() as session:
        parked = session.execute(select(OUTBOX).where(OUTBOX.status == "parked")).scalar_one()
    assert parked.recipient == "songjia" and "550" in parked.last_error and "User unknown" in parked.last_error
    assert run(db, smtp_server.port, now + timedelta(days=1)).sent == 0


def test_a_connection_dropped_mid_batch_loses_nothing_and_doubles_nothing(db, now, smtp_server):
    engine = Engine(db)
    for _ in range(3):
        submit(engine, now)
    smtp_server.handler.hang_up_after = 2
    first = run(db, smtp_server.port, now)
    assert first.sent == 2
    smtp_server.handler.hang_up_after = None
    later = now + timedelta(minutes=2)
    while statuses(db)["pending"]:
        run(db, smtp_server.port, later)
        later += timedelta(hours=1)
    ids = [m["Message-ID"] for m in smtp_server.handler.received]
    assert len(ids) == 6 and len(set(ids)) == 6
    assert statuses(db) == Counter({"sent": 6})


def test_a_message_left_sending_by_a_crashed_worker_is_never_sent_again_automatically(db, item, now, smtp_server):
    with db.transaction() as session:
        first = session.execute(select(OUTBOX.id).order_by(OUTBOX.id)).scalars().first()
        session.execute(update(OUTBOX).where(OUTBOX.id == first).values(
            status="sending", next_attempt_at=utc(now + timedelta(minutes=10))))
    run(db, smtp_server.port, now + timedelta(hours=1))
    assert len(smtp_server.handler.received) == 1
    assert statuses(db) == Counter({"sent": 1, "uncertain": 1})


def test_login_works_and_the_password_appears_in_no_log_and_no_row(db, item, now, smtp_server, caplog):
    caplog.set_level(logging.DEBUG)
    report = run(db, smtp_server.port, now, username=USER, password=PASSWORD)
    assert report.sent == 2 and smtp_server.handler.logins == [USER]
    assert PASSWORD not in caplog.text
    assert PASSWORD not in repr(config(smtp_server.port, username=USER, password=PASSWORD))
    with db.transaction() as session:
        rows = session.execute(select(OUTBOX.message, OUTBOX.last_error)).all()
    assert all(PASSWORD not in (message + (error or "")) for message, error in rows)


def test_a_wrong_password_keeps_the_messages_and_does_not_echo_the_password(db, item, now, smtp_server):
    # aiosmtpd 1.4 leaves a failed AUTH PLAIN unanswered, so the refusal shows as the client's read timeout.
    wrong = SmtpConfig(host="127.0.0.1", port=smtp_server.port, timeout=1, username=USER, password="wrong-" + PASSWORD)
    report = asyncio.run(deliver(db, wrong, now))
    assert report.sent == 0 and statuses(db) == Counter({"pending": 2})
    assert all(PASSWORD not in error for error in report.errors)
