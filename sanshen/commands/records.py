"""The records: 保密审查单 and its monthly summary, the register, the annual figures, archive transfer, calendar."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from ..output import emit_json, fail, say
from .errors import user_errors
from .options import AsOperator, JsonOpt, OrgOpt

FormatOpt = Annotated[str | None, typer.Option("--format", help="导出格式：csv|xlsx|pdf（须同时给出 --output）")]
OutputOpt = Annotated[Path | None, typer.Option("--output", help="导出文件")]

report_app = typer.Typer(help="记录与报表：保密审查汇总、发布登记台账、年度报告统计", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(report_app, name="report")


def answer(data: Any, document: Callable[[], Any], json_out: bool, fmt: str | None, output: Path | None,
           verified: bool = True) -> None:
    """Print or export a record: JSON, a file in the chosen format, or lines; exit 1 when it did not verify."""
    from ..documents import FORMATS, lines, write

    if fmt is not None and fmt not in FORMATS:
        fail(f"导出格式必须是 {'|'.join(FORMATS)} 之一：{fmt}", 2)
    if (fmt is None) != (output is None):
        fail("--format 与 --output 须同时给出", 2)
    if json_out:
        emit_json(data)
    elif fmt is not None and output is not None:
        try:
            write(document(), fmt, output)
        except OSError as error:
            fail(f"无法写入 {output}：{error.strerror}", 2)
        say(f"已写入 {output}")
    else:
        for line in lines(document()):
            say(line)
    if not verified:
        raise typer.Exit(1)


@report_app.command("confidentiality")
@user_errors
def confidentiality(month: Annotated[str, typer.Option(help="月份 YYYY-MM")], json_out: JsonOpt = False,
                    fmt: FormatOpt = None, output: OutputOpt = None, actor: AsOperator = None,
                    org: OrgOpt = None) -> None:
    """保密审查汇总表：一个单位该月每一次保密审查（一次一单）。"""
    from .. import record_documents
    from ..engine.records.sheets import confidentiality_month
    from ..wiring import database

    organisation = of_one_organisation(actor, org)
    with database().transaction() as session:
        data = confidentiality_month(session, month, organisation)
    answer(data, lambda: record_documents.confidentiality_month(data), json_out, fmt, output, data["verified"])


@report_app.command("register")
@user_errors
def register_report(start: Annotated[str, typer.Option("--from", help="起始日期 YYYY-MM-DD")],
                    end: Annotated[str, typer.Option("--to", help="截止日期 YYYY-MM-DD（含）")],
                    json_out: JsonOpt = False, fmt: FormatOpt = None, output: OutputOpt = None,
                    actor: AsOperator = None, org: OrgOpt = None) -> None:
    """一个单位的信息发布登记台账：标题、内容摘要、来源、发布时间、审核人、索引号、公开属性、撤稿。"""
    from .. import record_documents
    from ..engine.records.register import register as published_between
    from ..ledger.policystore import current_policy
    from ..wiring import database

    first, last = parse_day(start), parse_day(end)
    if last < first:
        fail(f"截止日期 {end} 早于起始日期 {start}", 2)
    organisation = of_one_organisation(actor, org)
    with database().transaction() as session:
        rows = published_between(session, first, last, organisation)
        name = current_policy(session, organisation)[1].organisation.name
    answer(rows, lambda: record_documents.register(rows, name, start, end), json_out, fmt, output,
           all(r["verified"] for r in rows))


@report_app.command("annual")
@user_errors
def annual_report(year: Annotated[int, typer.Option(help="年度", min=2000, max=9999)],
                  detail: Annotated[bool, typer.Option("--detail", help="列出每项统计所依据的稿件")] = False,
                  json_out: JsonOpt = False, fmt: FormatOpt = None, output: OutputOpt = None,
                  actor: AsOperator = None, org: OrgOpt = None) -> None:
    """一个单位政府信息公开工作年度报告的系统统计数据（主动公开、不予发布、撤回、撤稿、依申请公开、超期、用时中位数）。"""
    from .. import record_documents
    from ..engine.records.annual import annual
    from ..wiring import database

    organisation = of_one_organisation(actor, org)
    with database().transaction() as session:
        data = annual(session, year, organisation)
    shown = data if detail else {k: v for k, v in data.items() if k != "detail"}
    answer(shown, lambda: record_documents.annual(data, detail), json_out, fmt, output, data["verified"])


def parse_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"日期格式应为 YYYY-MM-DD：{value}", 2)


def of_one_organisation(actor: str | None, org: str | None) -> int:
    """The organisation a record is made for: `--org CODE`, the `--as` person's, or the platform's only one."""
    from ..wiring import one_organisation, operating

    chosen = one_organisation(operating(actor, org)).organisation_id
    assert chosen is not None
    return chosen
