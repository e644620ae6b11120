"""The policy file: the organisation, who acts at which stage, and the rules' settings.

Validated with pydantic; every error names the path of the bad key, in Chinese.
"""

import json
import tomllib
from datetime import timedelta
from enum import StrEnum
from functools import cached_property
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..states import HUMAN_STAGES, PROOFREADING_STAGES
from .calendar import OFFICE_DAY, WorkingCalendar
from .checks.settings import ChecksSettings
from .kinds import DEFAULT_KINDS, Archive, CalendarYear, Kind
from .reminders import ReminderSettings
from .text import forbidden_character

SYSTEM_USER = "system"


class PolicyError(ValueError):
    """The policy file cannot be used; the message names the file and the bad key."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Organisation(Strict):
    name: str = Field(min_length=1)
    code: str = Field(min_length=1, pattern=r"^[0-9A-Za-z-]+$", description="索引号前缀（机构代码）")
    base_url: str = Field(default="", description="本单位网站的地址（默认 http://127.0.0.1:8000/site/单位代码）")
    mail_from: str = Field(default="sanshen@localhost", pattern=r"^[^@\s]+@[^@\s]+$", description="通知邮件发件人")

    @model_validator(mode="after")
    def own_site(self) -> "Organisation":
        """Each organisation's site is served under its code: the default address says so."""
        if not self.base_url:
            object.__setattr__(self, "base_url", f"http://127.0.0.1:8000/site/{self.code}")
        return self


class Department(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)


class Notify(StrEnum):
    immediate = "immediate"
    digest = "digest"
    none = "none"


class Person(Strict):
    username: str = Field(pattern=r"^[a-z][a-z0-9_.-]*$")
    name: str = Field(min_length=1)
    department: str
    roles: tuple[str, ...] = ()
    email: str | None = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    notify: Notify = Notify.immediate


class Scope(StrEnum):
    organisation = "organisation"
    department = "department"


class StageRule(Strict):
    roles: tuple[str, ...] = Field(min_length=1)
    scope: Scope = Scope.organisation
    deadline_days: float = Field(default=3, gt=0, description="处理时限（工作日；非整数部分按办公时间计）")
    deadline_hours: float | None = Field(default=None, gt=0, exclude=True,
                                         description="处理时限（办公小时，与 deadline_days 二选一）")

    @model_validator(mode="after")
    def hours_or_days(self) -> "StageRule":
        """`deadline_hours` instead of `deadline_days`, never both; kept as office days (eight hours each)."""
        if self.deadline_hours is None:
            return self
        if "deadline_days" in self.model_fields_set:
            raise ValueError("deadline_days 与 deadline_hours 只能填写其一")
        object.__setattr__(self, "deadline_days", self.deadline_hours / (OFFICE_DAY / timedelta(hours=1)))
        return self


class Duties(StrEnum):
    strict = "strict"
    """No person does two of the six steps (three reviews, three proofreadings)."""
    same_level = "same_level"
    """A person may do a review and the proofreading round of the same level (e.g. 复审 and 二校)."""


class Tolerance(Strict):
    max_changed_ratio: float = Field(default=0.02, ge=0, le=1)
    protect_digits: bool = True
    protect_dates: bool = True
    protect_names: bool = True
    protect_doc_numbers: bool = True


class Push(Strict):
    """The second channel: each publication and retraction pushed as signed JSON to the platform's CMS."""

    url: str = Field(pattern="^https?://", description="接收推送的 CMS 地址")
    secret_env: str = Field(default="SANSHEN_PUSH_SECRET", pattern="^[A-Z_][A-Z0-9_]*$",
                            description="存放 HMAC 密钥的环境变量名（密钥本身不写入策略文件）")
    timeout_seconds: float = Field(default=10, gt=0)


class Channel(Strict):
    type: str = Field(default="static_site", pattern="^static_site$")
    path: str = Field(default="var/site", description="sanshen worker 在本机导出网站的目录")
    push: Push | None = None


