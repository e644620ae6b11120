"""`sanshen mail`, `sanshen mail-sink`, `sanshen overdue`, `sanshen outbox`: the mail side, for people."""

import time
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from ..output import emit_json, fail
from .errors import user_errors
from .options import JsonOpt

MailDir = Annotated[Path, typer.Option("--dir", help="邮件接收器的存储目录")]


def register(app: typer.Typer) -> None:
    app.command("mail")(mail)
    app.command("mail-sink")(mail_sink)
    app.command("overdue")(overdue)
    app.command("outbox")(outbox)


@user_errors
def mail(number: Annotated[int | None, typer.Argument(help="显示第 N 封邮件")] = None,
         directory: MailDir = Path("var/mail"), json_out: JsonOpt = False) -> None:
    """列出（或显示）本地邮件接收器收到的邮件。"""
    from ..notifications.sink import stored_mails

    mails = stored_mails(directory)
    if number is not None:
        if not 1 <= number <= len(mails):
            fail(f"没有第 {number} 封邮件（共 {len(mails)} 封）")
        chosen = mails[number - 1]
        if json_out:
            emit_json(asdict(chosen))
        else:
            typer.echo(f"发件人：{chosen.sender}\n收件人：{chosen.to}\n主题：{chosen.subject}\n时间：{chosen.date}\n")
            typer.echo(chosen.text)
        return
    if json_out:
        emit_json([asdict(m) for m in mails])
        return
    if not mails:
        typer.echo("没有邮件")
    for n, m in enumerate(mails, start=1):
        typer.echo(f"{n:>4}  {m.to:<32} {m.subject}")


def mail_sink(port: Annotated[int, typer.Option(help="监听端口（127.0.0.1）")] = 8025,
              directory: MailDir = Path("var/mail")) -> None:
    """在 127.0.0.1 上运行本地邮件接收器，把收到的邮件存入目录（前台运行，Ctrl-C 结束）。"""
    from ..notifications.sink import start_sink

    controller = start_sink(directory, port=port)
    typer.echo(f"邮件接收器在 127.0.0.1:{port} 运行，邮件存入 {directory}")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        controller.stop()


@user_errors
def overdue(json_out: JsonOpt = False) -> None:
    """列出逾期未处理的任务及逾期时长（按工作时间计：工作日与小时）。"""
    from ..clock import now
    from ..engine.deadlines import overdue as late_tasks
    from ..wiring import database

    with database().transaction() as session:
        rows = late_tasks(session, now())
    if json_out:
        emit_json(rows)
        return
    if not rows:
        typer.echo("没有逾期任务")
    for r in rows:
        notes = "".join(f"  ⚠ {note}" for note in (r["due_note"], r["late_note"]) if note)
        typer.echo(f"稿件 {r['item_id']:>5} {r['stage_name']:<4} 期限 {r['due_at'][:16].replace('T', ' ')}  {r['late']}"
                   f"  {r['holder'] or '未认领'}  《{r['title']}》{notes}")


@user_errors
def outbox(json_out: JsonOpt = False) -> None:
    """列出未送达的通知：待发送、发送中、已搁置（含服务器的答复）。"""
    from ..engine.deadlines import undelivered
    from ..wiring import database

    with database().transaction() as session:
        rows = undelivered(session)
    if json_out:
        emit_json(rows)
        return
    if not rows:
        typer.echo("没有未送达的通知")
    for r in rows:
        error = f"  {r['last_error']}" if r["last_error"] else ""
        typer.echo(f"{r['id']:>5} {r['status']:<9} {r['address']:<32} {r['subject']}{error}")
