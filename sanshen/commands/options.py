"""Options several commands share."""

from typing import Annotated

import typer

JsonOpt = Annotated[bool, typer.Option("--json", help="以 JSON 输出，供脚本使用")]
ItemArg = Annotated[int, typer.Argument(help="稿件编号")]
As = Annotated[str, typer.Option("--as", help="以哪位用户的身份操作：用户名，或 用户名@单位代码")]
AsReader = Annotated[str | None, typer.Option(
    "--as", help="以哪位用户的身份查看（用户名或 用户名@单位代码；不填则为本机运维，可见全部单位）")]
