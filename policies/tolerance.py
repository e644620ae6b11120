"""How much a proofreading correction may change before it must go back to drafting."""

import re
from difflib import SequenceMatcher

from .config import Tolerance
from .errors import RuleBroken

DIGITS = re.compile(r"[0-9０-９〇○零一二三四五六七八九十百千万亿]+")
DATE = re.compile(r"\d{2,4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?|\d{4}[-./]\d{1,2}[-./]\d{1,2}")
DOC_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,10})[〔﹝［\[【(（]\s*(\d{2,4})\s*[〕﹞］\]】)）]\s*第?\s*0*(\d*)\s*[号號]")


def changed_ratio(old: str, new: str) -> float:
    """The share of characters of the old text that the correction touches (replaced, deleted or inserted)."""
    if not old:
        return 1.0 if new else 0.0
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    changed = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")
    return changed / len(old)


def _protected(pattern: re.Pattern[str], text: str) -> list[str]:
    """What a pattern protects in a text; a document number's bracket form may be corrected."""
    if pattern is DOC_NUMBER:
        return sorted("|".join(m.groups()) for m in pattern.finditer(text))
    return sorted(m.group(0) for m in pattern.finditer(text))


def check_correction(old: str, new: str, tolerance: Tolerance, names: list[str]) -> None:
    """Raise RuleBroken when a correction exceeds what proofreading may change."""
    ratio = changed_ratio(old, new)
    if ratio > tolerance.max_changed_ratio:
        raise RuleBroken(
            "correction_too_large",
            f"校对修改幅度 {ratio:.1%} 超过允许的 {tolerance.max_changed_ratio:.1%}，请退回起草环节修改",
        )
    guarded = [
        (tolerance.protect_doc_numbers, DOC_NUMBER, "correction_changes_doc_number", "发文字号"),
        (tolerance.protect_dates, DATE, "correction_changes_date", "日期"),
        (tolerance.protect_digits, DIGITS, "correction_changes_number", "数字"),
    ]
    for enabled, pattern, rule, what in guarded:
        if enabled and _protected(pattern, old) != _protected(pattern, new):
            raise RuleBroken(rule, f"校对修改不得改动{what}，请退回起草环节修改")
    if tolerance.protect_names:
        for name in names:
            if old.count(name) != new.count(name):
                raise RuleBroken("correction_changes_name", f"校对修改不得改动人名或机构名称“{name}”")
