"""`sanshen mail`, `sanshen mail-sink`, `sanshen overdue`, `sanshen outbox`: the mail side, for people."""

import errno
import time
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer

from ..columns import pad
from ..output import emit_json, emit_json_line, fail, say
from .errors import user_errors
from .options import AsOperator, AsReader, JsonOpt, OrgOpt

MailDir = Annotated[Path, typer.Option("--dir", help="邮件接收器的存储目录")]


def register(app: typer.Typer) -> None:
    app.command("mail")(mail)
    app.command("mail-sink")(mail_sink)
    app.command("overdue")(overdue)
    app.command("outbox")(outbox)


@user_errors
def mail(number: Annotated[int | None, typer.Argument(help="显示第 N 封邮件")] = None,
         directory: MailDir = Path("var/mail"), json_out: JsonOpt = False, actor: AsOperator = None,
         org: OrgOpt = None) -> None:
    """列出（或显示）本地邮件接收器收到的邮件及其所属单位（--as/--org：只含该单位发出的邮件）。"""
    from ..wiring import operating

    mails = _mails_in_scope(directory, operating(actor, org))
    if number is not None:
        if not 1 <= number <= len(mails):
            fail(f"没有第 {number} 封邮件（共 {len(mails)} 封）")
        chosen, organisation = mails[number - 1]
        if json_out:
            emit_json({**asdict(chosen), "organisation": organisation})
        else:
            say(f"发件人：{chosen.sender}\n收件人：{chosen.to}\n主题：{chosen.subject}\n时间：{chosen.date}\n")
            say(chosen.text)
        return
    if json_out:
        emit_json([{**asdict(m), "organisation": organisation} for m, organisation in mails])
        return
    if not mails:
        say("没有邮件")
    for n, (m, organisation) in enumerate(mails, start=1):
        say(f"{n:>4}  {pad(organisation or '—', 10)} {pad(m.to, 32)} {m.subject}")


def _mails_in_scope(directory: Path, scope: Any) -> list[tuple[Any, str | None]]:
    """The sink's mails the scope sees, each with its organisation's code."""
    from ..engine.outbox_admin import mails_in_scope
    from ..notifications.sink import stored_mails
    from ..wiring import reader

    with reader().reading() as session:
        return mails_in_scope(session, stored_mails(directory), scope)


@user_errors
def mail_sink(port: Annotated[int, typer.Option(help="监听端口（127.0.0.1）")] = 8025,
              directory: MailDir = Path("var/mail"), json_out: JsonOpt = False) -> None:
    """在 127.0.0.1 上运行本地邮件接收器，把收到的邮件存入目录（前台运行，Ctrl-C 结束）。"""
    if not 1 <= port <= 65535:
        fail(f"端口应在 1 到 65535 之间：{port}", 2)
    controller = _started_sink(directory, port)
    if json_out:
        emit_json_line({"host": "127.0.0.1", "port": port, "directory": str(directory)})
    else:
        say(f"邮件接收器在 127.0.0.1:{port} 运行，邮件存入 {directory}")
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


def _started_sink(directory: Path, port: int) -> Any:
    """The running sink; a folder it cannot write or a port it cannot take is one sentence."""
    from ..notifications.sink import start_sink

    try:
        return start_sink(directory, port=port)
    except PermissionError:
        fail(f"无法写入邮件目录 {directory}：没有权限")
    except OSError as error:
        if isinstance(error.errno, int) and error.errno in (errno.EADDRINUSE, errno.EACCES):
            fail(f"无法监听 127.0.0.1:{port}：端口已被占用或无权使用，请用 --port 换一个端口")
        fail(f"无法启动邮件接收器（目录 {directory}，端口 {port}）：{error.strerror or error}")


@user_errors
def overdue(limit: Annotated[int, typer.Option("--limit", min=1, help="最多列出几项逾期任务（最逾期的）")] = 100,
            json_out: JsonOpt = False, actor: AsReader = None) -> None:
    """列出逾期未处理的任务及逾期时长（按工作时间计），以及超过法定公开时限仍未发布的稿件（--as：只含本单位）。"""
    from ..clock import now
    from ..engine.deadlines import overdue as late_tasks
    from ..engine.statutory import late_items
    from ..wiring import acting, reader

    moment = now()
    scope = acting(actor)
    with reader().reading() as session:
        rows, statutory = late_tasks(session, moment, limit, scope), late_items(session, moment, scope)
    if json_out:
        emit_json({"tasks": rows, "statutory": statutory})
        return
    _print_late_tasks(rows)
    for r in statutory:
        say(f"稿件 {r['item_id']:>5} {pad(r['stage_name'], 8)} 信息形成于 {r['formed_on']}，{r['text']}  《{r['title']}》")


