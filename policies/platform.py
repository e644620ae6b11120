"""The platform above the organisations: its administrators and auditors, and the shared rules.

A platform policy file names the platform's administrators (they add organisations and see the
operator pages of all) and auditors (they read every organisation and change nothing), a shared
lexicon (e.g. the province's list of serious errors) that every organisation's checks carry, the
checks no organisation may switch off and the rule ids or lexicon categories none may disable.
Pure: `extend` makes an organisation's policy the one the platform allows, or says why not.
"""

from typing import Any, Literal

from pydantic import Field, ValidationError

from .checks.settings import LexiconEntry, Strict
from .config import Policy, PolicyError

Check = Literal["confidentiality", "sensitivity", "privacy", "proofreading"]
CHECKS: tuple[Check, ...] = ("confidentiality", "sensitivity", "privacy", "proofreading")
RESERVED_CODE = "platform"


class Member(Strict):
    username: str = Field(pattern=r"^[a-z][a-z0-9_.-]*$")
    name: str = Field(min_length=1)
    email: str | None = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class PlatformInfo(Strict):
    name: str = Field(min_length=1)


class PlatformPolicy(Strict):
    platform: PlatformInfo
    administrators: tuple[Member, ...] = ()
    auditors: tuple[Member, ...] = ()
    lexicon: tuple[LexiconEntry, ...] = Field(default=(), description="shared entries every organisation carries")
    mandatory_checks: tuple[Check, ...] = CHECKS
    locked_rules: tuple[str, ...] = Field(default=(), description="rule ids or lexicon categories none may disable")

    def fingerprint(self) -> str:
        import json

        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def parse_platform(data: Any, source: str) -> PlatformPolicy:
    """Validate a platform policy file's data; a bad key is named with its path, as for organisations."""
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: 平台策略文件的顶层必须是键值对")
    try:
        platform = PlatformPolicy.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise PolicyError(f"{source}: {'.'.join(str(p) for p in first['loc'])}: {first['msg']}") from None
    names = [m.username for m in (*platform.administrators, *platform.auditors)]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise PolicyError(f"{source}: 平台人员重复：{', '.join(twice)}（一人只能是管理员或审计员之一）")
    return platform


def extend(platform: PlatformPolicy | None, policy: Policy, source: str = "policy") -> Policy:
    """The organisation's policy carrying the platform's lexicon; refused if it switches off what the platform locks."""
    if policy.organisation.code.lower() == RESERVED_CODE:
        raise PolicyError(f"{source}: organisation.code: 单位代码 {RESERVED_CODE!r} 留给平台本身，请换一个")
    if platform is None:
        return policy
    checks = policy.checks
    for check in platform.mandatory_checks:
        if not getattr(checks, check):
            raise PolicyError(f"{source}: checks.{check}: 平台（{platform.platform.name}）规定各单位不得关闭此项检查"
                              "（platform_locked）")
    locked = sorted(set(checks.disabled_rules) & set(platform.locked_rules))
    if locked:
        raise PolicyError(f"{source}: checks.disabled_rules: 平台规定不得停用 {', '.join(locked)}（platform_locked）")
    own = {entry.term for entry in platform.lexicon}
    lexicon = platform.lexicon + tuple(entry for entry in checks.lexicon if entry.term not in own)
    return policy.model_copy(update={"checks": checks.model_copy(update={"lexicon": lexicon})})
