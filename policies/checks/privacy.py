"""Personal data that must be masked before publication (隐私信息要遮掩).

Numbers are validated before they are reported: an ID number must have a valid region, birth
date and check digit (GB 11643); a bank card must pass Luhn. A unified social credit code,
a hotline, a document number, an amount or a date is not personal data. An ID number is recognised by
its province, not its county: numbers carry the code of the place of registration when the card was
issued, which may be newer than the birth year (a county created later), so a county table would
leave real numbers unmasked. A number shaped like an ID (province, a date-like birth field) whose
birth date or check digit fails is most often a real number copied with one digit wrong, and 17
right digits still identify a person: it is a `warn` (the automated scan holds the item for the
sensitivity reviewer), with the ID's mask as a suggestion the reviewer may apply.

Numbers are found in full-width digits too (１３８…), with the country code (+86 138 1234 5678) and
written in groups (6222 0212 3456 7890 128): the search runs on the text with full-width digits made
half-width, character for character, and every finding and mask keeps the text's own characters.
"""

import re
from collections.abc import Iterator
from datetime import date

from stdnum import luhn
from stdnum.cn import uscc
from stdnum.iso7064 import mod_11_2

from ..findings import Finding, Severity
from .settings import ChecksSettings, Masks

HALF_WIDTH = str.maketrans("０１２３４５６７８９Ｘｘ＋－", "0123456789Xx+-")
NOT_ALNUM_BEFORE, NOT_ALNUM_AFTER = r"(?<![0-9A-Za-z])", r"(?![0-9A-Za-z])"
NOT_AMOUNT_BEFORE = r"(?<![.．￥¥$＄])(?<!人民币)(?<!美元)"
NOT_AMOUNT_AFTER = (r"(?!\s*(?:[元万亿千百%％‰人个次件台套吨斤克米亩户家项股份张册辆座所名位余多倍]"
                    r"|平方|公里|美元|人民币))")
LONG_NUMBER = re.compile(NOT_AMOUNT_BEFORE + NOT_ALNUM_BEFORE + r"(\d{15,19}|\d{17}[Xx])" + NOT_ALNUM_AFTER
                         + NOT_AMOUNT_AFTER)
GROUPED_NUMBER = re.compile(NOT_AMOUNT_BEFORE + NOT_ALNUM_BEFORE + r"\d{2,6}(?:[ -]\d{1,8}){2,4}[Xx]?"
                            + NOT_ALNUM_AFTER + NOT_AMOUNT_AFTER)
MOBILE = re.compile(NOT_AMOUNT_BEFORE + NOT_ALNUM_BEFORE + r"((?:\+?86|\(\+?86\)|（\+?86）)[- ]?)?"
                    r"(1[3-9]\d[- ]?\d{4}[- ]?\d{4})" + NOT_ALNUM_AFTER + NOT_AMOUNT_AFTER)
LANDLINE = re.compile(NOT_ALNUM_BEFORE + r"((?:0\d{2,3})|[（(]0\d{2,3}[）)])[-\s]?([2-9]\d{6,7})" + NOT_ALNUM_AFTER)
EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
PASSPORT = re.compile(NOT_ALNUM_BEFORE + r"(?:护照号码?|护照)[：:\s]*([EGDSPH][A-Z]?\d{7,8})" + NOT_ALNUM_AFTER)
PROVINCES = frozenset(str(code) for code in (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                             43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82))
CARD_NETWORKS = "345469"
MESSAGES = {
    "id_card": "稿件含有未遮掩的居民身份证号码",
    "id_card_invalid": "疑似身份证号码（出生日期或校验位不符，可能是抄错一位的真实号码），请核实：如为个人证件号码须遮掩",
    "bank_card": "稿件含有未遮掩的银行卡号",
    "mobile": "稿件含有未遮掩的手机号码",
    "landline": "稿件含有固定电话号码：如为个人电话须遮掩，单位对外电话可保留",
    "email": "稿件含有电子邮箱地址：如为个人邮箱须遮掩",
    "passport": "稿件含有未遮掩的护照号码",
}
SEVERITIES: dict[str, Severity] = {"id_card_invalid": "warn", "landline": "warn", "email": "warn"}


def check(text: str, settings: ChecksSettings) -> list[Finding]:
    """Every personal datum in the text; where two overlap, the one that starts first (then the longer) counts."""
    digits = text.translate(HALF_WIDTH)
    found = [*_long_numbers(digits, text, settings.masks), *_grouped_numbers(digits, text, settings.masks),
             *_mobiles(digits, text), *_landlines(digits, text, settings), *_emails(text), *_passports(digits, text)]
    taken: list[tuple[int, int]] = []
    unique = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if any(f.start < end and start < f.end for start, end in taken):
            continue
        taken.append((f.start, f.end))
        unique.append(f)
    return unique


def _finding(rule: str, text: str, start: int, end: int, suggestion: str | None = None) -> Finding:
    """A privacy finding over text[start:end], in the text's own characters."""
    return Finding("privacy", rule, SEVERITIES.get(rule, "block"), start, end, text[start:end], MESSAGES[rule],
                   suggestion)


