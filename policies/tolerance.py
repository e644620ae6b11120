"""How much a proofreading correction may change before it must go back to drafting."""

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from .config import Tolerance
from .errors import RuleBroken

NUMERAL_RUN = re.compile(r"(?P<arabic>[0-9０-９]+[十百千万亿]*)|[〇○零一二三四五六七八九十百千万亿]+")
UNIT_OR_MARK = re.compile(
    r"小时|分钟|分之|公里|公顷|平方|立方"
    r"|[年月日号天周岁个项条款章节次名人户家位件份张页篇册套种类级批期届轮场例宗笔组座栋层楼间所台辆亩吨米斤克元角%％‰倍成季、）)]"
)
WORD_BEFORE_ONE = frozenset("统唯同单划专归逐")
MAGNITUDES = "百千万亿"
DATE = re.compile(r"\d{2,4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?|\d{4}[-./]\d{1,2}[-./]\d{1,2}")
DOC_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,10})[〔﹝［\[【(（]\s*(\d{2,4})\s*[〕﹞］\]】)）]\s*第?\s*0*(\d*)\s*[号號]")


def changed_ratio(old: str, new: str) -> float:
    """The share of characters of the old text that the correction touches (replaced, deleted or inserted)."""
    if not old:
        return 1.0 if new else 0.0
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    changed = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")
    return changed / len(old)


def _doc_numbers(text: str) -> list[str]:
    """The document numbers of a text in order, without their bracket form, which may be corrected."""
    return ["|".join(m.groups()) for m in DOC_NUMBER.finditer(text)]


def _dates(text: str) -> list[str]:
    """The dates of a text in order."""
    return [m.group(0) for m in DATE.finditer(text)]


def _char_before(text: str, run: re.Match[str]) -> str:
    """The character just before a run, or nothing at the start of the text."""
    return text[run.start() - 1] if run.start() else ""


def _part_of_a_word(text: str, run: re.Match[str]) -> bool:
    """Whether a lone 一 ends a word such as 统一 or 唯一 rather than counting something."""
    return run.group(0) == "一" and _char_before(text, run) in WORD_BEFORE_ONE


def _counts_or_ranks(text: str, run: re.Match[str]) -> bool:
    """Whether numerals count a unit (十五天, 三项), rank (第一), make a fraction (百分之五) or number a heading (一、)."""
    return text.endswith(("第", "分之"), 0, run.start()) or UNIT_OR_MARK.match(text, run.end()) is not None


def _reads_as_number(numerals: str) -> bool:
    """Whether Chinese numerals make a number on their own (二〇二四, 十五), unlike 万一, 千万 or 一一."""
    return len(numerals) > 1 and numerals[0] not in MAGNITUDES and len(set(numerals)) > 1


def _is_number(text: str, run: re.Match[str]) -> bool:
    """Whether a run of numerals is a number, so that words such as 一律, 统一 or 万一 stay correctable."""
    if run.group("arabic"):
        return True
    if _part_of_a_word(text, run):
        return False
    return _counts_or_ranks(text, run) or _reads_as_number(run.group(0))


def _numbers(text: str) -> list[str]:
    """The numbers of a text in order: Arabic digits, and Chinese numerals where they are numbers."""
    return [m.group(0) for m in NUMERAL_RUN.finditer(text) if _is_number(text, m)]


def _names_in_order(text: str, names: list[str]) -> list[str]:
    """Every occurrence of the names in a text, in order, the longest name winning where names overlap."""
    distinct = sorted({name for name in names if name}, key=len, reverse=True)
    if not distinct:
        return []
    return re.findall("|".join(map(re.escape, distinct)), text)


def _first_difference(before: list[str], after: list[str]) -> str:
    """The first value where two differing sequences part: the old one, or the new one past the old's end."""
    for i, value in enumerate(before):
        if i >= len(after) or after[i] != value:
            return value
    return after[len(before)]


def _check_names(old: str, new: str, names: list[str]) -> None:
    """Raise RuleBroken when a correction changes, adds, removes or reorders a name."""
    before, after = _names_in_order(old, names), _names_in_order(new, names)
    if before != after:
        name = _first_difference(before, after)
        raise RuleBroken("correction_changes_name", f"校对修改不得改动人名或机构名称“{name}”")


def check_correction(old: str, new: str, tolerance: Tolerance, names: list[str]) -> None:
    """Raise RuleBroken when a correction exceeds what proofreading may change."""
    ratio = changed_ratio(old, new)
    if ratio > tolerance.max_changed_ratio:
        raise RuleBroken(
            "correction_too_large",
            f"校对修改幅度 {ratio:.1%} 超过允许的 {tolerance.max_changed_ratio:.1%}，请退回起草环节修改",
        )
    guarded: list[tuple[bool, Callable[[str], list[str]], str, str]] = [
        (tolerance.protect_doc_numbers, _doc_numbers, "correction_changes_doc_number", "发文字号"),
        (tolerance.protect_dates, _dates, "correction_changes_date", "日期"),
        (tolerance.protect_digits, _numbers, "correction_changes_number", "数字"),
    ]
    for enabled, protected, rule, what in guarded:
        if enabled and protected(old) != protected(new):
            raise RuleBroken(rule, f"校对修改不得改动{what}，请退回起草环节修改")
    if tolerance.protect_names:
        _check_names(old, new, names)
