"""The mail and deadline flows under Prefect's test harness, against a real SMTP server."""

from datetime import datetime, timedelta, timezone

from sanshen.engine.handlers import Engine
from sanshen.flows.notify import deliver_outbox, sweep_deadlines
from tests.helpers import submit
from tests.notifications.conftest import smtp_server  # noqa: F401 - the fixture

CST = timezone(timedelta(hours=8))


def test_the_sweep_flow_writes_reminders_and_the_delivery_flow_sends_everything_once(
        prefect_harness, db, database_url, smtp_server, monkeypatch):  # noqa: F811
    monkeypatch.setenv("SANSHEN_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SANSHEN_SMTP_PORT", str(smtp_server.port))
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=CST)
    submit(Engine(db), monday)
    halfway = datetime(2026, 11, 28, 10, 0, tzinfo=CST)
    assert sweep_deadlines(url=database_url, now=halfway) == {"reminder": 2}
    assert sweep_deadlines(url=database_url, now=halfway) == {}
    report = deliver_outbox(url=database_url, now=halfway)
    assert report["sent"] == 4 and report["parked"] == 0
    assert deliver_outbox(url=database_url, now=halfway)["sent"] == 0
    kinds = sorted(m["X-Sanshen-Kind"] for m in smtp_server.handler.received)
    assert kinds == ["reminder", "reminder", "task_waiting", "task_waiting"]


def test_a_delivery_run_whose_messages_could_not_be_sent_ends_failed_with_the_error_in_its_log(
        prefect_harness, db, database_url, monkeypatch, caplog):
    from sanshen.flows.notify import outcome
    from tests.notifications.conftest import free_port

    monkeypatch.setenv("SANSHEN_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SANSHEN_SMTP_PORT", str(free_port()))  # nobody listens there
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=CST)
    submit(Engine(db), monday)
    state = deliver_outbox(url=database_url, now=monday, return_state=True)
    assert state.is_failed() and state.message == "部分邮件未投递"
    assert outcome(state)["retried"] == 2 and outcome(state)["sent"] == 0
    assert "邮件未投递" in caplog.text and "Connect" in caplog.text
