"""The ledger's signed checkpoints: make one, create the key, print the public key."""

from typing import Annotated

import typer

from ..output import emit_json, fail, say
from .errors import user_errors
from .options import AsOperator, JsonOpt


def register(app: typer.Typer) -> None:
    app.command("checkpoint")(checkpoint)


@user_errors
def checkpoint(
    init_key: Annotated[bool, typer.Option("--init-key", help="生成签名密钥文件（0600，SANSHEN_CHECKPOINT_KEY）")] = False,
    public_key: Annotated[bool, typer.Option("--public-key", help="打印用于核验检查点的公钥（PEM）")] = False,
    json_out: JsonOpt = False, actor: AsOperator = None,
) -> None:
    """生成整个平台审批账本的签名检查点（稿件数、事件数、默克尔根、前一检查点哈希），并发布到网站的透明度页面
    （覆盖所有单位：只有本机运维或平台管理员可以生成）。"""
    from ..engine.operator_scope import platform_wide
    from ..ledger import signing
    from ..wiring import acting

    platform_wide(acting(actor))
    if init_key and public_key:
        fail("--init-key 与 --public-key 只能选一个", 2)
    path = signing.key_path()
    if init_key:
        key = signing.create_key(path)
        say(f"已生成签名密钥 {path}（权限 0600）；公钥：")
        say(signing.public_pem(key), nl=False)
        return
    if public_key:
        say(signing.public_pem(signing.trusted_public_key()), nl=False)
        return
    _make(signing.load_key(path), json_out)


def _make(key, json_out: bool) -> None:  # type: ignore[no-untyped-def]
    from ..clock import now
    from ..engine.checkpoints import make_checkpoint
    from ..wiring import database

    signed = make_checkpoint(database(), key, now())
    if json_out:
        emit_json(signed.to_dict())
        return
    say(f"检查点 {signed.id}：{signed.items} 份稿件、{signed.events} 个事件，默克尔根 {signed.root}")
    say(f"签名 {signed.signature}")
