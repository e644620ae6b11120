"""The worker: runs the Prefect flows of the automated stages on one Prefect server; and `jobs`, their queue."""

import importlib
import time
from collections.abc import Callable
from typing import Annotated, Any

import typer

from ..output import emit_json, fail, say
from .errors import user_errors


def register(app: typer.Typer) -> None:
    app.command("worker")(worker)
    app.command("jobs")(list_jobs)


@user_errors
def worker(
    until_idle: Annotated[bool, typer.Option("--until-idle", help="处理完待办作业后退出")] = False,
    batch: Annotated[int, typer.Option(help="每次认领的作业数（小批量：多个 worker 分担，宕机时占用少）")] = 5,
    poll: Annotated[float, typer.Option(help="空闲时的轮询间隔（秒）")] = 5.0,
    export: Annotated[bool, typer.Option("--export/--no-export", help="每轮把网站导出到策略的 channel.path")] = True,
) -> None:
    """运行调度器：自动涉敏审核、发布、推送、撤稿，邮件投递与时限提醒，并导出网站（Prefect 流程）。"""
    import os

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from ..clock import now
    from ..localprefect import PrefectUnavailable, prefect_api

    _warn_about_the_calendar(now())
    try:
        with prefect_api():
            _rounds(until_idle, batch, poll, export, now)
    except PrefectUnavailable as exc:
        fail(f"{exc}；没有运行任何作业。可设置 SANSHEN_PREFECT_STARTUP_TIMEOUT 延长等待，或用 PREFECT_API_URL 指向 Prefect 服务器")


def _rounds(until_idle: bool, batch: int, poll: float, export: bool, now: Callable[[], Any]) -> None:
    """Round after round on the same Prefect server: the automated stages, the mail, the site export."""
    from ..flows.dispatcher import dispatch

    notify = _notify_flows()
    while True:
        succeeded = _dispatch_until_idle(dispatch, batch, now)
        for flow in notify:
            succeeded = _run_flow(flow, now) and succeeded
        if export:
            succeeded = _export_site() and succeeded
        if until_idle:
            _say_how_it_ended(succeeded)
            return
        time.sleep(poll)


def _say_how_it_ended(succeeded: bool) -> None:
    """With --until-idle: 'nothing left' only when that is true; otherwise what is left, and exit status 1."""
    from ..engine.jobs import unfinished
    from ..wiring import database

    left = [job for job in unfinished(database()) if job["status"] != "parked"]
    if succeeded and not left:
        say("没有待办作业，退出")
        return
    say(f"有步骤失败（见上），仍有 {len(left)} 个作业待重试；退出", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


def _dispatch_until_idle(dispatch: Callable[..., Any], batch: int, now: Callable[[], Any]) -> bool:
    """Run the automated stages until no job is left; False (reported) when a job or the dispatcher failed."""
    from ..flows.dispatcher import outcome

    try:
        while True:
            state = dispatch(batch=batch, now=now(), return_state=True)
            report = outcome(state)
            for key, result in report["outcomes"].items():
                say(f"作业 {key}：{result}")
            if report["failed"]:
                for key, error in report["failed"].items():
                    _report_failure(f"作业 {key}", RuntimeError(error))
                return False
            if not report["claimed"]:
                return True
    except Exception as exc:
        _report_failure("调度器", exc)
        return False


def _run_flow(flow: Any, now: Callable[[], Any]) -> bool:
    """Run one notification flow; False (reported) when it failed, and the worker carries on."""
    try:
        state = flow(now=now(), return_state=True)
        result = state.result(raise_on_failure=False)
        if isinstance(result, BaseException):
            raise result
        say(f"{flow.name}：{result}")
    except Exception as exc:
        _report_failure(flow.name, exc)
        return False
    return True


def _export_site() -> bool:
    """Write the stored site to the policy's channel.path on this machine (only the files that changed)."""
    from pathlib import Path

    from ..engine.site_export import export_site
    from ..ledger.policystore import current_policy
    from ..wiring import database

    try:
        with database().transaction() as session:
            directory = Path(current_policy(session)[1].channel.path)
        report = export_site(database(), directory)
        if report.written:
            say(f"网站已导出到 {directory}：写入 {report.written} 个文件")
    except Exception as exc:
        _report_failure("网站导出", exc)
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
def list_jobs(json_out: Annotated[bool, typer.Option("--json")] = False) -> None:
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
