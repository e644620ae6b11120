"""The platform's commands: the organisations it hosts, and its own policy file."""

from pathlib import Path

import typer

from ..output import emit_json, fail, say
from .errors import user_errors
from .options import AsReader, JsonOpt


def register(app: typer.Typer) -> None:
    app.command("orgs")(orgs)


@user_errors
def orgs(json_out: JsonOpt = False, actor: AsReader = None) -> None:
    """列出平台上的单位：代码、名称、人数、稿件数（给出 --as 时只列本人可见的单位）。"""
    from ..engine.organisations import organisations
    from ..wiring import acting, database

    scope = acting(actor)
    with database().transaction() as session:
        rows = organisations(session, scope)
    if json_out:
        emit_json(rows)
        return
    for r in rows:
        say(f"{r['code']:<12} {r['name']}  {r['people']} 人  {r['items']} 份稿件  策略版本 {r['policy_version']}")


def only_platform_admins(actor: str | None) -> None:
    """`init --as USER@platform`: adding organisations is for the platform's administrators (or the console)."""
    if actor is None:
        return
    from ..policies.scope import PLATFORM_ADMIN
    from ..wiring import acting

    if acting(actor).platform_role != PLATFORM_ADMIN:
        fail(f"只有平台管理员可以新增单位或载入策略：{actor} 不是平台管理员")


def init_platform(path: Path, json_out: bool) -> None:
    """Load the platform policy: its people, and its shared rules, which every organisation takes up."""
    from ..clock import now
    from ..ledger.migrate import upgrade
    from ..ledger.policystore import store_platform
    from ..policyfile import load_platform
    from ..wiring import database

    platform = load_platform(path)
    db = database()
    upgrade(db.engine)
    with db.transaction() as session:
        changed = store_platform(session, platform, now().isoformat())
    if json_out:
        emit_json({"platform": platform.platform.name, "administrators": len(platform.administrators),
                   "auditors": len(platform.auditors), "lexicon": len(platform.lexicon), "updated": changed})
        return
    say(f"已载入平台策略：{platform.platform.name}，管理员 {len(platform.administrators)} 人，"
        f"审计员 {len(platform.auditors)} 人，共用词条 {len(platform.lexicon)} 条"
        + (f"；已更新单位策略：{'、'.join(changed)}" if changed else ""))
