"""Operator commands: init, users, verify, diagram."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..output import emit_json, fail, say
from .errors import user_errors
from .options import JsonOpt

if TYPE_CHECKING:
    from ..ledger.db import Database


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("users")(users)
    app.command("verify")(verify)
    app.command("diagram")(diagram)


@user_errors
def init(
    policy: Annotated[Path | None, typer.Option(help="策略文件（YAML 或 TOML）")] = None,
    demo: Annotated[bool, typer.Option("--demo", help="载入演示单位：清河县科学技术局")] = False,
    json_out: JsonOpt = False,
) -> None:
    """建库（运行迁移）并载入策略文件；再次运行会载入新版策略，旧版保留供重放。"""
    from ..clock import now
    from ..ledger.migrate import upgrade
    from ..ledger.policystore import store_policy
    from ..policyfile import DEMO_POLICY, load_policy
    from ..wiring import database

    if policy and demo:
        fail("--policy 与 --demo 只能选一个", 2)
    chosen = load_policy(policy) if policy else load_policy(DEMO_POLICY) if demo else None
    db = database()
    if chosen is None and not _holds_a_policy(db):
        fail("数据库中还没有策略：请用 sanshen init --demo 载入演示单位，或用 sanshen init --policy 策略文件 载入本单位的策略", 2)
    upgrade(db.engine)
    with db.transaction() as session:
        if chosen is None:
            from ..ledger.policystore import current_policy

            version, chosen = current_policy(session)
        else:
            version = store_policy(session, chosen, now().isoformat())
    if json_out:
        emit_json({"database": db.engine.url.render_as_string(hide_password=True), "policy_version": version,
                   "organisation": chosen.organisation.name, "people": len(chosen.people)})
    else:
        say(f"已初始化：{chosen.organisation.name}，{len(chosen.people)} 人，策略版本 {version}")


def _holds_a_policy(db: "Database") -> bool:
    """Whether the database was initialised with a policy already (without changing it)."""
    from sqlalchemy import func, inspect, select

    from ..ledger.models import PolicyVersion

    if not inspect(db.engine).has_table(PolicyVersion.__tablename__):
        return False
    with db.transaction() as session:
        return bool(session.execute(select(func.count()).select_from(PolicyVersion)).scalar())


@user_errors
def users(json_out: JsonOpt = False) -> None:
    """列出本单位人员、科室和角色。"""
    from ..engine.queries import users as list_users
    from ..wiring import database

    with database().transaction() as session:
        people = list_users(session)
    if json_out:
        emit_json(people)
        return
    from ..columns import table

    for line in table([(p["username"], p["name"], p["department_name"], "、".join(p["role_names"])) for p in people]):
        say(line)


@user_errors
def verify(json_out: JsonOpt = False) -> None:
    """校验每份稿件的哈希链并重放其历史；发现篡改时以非零状态退出。"""
    from ..engine.queries import verify as verify_all
    from ..wiring import database

    with database().transaction() as session:
        report = verify_all(session)
    if json_out:
        emit_json(report)
    else:
        for p in report["problems"]:
            say(f"稿件 {p['item_id']} 第 {p['seq']} 号事件：{p['problem']}")
        verdict = "全部通过" if report["ok"] else f"发现 {len(report['problems'])} 处问题"
        say(f"已校验 {report['items_checked']} 份稿件、{report['events_checked']} 个事件：{verdict}")
    if not report["ok"]:
        raise typer.Exit(1)


@user_errors
def diagram(
    output: Annotated[Path | None, typer.Option(help="写入图片文件（.svg/.png，需要 graphviz）")] = None,
    json_out: JsonOpt = False,
) -> None:
    """打印由代码生成的流程图（Mermaid），或写成图片。"""
    from ..states.diagram import dot, mermaid

    if output is None:
        if json_out:
            emit_json({"mermaid": mermaid()})
        else:
            say(mermaid(), nl=False)
        return
    if output.suffix == ".mmd":
        output.write_text(mermaid(), encoding="utf-8")
    elif output.suffix == ".dot":
        output.write_text(dot(), encoding="utf-8")
    else:
        _render_with_graphviz(dot(), output)
    if json_out:
        emit_json({"written": str(output)})
    else:
        say(f"已写入 {output}")


def _render_with_graphviz(source: str, output: Path) -> None:
    import shutil
    import subprocess

    if shutil.which("dot") is None:
        fail("写 SVG/PNG 需要 graphviz 的 dot 程序（apt-get install graphviz）；也可写 .mmd 或 .dot 文件")
    done = subprocess.run(["dot", f"-T{output.suffix.lstrip('.') or 'svg'}", "-o", str(output)],
                          input=source.encode("utf-8"), capture_output=True)
    if done.returncode:
        reason = next(iter(done.stderr.decode("utf-8", "replace").strip().splitlines()), "")
        fail(f"graphviz 无法写出 {output}：{reason}")
