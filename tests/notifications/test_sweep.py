"""The deadline sweep on a real database: reminders, escalation and digests, each sent once; the worker around it."""

import contextlib
import json
from collections import Counter
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
import typer
from sqlalchemy import select

from sanshen import localprefect, wiring
from sanshen.commands import mail as mail_commands
from sanshen.commands import worker as worker_command
from sanshen.engine import jobs
from sanshen.engine.commands import Decide
from sanshen.engine.deadlines import overdue, sweep
from sanshen.engine.handlers import Engine
from sanshen.flows import dispatcher
from sanshen.flows import notify as notify_flows
from sanshen.ledger import models
from sanshen.ledger.policystore import store_policy
from sanshen.notifications.render import render
from sanshen.policies.config import parse_policy
from tests.helpers import drive_to, submit

CST = timezone(timedelta(hours=8))
OUTBOX = models.OutboxMessage


def mails(db, kind: str) -> list[str]:
    with db.transaction() as session:
        return sorted(session.execute(select(OUTBOX.recipient).where(OUTBOX.kind == kind)).scalars())


def values_of(db, kind: str, recipient: str) -> list[dict]:
    """The template values of the outbox messages of a kind to one person, oldest first."""
    with db.transaction() as session:
        rows = session.execute(select(OUTBOX.message).where(OUTBOX.kind == kind, OUTBOX.recipient == recipient)
                               .order_by(OUTBOX.id)).scalars()
        return [json.loads(row) for row in rows]


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
    assert values_of(db, "escalation", "guolei")[0]["overdue"] == "，已逾期 1 个工作日 1 小时"
    assert sweep(db, late + timedelta(hours=1)) == {}


def test_a_one_day_stage_is_not_reminded_as_it_opens_but_at_half_time(db):
    tuesday = datetime(2026, 11, 24, 10, 0, tzinfo=CST)
    item = submit(Engine(db), tuesday)
    drive_to(Engine(db), item, "proofreading_1", tuesday)  # 一校: one working day
    assert sweep(db, tuesday + timedelta(minutes=5)) == {}
    assert sweep(db, tuesday.replace(hour=13, minute=55)) == {}
    assert sweep(db, tuesday.replace(hour=14)) == {"reminder": 4}
    assert mails(db, "reminder") == ["caihong", "dengyun", "fengyu", "panlin"]  # every proofreader


def test_a_task_late_beyond_the_holiday_calendar_is_escalated_with_a_warning_not_a_crash(db):
    item = submit(Engine(db), datetime(2026, 12, 28, 9, 0, tzinfo=CST))  # due 6 January 2027, estimated
    late = datetime(2027, 1, 7, 11, 0, tzinfo=CST)
    assert sweep(db, late) == {"escalation": 2}  # the office heads; nobody holds the task
    escalation = values_of(db, "escalation", "guolei")[0]
    assert escalation["overdue"].startswith("，已逾期 1 个工作日 2 小时（") and "估算" in escalation["overdue"]
    assert "估算" in escalation["due_note"]
    with db.transaction() as session:
        [row] = overdue(session, late)
    assert (row["item_id"], row["late"]) == (item, "逾期 1 个工作日 2 小时")
    assert "估算" in row["late_note"] and "估算" in row["due_note"]


def test_overdue_lists_late_tasks_with_their_working_days_and_hours(db):
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=CST)
    item = submit(Engine(db), monday)
    with db.transaction() as session:
        late = overdue(session, datetime(2026, 12, 7, 10, 0, tzinfo=CST))
    assert [(r["item_id"], r["stage"], r["working_days_late"], r["hours_late"]) for r in late] == [
        (item, "confidentiality_review", 3, 1)]
    assert late[0]["late"] == "逾期 3 个工作日 1 小时"


def test_the_overdue_command_tells_a_task_late_by_hours_in_hours(db, monkeypatch, capsys):
    item = submit(Engine(db), datetime(2026, 11, 23, 9, 0, tzinfo=CST))  # due Wednesday 2 December, 09:00
    monkeypatch.setattr("sanshen.wiring.reader", lambda: db)
    monkeypatch.setenv("SANSHEN_NOW", "2026-12-02T11:30:00+08:00")
    mail_commands.overdue(json_out=False)
    [line] = capsys.readouterr().out.splitlines()
    assert f"稿件 {item:>5}" in line and "期限 2026-12-02 09:00  逾期 2 小时" in line


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


def returned_to_liqiang(engine: Engine, moment: datetime, opinion: str) -> None:
    item = submit(engine, moment, drafter="liqiang")
    engine.decide(Decide("claim", "linfeng", item), moment)
    engine.decide(Decide("return", "linfeng", item, opinion=opinion), moment)


def test_what_is_held_after_the_days_digest_waits_for_the_next_days_digest(db):
    engine = Engine(db)
    morning = datetime(2026, 11, 24, 7, 0, tzinfo=CST)
    returned_to_liqiang(engine, morning, "请补充数据来源")
    assert sweep(db, morning.replace(hour=9))["digest"] == 1
    returned_to_liqiang(engine, morning.replace(hour=9, minute=30), "请核对日期")
    assert sweep(db, morning.replace(hour=10)).get("digest", 0) == 0
    assert sweep(db, morning.replace(hour=23, minute=59)).get("digest", 0) == 0
    assert sweep(db, datetime(2026, 11, 25, 9, 0, tzinfo=CST))["digest"] == 1
    first, second = values_of(db, "digest", "liqiang")
    assert [e["details"] for e in first["entries"]] == [["退回人：林峰", "意见：请补充数据来源"]]
    assert [e["details"] for e in second["entries"]] == [["退回人：林峰", "意见：请核对日期"]]


