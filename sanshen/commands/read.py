"""What users read: the queue, an item, its verified history."""

from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from ..columns import pad
from ..output import emit_json, say
from .errors import user_errors
from .options import As, AsReader, ItemArg, JsonOpt


def register(app: typer.Typer) -> None:
    app.command("queue")(queue)
    app.command("show")(show)
    app.command("history")(history)
    app.command("form")(form)


@user_errors
def queue(actor: As,
          limit: Annotated[int, typer.Option("--limit", min=1, help="最多列出几项（期限最近的）")] = 100,
          json_out: JsonOpt = False) -> None:
    """我的待办：我有权处理的任务，按期限先后排列（只含本单位）。"""
    from ..engine.org_scope import visible_ids
    from ..engine.queries import queue as my_queue
    from ..engine.records.pairs import waiting_items
    from ..wiring import acting, reader

    scope = acting(actor)
    with reader().reading() as session:
        entries = my_queue(session, scope.username or actor, limit, scope)
        waiting = waiting_items(session, scope.username or actor)
        shown = visible_ids(session, scope, [w["item_id"] for w in waiting])
        waiting = [w for w in waiting if w["item_id"] in shown]
    if json_out:
        emit_json([asdict(e) for e in entries] + waiting)
        return
    if not entries and not waiting:
        say("没有待办任务")
    for w in waiting:
        say(f"{w['item_id']:>5}  {w['stage_name']}  《{w['title']}》  {w['waiting']}")
    for e in entries:
        holder = f"（{e.assignee} 已认领）" if e.assignee else ""
        holder += f"  ⚠ {e.due_note}" if e.due_note else ""
        say(f"{e.item_id:>5}  {pad(e.stage_name, 8)} 期限 {(e.due_at or '—')[:16].replace('T', ' ')}  《{e.title}》{holder}")


@user_errors
def show(item: ItemArg, json_out: JsonOpt = False, actor: AsReader = None) -> None:
    """查看稿件：环节、现行版本及其哈希、检查发现、当前任务。"""
    from ..clock import now
    from ..engine.queries import show as show_item
    from ..wiring import acting, reader

    scope = acting(actor)
    with reader().reading() as session:
        data = show_item(session, item, now(), scope)
    if json_out:
        emit_json(data)
        return
    say(f"稿件 {data['id']}《{data['title']}》  环节：{data['stage_name']}  撰稿人：{data['drafter']}")
    say(f"现行版本 {data['revision_number']}  哈希 {data['revision_hash']}")
    if data["index_number"]:
        say(f"索引号 {data['index_number']}")
    say(_kind_line(data))
    if data["waiting"]:
        say(f"发布中：{data['waiting']}")
    if data["task"]:
        t = data["task"]
        holder = f"{t['assignee']} 已认领" if t["assignee"] else "待认领"
        say(f"任务：{holder}，期限 {(t['due_at'] or '—')[:16].replace('T', ' ')}")
    if data["statutory"]:
        say(data["statutory"]["text"])
    for n, f in enumerate(data["findings"], start=1):
        hint = f" → 建议：“{f['suggestion']}”" if f.get("suggestion") is not None else ""
        say(f"  {n:>3}. [{f['severity']}] {f['check']}/{f['rule']}：{f['message']}  “{f['text']}”{hint}")
    say("")
    say(data["body"])


def _kind_line(data: dict) -> str:
    line = f"类别：{data['kind_name'] or '—'}"
    if data["interprets"]:
        line += f"　解读稿件 {data['interprets']}"
    if data["interpreted_by"]:
        line += f"　解读：稿件 {data['interpreted_by']}"
    return line


@user_errors
def history(item: ItemArg, json_out: JsonOpt = False, actor: AsReader = None) -> None:
    """稿件的审批历史：重放并校验后的时间线（谁、以何角色、何环节、何决定、意见、版本哈希、时间）。"""
    from ..engine.queries import history as item_history
    from ..wiring import acting, reader

    scope = acting(actor)
    with reader().reading() as session:
        data = item_history(session, item, scope)
    _answer_verified(data, json_out, _history_lines)


