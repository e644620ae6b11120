"""The `checks:` section of the policy file (content checks, lexicons, masks)."""

from pydantic import BaseModel, ConfigDict


class ChecksSettings(BaseModel):
    """Which content checks run and how; the defaults are the strict, documented ones."""

    model_config = ConfigDict(extra="forbid")
