"""Options several commands share."""

from typing import Annotated

import typer

JsonOpt = Annotated[bool, typer.Option("--json", help="以 JSON 输出，供脚本使用")]
ItemArg = Annotated[int, typer.Argument(help="稿件编号")]
As = Annotated[str, typer.Option("--as", help="以哪位用户的身份操作：用户名，或 用户名@单位代码")]
AsReader = Annotated[str | None, typer.Option(
    "--as", help="以哪位用户的身份查看（用户名或 用户名@单位代码；不填则为本机运维，可见全部单位）")]
AsOperator = Annotated[str | None, typer.Option(
    "--as", help="以哪位用户的身份运维：单位管理员（用户名@单位代码，只见本单位）或平台管理员/审计员（用户名@platform）；"
                 "不填则为本机运维，可见全部单位")]
OrgOpt = Annotated[str | None, typer.Option("--org", help="只看或只处理一个单位（单位代码）")]
