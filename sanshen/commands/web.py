"""`sanshen serve`, `sanshen passwd`, `sanshen token create|revoke|list`: the web app and its identities."""

import getpass
import os
import sys
from typing import Annotated

import typer

from ..output import emit_json, fail, say
from .errors import user_errors
from .options import JsonOpt

token_app = typer.Typer(help="接口访问令牌", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("passwd")(passwd)
    app.add_typer(token_app, name="token")


@user_errors
def serve(
    host: Annotated[str, typer.Option(help="监听地址")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="端口")] = 8000,
    workers: Annotated[int, typer.Option(help="进程数（各进程只共享数据库）")] = 1,
) -> None:
    """运行网页应用与 JSON 接口（uvicorn）。"""
    import uvicorn

    from ..ledger.policystore import current_policy
    from ..wiring import database

    if workers < 1:
        fail("--workers 至少为 1", 2)
    with database().transaction() as session:  # an uninitialised database is one sentence, before serving
        current_policy(session)
    uvicorn.run("sanshen.web.main:app", host=host, port=port, workers=workers, proxy_headers=True,
                forwarded_allow_ips=os.environ.get("SANSHEN_FORWARDED_ALLOW_IPS", "127.0.0.1"),
                log_level="warning", access_log=False)


@user_errors
def passwd(
    usernames: Annotated[list[str], typer.Argument(help="用户名（策略文件中的人员，可给多个；同名用户写成 用户名@单位代码，平台人员写成 用户名@platform）")],
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="从标准输入读取密码")] = False,
) -> None:
    """设置网页登录密码（argon2id 存储）。"""
    from ..clock import now
    from ..engine.accounts import set_password
    from ..wiring import database

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("新密码：")
        if getpass.getpass("再输入一次：") != password:
            fail("两次输入的密码不一致")
    for username in usernames:
        set_password(database(), username, password, now())
        say(f"已设置 {username} 的密码")


@token_app.command("create")
@user_errors
def token_create(
    username: Annotated[str, typer.Argument(help="用户名，或 用户名@单位代码")],
    name: Annotated[str, typer.Option(help="令牌名称（如调用方系统）")] = "token",
    json_out: JsonOpt = False,
) -> None:
    """为某人创建接口访问令牌（只显示一次，库中只存哈希）。"""
    from ..clock import now
    from ..engine.accounts import create_token
    from ..wiring import database

    token = create_token(database(), username, name, now())
    if json_out:
        emit_json({"token": token})
    else:
        say(token)


@token_app.command("revoke")
@user_errors
def token_revoke(token_id: Annotated[int, typer.Argument(help="令牌编号（见 sanshen token list）")],
                 json_out: JsonOpt = False) -> None:
    """吊销接口访问令牌。"""
    from ..clock import now
    from ..engine.accounts import revoke_token
    from ..wiring import database

    revoke_token(database(), token_id, now())
    if json_out:
        emit_json({"id": token_id, "revoked": True})
    else:
        say(f"令牌 {token_id} 已吊销")


@token_app.command("list")
@user_errors
def token_list(username: Annotated[str | None, typer.Argument(help="只列出此人的令牌")] = None,
               json_out: JsonOpt = False) -> None:
    """列出接口访问令牌（不含令牌本身）。"""
    from ..engine.accounts import tokens_of
    from ..wiring import database

    rows = tokens_of(database(), username)
    if json_out:
        emit_json(rows)
        return
    for r in rows:
        say(f"{r['id']:>4} {r['username'] + '@' + r['organisation']:<20} {r['name']:<16} "
            f"{'已吊销' if r['revoked_at'] else '有效'}")
