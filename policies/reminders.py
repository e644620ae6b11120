"""The `reminders:` section of the policy file (deadline reminders and escalation)."""

from pydantic import BaseModel, ConfigDict


class ReminderSettings(BaseModel):
    """When reminders go out before a deadline and whom an overdue task escalates to."""

    model_config = ConfigDict(extra="forbid")
