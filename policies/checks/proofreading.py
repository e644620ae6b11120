"""The proofreading rules a machine can check (GB/T 9704, GB/T 15834, GB/T 15835).

Each rule is a function from the text to findings, registered under the rule ids it reports (rulebook);
the policy may switch any of them off. The rules of form here warn; the residue rules (residue.py)
mostly block.
"""

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from ..findings import Finding
from . import residue  # noqa: F401  (registers the residue rules)
from .confidentiality import lines_with_offsets
from .rulebook import CJK, RULES, finding, rule
from .simplified import to_simplified

DOC_NUMBER = re.compile(
    rf"(?<=[{CJK}])\s*([〔﹝［\[【(（])\s*(\d{{2,4}})\s*([〕﹞］\]】)）])\s*(第?)\s*(\d*)\s*([号號])")
ISSUER = re.compile(rf"[{CJK}]{{1,12}}$")
BEFORE_ISSUER = re.compile(
    "依据|根据|按照|依照|参照|遵照|对照|结合|贯彻|落实|执行|印发|转发|关于|通过|以及|文件|精神|要求|规定|通知"
    "|[和及与或并暨同见按据照由在于对将把是为即等的了之号]"
)


@dataclass(frozen=True)
class DocNumber:
    """A document number (发文字号) found in the text: issuer, brackets, year, 第, serial, 号."""

    start: int
    end: int
    text: str
    issuer: str
    groups: tuple[str, ...]

    def group(self, n: int) -> str:
        return self.issuer if n == 1 else self.groups[n - 2]


def doc_numbers(text: str) -> Iterator[DocNumber]:
    """Every document number, from its issuer (科发, 国办秘函) to 号; the words before the issuer left out."""
    for m in DOC_NUMBER.finditer(text):
        run = ISSUER.search(text, max(0, m.start() - 12), m.start())
        if not run:
            continue
        start = run.start() + _issuer_offset(to_simplified(run.group(0)))
        if start < m.start():
            yield DocNumber(start, m.end(), text[start:m.end()], text[start:m.start()], m.groups())


def _issuer_offset(words: str) -> int:
    """Where the issuer begins in the characters before a bracket: after the last function word (依据, 和, 号)."""
    stops = list(BEFORE_ISSUER.finditer(words))
    return stops[-1].end() if stops else 0


def doc_finding(rule_id: str, d: DocNumber, message: str, suggestion: str | None = None) -> Finding:
    return Finding("proofreading", rule_id, "warn", d.start, d.end, d.text, message, suggestion)


@rule("doc_number_brackets", "doc_number_year", "doc_number_serial", "doc_number_missing_serial")
def doc_number_rules(text: str) -> Iterator[Finding]:
    """Brackets, full year, serial without 第 or leading zero, missing serial: one pass, four rule ids."""
    for d in doc_numbers(text):
        if d.group(2) != "〔" or d.group(4) != "〕":
            yield doc_finding("doc_number_brackets", d, "发文字号的年份应使用六角括号〔〕", _doc_number(d))
        if len(d.group(3)) != 4:
            yield doc_finding("doc_number_year", d, "发文字号的年份应写全称（四位数字）")
        serial = d.group(6)
        if not serial:
            yield doc_finding("doc_number_missing_serial", d, "发文字号缺少序号")
        elif d.group(5) or serial.startswith("0"):
            yield doc_finding("doc_number_serial", d, "发文字号的序号不加“第”字、不编虚位（如 5号，不写 第5号、05号）",
                              _doc_number(d))


def _doc_number(d: DocNumber) -> str | None:
    serial = d.group(6).lstrip("0")
    if not serial or len(d.group(3)) != 4:
        return None
    return f"{d.group(1)}〔{d.group(3)}〕{serial}{d.group(7)}"


DOTTED_DATE = re.compile(r"(?<![0-9A-Za-z.．])(\d{4})[.．/](\d{1,2})[.．/](\d{1,2})(?![0-9A-Za-z.．])")
DASHED_DATE = re.compile(r"(?<![0-9A-Za-z.\-])((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?![0-9A-Za-z.\-])")
PADDED_DATE = re.compile(r"(?<!\d)(\d{4})年(0\d|\d{1,2})月(0\d|\d{1,2})日")
SHORT_YEAR = re.compile(r"(?<![\d〔﹝［\[（(])(\d{2})年(\d{1,2})月")
CHINESE_TEXT = re.compile(rf"[{CJK}\u3000-\u303f\uff00-\uffef]")
ARABIC_DATE = re.compile(r"(?:(?<!\d)(\d{4})年)?(?<!\d)(\d{1,2})月(\d{1,2})日")
CHINESE_DIGITS = "〇○零0OＯ一二三四五六七八九"
CHINESE_DATE = re.compile(rf"(?:([{CHINESE_DIGITS}]{{4}})年)?(?<![一二三四五六七八九十])([一二三四五六七八九十]{{1,2}})月"
                          r"([一二三四五六七八九十]{1,3})日")
