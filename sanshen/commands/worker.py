"""The worker: runs the Prefect flows of the automated stages; and `jobs`, which lists their queue."""

import importlib
import time
from collections.abc import Callable
from typing import Annotated, Any

import typer

from ..output import emit_json, emit_json_line, fail, say
from .errors import user_errors
from .options import JsonOpt


def register(app: typer.Typer) -> None:
    app.command("worker")(worker)
    app.command("jobs")(list_jobs)


@user_errors
def worker(
    until_idle: Annotated[bool, typer.Option("--until-idle", help="处理完待办作业后退出")] = False,
    batch: Annotated[int, typer.Option(help="每次流程运行处理的作业数（正整数）")] = 100,
    poll: Annotated[float, typer.Option(help="空闲时的轮询间隔（秒，不小于 0）")] = 5.0,
    json_out: JsonOpt = False,
) -> None:
    """运行调度器：自动涉敏审核、发布、撤稿，以及邮件投递与时限提醒（Prefect 流程）。"""
    import os

    if batch < 1:
        fail(f"--batch 应为正整数（每次处理的作业数）：{batch}", 2)
    if not poll >= 0:
        fail(f"--poll 应为不小于 0 的秒数：{poll}", 2)
    _smtp_settings_hold()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from ..clock import now
    from ..flows.dispatcher import dispatch

    _warn_about_the_calendar(now())
    notify, report = _notify_flows(), _Report(json_out)
    while True:
        succeeded = _dispatch_until_idle(dispatch, batch, now, report)
        for flow in notify:
            succeeded = _run_flow(flow, now, report) and succeeded
        if until_idle:
            report("没有待办作业，退出", {"idle": True, "succeeded": succeeded})
            if not succeeded:
                raise typer.Exit(1)
            return
        time.sleep(poll)


class _Report:
    """What the worker reports: a line for people, or one JSON object a line (JSON Lines) with --json."""

    def __init__(self, json_out: bool):
        self.json_out = json_out

    def __call__(self, line: str, data: dict[str, Any]) -> None:
        if self.json_out:
            emit_json_line(data)
        else:
            say(line)


def _smtp_settings_hold() -> None:
    """Refuse to start on SMTP settings that cannot work (SANSHEN_SMTP_TLS, SANSHEN_SMTP_PORT), in one sentence."""
    from ..notifications.smtp import SmtpConfig, SmtpSettingsError

    try:
        SmtpConfig.from_env()
    except SmtpSettingsError as error:
        fail(str(error))


def _dispatch_until_idle(dispatch: Callable[..., dict[str, Any]], batch: int, now: Callable[[], Any],
                         report: "_Report") -> bool:
    """Run the automated stages until no job is left; False (reported) when the dispatcher failed."""
    try:
        while (ran := dispatch(batch=batch, now=now()))["claimed"]:
            for key, outcome in ran["outcomes"].items():
                report(f"作业 {key}：{outcome}", {"job": key, "outcome": outcome})
    except Exception as exc:
        _report_failure("调度器", exc)
        return False
    return True


def _run_flow(flow: Any, now: Callable[[], Any], report: "_Report") -> bool:
    """Run one notification flow; False (reported) when it failed, and the worker carries on."""
    try:
        result = flow(now=now())
        report(f"{flow.name}：{result}", {"flow": flow.name, "result": result})
    except Exception as exc:
        _report_failure(flow.name, exc)
        return False
    return True


def _report_failure(what: str, exc: Exception) -> None:
    """One line on stderr: what failed and why (the worker goes on with the rest)."""
    reason = next(iter(str(exc).strip().splitlines()), "")
    say(f"错误：{what} 运行失败：{type(exc).__name__}: {reason}", fg=typer.colors.RED, err=True)


def _warn_about_the_calendar(moment: Any) -> None:
    """Deadlines are working days: say so when the holiday calendar does not cover next year yet."""
    from ..policies.calendar import known_years

    if moment.year + 1 not in known_years():
        say(f"警告：节假日日历仅覆盖至 {known_years()[-1]} 年；此后的期限按周一至周五估算。"
                    "请升级 chinese-calendar（pip install -U chinese-calendar）。", fg=typer.colors.YELLOW, err=True)


def _notify_flows() -> list[Any]:
    """The notification flows, when present: the deadline sweep first, so delivery sends what it wrote."""
    try:
        module = importlib.import_module("sanshen.flows.notify")
    except ModuleNotFoundError:
        return []
    return [getattr(module, name) for name in ("sweep_deadlines", "deliver_outbox") if hasattr(module, name)]


@user_errors
def list_jobs(json_out: JsonOpt = False) -> None:
    """列出未完成的自动作业（待处理、处理中、已搁置）及其错误。"""
    from ..engine.jobs import unfinished
    from ..wiring import database

    rows = unfinished(database())
    if json_out:
        emit_json(rows)
        return
    if not rows:
        say("没有未完成的作业")
    for r in rows:
        error = f"  错误：{r['last_error']}" if r["last_error"] else ""
        say(f"{r['id']:>5} {r['kind']:<18} 稿件 {r['item_id']:<5} {r['status']:<8} 尝试 {r['attempts']} 次{error}")
