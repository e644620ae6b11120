"""The `reminders:` section of the policy file: reminders before a deadline, escalation after it."""

from pydantic import BaseModel, ConfigDict, Field


class ReminderSettings(BaseModel):
    """When reminders go out before a deadline and whom an overdue task escalates to."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    at_fractions: tuple[float, ...] = Field(default=(0.5,), description="提醒时点：期限已过去的比例")
    days_before: tuple[int, ...] = Field(default=(1,), description="提醒时点：到期前若干个工作日")
    escalate_to: dict[str, str] = Field(default_factory=dict, description="环节 → 逾期时上报的角色")
    escalate_default: str = Field(default="head_of_unit", description="未单独配置的环节逾期时上报的角色")
    statutory_warning_days: int = Field(default=3, ge=0, description="法定公开时限到期前若干个工作日提醒")
    digest_hour: int = Field(default=8, ge=0, le=23, description="每日汇总邮件的发送时刻（北京时间）")
    claim_notice: bool = Field(default=False, description="任务被认领时告知该环节的其他候选人，免得重复查看")