ZEROS = {c: "〇" for c in "○零0OＯ"}
LEAP_YEAR = 2000


@rule("date_format", "date_year")
def date_format(text: str) -> Iterator[Finding]:
    """Dates not written 2024年1月5日: dotted, slashed, dashed in Chinese text, zero-padded; short years."""
    for m in DOTTED_DATE.finditer(text):
        if _plausible_date(m):
            yield finding("date_format", m, "日期应写作“××××年×月×日”", _written_out(m))
    for m in DASHED_DATE.finditer(text):
        if _plausible_date(m) and _in_chinese_text(text, m):
            yield finding("date_format", m, "中文行文中的日期应写作“××××年×月×日”", _written_out(m))
    for m in PADDED_DATE.finditer(text):
        if _plausible_date(m) and (_padded(m.group(2)) or _padded(m.group(3))):
            yield finding("date_format", m, "日期中的月、日不编虚位（不写 01月05日）", _written_out(m))
    for m in SHORT_YEAR.finditer(text):
        yield finding("date_year", m, "年份应写全（如 2024年，不写 24年）")


def _plausible_date(m: re.Match[str]) -> bool:
    """A month from 1 to 12 and a day from 1 to 31 (whether the day exists is `date_exists`'s question)."""
    return 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31


def _padded(number: str) -> bool:
    return len(number) == 2 and number.startswith("0")


def _written_out(m: re.Match[str]) -> str:
    return f"{int(m.group(1))}年{int(m.group(2))}月{int(m.group(3))}日"


def _in_chinese_text(text: str, m: re.Match[str]) -> bool:
    """Whether a Chinese character or full-width punctuation mark stands right before or after the match."""
    neighbours = (text[m.start() - 1:m.start()], text[m.end():m.end() + 1])
    return any(CHINESE_TEXT.fullmatch(ch) for ch in neighbours if ch)


@rule("date_exists")
def date_exists(text: str) -> Iterator[Finding]:
    """Dates that do not exist, in Arabic or Chinese numerals; without a year, 2月29日 may exist."""
    for m in ARABIC_DATE.finditer(text):
        if not _exists(m.group(1), int(m.group(2)), int(m.group(3))):
            yield finding("date_exists", m, f"日期“{m.group(0)}”不存在")
    for m in CHINESE_DATE.finditer(text):
        year = m.group(1) and "".join(str(NUMERALS[ZEROS.get(c, c)]) for c in m.group(1))
        month, day = _chinese_number(m.group(2)), _chinese_number(m.group(3))
        if month is not None and day is not None and not _exists(year, month, day):
            yield finding("date_exists", m, f"日期“{m.group(0)}”不存在")


def _exists(year: str | None, month: int, day: int) -> bool:
    """Whether the date exists; without a year, in some year (a leap year: 2月29日 may exist)."""
    try:
        date(int(year) if year else LEAP_YEAR, month, day)
    except ValueError:
        return False
    return True


CHINESE_YEAR = re.compile(r"[一二][〇○0OＯ零][一二三四五六七八九〇○0OＯ零]{2}年")


@rule("chinese_year_zero")
def chinese_year_zero(text: str) -> Iterator[Finding]:
    """0, O and 零 are wrong; ○ (DOMAIN.md) and 〇 (U+3007, as GB/T 15835-2011 prints it) are both right."""
    for m in CHINESE_YEAR.finditer(text):
        wrong = set(m.group(0)) & set("0OＯ零")
        if wrong:
            fixed = re.sub("[0OＯ零]", "○", m.group(0))
            yield finding("chinese_year_zero", m, "汉字数字年份中的“零”应写作“○”", fixed)


HEADINGS = [
    (re.compile(r"^\s*([一二三四五六七八九十]+)[.．,，]"), "一级标题序号后应用顿号（如“一、”）", "{0}、"),
    (re.compile(r"^\s*（([一二三四五六七八九十]+)）[、.．]"), "二级标题（一）后不加标点", "（{0}）"),
    (re.compile(r"^\s*\(([一二三四五六七八九十]+)\)"), "二级标题应使用全角括号（一）", "（{0}）"),
    (re.compile(r"^\s*(\d{1,2})、"), "三级标题应写作“1.”", "{0}."),
]


@rule("heading_levels")
def heading_levels(text: str) -> Iterator[Finding]:
    for _, offset, line in lines_with_offsets(text):
        for pattern, message, template in HEADINGS:
            m = pattern.match(line)
            if m:
                start = offset + m.start(0) + (len(m.group(0)) - len(m.group(0).lstrip()))
                yield Finding("proofreading", "heading_levels", "warn", start, offset + m.end(0),
                              m.group(0).strip(), message, template.format(m.group(1)))
                break