def _long_numbers(digits: str, text: str, masks: Masks) -> Iterator[Finding]:
    for m in LONG_NUMBER.finditer(digits):
        kind = _classify(m.group(1))
        if kind is not None:
            yield _number_finding(kind, text, m.start(1), m.end(1), masks)


def _grouped_numbers(digits: str, text: str, masks: Masks) -> Iterator[Finding]:
    """ID numbers and bank cards written in groups: 110105 19491231 002X, 6222 0212 3456 7890 128."""
    for m in GROUPED_NUMBER.finditer(digits):
        groups = re.split("[ -]", m.group(0))
        number = "".join(groups)
        if len(number) == 18 and is_resident_id(number):
            yield _number_finding("id_card", text, m.start(), m.end(), masks)
        elif _laid_out_like_a_card(groups) and luhn.is_valid(number):
            yield _number_finding("bank_card", text, m.start(), m.end(), masks)


def _laid_out_like_a_card(groups: list[str]) -> bool:
    """Groups of four digits (the last one shorter or not), 16 to 19 in all, from a card network's first digit."""
    number = "".join(groups)
    return (all(len(g) == 4 for g in groups[:-1]) and 1 <= len(groups[-1]) <= 4 and number.isdigit()
            and 16 <= len(number) <= 19 and number[0] in CARD_NETWORKS)


def _number_finding(kind: str, text: str, start: int, end: int, masks: Masks) -> Finding:
    """An ID number (or a near miss) or a bank card found at text[start:end], with its mask."""
    if kind in ("id_card", "id_card_invalid"):
        keep = (6, 4) if masks.id_card == "keep_6_4" else (2, 3)
        return _finding(kind, text, start, end, mask_span(text[start:end], *keep))
    if kind == "bank_card":
        keep = (4, 4) if masks.bank_card == "keep_4_4" else (0, 4)
        return _finding(kind, text, start, end, mask_span(text[start:end], *keep))
    return _finding(kind, text, start, end)


def _classify(number: str) -> str | None:
    """What a long number is: a full ID first, then a credit code, then an ID-shaped slip, then a card."""
    if len(number) == 18 and is_resident_id(number):
        return "id_card"
    if len(number) == 18 and uscc.is_valid(number):
        return None
    if len(number) == 18 and _shaped_like_id(number):
        return "id_card_invalid"
    if len(number) == 15 and number.isdigit() and _plausible_id(number[:6], "19" + number[6:12]):
        return "id_card"
    if number.isdigit() and 16 <= len(number) <= 19 and luhn.is_valid(number):
        return "bank_card"
    return None


def is_resident_id(number: str) -> bool:
    """An 18-character ID number with a province, a real birth date and a valid check digit (GB 11643)."""
    # Only the province is checked: the county table of stdnum's ric lags behind new county codes.
    return _plausible_id(number[:6], number[6:14]) and mod_11_2.is_valid(number.upper())


def _shaped_like_id(number: str) -> bool:
    """A province, a year 1900-2100, a month 01-12 and a day 01-31 where an ID has them (the date may not exist)."""
    year, month, day = number[6:10], number[10:12], number[12:14]
    return (number[:17].isdigit() and number[:2] in PROVINCES and 1900 <= int(year) <= 2100
            and 1 <= int(month) <= 12 and 1 <= int(day) <= 31)


def _plausible_id(region: str, birth: str) -> bool:
    """A region code of a province and a real birth date: shaped like an ID number."""
    if not (region.isdigit() and birth.isdigit() and region[:2] in PROVINCES):
        return False
    try:
        born = date(int(birth[:4]), int(birth[4:6]), int(birth[6:8]))
    except ValueError:
        return False
    return 1900 <= born.year <= 2100


def _mobiles(digits: str, text: str) -> Iterator[Finding]:
    """Mobile numbers, with or without +86; the mask keeps the country code, the first 3 and the last 4 digits."""
    for m in MOBILE.finditer(digits):
        prefix = text[m.start():m.start(2)]
        yield _finding("mobile", text, m.start(), m.end(), prefix + mask_span(text[m.start(2):m.end(2)], 3, 4))


def _landlines(digits: str, text: str, settings: ChecksSettings) -> Iterator[Finding]:
    for m in LANDLINE.finditer(digits):
        area, local = m.group(1), m.group(2)
        if local in settings.hotlines:
            continue
        yield _finding("landline", text, m.start(), m.end(), f"{area}-{local[:2]}{'*' * (len(local) - 2)}")


def _emails(text: str) -> Iterator[Finding]:
    for m in EMAIL.finditer(text):
        if m.group(2).endswith(".gov.cn"):
            continue
        yield _finding("email", text, m.start(), m.end(), f"{m.group(1)[0]}***@{m.group(2)}")


def _passports(digits: str, text: str) -> Iterator[Finding]:
    for m in PASSPORT.finditer(digits):
        yield _finding("passport", text, m.start(1), m.end(1), mask_span(text[m.start(1):m.end(1)], 1, 2))


def mask_span(span: str, keep_head: int, keep_tail: int) -> str:
    """The span with its digits and letters hidden but the first `keep_head` and the last `keep_tail`; separators stay."""
    positions = [i for i, ch in enumerate(span) if ch.isalnum()]
    hidden = set(positions[keep_head:len(positions) - keep_tail])
    return "".join("*" if i in hidden else ch for i, ch in enumerate(span))