class Auth(Strict):
    """How people sign in to the web app: sessions, the sign-in limits, single sign-on by a trusted header."""

    session_idle_minutes: int = Field(default=30, gt=0, description="会话空闲超时（分钟）")
    max_failures_per_account: int = Field(default=5, gt=0, description="每个账号在时间窗内允许的登录失败次数")
    max_failures_per_address: int = Field(default=20, gt=0, description="每个地址在时间窗内允许的登录失败次数")
    failure_window_minutes: int = Field(default=15, gt=0)
    trusted_header: str | None = Field(default=None, pattern=r"^[A-Za-z0-9-]+$",
                                       description="统一身份认证网关传来的用户名请求头")
    trusted_proxies: tuple[str, ...] = Field(default=(), description="只认可来自这些地址（IP 或网段）的用户名请求头")


class Policy(Strict):
    organisation: Organisation
    roles: dict[str, str] = Field(min_length=1)
    departments: tuple[Department, ...] = Field(min_length=1)
    people: tuple[Person, ...] = Field(min_length=1)
    stages: dict[str, StageRule]
    separation_of_duties: Duties = Duties.strict
    retract_roles: tuple[str, ...] = Field(min_length=1)
    admin_roles: tuple[str, ...] = ("admin",)
    drafter_roles: tuple[str, ...] = Field(default=(), description="可以提交稿件的角色；不填则本单位人员均可提交")
    auditor_roles: tuple[str, ...] = Field(default=(), description="审计角色：可查阅全部稿件、账本和访问日志，不能做任何改动")
    statutory_days: int = Field(default=20, gt=0, description="主动公开法定时限（工作日）")
    proofreading_tolerance: Tolerance = Tolerance()
    checks: ChecksSettings = ChecksSettings()
    reminders: ReminderSettings = ReminderSettings()
    channel: Channel = Channel()
    kinds: dict[str, Kind] = Field(default_factory=lambda: dict(DEFAULT_KINDS), min_length=1)
    default_kind: str = "notice"
    archive: Archive = Archive()
    calendar: dict[int, CalendarYear] = Field(default_factory=dict, description="节假日安排（补充或覆盖日历包）")
    auth: Auth = Auth()
    templates: dict[str, str] = Field(default_factory=dict, description=(
        "单位自己的网页与邮件模板：模板名（如 site/item.html、mail/published.txt）→ 模板文件（相对策略文件）；"
        "载入时读入正文，存储的策略版本带模板正文"))

    @model_validator(mode="after")
    def references_resolve(self) -> "Policy":
        departments = {d.id for d in self.departments}
        for i, person in enumerate(self.people):
            if person.department not in departments:
                raise ValueError(f"people.{i}.department: 未知科室 '{person.department}'")
            for role in person.roles:
                if role not in self.roles:
                    raise ValueError(f"people.{i}.roles: 未知角色 '{role}'")
        seen: set[str] = set()
        for i, person in enumerate(self.people):
            if person.username in seen:
                raise ValueError(f"people.{i}.username: 用户名重复 {person.username}")
            seen.add(person.username)
        if SYSTEM_USER in seen:
            raise ValueError("people: 'system' 是系统保留用户名")
        missing = [s for s in HUMAN_STAGES if s not in self.stages]
        if missing:
            raise ValueError(f"stages: 缺少环节 {', '.join(missing)}")
        for stage, rule in self.stages.items():
            if stage not in HUMAN_STAGES:
                raise ValueError(f"stages.{stage}: 不是需要人工处理的环节")
            for role in rule.roles:
                if role not in self.roles:
                    raise ValueError(f"stages.{stage}.roles: 未知角色 '{role}'")
        for key in ("retract_roles", "admin_roles", "drafter_roles", "auditor_roles"):
            for role in getattr(self, key):
                if role not in self.roles:
                    raise ValueError(f"{key}: 未知角色 '{role}'")
        self._kinds_resolve()
        for stage, role in [*self.reminders.escalate_to.items(), ("*", self.reminders.escalate_default)]:
            if role not in self.roles:
                raise ValueError(f"reminders.escalate_to.{stage}: 未知角色 '{role}'")
        return self

    def _kinds_resolve(self) -> None:
        if self.default_kind not in self.kinds:
            raise ValueError(f"default_kind: 未知信息类别 '{self.default_kind}'")
        for kind_id, kind in self.kinds.items():
            for role in kind.interpreter_roles:
                if role not in self.roles:
                    raise ValueError(f"kinds.{kind_id}.interpreter_roles: 未知角色 '{role}'")
        if any(k.needs_interpretation for k in self.kinds.values()) and not any(
                k.interprets for k in self.kinds.values()):
            raise ValueError("kinds: 有需要解读的类别，却没有解读类别（interprets: true）")
        for year, given in self.calendar.items():
            for key in ("holidays", "workdays"):
                stray = [d for d in getattr(given, key) if d.year != year]
                if stray:
                    raise ValueError(f"calendar.{year}.{key}: 日期 {stray[0]} 不在 {year} 年")

    def needs_interpretation(self, kind: str | None) -> bool:
        found = self.kinds.get(kind or "")
        return bool(found and found.needs_interpretation)

    def kind_id(self, given: str) -> str | None:
        """The kind's id, given its id or its Chinese name."""
        if given in self.kinds:
            return given
        return next((kid for kid, k in self.kinds.items() if k.name == given), None)

    def kind_name(self, kind: str | None) -> str:
        found = self.kinds.get(kind or "")
        return found.name if found else (kind or "")

    @cached_property
    def working_calendar(self) -> WorkingCalendar:
        """The official calendar with this organisation's `calendar` years over it: its deadlines count on it."""
        return WorkingCalendar.of(self.calendar)

    @cached_property
    def people_by_username(self) -> dict[str, Person]:
        return {p.username: p for p in self.people}

    @cached_property
    def department_names(self) -> dict[str, str]:
        return {d.id: d.name for d in self.departments}

    def person(self, username: str) -> Person | None:
        return self.people_by_username.get(username)

    def candidates(self, stage: str, department: str) -> list[Person]:
        """Everyone holding a role of the stage, within the drafter's department if the stage says so."""
        key = (stage, department)
        if key not in self._candidates:
            rule = self.stages[stage]
            self._candidates[key] = [
                p for p in self.people
                if set(p.roles) & set(rule.roles)
                and (rule.scope is Scope.organisation or p.department == department)
            ]
        return list(self._candidates[key])

    @cached_property
    def _candidates(self) -> dict[tuple[str, str], list[Person]]:
        """Candidates by (stage, department), filled as asked: a policy never changes once loaded."""
        return {}

    def role_at(self, username: str, stage: str, department: str) -> str | None:
        """The role in which this person may act at the stage for an item of that department."""
        person = self.person(username)
        if person is None or stage not in self.stages:
            return None
        if all(p.username != username for p in self.candidates(stage, department)):
            return None
        return next(role for role in self.stages[stage].roles if role in person.roles)

    def names_of_organisation(self) -> list[str]:
        """Names a proofreading correction must not change: people, departments, the organisation."""
        return [self.organisation.name, *(d.name for d in self.departments), *(p.name for p in self.people)]

    def fingerprint(self) -> str:
        """A canonical JSON encoding, stored so that replay uses the policy as it stood.

        No templates of its own: no `templates` key, so a policy stored before there were any keeps its digest.
        """
        data = self.model_dump(mode="json", exclude={"templates"} if not self.templates else None)
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @property
    def proofreading_stages(self) -> tuple[str, ...]:
        return PROOFREADING_STAGES


