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
from .calendar import OFFICE_DAY
from .checks.settings import ChecksSettings
from .reminders import ReminderSettings

SYSTEM_USER = "system"


class PolicyError(ValueError):
    """The policy file cannot be used; the message names the file and the bad key."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Organisation(Strict):
    name: str = Field(min_length=1)
    code: str = Field(min_length=1, pattern=r"^[0-9A-Za-z-]+$", description="索引号前缀（机构代码）")
    base_url: str = "http://127.0.0.1:8000/site"
    mail_from: str = Field(default="sanshen@localhost", pattern=r"^[^@\s]+@[^@\s]+$", description="通知邮件发件人")


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


class Channel(Strict):
    type: str = Field(default="static_site", pattern="^static_site$")
    path: str = "var/site"


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
    auth: Auth = Auth()

    @model_validator(mode="after")
    def references_resolve(self) -> "Policy":
        departments = {d.id for d in self.departments}
        for i, person in enumerate(self.people):
            if person.department not in departments:
                raise ValueError(f"people[{i}].department: 未知科室 '{person.department}'")
            for role in person.roles:
                if role not in self.roles:
                    raise ValueError(f"people[{i}].roles: 未知角色 '{role}'")
        usernames = [p.username for p in self.people]
        duplicates = sorted({u for u in usernames if usernames.count(u) > 1})
        if duplicates:
            raise ValueError(f"people: 用户名重复 {', '.join(duplicates)}")
        if "system" in usernames:
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
        for stage, role in [*self.reminders.escalate_to.items(), ("*", self.reminders.escalate_default)]:
            if role not in self.roles:
                raise ValueError(f"reminders.escalate_to.{stage}: 未知角色 '{role}'")
        return self

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
        """A canonical JSON encoding, stored so that replay uses the policy as it stood."""
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @property
    def proofreading_stages(self) -> tuple[str, ...]:
        return PROOFREADING_STAGES


def parse_policy(data: Any, source: str = "policy") -> Policy:
    """Validate already-parsed policy data; raise PolicyError naming the bad key."""
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: 策略文件的顶层必须是键值对")
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            where = ".".join(str(part) for part in err["loc"])
            lines.append(f"{source}: {where}: {_message(err)}" if where else f"{source}: {_message(err)}")
        raise PolicyError("\n".join(lines)) from None


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


def parse_policy_text(raw: str, source: str) -> Policy:
    try:
        data = tomllib.loads(raw) if source.endswith(".toml") else yaml.load(raw, Loader=YAML_LOADER)
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        raise PolicyError(f"{source}: 格式错误：{exc}") from None
    return parse_policy(data, source)
