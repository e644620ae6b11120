"""`sanshen site export DIR` and `sanshen site rebuild`: each organisation's site, kept in the database."""

from pathlib import Path
from typing import Annotated

import typer

from ..output import emit_json, say
from .errors import user_errors
from .options import AsReader

site_app = typer.Typer(help="已发布网站（各单位的页面、目录、订阅源保存在数据库中）", no_args_is_help=True)
OrgOpt = Annotated[str | None, typer.Option("--org", help="只处理这个单位（单位代码）")]


def register(app: typer.Typer) -> None:
    app.add_typer(site_app, name="site")


@site_app.command("export")
@user_errors
def export(
    directory: Annotated[Path, typer.Argument(help="导出目录：各单位的网站写入 目录/单位代码/（只写入有变化的文件）")],
    org: OrgOpt = None,
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """把数据库中各单位的网站导出到 目录/单位代码/：增量、原子替换、所有人可读（0644），删除网站已不再有的文件。"""
    from ..engine.site_export import export_sites
    from ..wiring import reader

    report = export_sites(reader(), directory, org)
    if json_out:
        emit_json({"written": report.written, "unchanged": report.unchanged, "removed": report.removed,
                   "directory": str(directory), "sites": report.sites})
        return
    for code, counts in report.sites.items():
        say(f"{code}：写入 {counts['written']} 个文件，{counts['unchanged']} 个未变，删除 {counts['removed']} 个")
    say(f"已导出到 {directory}：写入 {report.written} 个文件，{report.unchanged} 个未变，删除 {report.removed} 个")


@site_app.command("rebuild")
@user_errors
def rebuild(
    org: OrgOpt = None,
    json_out: Annotated[bool, typer.Option("--json")] = False,
    actor: AsReader = None,
) -> None:
    """按账本重新生成各单位网站的页面、目录和订阅源（早于页面入库的发布、模板更改之后）；重复运行不再改动。"""
    from ..clock import now
    from ..engine.site_rebuild import rebuild_sites
    from ..wiring import acting, database

    done = rebuild_sites(database(), acting(actor), now(), org)
    if json_out:
        emit_json([d.as_dict() for d in done])
        return
    for d in done:
        say(f"{d.code}：重新生成 {d.written} 个文件，{d.unchanged} 个未变，移除 {d.removed} 个")