def parse_policy(data: Any, source: str = "policy") -> Policy:
    """Validate already-parsed policy data; raise PolicyError naming the bad key."""
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: 策略文件的顶层必须是键值对")
    bad = bad_character(data)
    if bad:
        raise PolicyError(f"{source}: {bad}")
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            where = ".".join(str(part) for part in err["loc"])
            lines.append(f"{source}: {where}: {_message(err)}" if where else f"{source}: {_message(err)}")
        raise PolicyError("\n".join(lines)) from None
    problem = _cannot_work(policy)
    if problem:
        raise PolicyError(f"{source}: {problem}")
    return policy


def _cannot_work(policy: Policy) -> str | None:
    """Why a valid-looking policy could not carry items through the process, or None.

    Checked when a policy file is loaded, not when a stored version is read back for replay.
    """
    from .staffing import staffing_problem

    seen: set[str] = set()
    for i, department in enumerate(policy.departments):
        if department.id in seen:
            return f"departments.{i}.id: 科室编号重复 {department.id}"
        seen.add(department.id)
    held = {role for person in policy.people for role in person.roles}
    duties = [(f"stages.{stage}.roles", rule.roles) for stage, rule in policy.stages.items()]
    duties += [("retract_roles", policy.retract_roles)]
    duties += [(f"reminders.escalate_to.{stage}", (role,)) for stage, role in policy.reminders.escalate_to.items()]
    duties += [("reminders.escalate_default", (policy.reminders.escalate_default,))]
    for path, roles in duties:
        if not held & set(roles):
            return f"{path}: 没有人担任这些角色：{'、'.join(policy.roles[r] for r in roles)}"
    return staffing_problem(policy)