def _history_lines(data: dict) -> list[str]:
    from ..states import EVENT_NAMES, stage_name

    lines = []
    for e in data["events"]:
        move = stage_name(e["from_stage"]) if e["from_stage"] == e["to_stage"] else \
            f"{stage_name(e['from_stage'])} → {stage_name(e['to_stage'])}"
        opinion = f"  意见：{e['opinion']}" if e["opinion"] else ""
        if e["detail"].get("assignee"):
            opinion = f"  转交给 {e['detail']['assignee']}{opinion}"
        lines.append(f"{e['seq']:>3} {e['at'][:19]}  {e['actor_name']}（{e['role_name']}）  "
                     f"{EVENT_NAMES.get(e['event'], e['event'])}  {move}  版本 {(e['revision_hash'] or '')[:12]}{opinion}")
    verdict = "校验通过：哈希链完整，重放结果与记录一致" if data["verified"] else "校验失败"
    lines.append(f"{verdict}（记录环节 {stage_name(data['stored_stage'])}，重放环节 {stage_name(data['replayed_stage'])}）")
    return lines + [f"  第 {p['seq']} 号事件：{p['problem']}" for p in data["problems"]]


def _answer_verified(data: dict, json_out: bool, lines: Callable[[dict], list[str]]) -> None:
    """Print the data (JSON or lines); a history that did not verify exits with status 1 either way."""
    if json_out:
        emit_json(data)
    else:
        for line in lines(data):
            say(line)
    if not data["verified"]:
        raise typer.Exit(1)


@user_errors
def form(
    item: ItemArg, json_out: JsonOpt = False, actor: AsReader = None,
    sheet: Annotated[str, typer.Option("--sheet", help="approval（信息发布审批单）或 confidentiality（保密审查单）")] = "approval",
    fmt: Annotated[str | None, typer.Option("--format", help="导出格式：csv|xlsx|pdf（须同时给出 --output）")] = None,
    output: Annotated[Path | None, typer.Option("--output", help="导出文件")] = None,
) -> None:
    """信息发布审批单（或 --sheet confidentiality 保密审查单），由重放校验后的审批账本生成。"""
    from .. import record_documents
    from ..engine.forms import approval_form
    from ..engine.queries import show as show_item
    from ..engine.records.sheets import confidentiality_sheet
    from ..output import fail
    from ..wiring import acting, reader
    from .records import answer

    if sheet not in ("approval", "confidentiality"):
        fail(f"--sheet 必须是 approval 或 confidentiality：{sheet}", 2)
    scope = acting(actor)
    with reader().reading() as session:
        if sheet == "confidentiality":
            show_item(session, item, scope=scope)  # another organisation's item is not found
        data = approval_form(session, item, scope) if sheet == "approval" else confidentiality_sheet(session, item)
    if sheet == "approval" and fmt is None:
        _answer_verified(data, json_out, _form_lines)
        return
    document = record_documents.approval_form if sheet == "approval" else record_documents.confidentiality_sheet
    answer(data, lambda: document(data), json_out, fmt, output, data["verified"])


def _form_lines(data: dict) -> list[str]:
    secrets = data["contains_secrets"]
    secret_line = "尚未审查" if secrets is None else (
        f"{'是' if secrets['contains'] else '否'}　保密审查意见：{secrets['opinion']}　审查人：{secrets['name']}　{secrets['date']}")
    lines = [f"{data['organisation']}信息发布审批单", "",
             f"稿件编号：{data['item_id']}　索引号：{data['index_number'] or '（发布时编制）'}　公开属性：{data['disclosure']}",
             *([f"不予公开理由：{data['disclosure_ground']}：{data['disclosure_reason']}"] if data["disclosure_ground"] else []),
             f"撰稿单位：{data['department']}　撰稿人：{data['drafter']}　提交时间：{(data['submitted_at'] or '')[:16].replace('T', ' ')}",
             f"信息来源：{data['source']}　信息形成日期：{data['formed_on'] or '—'}",
             f"是否涉密：{secret_line}",
             f"是否上网发布：{'是' if data['published_online'] else '否'}（当前环节：{data['stage_name']}）",
             f"标题：{data['title']}", f"版本哈希：{data['revision_hash']}", "", "审核、校对意见："]
    for s in data["steps"]:
        ground = f"（理由：{s['ground']}）" if s["ground"] else ""
        opinion = f"：{s['opinion']}" if s["opinion"] else ""
        lines.append(f"  {s['stage_name']}　{s['decision']}{ground}{opinion}　{s['name']}（{s['role']}）　{s['date']}")
    verdict = "以上记录经重放校验无误" if data["verified"] else "警告：审批记录校验失败，请运行 sanshen verify"
    return [*lines, "", verdict, "", "正文：", data["body"]]
