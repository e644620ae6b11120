"""What a proofreading correction may change."""

import pytest

from sanshen.policies.config import Tolerance
from sanshen.policies.errors import RuleBroken
from sanshen.policies.tolerance import changed_ratio, check_correction

TEXT = "根据清科发﹝2024﹞5号文件，定于2024年3月5日召开会议，请王芳同志准备材料，会议地点在县科技局三楼。" * 3


DEFAULT = Tolerance()


def rule(new: str, tolerance: Tolerance = DEFAULT, names: tuple[str, ...] = ("王芳",)) -> str | None:
    try:
        check_correction(TEXT, new, tolerance, list(names))
    except RuleBroken as broken:
        return broken.rule
    return None


def test_a_typo_fix_is_allowed():
    assert rule(TEXT.replace("准备材料", "准备资料", 1)) is None


def test_correcting_the_brackets_of_a_document_number_is_allowed():
    assert rule(TEXT.replace("﹝2024﹞", "〔2024〕", 1)) is None


@pytest.mark.parametrize(("new", "expected"), [
    (TEXT.replace("5号", "6号", 1), "correction_changes_doc_number"),
    (TEXT.replace("3月5日", "3月6日", 1), "correction_changes_date"),
    (TEXT.replace("三楼", "3楼", 1), "correction_changes_number"),
    (TEXT.replace("王芳", "王方", 1), "correction_changes_name"),
    ("完全重写的一段话。", "correction_too_large"),
])
def test_what_proofreading_may_not_change(new, expected):
    assert rule(new) == expected


def test_the_share_of_changed_characters_is_measured_on_the_old_text():
    assert changed_ratio("abcd", "abXd") == 0.25
    assert changed_ratio("", "") == 0.0


FILLER = "请各单位高度重视，认真组织，按时参加并做好准备工作。" * 20


def refusal(old: str, new: str, names: tuple[str, ...] = ()) -> str | None:
    try:
        check_correction(old + FILLER, new + FILLER, DEFAULT, list(names))
    except RuleBroken as broken:
        return broken.rule
    return None


def test_swapping_two_dates_is_refused_as_a_change_of_date():
    old = "定于2026年3月10日召开会议，2026年4月10日前报送材料。"
    assert refusal(old, "定于2026年4月10日召开会议，2026年3月10日前报送材料。") == "correction_changes_date"


def test_swapping_two_numbers_is_refused_as_a_change_of_number():
    assert refusal("共15项任务，须在3年内完成。", "共3项任务，须在15年内完成。") == "correction_changes_number"


def test_swapping_two_names_is_refused_as_a_change_of_name():
    old, new = "请王芳同志起草，李强同志审核。", "请李强同志起草，王芳同志审核。"
    assert refusal(old, new, names=("王芳", "李强")) == "correction_changes_name"


@pytest.mark.parametrize(("old", "new"), [
    ("比例为十五比三十。", "比例为三十比十五。"),
    ("三项任务须在五天内完成。", "五项任务须在三天内完成。"),
    ("第一要求清晰，第二要求简洁。", "第二要求清晰，第一要求简洁。"),
    ("增长百分之五，下降百分之八。", "增长百分之八，下降百分之五。"),
    ("一、总体要求 二、工作任务", "二、总体要求 一、工作任务"),
    ("（一）总体要求（二）工作任务", "（二）总体要求（一）工作任务"),
])
def test_swapping_chinese_numerals_that_are_numbers_is_refused(old, new):
    assert refusal(old, new) == "correction_changes_number"


@pytest.mark.parametrize(("old", "new"), [
    ("逾期不予受理。", "逾期一律不予受理。"),
    ("统-名称。", "统一名称。"),
    ("唯-标识。", "唯一标识。"),
    ("通常情况下。", "一般情况下。"),
    ("存在些问题。", "存在一些问题。"),
    ("进步加强管理。", "进一步加强管理。"),
    ("如果发生险情。", "万一发生险情。"),
    ("推进区域体化。", "推进区域一体化。"),
])
def test_words_written_with_a_numeral_may_be_corrected(old, new):
    assert refusal(old, new) is None