CLASSIFICATION = re.compile(r"(绝密|机密|秘密)★([一二三四五六七八九十]+)(年|个月)")
NUMERALS = {c: i for i, c in enumerate("〇一二三四五六七八九", start=0)}


@rule("classification_mark_numerals")
def classification_mark_numerals(text: str) -> Iterator[Finding]:
    for m in CLASSIFICATION.finditer(text):
        value = _chinese_number(m.group(2))
        yield finding("classification_mark_numerals", m, "密级保密期限应使用阿拉伯数字（如 秘密★1年）",
                      f"{m.group(1)}★{value}{m.group(3)}" if value else None)


def _chinese_number(word: str) -> int | None:
    """The value of a Chinese numeral from 一 to 九十九 (十, 十二, 二十, 三十一), or None."""
    tens, ten, ones = word.partition("十")
    if not ten:
        return NUMERALS.get(word) if len(word) == 1 else None
    tens_value = NUMERALS.get(tens) if tens else 1
    ones_value = NUMERALS.get(ones) if ones else 0
    if len(tens) > 1 or len(ones) > 1 or tens_value is None or ones_value is None:
        return None
    return tens_value * 10 + ones_value


@rule("nested_title_marks")
def nested_title_marks(text: str) -> Iterator[Finding]:
    for m in re.finditer(r"《([^》\n]*?)《([^《》\n]*)》", text):
        yield finding("nested_title_marks", m, "书名号内再用书名号时，内层应使用〈〉",
                      f"《{m.group(1)}〈{m.group(2)}〉")


@rule("enumeration_comma_between_marks")
def enumeration_comma_between_marks(text: str) -> Iterator[Finding]:
    for m in re.finditer(r"》、《|”、“", text):
        yield finding("enumeration_comma_between_marks", m, "并列的书名号或引号之间不用顿号", m.group(0).replace("、", ""))


@rule("range_dash")
def range_dash(text: str) -> Iterator[Finding]:
    for m in re.finditer(r"(?<!\d)(\d{4})\s*[-－~～]\s*(\d{4})年", text):
        yield finding("range_dash", m, "表示时间起止应使用一字线“—”", f"{m.group(1)}—{m.group(2)}年")


HALFWIDTH = re.compile(rf"(?<=[{CJK}])[,;:?!]|[,;:?!](?=[{CJK}])|(?<=[{CJK}])\(|\((?=[{CJK}])|(?<=[{CJK}])\)|\)(?=[{CJK}])")
FULLWIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


@rule("halfwidth_punct")
def halfwidth_punct(text: str) -> Iterator[Finding]:
    for m in HALFWIDTH.finditer(text):
        yield finding("halfwidth_punct", m, f"中文行文中应使用全角标点“{FULLWIDTH[m.group(0)]}”", FULLWIDTH[m.group(0)])


PAIRS = {"（": "）", "《": "》", "“": "”", "‘": "’", "【": "】", "〔": "〕"}
CLOSERS = {v: k for k, v in PAIRS.items()}


def paragraphs_with_offsets(text: str) -> Iterator[tuple[int, str]]:
    """Paragraphs (separated by blank lines: a title may wrap over two lines) and their offsets."""
    for m in re.finditer(r"(?:[^\n]+\n?)+", text):
        yield m.start(), m.group(0)


@rule("unbalanced_marks")
def unbalanced_marks(text: str) -> Iterator[Finding]:
    for offset, line in paragraphs_with_offsets(text):
        stack: list[tuple[str, int]] = []
        for i, ch in enumerate(line):
            if ch in PAIRS:
                stack.append((ch, i))
            elif ch in CLOSERS:
                if stack and stack[-1][0] == CLOSERS[ch]:
                    stack.pop()
                else:
                    yield Finding("proofreading", "unbalanced_marks", "warn", offset + i, offset + i + 1, ch,
                                  f"“{ch}”没有与之配对的“{CLOSERS[ch]}”")
        for ch, i in stack:
            yield Finding("proofreading", "unbalanced_marks", "warn", offset + i, offset + i + 1, ch,
                          f"“{ch}”没有与之配对的“{PAIRS[ch]}”")


def check(text: str, disabled: tuple[str, ...]) -> list[Finding]:
    """The findings of every rule not switched off; warnings inside unpublishable residue are left out."""
    found = [f for rule_ids, func in RULES if not set(rule_ids) <= set(disabled) for f in func(text)
             if f.rule not in disabled]
    spans = sorted((f.start, f.end) for f in found if f.severity == "block")
    starts = [start for start, _ in spans]

    def inside_residue(f: Finding) -> bool:
        i = bisect_right(starts, f.start) - 1
        return i >= 0 and f.end <= spans[i][1]

    return [f for f in found if f.severity == "block" or not inside_residue(f)]
