"""Confidentiality markings (GB/T 9704 and internal markings): a marking blocks; a mention does not.

A marking stands on its own line (the header of a document) or begins a header line; the same
words inside running text ("防止泄露国家秘密、工作秘密") mark nothing. Lines are matched in simplified
form, so traditional markings (機密★5年, 內部資料) are found at their own offsets.
"""

import re
from collections.abc import Iterator

from ..findings import Finding
from .settings import ChecksSettings
from .simplified import to_simplified

LEVEL_MARK = re.compile(r"(绝密|机密|秘密)\s*[★☆*＊]\s*([0-9０-９一二三四五六七八九十百]+\s*[年个月天日]+|长期)?")
BARE_LEVEL = re.compile(r"^[\s【\[（(]*(绝密|机密|秘密)[\s】\]）)]*$")
INTERNAL_WORDS = ("内部资料", "内部文件", "内部", "注意保存", "注意保密", "不得外传", "请勿外传", "工作秘密", "内部使用")
OPENING, CLOSING = r"\s【\[（(<〈〔「『", r"\s】\]）)>〉〕」』"
INTERNAL_LINE = re.compile(
    rf"^[{OPENING}]*(?:" + "|".join(INTERNAL_WORDS) + rf")(?:[{OPENING}{CLOSING}、，,·]*(?:"
    + "|".join(INTERNAL_WORDS) + rf"))*[{CLOSING}。]*$"
)


def lines_with_offsets(text: str) -> Iterator[tuple[int, int, str]]:
    """(line number from 0, offset of its first character, the line) for every line."""
    offset = 0
    for number, line in enumerate(text.split("\n")):
        yield number, offset, line
        offset += len(line) + 1


def check(text: str, settings: ChecksSettings) -> list[Finding]:
    """Every marking line; traditional markings (機密★5年, 內部資料) are matched in simplified form."""
    findings: list[Finding] = []
    non_empty = 0
    simplified = to_simplified(text)
    for _, offset, line in lines_with_offsets(simplified):
        if not line.strip():
            continue
        non_empty += 1
        in_header = non_empty <= settings.header_lines
        findings.extend(_line_markings(line, offset, in_header, text))
    return findings


def _line_markings(line: str, offset: int, in_header: bool, original: str) -> Iterator[Finding]:
    """The marking a (simplified) line carries, reported with the original text at its offsets."""
    stripped = line.strip()
    start = offset + line.index(stripped[0])
    mark = LEVEL_MARK.match(stripped)
    if mark and (in_header or len(stripped) <= mark.end() + 4):
        marked = original[start:start + mark.end()]
        yield Finding("confidentiality", "state_secret_marking", "block", start, start + mark.end(), marked,
                      f"稿件带有国家秘密标志“{marked}”，涉密信息不得公开")
    elif BARE_LEVEL.match(stripped):
        marked = original[start:start + len(stripped)]
        yield Finding("confidentiality", "state_secret_marking", "block", start, start + len(stripped), marked,
                      f"稿件带有密级标志“{marked}”，涉密信息不得公开")
    elif INTERNAL_LINE.match(stripped):
        marked = original[start:start + len(stripped)]
        yield Finding("confidentiality", "internal_marking", "block", start, start + len(stripped), marked,
                      f"稿件带有内部标志“{marked}”，内部资料不得公开")
