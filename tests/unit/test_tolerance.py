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
