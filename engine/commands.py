"""Every user intent as one typed, validated input object."""

import re
from dataclasses import dataclass, fields
from datetime import date

from ..policies.grounds import DISCLOSURE_ATTRIBUTES
from ..policies.text import forbidden_character
from .errors import InvalidInput

MAX_TITLE = 500
SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_BODY = 2_000_000
MAX_SOURCE = 500
EARLIEST_FORMED_ON = date(1949, 10, 1)
"""No information an organisation publishes today was formed before the People's Republic was founded."""


FIELD_NAMES = {"actor": "用户名", "title": "标题", "body": "正文", "opinion": "意见", "source": "来源",
               "ground": "理由", "assignee": "转交对象", "expected_revision": "版本哈希", "disclosure": "公开属性",
               "event": "操作"}


def _every_text_storable(command: object) -> None:
    """No text of a command, whatever its field (user names too), holds a control character or a lone
    surrogate (an undecodable byte of a command line): checked after the fields' own checks."""
    for field in fields(command):  # type: ignore[arg-type]
        value = getattr(command, field.name)
        if isinstance(value, str):
            _characters(value, FIELD_NAMES.get(field.name, field.name))


def _text(value: str, what: str, limit: int) -> str:
    if not value or not value.strip():
        raise InvalidInput(f"{what}不能为空")
    if len(value) > limit:
        raise InvalidInput(f"{what}过长（最多 {limit} 个字符）")
    _characters(value, what)
    return value


def _characters(value: str | None, what: str, multiline: bool = True) -> None:
    """Refuse text holding a control character (XML 1.0 and terminals must not see them)."""
    problem = forbidden_character(value, multiline) if value else None
    if problem:
        raise InvalidInput(f"{what}{problem}，请删除后重试")


def _title(value: str) -> str:
    """A title: not empty, not too long, on one line (the checked text is title, blank line, body)."""
    _text(value, "标题", MAX_TITLE)
    if "\n" in value.strip() or "\r" in value.strip():
        raise InvalidInput("标题不能换行")
    _characters(value.strip(), "标题", multiline=False)
    return value


@dataclass(frozen=True)
class Submit:
    actor: str
    title: str
    body: str
    disclosure: str = "proactive"
    source: str = ""
    formed_on: date | None = None

    def __post_init__(self) -> None:
        _title(self.title)
        _text(self.body, "正文", MAX_BODY)
        _characters(self.source, "来源", multiline=False)
        if self.source and len(self.source) > MAX_SOURCE:
            raise InvalidInput(f"来源过长（最多 {MAX_SOURCE} 个字符）")
        if self.formed_on is not None and self.formed_on < EARLIEST_FORMED_ON:
            raise InvalidInput(f"信息形成日期 {self.formed_on} 早于 {EARLIEST_FORMED_ON}，不是可信的日期，请核对")
        if self.disclosure not in DISCLOSURE_ATTRIBUTES:
            raise InvalidInput(f"公开属性必须是 {', '.join(DISCLOSURE_ATTRIBUTES)} 之一")
        _every_text_storable(self)


@dataclass(frozen=True)
class Revise:
    actor: str
    item_id: int
    title: str
    body: str

    def __post_init__(self) -> None:
        _title(self.title)
        _text(self.body, "正文", MAX_BODY)
        _every_text_storable(self)


@dataclass(frozen=True)
class Decide:
    """A decision on an item at its current stage: approve, return, refuse, claim, release, withdraw, retract."""

    event: str
    actor: str
    item_id: int
    opinion: str | None = None
    ground: str | None = None
    assignee: str | None = None
    expected_revision: str | None = None

    def __post_init__(self) -> None:
        if self.ground is not None and self.event != "refuse":  # stored with the event: only where it means something
            raise InvalidInput("只有“不予发布”需要选择法定理由")
        if self.assignee is not None and self.event != "release":
            raise InvalidInput("只有“放弃认领/转交”可以指定转交对象")
        if self.opinion is not None and len(self.opinion) > 20_000:
            raise InvalidInput("意见过长（最多 20000 个字符）")
        _characters(self.opinion, "意见")
        if self.expected_revision is not None:  # a hash is the same in capitals and with spaces around
            object.__setattr__(self, "expected_revision", self.expected_revision.strip().lower())
        if self.expected_revision is not None and not SHA256.fullmatch(self.expected_revision):
            raise InvalidInput(f"版本哈希应为 64 位十六进制数：{self.expected_revision!r}")
        _every_text_storable(self)


@dataclass(frozen=True)
class Correct:
    actor: str
    item_id: int
    body: str
    title: str | None = None
    opinion: str | None = None

    def __post_init__(self) -> None:
        _text(self.body, "正文", MAX_BODY)
        if self.title is not None:
            _title(self.title)
        if self.opinion is not None and len(self.opinion) > 20_000:
            raise InvalidInput("意见过长（最多 20000 个字符）")
        _characters(self.opinion, "意见")
        _every_text_storable(self)
