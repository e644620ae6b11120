"""Residue that must never be published: template placeholders, conversion residue, garbled text,
another site's page furniture. All but the placeholders block publication.
"""

import re
from collections.abc import Iterator

from ..findings import Finding
from .rulebook import CJK, finding, rule

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
PLACEHOLDER = re.compile(
    rf"(?<![A-Za-z])[xX×Ｘ]{{2,}}(?=[{CJK}（(〔])|×{{2,}}|(?<![{SURNAMES}])某某|[○〇]{{3,}}(?=[{CJK}])")


@rule("template_placeholder")
def template_placeholder(text: str) -> Iterator[Finding]:
    for m in PLACEHOLDER.finditer(text):
        yield finding("template_placeholder", m, f"“{m.group(0)}”是未替换的模板占位符")


RESIDUE = re.compile(r"\[bookmark:[^\]\n]*\]|_GoBack|\{\\[a-z]+[^}\n]*\}|<\/?(?:span|div|p|font)[^>\n]*>|&nbsp;")


@rule("conversion_residue")
def conversion_residue(text: str) -> Iterator[Finding]:
    for m in RESIDUE.finditer(text):
        yield finding("conversion_residue", m, f"“{m.group(0)}”是文档转换残留，不得发布", "", "block")


TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
PINYIN = "a-zü" + TONED
TONED_SYLLABLE = rf"(?=[{PINYIN}]{{1,6}}\))[{PINYIN}]*[{TONED}][{PINYIN}]*"
GARBLED = re.compile(rf"(?<=[{CJK}])\({TONED_SYLLABLE}\)|(?<=[{CJK}])\?[{PINYIN}]{{1,6}}\)|\?{TONED_SYLLABLE}\)"
                     r"|\ufffd+|[锟斤拷]{3,}|(?:鈥|銆|锛|鍙|鐨){2,}")


@rule("garbled_text")
def garbled_text(text: str) -> Iterator[Finding]:
    for m in GARBLED.finditer(text):
        yield finding("garbled_text", m, f"“{m.group(0)}”是乱码或拼音残留，不得发布", "", "block")


BOILERPLATE = re.compile(
    r"^[ \t•·]*(?:举报|文档评论|VIP精品文档|下载积分|原创力文档|人人文库|豆丁网|约[ \t]*[\d.]+[ \t]*千字|约[ \t]*\d+[ \t]*页"
    r"|\d{4}-\d{2}-\d{2}[ \t]*发布于\S*|\d+)[ \t]*$|^[^\n]*\.docx?VIP[ \t]*$", re.MULTILINE)


@rule("foreign_boilerplate")
def foreign_boilerplate(text: str) -> Iterator[Finding]:
    lines = text.split("\n")
    near_sharing_site = any("VIP" in line or "文档评论" in line or "千字" in line for line in lines[:15])
    for m in BOILERPLATE.finditer(text):
        is_bare_number = m.group(0).strip().lstrip("•· ").isdigit()
        if is_bare_number and not (near_sharing_site and m.group(0).lstrip().startswith("•")):
            continue
        if m.group(0).strip():
            yield finding("foreign_boilerplate", m, "这是其他网站的页面元素，不得发布", "", "block")
