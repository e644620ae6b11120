"""Delivering the outbox to a real SMTP server on loopback: the right mails, and nothing lost or doubled."""

import asyncio
import json
import logging
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from sanshen.engine.commands import Decide
from sanshen.engine.handlers import Engine
from sanshen.ledger import models
from sanshen.ledger.db import Database
from sanshen.ledger.times import utc
from sanshen.notifications.smtp import DeliveryReport, SmtpConfig, claim_next, deliver
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


def received_ids(smtp_server) -> Counter:
    return Counter(m["Message-ID"] for m in smtp_server.handler.received)


def test_a_connection_dropped_mid_batch_loses_nothing_and_doubles_nothing(db, now, smtp_server):
    engine = Engine(db)
    for _ in range(3):
        submit(engine, now)
    smtp_server.handler.hang_up_after = 2
    first = run(db, smtp_server.port, now)
    assert (first.sent, first.retried, first.uncertain) == (2, 1, 0)
    smtp_server.handler.hang_up_after = None
    later = now + timedelta(minutes=2)
    while statuses(db)["pending"]:
        run(db, smtp_server.port, later)
        later += timedelta(hours=1)
    ids = [m["Message-ID"] for m in smtp_server.handler.received]
    assert len(ids) == 6 and len(set(ids)) == 6
    assert statuses(db) == Counter({"sent": 6})


def test_a_connection_lost_after_the_message_went_out_leaves_it_uncertain_and_never_resends_it(
        db, item, now, smtp_server):
    smtp_server.handler.take_and_hang_up = 1
    first = run(db, smtp_server.port, now)
    assert (first.sent, first.retried, first.uncertain) == (0, 0, 1)
    assert statuses(db) == Counter({"uncertain": 1, "pending": 1})
    assert run(db, smtp_server.port, now + timedelta(days=1)).sent == 1
    ids = received_ids(smtp_server)
    assert len(ids) == 2 and set(ids.values()) == {1}
    with db.transaction() as session:
        uncertain = session.execute(select(OUTBOX).where(OUTBOX.status == "uncertain")).scalar_one()
    assert uncertain.message_id in ids and uncertain.message_id in uncertain.last_error
    assert statuses(db) == Counter({"uncertain": 1, "sent": 1})


def test_two_runs_side_by_side_send_each_message_exactly_once(db, now, smtp_server):
    engine = Engine(db)
    for _ in range(5):
        submit(engine, now)

    async def side_by_side() -> list[DeliveryReport]:
        return await asyncio.gather(*(deliver(db, config(smtp_server.port), now) for _ in range(2)))

    reports = asyncio.run(side_by_side())
    ids = received_ids(smtp_server)
    assert len(ids) == 10 and set(ids.values()) == {1}
    assert sum(r.sent for r in reports) == 10 and statuses(db) == Counter({"sent": 10})


def test_runs_in_three_threads_share_the_outbox_and_send_each_message_exactly_once(db, now, smtp_server):
    engine = Engine(db)
    for _ in range(10):
        submit(engine, now)
    with ThreadPoolExecutor(max_workers=3) as pool:
        reports = list(pool.map(lambda _: run(db, smtp_server.port, now), range(3)))
    ids = received_ids(smtp_server)
    assert len(ids) == 20 and set(ids.values()) == {1}
    assert sum(r.sent for r in reports) == 20 and statuses(db) == Counter({"sent": 20})


@pytest.mark.postgres
def test_on_postgresql_a_run_skips_the_message_another_run_holds_instead_of_waiting(pg_db, pg_schema_url, now):
    submit(Engine(pg_db), now)
    impatient = Database(pg_schema_url.replace("options=", "options=-clock_timeout%3D5000%20", 1))
    try:
        with pg_db.engine.connect() as other_run:
            first, second = other_run.execute(select(OUTBOX.id).order_by(OUTBOX.id)).scalars().all()
            other_run.execute(select(OUTBOX.id).where(OUTBOX.id == first).with_for_update())
            claim = claim_next(impatient, now)
            other_run.rollback()
    finally:
        impatient.dispose()
    assert claim is not None and claim.id == second and claim.message is not None
    with pg_db.transaction() as session:
        assert dict(session.execute(select(OUTBOX.id, OUTBOX.status)).all()) == {first: "pending", second: "sending"}


def test_a_message_that_cannot_be_rendered_is_parked_with_the_error_and_the_batch_goes_on(db, item, now, smtp_server):
    with db.transaction() as session:
        broken, whole = session.execute(select(OUTBOX).order_by(OUTBOX.id)).scalars().all()
        values = json.loads(broken.message)
        del values["stage_name"]
        session.execute(update(OUTBOX).where(OUTBOX.id == broken.id).values(message=json.dumps(values)))
    report = run(db, smtp_server.port, now)
    assert (report.sent, report.parked, report.uncertain) == (1, 1, 0)
    assert [m["To"] for m in smtp_server.handler.received] == [whole.address]
    with db.transaction() as session:
        parked = session.execute(select(OUTBOX).where(OUTBOX.id == broken.id)).scalar_one()
    assert parked.status == "parked" and "stage_name" in parked.last_error and parked.attempts == 1
    assert run(db, smtp_server.port, now + timedelta(days=1)).sent == 0
    assert statuses(db) == Counter({"parked": 1, "sent": 1})


