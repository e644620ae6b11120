"""Archive transfer (`sanshen archive --period P`, `sanshen archive verify PACKAGE`) and the working calendar."""

from pathlib import Path
from typing import Annotated

import typer

from ..output import emit_json, fail, say
from .errors import user_errors
from .options import JsonOpt

archive_app = typer.Typer(help="归档移交：每个移交期间一个 BagIt 包（含移交清单）", invoke_without_command=True)


def register(app: typer.Typer) -> None:
    app.add_typer(archive_app, name="archive")
    app.command("calendar")(calendar)


@archive_app.callback()
@user_errors
def archive(
    ctx: typer.Context,
    period: Annotated[str | None, typer.Option(help="移交期间：2026-11（按月）、2026-11-1（半月）、2026-Q4（按季）")] = None,
    output: Annotated[Path | None, typer.Option("--output", help="存放归档包的文件夹（默认策略文件 archive.path）")] = None,
    as_zip: Annotated[bool, typer.Option("--zip", help="打成一个 zip 文件")] = False,
    json_out: JsonOpt = False,
) -> None:
    """生成某一期间的归档移交包（已发布、已撤稿的信息；无信息的期间也生成空清单）。"""
    if ctx.invoked_subcommand is not None:
        return
    if period is None:
        fail("请用 --period 指明移交期间，或运行 sanshen archive verify PACKAGE", 2)
    from ..engine.records.archive import make_package
    from ..wiring import database

    made = make_package(database(), period, output, as_zip)
    if json_out:
        emit_json({"package": made["package"], "items": made["items"]})
        return
    say(f"{made['period']}（{made['from']} 至 {made['to']}）归档包：{made['package']}，共 {made['items']} 件")


@archive_app.command("verify")
@user_errors
def verify(package: Annotated[Path, typer.Argument(help="归档包（文件夹或 zip）")], json_out: JsonOpt = False) -> None:
    """用 bagit 校验归档包：清单、校验和与文件是否一致。"""
    from ..engine.records.archive import verify_package

    if not package.exists():
        fail(f"找不到归档包：{package}", 2)
    checked = verify_package(package)
    if json_out:
        emit_json(checked)
    elif checked["valid"]:
        say(f"归档包校验通过：{package}（{checked['items']} 件）")
    else:
        say(f"归档包校验失败：{package}")
        for problem in checked["problems"]:
            say(f"  {problem}")
    if not checked["valid"]:
        raise typer.Exit(1)


@user_errors
def calendar(year: Annotated[int | None, typer.Option(help="年度（默认今年）", min=1900, max=9999)] = None,
             org: Annotated[str | None, typer.Option("--org", help="单位代码（平台上有多个单位时必填）")] = None,
             json_out: JsonOpt = False) -> None:
    """单位使用中的工作日历：节假日、调休上班日及其来源（日历包、该单位策略文件，或按周一至周五估算）。"""
    from ..clock import now
    from ..engine.records.calendar import calendar_of
    from ..wiring import reader

    with reader().reading() as session:
        data = calendar_of(session, year or now().year, org)
    if json_out:
        emit_json(data)
        return
    say(f"{data['year']} 年工作日历　来源：{data['source_name']}　工作日 {data['working_days']} 天")
    say("节假日：" + ("、".join(data["holidays"]) or "—"))
    say("调休上班日：" + ("、".join(data["workdays"]) or "—"))
    if data["estimated"]:
        say("⚠ 本年度不在日历包和策略文件中，按周一至周五估算；可在策略文件 calendar 中补充国务院公布的安排")
