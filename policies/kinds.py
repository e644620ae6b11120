"""Kinds of item (通知公告, 政策文件, 政策解读 ...), archive transfer and calendar settings of the policy file."""

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Kind(_Strict):
    """A kind of item; `needs_interpretation` kinds are published only with their interpretation (解读三同步)."""

    name: str = Field(min_length=1)
    needs_interpretation: bool = False
    interprets: bool = Field(default=False, description="本类信息是对政策文件的解读")
    forms: tuple[str, ...] = Field(default=(), description="解读形式：文字解读、图表图解、音视频 ...")
    interpreter_roles: tuple[str, ...] = Field(default=(), description="可起草解读的角色；不填则由政策文件撰稿人解读")


DEFAULT_KINDS: dict[str, Kind] = {
    "notice": Kind(name="通知公告"),
    "work_news": Kind(name="工作动态"),
    "policy_document": Kind(name="政策文件", needs_interpretation=True),
    "policy_interpretation": Kind(name="政策解读", interprets=True, forms=("文字解读", "图表图解", "音视频")),
    "personnel": Kind(name="人事信息"),
}


class ArchivePeriod(StrEnum):
    monthly = "monthly"
    twice_monthly = "twice_monthly"
    quarterly = "quarterly"


class Archive(_Strict):
    """Periodic transfer of published originals to the archives (DOMAIN.md, Time limits)."""

    period: ArchivePeriod = ArchivePeriod.monthly
    path: str = "var/archive"


class CalendarYear(_Strict):
    """The official calendar of one year, as the State Council announces it: holidays and make-up working days."""

    holidays: tuple[date, ...] = ()
    workdays: tuple[date, ...] = Field(default=(), description="调休上班日")
    source: str = ""


CHANNELS: dict[str, str] = {"website": "政府网站", "new_media": "政务新媒体", "newspaper": "报刊",
                            "notice_board": "公开栏", "other": "其他"}