def test_a_message_left_sending_by_a_crashed_worker_is_never_sent_again_automatically(db, item, now, smtp_server):
    with db.transaction() as session:
        first = session.execute(select(OUTBOX.id).order_by(OUTBOX.id)).scalars().first()
        session.execute(update(OUTBOX).where(OUTBOX.id == first).values(
            status="sending", next_attempt_at=utc(now + timedelta(minutes=10))))
    run(db, smtp_server.port, now + timedelta(hours=1))
    assert len(smtp_server.handler.received) == 1
    assert statuses(db) == Counter({"sent": 1, "uncertain": 1})
    with db.transaction() as session:
        uncertain = session.execute(select(OUTBOX).where(OUTBOX.id == first)).scalar_one()
    assert uncertain.status == "uncertain" and uncertain.last_error.endswith(uncertain.message_id)


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


def deliver_to(url: str, port: int, now) -> DeliveryReport:
    database = Database(url)
    try:
        return asyncio.run(deliver(database, config(port), now))
    finally:
        database.dispose()


def outbox_table(url: str) -> list[dict]:
    """Every column of every outbox row."""
    database = Database(url)
    try:
        with database.transaction() as session:
            return [dict(r._mapping) for r in session.execute(select(OUTBOX.__table__).order_by(OUTBOX.id)).all()]
    finally:
        database.dispose()


@pytest.fixture
def troubled(sanshen, smtp_server, now) -> dict[str, int]:
    """One submission, one delivery run: the first mail refused (parked), the second taken without an answer."""
    sanshen("submit", "--as", "wangfang", "--title", "关于开展科技活动周的通知", "--body-file", "body.txt")
    smtp_server.handler.refuse = {outbox_table(sanshen.url)[0]["address"]}
    smtp_server.handler.take_and_hang_up = 1
    report = deliver_to(sanshen.url, smtp_server.port, now)
    assert (report.parked, report.uncertain) == (1, 1)
    smtp_server.handler.refuse = set()
    listed = json.loads(sanshen("outbox", "--json").stdout)
    return {r["status"]: r["id"] for r in listed}


def test_the_operator_requeues_a_parked_message_and_the_next_run_delivers_it(sanshen, troubled, smtp_server, now):
    done = sanshen("outbox", "--retry", str(troubled["parked"]))
    assert "重新排队" in done.stdout
    listed = {r["id"]: r for r in json.loads(sanshen("outbox", "--json").stdout)}
    assert listed[troubled["parked"]]["status"] == "pending" and listed[troubled["parked"]]["attempts"] == 0
    assert deliver_to(sanshen.url, smtp_server.port, now).sent == 1
    assert [r["status"] for r in json.loads(sanshen("outbox", "--json").stdout)] == ["uncertain"]


def test_the_operator_records_an_uncertain_message_found_in_the_mailbox_as_sent(sanshen, troubled, smtp_server, now):
    done = sanshen("outbox", "--mark-sent", str(troubled["uncertain"]))
    assert "已送达" in done.stdout
    (settled,) = [r for r in outbox_table(sanshen.url) if r["id"] == troubled["uncertain"]]
    assert settled["status"] == "sent" and settled["sent_at"] and settled["last_error"] is None
    assert deliver_to(sanshen.url, smtp_server.port, now).sent == 0
    assert len(smtp_server.handler.received) == 1


def test_the_operator_sends_again_an_uncertain_message_missing_from_the_mailbox(sanshen, troubled, smtp_server, now):
    sanshen("outbox", "--retry", str(troubled["uncertain"]))
    assert deliver_to(sanshen.url, smtp_server.port, now).sent == 1
    assert [r["status"] for r in json.loads(sanshen("outbox", "--json").stdout)] == ["parked"]


def test_outbox_commands_refuse_an_unknown_id_or_the_wrong_state_and_change_nothing(sanshen, troubled):
    sanshen("submit", "--as", "wangfang", "--title", "关于开展科技活动周的通知", "--body-file", "body.txt")
    pending = max(r["id"] for r in outbox_table(sanshen.url))
    before = outbox_table(sanshen.url)
    refusals = {
        ("--retry", "999"): "找不到通知 999",
        ("--mark-sent", "999"): "找不到通知 999",
        ("--mark-sent", str(troubled["parked"])): "已搁置",
        ("--retry", str(pending)): "待发送",
        ("--mark-sent", str(pending)): "待发送",
        ("--retry", str(troubled["parked"]), "--mark-sent", str(troubled["uncertain"])): "只能",
    }
    for args, answer in refusals.items():
        done = sanshen("outbox", *args, ok=False)
        assert done.returncode == 1 and answer in done.stderr and "Traceback" not in done.stderr, (args, done.stderr)
        assert done.stdout == ""
    assert outbox_table(sanshen.url) == before


def test_a_message_aiosmtplib_cannot_send_is_parked_alone_and_the_batch_goes_on(db, item, now, smtp_server):
    with db.engine.begin() as conn:
        first = conn.execute(select(OUTBOX.id).order_by(OUTBOX.id).limit(1)).scalar_one()
        conn.execute(update(OUTBOX).where(OUTBOX.id == first).values(address=""))
    report = run(db, smtp_server.port, now)
    assert report.sent == 1 and [m["To"] for m in smtp_server.handler.received] == ["songjia@kjj.qinghe.example"]
    assert statuses(db) == Counter({"sent": 1, "parked": 1})
    with db.transaction() as session:
        error = session.execute(select(OUTBOX.last_error).where(OUTBOX.id == first)).scalar_one()
    assert error.startswith("无法发送")