def _print_late_tasks(rows: list[dict[str, Any]]) -> None:
    if not rows:
        say("没有逾期任务")
    for r in rows:
        notes = "".join(f"  ⚠ {note}" for note in (r["due_note"], r["late_note"]) if note)
        say(f"稿件 {r['item_id']:>5} {pad(r['stage_name'], 8)} 期限 {r['due_at'][:16].replace('T', ' ')}  {r['late']}"
                   f"  {r['holder'] or '未认领'}  《{r['title']}》{notes}")


RetryOpt = Annotated[int | None, typer.Option(
    "--retry", help="把已搁置的通知，或核对收件箱后确认未送达的状态不明通知，重新排队发送（通知编号）")]
MarkSentOpt = Annotated[int | None, typer.Option(
    "--mark-sent", help="核对收件箱后，把确已送达的状态不明通知记为已送达（通知编号）")]


RetryParkedOpt = Annotated[bool, typer.Option("--retry-parked", help="把所有已搁置的通知重新排队发送")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="与 --retry-parked 合用：只重发此时刻（ISO 8601）之后写入的通知")]


@user_errors
def outbox(retry: RetryOpt = None, mark_sent: MarkSentOpt = None, retry_parked: RetryParkedOpt = False,
           since: SinceOpt = None, json_out: JsonOpt = False, actor: AsOperator = None, org: OrgOpt = None) -> None:
    """列出未送达的通知（待发送、发送中、状态不明、已搁置，含服务器的答复和所属单位）；或处理其中一条或全部已搁置的
    （--as/--org：只限一个单位，别的单位的通知一律“找不到”）。"""
    from ..clock import now
    from ..engine.outbox_admin import confirm_sent, requeue
    from ..wiring import database, operating

    if sum((retry is not None, mark_sent is not None, retry_parked)) > 1:
        fail("--retry、--mark-sent 和 --retry-parked 只能选用一个")
    if since is not None and not retry_parked:
        fail("--since 只能与 --retry-parked 合用", 2)
    scope = operating(actor, org, changes=retry is not None or mark_sent is not None or retry_parked)
    if retry_parked:
        _retry_parked(since, json_out, scope)
    elif retry is not None:
        requeue(database(), retry, scope)
        _settled(retry, "pending", f"通知 {retry} 已重新排队，将在下次投递时发送", json_out)
    elif mark_sent is not None:
        confirm_sent(database(), mark_sent, now(), scope)
        _settled(mark_sent, "sent", f"通知 {mark_sent} 已记为已送达", json_out)
    else:
        _list_undelivered(json_out, scope)


def _retry_parked(since: str | None, json_out: bool, scope: Any) -> None:
    from datetime import datetime

    from ..clock import CHINA
    from ..engine.outbox_admin import requeue_parked
    from ..wiring import database

    moment = None
    if since is not None:
        try:
            moment = datetime.fromisoformat(since)
        except ValueError:
            fail(f"--since 应为 ISO 8601 时刻（例如 2026-11-24T09:30:00+08:00）：{since}", 2)
        moment = moment if moment.tzinfo else moment.replace(tzinfo=CHINA)
    ids = requeue_parked(database(), moment, scope)
    if json_out:
        emit_json({"requeued": ids})
    else:
        say(f"已重新排队 {len(ids)} 条已搁置的通知，将在下次投递时发送" if ids else "没有已搁置的通知")


def _settled(message_id: int, status: str, sentence: str, json_out: bool) -> None:
    if json_out:
        emit_json({"id": message_id, "status": status})
    else:
        say(sentence)


def _list_undelivered(json_out: bool, scope: Any) -> None:
    from ..engine.outbox_admin import undelivered
    from ..wiring import reader

    with reader().reading() as session:
        rows = undelivered(session, scope)
    if json_out:
        emit_json(rows)
        return
    if not rows:
        say("没有未送达的通知")
    for r in rows:
        error = f"  {r['last_error']}" if r["last_error"] else ""
        say(f"{r['id']:>5} {r['organisation']:<10} {r['status']:<9} {r['address']:<32} {r['subject']}  "
            f"{r['message_id']}{error}")
