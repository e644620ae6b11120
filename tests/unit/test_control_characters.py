"""Control characters are refused where text enters: every command object, the policy file, lexicon rows."""

import xml.etree.ElementTree as ET

import pytest

from sanshen.engine.commands import Correct, Decide, Revise, Submit
from sanshen.engine.errors import InvalidInput
from sanshen.notifications.site import PageItem, atom_feed, item_page
from sanshen.policies.config import PolicyError, parse_policy
from sanshen.policies.text import forbidden_character

HOSTILE = ["\x01", "\x1b[31m", "\x85", "\x9b", "\x7f", "\ud800", "\ufffe", "\x00", "\x0c"]


@pytest.mark.parametrize("ch", HOSTILE)
@pytest.mark.parametrize("make", [
    lambda ch: Submit("wangfang", f"标题{ch}", "正文"),
    lambda ch: Submit("wangfang", "标题", f"正文{ch}"),
    lambda ch: Submit("wangfang", "标题", "正文", source=f"转载{ch}"),
    lambda ch: Revise("wangfang", 1, f"标题{ch}", "正文"),
    lambda ch: Revise("wangfang", 1, "标题", f"正文{ch}"),
    lambda ch: Correct("fengyu", 1, f"正文{ch}"),
    lambda ch: Correct("fengyu", 1, "正文", title=f"标题{ch}"),
    lambda ch: Correct("fengyu", 1, "正文", opinion=f"意见{ch}"),
    lambda ch: Decide("approve", "linfeng", 1, opinion=f"同意{ch}"),
    lambda ch: Decide("retract", "liuyang", 1, opinion=f"撤稿{ch}"),
])
def test_every_command_refuses_a_control_character_in_every_text_it_takes(make, ch):
    with pytest.raises(InvalidInput, match="控制字符 U\\+"):
        make(ch)


def test_tabs_and_line_ends_stay_allowed_where_text_has_lines():
    Submit("wangfang", "标题", "第一段\r\n\t第二段\n")
    Decide("return", "chenjun", 1, opinion="一、错字。\n二、格式。")
    with pytest.raises(InvalidInput):
        Submit("wangfang", "标\t题", "正文")


def test_the_refusal_says_where_the_character_is():
    assert forbidden_character("第一行\n第二\x1b行") == "第 2 行第 3 个字符是不允许的控制字符 U+001B"
    assert forbidden_character("标题\x9b", multiline=False) == "第 3 个字符是不允许的控制字符 U+009B"


def test_a_control_character_anywhere_in_the_policy_is_refused_with_its_path(demo_policy):
    data = demo_policy.model_dump(mode="json")
    data["people"][3]["name"] = "赵\x1b]0;x\x07敏"
    with pytest.raises(PolicyError, match=r"org.yaml: people\.3\.name: 第 2 个字符是不允许的控制字符 U\+001B"):
        parse_policy(data, "org.yaml")
    data = demo_policy.model_dump(mode="json")
    data["roles"]["boss\x85"] = "领导"
    with pytest.raises(PolicyError, match=r"roles\.boss.: .*U\+0085"):
        parse_policy(data, "org.yaml")


def test_a_lexicon_row_with_a_control_character_is_refused(tmp_path):
    from sanshen.policyfile import load_lexicon

    (tmp_path / "words.tsv").write_text("好\t坏\x1b\tword\twarn\t来源\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="words.tsv: 第 1 条 correction: .*U\\+001B"):
        load_lexicon(tmp_path / "words.tsv")


def test_the_feed_and_pages_stay_valid_xml_even_for_text_stored_before_the_refusal():
    page = PageItem(1, "标题\x01\x1b[31m", "正文\x0b\ud800\x85", "QH-2026-00001", "proactive",
                    "2026-11-24T09:30:00+08:00", "a" * 64, "办公室", retract_reason="理由\x02")
    feed = atom_feed([page], "局\x03", "http://x.example", "2026-11-24T09:30:00+08:00")
    titles = [e.text for e in ET.fromstring(feed).iter("{http://www.w3.org/2005/Atom}title")]
    assert "标题[31m" in titles
    assert "\x85" not in item_page(page, "局") and "\x01" not in item_page(page, "局")
