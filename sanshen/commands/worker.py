"""The worker: runs the Prefect flows of the automated stages on one Prefect server; and `jobs`, their queue."""

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
    batch: Annotated[int, typer.Option(help="每次认领的作业数（正整数；小批量：多个 worker 分担，宕机时占用少）")] = 5,
    poll: Annotated[float, typer.Option(help="空闲时的轮询间隔（秒，不小于 0）")] = 5.0,
    export: Annotated[bool, typer.Option("--export/--no-export", help="每轮把网站导出到策略的 channel.path")] = True,
    json_out: JsonOpt = False,
) -> None:
    """运行调度器：自动涉敏审核、发布、推送、撤稿，邮件投递与时限提醒，并导出网站（Prefect 流程）。"""
    import os

    if batch < 1:
        fail(f"--batch 应为正整数（每次处理的作业数）：{batch}", 2)
    if not poll >= 0:
        fail(f"--poll 应为不小于 0 的秒数：{poll}", 2)
    _smtp_settings_hold()
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from ..clock import now
    from ..localprefect import PrefectUnavailable, prefect_api

    _warn_about_the_calendar(now())
    try:
        with prefect_api():
            _rounds(until_idle, batch, poll, export, now, _Report(json_out))
    except PrefectUnavailable as exc:
        fail(f"{exc}；没有运行任何作业。可设置 SANSHEN_PREFECT_STARTUP_TIMEOUT 延长等待，或用 PREFECT_API_URL 指向 Prefect 服务器")


def _rounds(until_idle: bool, batch: int, poll: float, export: bool, now: Callable[[], Any],
            report: "_Report") -> None:
    """Round after round on the same Prefect server: the automated stages, the mail, the site export."""
    from ..flows.dispatcher import dispatch

    notify = _notify_flows()
    while True:
        succeeded = _dispatch_until_idle(dispatch, batch, now, report)
        for flow in notify:
            succeeded = _run_flow(flow, now, report) and succeeded
        if export:
            succeeded = _export_site(report) and succeeded
        if until_idle:
            _say_how_it_ended(succeeded, report)
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