def test_a_digest_entry_carries_the_refusal_ground_and_a_waiting_tasks_deadline(db, demo_policy):
    data = demo_policy.model_dump(mode="json")
    for person in data["people"]:
        if person["username"] == "linfeng":
            person["notify"] = "digest"
    morning = datetime(2026, 11, 24, 7, 0, tzinfo=CST)
    with db.transaction() as session:
        store_policy(session, parse_policy(data), morning.isoformat())
    engine = Engine(db)
    refused = submit(engine, morning, drafter="liqiang")
    drive_to(engine, refused, "final_review", morning)
    engine.decide(Decide("claim", "liuyang", refused), morning)
    engine.decide(Decide("refuse", "liuyang", refused, opinion="系内部讨论稿", ground="process_information"), morning)
    submit(engine, morning, drafter="wangfang")
    sweep(db, morning.replace(hour=9))
    [to_drafter] = values_of(db, "digest", "liqiang")
    assert to_drafter["entries"][-1]["details"] == ["理由：属于过程性信息", "意见：系内部讨论稿"]
    [to_officer] = values_of(db, "digest", "linfeng")
    assert to_officer["entries"][-1]["subject"] == "【待保密审查】关于开展科技活动周的通知"
    assert to_officer["entries"][-1]["details"] == ["处理期限：2026-12-03 09:00"]
    text = render("digest", to_officer, to="linfeng@example.cn", sender="s@example.cn", message_id="<d@example.cn>",
                  now=morning).get_body(("plain",)).get_content()
    assert "处理期限：2026-12-03 09:00" in text


class Stop(BaseException):
    """Ends the worker's loop where it would sleep."""


class FakeState:
    """What a flow called with return_state=True gives back: its result, or the exception it failed with."""

    def __init__(self, result: object):
        self._result = result

    def result(self, raise_on_failure: bool = True) -> object:
        return self._result


def fake_flow(name: str, calls: list[str], error: Exception | None = None):
    def run(now: datetime, return_state: bool = False) -> FakeState:
        calls.append(name)
        return FakeState(error or {})

    run.name = name
    return run


@pytest.fixture
def calls(monkeypatch) -> list[str]:
    """What the worker ran, in order: the dispatcher, the two notification flows and its sleeps."""
    ran: list[str] = []
    monkeypatch.setenv("SANSHEN_NOW", "2026-11-25T10:00:00+08:00")
    monkeypatch.setattr(notify_flows, "deliver_outbox", fake_flow("deliver", ran))
    monkeypatch.setattr(notify_flows, "sweep_deadlines", fake_flow("sweep", ran))
    monkeypatch.setattr(dispatcher, "dispatch", lambda batch, now, return_state: ran.append("dispatch") or FakeState(
        {"claimed": 0, "outcomes": {}, "failed": {}}))
    monkeypatch.setattr(localprefect, "prefect_api", contextlib.nullcontext)  # no Prefect server for fakes
    monkeypatch.setattr(jobs, "unfinished", lambda db: [])
    monkeypatch.setattr(wiring, "database", lambda: None)
    monkeypatch.setattr(worker_command, "_warn_about_the_calendar", lambda moment: None)  # it reads the database
    return ran


def test_the_worker_sweeps_before_delivering_and_a_failing_flow_stops_neither_the_loop_nor_the_dispatcher(
        calls, monkeypatch, capsys):
    failure = RuntimeError("节假日日历不包含 2027 年\n第二行")
    monkeypatch.setattr(notify_flows, "sweep_deadlines", fake_flow("sweep", calls, failure))

    def sleep(seconds: float) -> None:
        calls.append("sleep")
        if calls.count("sleep") == 2:
            raise Stop

    monkeypatch.setattr(worker_command, "time", SimpleNamespace(sleep=sleep))
    with pytest.raises(Stop):
        worker_command.worker(until_idle=False, batch=10, poll=0, export=False)
    assert calls == ["dispatch", "sweep", "deliver", "sleep"] * 2
    failures = [line for line in capsys.readouterr().err.splitlines() if "sweep" in line]
    assert failures == ["错误：sweep 运行失败：RuntimeError: 节假日日历不包含 2027 年"] * 2


def test_until_idle_the_worker_runs_every_step_after_a_failure_and_then_exits_with_status_1(
        calls, monkeypatch, capsys):
    monkeypatch.setattr(dispatcher, "dispatch", lambda batch, now, return_state: calls.append("dispatch") or 1 / 0)
    with pytest.raises(typer.Exit) as exited:
        worker_command.worker(until_idle=True, batch=10, poll=0, export=False)
    assert exited.value.exit_code == 1
    assert calls == ["dispatch", "sweep", "deliver"]
    assert "错误：调度器 运行失败：ZeroDivisionError: division by zero" in capsys.readouterr().err.splitlines()
