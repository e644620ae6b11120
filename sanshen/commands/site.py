"""`sanshen site export DIR`: write the published site, kept in the database, to a directory."""

from pathlib import Path
from typing import Annotated

import typer

from ..output import emit_json, say
from .errors import user_errors

site_app = typer.Typer(help="已发布网站（页面、目录、订阅源保存在数据库中）", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(site_app, name="site")


@site_app.command("export")
@user_errors
def export(
    directory: Annotated[Path, typer.Argument(help="导出目录（只写入有变化的文件）")],
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """把数据库中的网站页面导出到目录：增量、原子替换、所有人可读（0644）。"""
    from ..engine.site_export import export_site
    from ..wiring import database

    report = export_site(database(), directory)
    if json_out:
        emit_json({"written": report.written, "unchanged": report.unchanged, "directory": str(directory)})
        return
    say(f"已导出到 {directory}：写入 {report.written} 个文件，{report.unchanged} 个未变")