def _say_how_it_ended(succeeded: bool, report: "_Report") -> None:
    """With --until-idle: 'nothing left' only when that is true; otherwise what is left, and exit status 1."""
    from ..engine.jobs import unfinished
    from ..wiring import database

    left = [job for job in unfinished(database()) if job["status"] != "parked"]
    if succeeded and not left:
        report("没有待办作业，退出", {"idle": True, "succeeded": True})
        return
    if report.json_out:
        report("", {"idle": not left, "succeeded": False, "jobs_left": len(left)})
    say(f"有步骤失败（见上），仍有 {len(left)} 个作业待重试；退出", fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


def _dispatch_until_idle(dispatch: Callable[..., Any], batch: int, now: Callable[[], Any], report: "_Report") -> bool:
    """Run the automated stages until no job is left; False (reported) when a job or the dispatcher failed."""
    from ..flows.dispatcher import outcome

    parked: list[str] = []
    try:
        while True:
            ran = outcome(dispatch(batch=batch, now=now(), return_state=True))
            for key, result in ran["outcomes"].items():
                report(f"作业 {key}：{result}", {"job": key, "outcome": result})
                parked += [key] if result == "parked" else []
            if ran["failed"]:
                for key, error in ran["failed"].items():
                    _report_failure(f"作业 {key}", RuntimeError(error))
            if ran["failed"] or not ran["claimed"]:
                break
    except Exception as exc:
        _report_failure("调度器", exc)
        return False
    if parked:
        say(f"错误：{len(parked)} 个作业多次失败后已搁置（{'、'.join(parked)}）：排除原因后运行 "
            "sanshen jobs --retry 编号 或 sanshen jobs --retry-parked", fg=typer.colors.RED, err=True)
    return not ran["failed"] and not parked


def _run_flow(flow: Any, now: Callable[[], Any], report: "_Report") -> bool:
    """Run one notification flow; False (reported) when it failed, and the worker carries on."""
    try:
        result = flow(now=now(), return_state=True).result(raise_on_failure=False)
        if isinstance(result, BaseException):
            raise result
        report(f"{flow.name}：{result}", {"flow": flow.name, "result": result})
    except Exception as exc:
        _report_failure(flow.name, exc)
        return False
    return True


def _export_site(report: "_Report") -> bool:
    """Write each organisation's stored site to its policy's channel.path/<CODE>/ on this machine (what changed)."""
    from pathlib import Path

    from ..engine.site_export import export_sites
    from ..ledger.policystore import policies_in_force
    from ..wiring import database

    try:
        with database().reading() as session:
            sites = [(Path(policy.channel.path), policy.organisation.code) for _, _, policy in policies_in_force(session)]
        for directory, code in sites:  # each organisation's site under its channel.path, in <CODE>/
            written = export_sites(database(), directory, code).written
            if written:
                report(f"网站已导出到 {directory / code}：写入 {written} 个文件",
                       {"exported": str(directory / code), "written": written})
    except Exception as exc:
        _report_failure("网站导出", exc)
        return False
    return True


def _report_failure(what: str, exc: Exception) -> None:
    """One line on stderr: what failed and why (the worker goes on with the rest)."""
    reason = next(iter(str(exc).strip().splitlines()), "")
    say(f"错误：{what} 运行失败：{type(exc).__name__}: {reason}", fg=typer.colors.RED, err=True)


def _warn_about_the_calendar(moment: Any) -> None:
    """Deadlines are working days: say so for each organisation whose calendar does not cover next year yet."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..ledger.policystore import policies_in_force
    from ..wiring import database

    try:
        with database().reading() as session:
            policies = [policy for _, _, policy in policies_in_force(session)]
    except (LookupError, SQLAlchemyError):
        return  # the worker's own first step says what is wrong with the database
    short = [p for p in policies if p.working_calendar.source_of(moment.year + 1) == "estimate"]
    if short:
        codes = "、".join(p.organisation.code for p in short)
        say(f"警告：节假日日历仅覆盖至 {short[0].working_calendar.covered_until()} 年（{codes}）；此后的期限按周一至周五估算。"
            "请升级 chinese-calendar（pip install -U chinese-calendar），或在策略文件 calendar 中补充"
            "国务院公布的节假日安排。", fg=typer.colors.YELLOW, err=True)


def _notify_flows() -> list[Any]:
    """The notification flows, when present: the deadline sweep first, so delivery sends what it wrote."""
    try:
        module = importlib.import_module("sanshen.flows.notify")
    except ModuleNotFoundError:
        return []
    return [getattr(module, name) for name in ("sweep_deadlines", "deliver_outbox") if hasattr(module, name)]


@user_errors
def list_jobs(
    retry: Annotated[int | None, typer.Option("--retry", help="把已搁置的作业重新排队（作业编号），原因排除之后")] = None,
    retry_parked: Annotated[bool, typer.Option("--retry-parked", help="把所有已搁置的作业重新排队")] = False,
    json_out: JsonOpt = False,
) -> None:
    """列出未完成的自动作业（待处理、处理中、已搁置）及其错误；或把已搁置的作业重新排队。"""
    from ..engine import jobs
    from ..wiring import database, reader

    if retry is not None and retry_parked:
        fail("--retry 和 --retry-parked 只能选用一个", 2)
    if retry is not None:
        if not jobs.retry_parked(database(), retry):
            fail(f"作业 {retry} 不存在或未被搁置：只有已搁置的作业可以重新排队")
        _said({"requeued": [retry]}, f"作业 {retry} 已重新排队，将由下一次调度处理", json_out)
        return
    if retry_parked:
        ids = jobs.retry_all_parked(database())
        _said({"requeued": ids}, f"已重新排队 {len(ids)} 个已搁置的作业" if ids else "没有已搁置的作业", json_out)
        return
    rows = jobs.unfinished(reader())
    if json_out:
        emit_json(rows)
        return
    if not rows:
        say("没有未完成的作业")
    for r in rows:
        error = f"  错误：{r['last_error']}" if r["last_error"] else ""
        say(f"{r['id']:>5} {r['kind']:<18} 稿件 {r['item_id']:<5} {r['status']:<8} 尝试 {r['attempts']} 次{error}")


def _said(data: dict[str, Any], sentence: str, json_out: bool) -> None:
    if json_out:
        emit_json(data)
    else:
        say(sentence)
