"""The `checks:` section of the policy file: which checks run, lexicon entries, masking formats."""

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

KNOWN_RULE_IDS: dict[str, tuple[str, ...]] = {
    "confidentiality": ("state_secret_marking", "internal_marking"),
    "sensitivity": ("country_name", "party_name", "body_name", "formulation", "outdated_body", "wrong_expression"),
    "privacy": ("id_card", "id_card_invalid", "mobile", "bank_card", "passport", "landline", "email"),
    "proofreading": (
        "doc_number_brackets", "doc_number_year", "doc_number_serial", "doc_number_missing_serial", "date_format",
        "date_year", "date_exists", "chinese_year_zero", "heading_levels", "classification_mark_numerals",
        "nested_title_marks", "enumeration_comma_between_marks", "range_dash", "halfwidth_punct", "unbalanced_marks",
        "template_placeholder", "conversion_residue", "garbled_text", "foreign_boilerplate",
    ),
}


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
    use_default_lexicon: bool = True
    lexicon: tuple[LexiconEntry, ...] = Field(default=(), description="the agency's own entries")
    lexicon_files: tuple[str, ...] = Field(default=(), description="YAML/TSV files merged into `lexicon` at load")
    disabled_rules: tuple[str, ...] = Field(default=(), description="rule ids switched off, e.g. halfwidth_punct")
    masks: Masks = Masks()
    hotlines: tuple[str, ...] = ("12345", "12315", "12348", "12333", "12320", "12319", "12369", "12366")
    header_lines: int = Field(default=8, ge=1, description="lines at the top where a bare marking counts")

    @field_validator("disabled_rules")
    @classmethod
    def rules_exist(cls, disabled: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        """Every switched-off rule is a rule id or a lexicon category; a stored policy version is read as it stood."""
        # The categories of lexicon files are known once the files are read: sanshen.policyfile checks them then.
        if info.data.get("lexicon_files") or (info.context or {}).get("stored_policy"):
            return disabled
        unknown = unknown_rule_ids(disabled, info.data.get("lexicon", ()))
        if unknown:
            raise ValueError(unknown_rules_message(unknown))
        return disabled


def unknown_rule_ids(disabled: Iterable[str], lexicon: Iterable[LexiconEntry]) -> list[str]:
    """The switched-off rule ids that no check reports and no lexicon entry has as its category."""
    known = {rule_id for rule_ids in KNOWN_RULE_IDS.values() for rule_id in rule_ids}
    known |= {entry.category for entry in lexicon}
    return [rule_id for rule_id in disabled if rule_id not in known]


def unknown_rules_message(unknown: list[str]) -> str:
    """The error naming the unknown rule ids and listing the known ones, check by check."""
    listed = "；".join(f"{check}: {', '.join(rule_ids)}" for check, rule_ids in KNOWN_RULE_IDS.items())
    return f"未知的规则编号 {', '.join(repr(r) for r in unknown)}（可用的规则编号：{listed}；以及词表条目的 category）"
