"""The drafters' and reviewers' commands: submit, revise, claim, release, approve, return, refuse ..."""

from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from ..output import emit_json, fail, say
from .errors import user_errors
from .options import As, ItemArg, JsonOpt

Opinion = Annotated[str | None, typer.Option("--opinion", "-m", help="书面意见")]


def register(app: typer.Typer) -> None:
    commands: list[tuple[str, Any]] = [("submit", submit), ("revise", revise), ("claim", claim), ("release", release),
                       ("approve", approve), ("return", send_back), ("refuse", refuse), ("withdraw", withdraw),
                       ("retract", retract), ("correct", correct), ("mask", mask)]
    for name, func in commands:
        app.command(name)(func)


def _read_body(path: Path) -> str:
    from ..textfiles import read_text

    return read_text(path)


def _report(item: Any, json_out: bool, verb: str) -> None:
    from ..states import stage_name

    if json_out:
        emit_json({"id": item.id, "stage": item.stage, "revision_hash": item.revision_hash})
    else:
        say(f"稿件 {item.id}《{item.title}》已{verb}，当前环节：{stage_name(item.stage)}")


@user_errors
def submit(
    actor: As,
    title: Annotated[str | None, typer.Option(help="标题（新稿件必填）")] = None,
    body_file: Annotated[Path | None, typer.Option(help="正文文件（UTF-8/GBK/UTF-16 文本或 .docx）")] = None,
    item: Annotated[int | None, typer.Option(help="重新提交已退回的稿件")] = None,
    disclosure: Annotated[str, typer.Option(help="公开属性：proactive|on_request|not_disclosed")] = "proactive",
    source: Annotated[str, typer.Option(help="来源：本单位原创，或转载来源")] = "",
    formed_on: Annotated[str | None, typer.Option(help="信息形成日期 YYYY-MM-DD（法定 20 个工作日公开时限自此起算；不填则按提交日计）")] = None,
    json_out: JsonOpt = False,
) -> None:
    """提交稿件进入保密审查；用 --item 重新提交退回修改后的稿件。"""
    from ..clock import now
    from ..engine.commands import Submit
    from ..wiring import engine

    if item is not None:
        _report(engine().resubmit(actor, item, now()), json_out, "重新提交")
        return
    if not title or body_file is None:
        fail("新稿件须提供 --title 和 --body-file", 2)
    formed = _parse_date(formed_on) if formed_on else None
    cmd = Submit(actor, title, _read_body(body_file), disclosure, source, formed)
    _report(engine().submit(cmd, now()), json_out, "提交")


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"日期格式应为 YYYY-MM-DD：{value}", 2)


@user_errors
def revise(
    item: ItemArg,
    actor: As,
    body_file: Annotated[Path, typer.Option(help="修改后的正文文件")],
    title: Annotated[str | None, typer.Option(help="新标题（默认不变）")] = None,
    json_out: JsonOpt = False,
) -> None:
    """撰稿人修改退回的稿件（生成新版本），之后用 submit --item 重新提交。"""
    from ..clock import now
    from ..engine.commands import Revise
    from ..engine.queries import show
    from ..wiring import database, engine

    with database().transaction() as session:
        current_title = show(session, item)["title"]
    _report(engine().revise(Revise(actor, item, title or current_title, _read_body(body_file)), now()),
            json_out, "修改")


def _decide(event: str, verb: str, item: int, actor: str, json_out: bool, **kwargs: Any) -> None:
    from ..clock import now
    from ..engine.commands import Decide
    from ..wiring import engine

    _report(engine().decide(Decide(event, actor, item, **kwargs), now()), json_out, verb)


@user_errors
def claim(item: ItemArg, actor: As, json_out: JsonOpt = False) -> None:
    """认领待办任务（同一时间只有一人持有）。"""
    _decide("claim", "认领", item, actor, json_out)


@user_errors
def release(
    item: ItemArg, actor: As,
    to: Annotated[str | None, typer.Option("--to", help="转交给某人（认领人或管理员可转交）")] = None,
    json_out: JsonOpt = False,
) -> None:
    """放弃认领，或转交给另一位有权处理的人。"""
    _decide("release", "转交" if to else "放弃认领", item, actor, json_out, assignee=to)


@user_errors
def approve(
    item: ItemArg, actor: As, opinion: Opinion = None,
    revision: Annotated[str | None, typer.Option(help="所审版本的哈希；稿件已变则拒绝")] = None,
    json_out: JsonOpt = False,
) -> None:
    """审核或校对通过，进入下一环节。"""
    _decide("approve", "通过", item, actor, json_out, opinion=opinion, expected_revision=revision)


@user_errors
def send_back(item: ItemArg, actor: As, opinion: Opinion = None, json_out: JsonOpt = False) -> None:
    """退回修改（必须填写书面意见）。"""
    _decide("return", "退回修改", item, actor, json_out, opinion=opinion)


@user_errors
def refuse(
    item: ItemArg, actor: As, opinion: Opinion = None,
    ground: Annotated[str | None, typer.Option(help="不予发布的法定理由，见 README")] = None,
    json_out: JsonOpt = False,
) -> None:
    """不予发布（终结；须填写意见并选择法定理由）。"""
    _decide("refuse", "不予发布", item, actor, json_out, opinion=opinion, ground=ground)


@user_errors
def withdraw(item: ItemArg, actor: As, opinion: Opinion = None, json_out: JsonOpt = False) -> None:
    """撰稿人在终审通过前撤回稿件。"""
    _decide("withdraw", "撤回", item, actor, json_out, opinion=opinion)


@user_errors
def retract(item: ItemArg, actor: As, opinion: Opinion = None, json_out: JsonOpt = False) -> None:
    """撤稿：撤下已发布的页面并留下说明（须填写理由）。"""
    _decide("retract", "撤稿", item, actor, json_out, opinion=opinion)


@user_errors
def correct(
    item: ItemArg, actor: As,
    body_file: Annotated[Path | None, typer.Option(help="校对修改后的正文文件")] = None,
    apply: Annotated[list[int] | None, typer.Option("--apply", help="采纳第 N 条检查发现的修改建议（见 show，可重复）")] = None,
    opinion: Opinion = None, json_out: JsonOpt = False,
) -> None:
    """校对修改：给出修改后的正文，或采纳检查发现的修改建议；生成新版本，修改幅度受策略限制。"""
    from ..clock import now
    from ..engine.commands import Correct
    from ..wiring import engine

    if (body_file is None) == (not apply):
        fail("请给出 --body-file 或 --apply（二选一）", 2)
    if apply:
        _report(engine().apply_suggestions(actor, item, apply, now()), json_out, "采纳修改建议")
        return
    assert body_file is not None
    _report(engine().correct(Correct(actor, item, _read_body(body_file), opinion=opinion), now()), json_out, "校对修改")


@user_errors
def mask(item: ItemArg, actor: As, json_out: JsonOpt = False) -> None:
    """把稿件中未遮掩的个人信息替换为掩码，生成新版本。"""
    from ..clock import now
    from ..wiring import engine

    _report(engine().mask(actor, item, now()), json_out, "遮掩个人信息")
