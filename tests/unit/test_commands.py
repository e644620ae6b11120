"""Every command's input is one typed object, validated at the edge."""

import pytest

from sanshen.engine.commands import Correct, Revise, Submit
from sanshen.engine.errors import InvalidInput


@pytest.mark.parametrize("make", [
    lambda: Submit("wangfang", "标题\n\n另一段", "正文"),
    lambda: Revise("wangfang", 1, "标题\n\n另一段", "正文"),
    lambda: Correct("fengyu", 1, "正文", title="标题\r另一段"),
])
def test_a_title_on_more_than_one_line_is_refused_by_every_command_that_takes_one(make):
    with pytest.raises(InvalidInput, match="标题不能换行"):
        make()


def test_an_empty_body_is_refused():
    with pytest.raises(InvalidInput, match="正文不能为空"):
        Revise("wangfang", 1, "标题", "  \n")


@pytest.mark.parametrize("pin", ["", "abc", "G" * 64])
def test_a_revision_pin_that_is_not_a_sha256_is_refused_rather_than_ignored(pin):
    from sanshen.engine.commands import Decide

    with pytest.raises(InvalidInput, match="64 位十六进制"):
        Decide("approve", "linfeng", 1, expected_revision=pin)
