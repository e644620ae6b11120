"""The `checks:` section of the policy file: which checks run, lexicon entries, masking formats."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LexiconEntry(Strict):
    """A wrong or sensitive expression, what to write instead, and where the rule comes from."""

    term: str = Field(min_length=2)
    correction: str | None = None
    category: str = "wrong_expression"
    severity: Literal["block", "warn"] = "block"
    source: str = Field(min_length=1)
    skip_punct: bool = Field(default=False, description="also match with spaces or punctuation between characters")


class Masks(Strict):
    """How each kind of personal datum is masked (all hide the birth-date digits of an ID number)."""

    id_card: Literal["keep_6_4", "keep_2_3"] = "keep_6_4"
    mobile: Literal["keep_3_4"] = "keep_3_4"
    bank_card: Literal["keep_4_4", "keep_0_4"] = "keep_4_4"
    email: Literal["keep_1"] = "keep_1"
    passport: Literal["keep_1_2"] = "keep_1_2"
    landline: Literal["keep_area_2"] = "keep_area_2"


class ChecksSettings(Strict):
    """Which content checks run and how; the defaults are the strict, documented ones."""

    confidentiality: bool = True
    sensitivity: bool = True
    privacy: bool = True
    proofreading: bool = True
    disabled_rules: tuple[str, ...] = Field(default=(), description="rule ids switched off, e.g. halfwidth_punct")
    use_default_lexicon: bool = True
    lexicon: tuple[LexiconEntry, ...] = Field(default=(), description="the agency's own entries")
    lexicon_files: tuple[str, ...] = Field(default=(), description="YAML/TSV files merged into `lexicon` at load")
    masks: Masks = Masks()
    hotlines: tuple[str, ...] = ("12345", "12315", "12348", "12333", "12320", "12319", "12369", "12366")
    header_lines: int = Field(default=8, ge=1, description="lines at the top where a bare marking counts")
