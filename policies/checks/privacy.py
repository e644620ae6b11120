"""Personal data that must be masked before publication (隐私信息要遮掩).

Numbers are validated before they are reported: an ID number must have a valid region, birth
date and check digit (python-stdnum); a bank card must pass Luhn. A unified social credit code,
a hotline, a document number, an amount or a date is not personal data. A number that looks like
an ID but fails its birth date or check digit is reported as `info` only.
"""

import re
from collections.abc import Iterator
from datetime import date

from stdnum import luhn
from stdnum.cn import uscc
from stdnum.iso7064 import mod_11_2

from ..findings import Finding
from .settings import ChecksSettings, Masks

NOT_ALNUM_BEFORE, NOT_ALNUM_AFTER = r"(?<![0-9A-Za-z０-９])", r"(?![0-9A-Za-z０-９])"
NOT_AMOUNT_BEFORE = r"(?<![.．￥¥$＄])(?<!人民币)(?<!美元)"
NOT_AMOUNT_AFTER = (r"(?!\s*(?:[元万亿千百%％‰人个次件台套吨斤克米亩户家项股份张册辆座所名位余多倍]"
                    r"|平方|公里|美元|人民币))")
LONG_NUMBER = re.compile(NOT_AMOUNT_BEFORE + NOT_ALNUM_BEFORE + r"(\d{15,19}|\d{17}[Xx])" + NOT_ALNUM_AFTER
                         + NOT_AMOUNT_AFTER)
MOBILE = re.compile(NOT_AMOUNT_BEFORE + NOT_ALNUM_BEFORE + r"(1[3-9]\d)[-\s]?(\d{4})[-\s]?(\d{4})"
                    + NOT_ALNUM_AFTER + NOT_AMOUNT_AFTER)
LANDLINE = re.compile(NOT_ALNUM_BEFORE + r"((?:0\d{2,3})|[（(]0\d{2,3}[）)])[-－\s]?([2-9]\d{6,7})" + NOT_ALNUM_AFTER)
EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
PROVINCES = frozenset(str(code) for code in (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                             43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82))
PASSPORT = re.compile(NOT_ALNUM_BEFORE + r"(?:护照号码?|护照)[：:\s]*([EGDSPH][A-Z]?\d{7,8})" + NOT_ALNUM_AFTER)


def check(text: str, settings: ChecksSettings) -> list[Finding]:
    found = [*_long_numbers(text, settings.masks), *_mobiles(text, settings.masks),
             *_landlines(text, settings), *_emails(text, settings.masks), *_passports(text, settings.masks)]
    taken: list[tuple[int, int]] = []
    unique = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if any(f.start < end and start < f.end for start, end in taken):
            continue
        taken.append((f.start, f.end))
        unique.append(f)
    return unique


def _long_numbers(text: str, masks: Masks) -> Iterator[Finding]:
    for m in LONG_NUMBER.finditer(text):
        number = m.group(1)
        kind = _classify(number)
        if kind == "id_card":
            yield Finding("privacy", "id_card", "block", m.start(1), m.end(1), number,
                          "稿件含有未遮掩的居民身份证号码", mask_id(number, masks))
        elif kind == "id_card_invalid":
            yield Finding("privacy", "id_card_invalid", "info", m.start(1), m.end(1), number,
                          "疑似身份证号码，但出生日期或校验位不符，请核实")
        elif kind == "bank_card":
            yield Finding("privacy", "bank_card", "block", m.start(1), m.end(1), number,
                          "稿件含有未遮掩的银行卡号", mask_bank_card(number, masks))


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
    """An 18-character ID number with a province, a real birth date and a valid check digit (GB 11643).

    Only the province is checked: the county table of stdnum's ric lags behind new county codes.
    """
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


def _mobiles(text: str, masks: Masks) -> Iterator[Finding]:
    for m in MOBILE.finditer(text):
        number = "".join(m.groups())
        yield Finding("privacy", "mobile", "block", m.start(), m.end(), m.group(0),
                      "稿件含有未遮掩的手机号码", f"{number[:3]}****{number[-4:]}")


def _landlines(text: str, settings: ChecksSettings) -> Iterator[Finding]:
    for m in LANDLINE.finditer(text):
        area, local = m.group(1), m.group(2)
        if local in settings.hotlines:
            continue
        yield Finding("privacy", "landline", "warn", m.start(), m.end(), m.group(0),
                      "稿件含有固定电话号码：如为个人电话须遮掩，单位对外电话可保留",
                      f"{area}-{local[:2]}{'*' * (len(local) - 2)}")


def _emails(text: str, masks: Masks) -> Iterator[Finding]:
    for m in EMAIL.finditer(text):
        if m.group(2).endswith(".gov.cn"):
            continue
        yield Finding("privacy", "email", "warn", m.start(), m.end(), m.group(0),
                      "稿件含有电子邮箱地址：如为个人邮箱须遮掩", f"{m.group(1)[0]}***@{m.group(2)}")


def _passports(text: str, masks: Masks) -> Iterator[Finding]:
    for m in PASSPORT.finditer(text):
        number = m.group(1)
        yield Finding("privacy", "passport", "block", m.start(1), m.end(1), number,
                      "稿件含有未遮掩的护照号码", f"{number[0]}{'*' * (len(number) - 3)}{number[-2:]}")


def mask_id(number: str, masks: Masks) -> str:
    keep_head, keep_tail = (6, 4) if masks.id_card == "keep_6_4" else (2, 3)
    return number[:keep_head] + "*" * (len(number) - keep_head - keep_tail) + number[-keep_tail:]


def mask_bank_card(number: str, masks: Masks) -> str:
    keep_head = 4 if masks.bank_card == "keep_4_4" else 0
    return number[:keep_head] + "*" * (len(number) - keep_head - 4) + number[-4:]
