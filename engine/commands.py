"""Every user intent as one typed, validated input object."""

import re
from dataclasses import dataclass, fields
from datetime import date

from ..policies.grounds import DISCLOSURE_ATTRIBUTES
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


def _encodable(command: object) -> None:
    """Every text of a command can be stored: a lone surrogate (an undecodable byte in argv) is refused."""
    for field in fields(command):  # type: ignore[arg-type]
        value = getattr(command, field.name)
        if isinstance(value, str) and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                what = FIELD_NAMES.get(field.name, field.name)
                raise InvalidInput(f"{what}含有无法识别的字符（不是有效的 UTF-8 文本），请检查输入的编码") from None


def _text(value: str, what: str, limit: int) -> str:
    if not value or not value.strip():
        raise InvalidInput(f"{what}不能为空")
    if len(value) > limit:
        raise InvalidInput(f"{what}过长（最多 {limit} 个字符）")
    if "\x00" in value:
        raise InvalidInput(f"{what}含有非法的空字符")
    return value


def _title(value: str) -> str:
    """A title: not empty, not too long, on one line (the checked text is title, blank line, body)."""
    _text(value, "标题", MAX_TITLE)
    if "\n" in value.strip() or "\r" in value.strip():
        raise InvalidInput("标题不能换行")
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
        _encodable(self)
        _title(self.title)
        _text(self.body, "正文", MAX_BODY)
        if len(self.source) > MAX_SOURCE:
            raise InvalidInput(f"来源过长（最多 {MAX_SOURCE} 个字符）")
        if self.formed_on is not None and self.formed_on < EARLIEST_FORMED_ON:
            raise InvalidInput(f"信息形成日期 {self.formed_on} 早于 {EARLIEST_FORMED_ON}，不是可信的日期，请核对")
        if self.disclosure not in DISCLOSURE_ATTRIBUTES:
            raise InvalidInput(f"公开属性必须是 {', '.join(DISCLOSURE_ATTRIBUTES)} 之一")


@dataclass(frozen=True)
class Revise:
    actor: str
    item_id: int
    title: str
    body: str

    def __post_init__(self) -> None:
        _encodable(self)
        _title(self.title)
        _text(self.body, "正文", MAX_BODY)


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
        _encodable(self)
        if self.ground is not None and self.event != "refuse":  # stored with the event: only where it means something
            raise InvalidInput("只有“不予发布”需要选择法定理由")
        if self.assignee is not None and self.event != "release":
            raise InvalidInput("只有“放弃认领/转交”可以指定转交对象")
        if self.opinion is not None and len(self.opinion) > 20_000:
            raise InvalidInput("意见过长（最多 20000 个字符）")
        if self.expected_revision is not None:  # a hash is the same in capitals and with spaces around
            object.__setattr__(self, "expected_revision", self.expected_revision.strip().lower())
        if self.expected_revision is not None and not SHA256.fullmatch(self.expected_revision):
            raise InvalidInput(f"版本哈希应为 64 位十六进制数：{self.expected_revision!r}")


@dataclass(frozen=True)
class Correct:
    actor: str
    item_id: int
    body: str
    title: str | None = None
    opinion: str | None = None

    def __post_init__(self) -> None:
        _encodable(self)
        _text(self.body, "正文", MAX_BODY)
        if self.title is not None:
            _title(self.title)
