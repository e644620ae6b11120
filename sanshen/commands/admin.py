"""Operator commands: init, users, verify, diagram."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..output import emit_json, fail, say
from .errors import user_errors
from .options import AsReader, JsonOpt

if TYPE_CHECKING:
    from ..ledger.db import Database
    from ..policies.scope import Scope


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("users")(users)
    app.command("verify")(verify)
    app.command("diagram")(diagram)


@user_errors
def init(
    policy: Annotated[Path | None, typer.Option(help="策略文件（YAML 或 TOML）")] = None,
    demo: Annotated[bool, typer.Option("--demo", help="载入演示单位：清河县科学技术局")] = False,
    platform: Annotated[Path | None, typer.Option(help="平台策略文件：平台管理员、审计员和各单位共用的规则")] = None,
    json_out: JsonOpt = False, actor: AsReader = None,
) -> None:
    """建库（运行迁移）并载入一个单位的策略文件（按 organisation.code 新增单位或载入其新版策略），或平台策略文件。"""
    from .platform import only_platform_admins

    only_platform_admins(actor)
    if platform is not None:
        from .platform import init_platform

        if policy or demo:
            fail("--platform 不能与 --policy 或 --demo 同用", 2)
        init_platform(platform, json_out)
        return
    from ..clock import now
    from ..ledger.db import Database
    from ..ledger.migrate import upgrade
    from ..ledger.policystore import store_policy
    from ..policyfile import DEMO_POLICY, load_policy

    if policy and demo:
        fail("--policy 与 --demo 只能选一个", 2)
    chosen = load_policy(policy) if policy else load_policy(DEMO_POLICY) if demo else None
    db = Database(create=True)  # the one command that makes a database
    if chosen is None and not _holds_a_policy(db):
        fail("数据库中还没有策略：请用 sanshen init --demo 载入演示单位，或用 sanshen init --policy 策略文件 载入本单位的策略", 2)
    upgrade(db.engine)
    _restore_site_indexes(db)
    with db.transaction() as session:
        if chosen is None:
            from ..ledger.policystore import current_policy

            version, chosen = current_policy(session)
        else:
            version = store_policy(session, chosen, now().isoformat(), policy.name if policy else "demo_policy.yaml")
    if json_out:
        emit_json({"database": db.engine.url.render_as_string(hide_password=True), "policy_version": version,
                   "organisation": chosen.organisation.name, "code": chosen.organisation.code,
                   "people": len(chosen.people)})
    else:
        say(f"已初始化：{chosen.organisation.name}（{chosen.organisation.code}），{len(chosen.people)} 人，策略版本 {version}")


def _restore_site_indexes(db: "Database") -> None:
    """After migration 0010 split a shared site, each organisation's index pages and feed are rendered again."""
    from ..clock import now
    from ..engine.site_rebuild import restore_indexes

    if _holds_a_policy(db):
        restored = restore_indexes(db, now())
        if restored:
            say(f"已重新生成各单位网站的目录与订阅源：{'、'.join(restored)}", err=True)


def _holds_a_policy(db: "Database") -> bool:
    """Whether the database was initialised with a policy already (without changing it)."""
    from sqlalchemy import func, inspect, select

    from ..ledger.models import PolicyVersion

    if not inspect(db.engine).has_table(PolicyVersion.__tablename__):
        return False
    with db.transaction() as session:
        return bool(session.execute(select(func.count()).select_from(PolicyVersion)).scalar())


@user_errors
def users(json_out: JsonOpt = False, actor: AsReader = None) -> None:
    """列出人员、科室和角色（给出 --as 时只列本单位）。"""
    from ..engine.people import users as list_users
    from ..wiring import acting, reader

    scope = acting(actor)
    with reader().engine.connect() as conn:
        people = list_users(conn, scope)
    if json_out:
        emit_json(people)
        return
    from ..columns import table

    for line in table([(p["username"], p["organisation"], p["name"], p["department_name"], "、".join(p["role_names"])) for p in people]):
        say(line)


@user_errors
def verify(
    pages: Annotated[Path | None, typer.Option("--pages", help="已发布网站的目录：逐页比对发布时记录的页面哈希")] = None,
    checkpoint: Annotated[str | None, typer.Option("--checkpoint", help="检查点编号或文件：证明账本延续该检查点")] = None,
    since_checkpoint: Annotated[bool, typer.Option("--since-checkpoint", help="只核验上一个已核验检查点之后变动的稿件")] = False,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="并行进程数（默认：全部 CPU 核）")] = None,
    json_out: JsonOpt = False, actor: AsReader = None,
    org: Annotated[str | None, typer.Option("--org", help="只校验一个单位（单位代码）")] = None,
) -> None:
    """校验每份稿件的哈希链并重放其历史，核对索引号、发布记录与已发布页面；发现篡改时以非零状态退出。"""
    from ..wiring import acting, reader

    if checkpoint and since_checkpoint:
        fail("--checkpoint 与 --since-checkpoint 只能选一个", 2)
    scope = acting(actor)
    if org is not None or not scope.everything:
        if checkpoint or since_checkpoint:
            fail("检查点覆盖整个平台的账本：--checkpoint/--since-checkpoint 不能与 --org 或单位人员的 --as 同用", 2)
        report = _of_one_organisation(scope, org, pages)
    elif checkpoint or since_checkpoint:
        report = _against_checkpoint(checkpoint, workers)
    else:
        from ..engine.verify_parallel import verify_all

        report = verify_all(reader(), workers, pages)
    if json_out:
        emit_json(report)
    else:
        for p in report["problems"]:
            where = "检查点" if p["item_id"] == 0 else f"稿件 {p['item_id']} 第 {p['seq']} 号事件"
            say(f"{where}：{p['problem']}")
        verdict = "全部通过" if report["ok"] else f"发现 {len(report['problems'])} 处问题"
        against = f"（对照检查点 {report['checkpoint']}）" if "checkpoint" in report else ""
        say(f"已校验 {report['items_checked']} 份稿件、{report['events_checked']} 个事件{against}：{verdict}")
    if not report["ok"]:
        raise typer.Exit(1)


def _of_one_organisation(scope: "Scope", org: str | None, pages: Path | None) -> dict:
    """`verify --org CODE` (or as a person of one organisation): that organisation's ledger on its own."""
    from ..engine.organisations import organisation_scope
    from ..engine.queries import verify as verify_scoped
    from ..wiring import reader

    with reader().reading() as session:
        if org is not None:
            scope = organisation_scope(session, org, scope)
        return verify_scoped(session, pages=pages, scope=scope)


def _against_checkpoint(reference: str | None, workers: int | None) -> dict:
    from ..clock import now
    from ..engine import checkpoints
    from ..ledger.signing import trusted_public_key
    from ..wiring import database

    key = trusted_public_key()
    if reference is None:
        return checkpoints.verify_since_checkpoint(database(), key, workers)
    chosen = int(reference) if reference.isdigit() else checkpoints.checkpoint_of_file(Path(reference))
    return checkpoints.verify_checkpoint(database(), chosen, key, now(), workers)


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