def bad_character(data: Any, path: str = "") -> str | None:
    """'path: problem' for the first key or string holding a control character, or None."""
    if isinstance(data, str):
        problem = forbidden_character(data)
        return f"{path or '(值)'}: {problem}" if problem else None
    if isinstance(data, dict):
        children: list[tuple[str, Any]] = []
        for key, value in data.items():
            where = f"{path}.{key}" if path else str(key)
            children += [(where, key), (where, value)]
    elif isinstance(data, (list, tuple)):
        children = [(f"{path}.{i}" if path else str(i), value) for i, value in enumerate(data)]
    else:
        return None
    return next((found for where, value in children if (found := bad_character(value, where))), None)


def _message(err: Any) -> str:
    kind = err["type"]
    if kind == "missing":
        return "缺少必填项"
    if kind == "extra_forbidden":
        return "不认识的键（拼写错误？）"
    if kind == "value_error":
        return str(err["msg"]).removeprefix("Value error, ")
    return f"{err['msg']}（输入：{err.get('input')!r}）"


YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's safe parser: four times the pure-Python one
MAX_YAML_NODES = 200_000
"""Nodes a YAML document may expand to, aliases counted each time they are used (no billion laughs)."""


def parse_yaml(raw: str, source: str) -> Any:
    """YAML data; a key given twice in one mapping is refused with its path (the last would win silently)."""
    loader = YAML_LOADER(raw)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        problem = _repeated_key(node, "", [MAX_YAML_NODES])
        if problem:
            raise PolicyError(f"{source}: {problem}")
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise PolicyError(f"{source}: 格式错误：{exc}") from None
    finally:
        loader.dispose()


def _repeated_key(node: yaml.Node, path: str, budget: list[int]) -> str | None:
    """'path: ...' for the first key repeated in a mapping, walking every node (aliases as often as used)."""
    budget[0] -= 1
    if budget[0] < 0:
        return f"{path or '(文档)'}: 展开后超过 {MAX_YAML_NODES} 个节点（别名引用过多）"
    if isinstance(node, yaml.MappingNode):
        lines: dict[str, int] = {}
        for key, value in node.value:
            name = str(key.value) if isinstance(key, yaml.ScalarNode) else "?"
            where = f"{path}.{name}" if path else name
            if name != "<<" and name in lines:
                return f"{where}: 键重复（第 {lines[name]} 行与第 {key.start_mark.line + 1} 行）"
            lines[name] = key.start_mark.line + 1
            found = _repeated_key(value, where, budget)
            if found:
                return found
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            found = _repeated_key(item, f"{path}.{i}" if path else str(i), budget)
            if found:
                return found
    return None


def parse_policy_text(raw: str, source: str) -> Policy:
    if source.endswith(".toml"):
        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            raise PolicyError(f"{source}: 格式错误：{exc}") from None
    else:
        data = parse_yaml(raw, source)
    return parse_policy(data, source)
