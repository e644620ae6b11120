"""Personal data: every valid ID number is found, and numbers that are not personal data are left alone."""

import random
from datetime import date, timedelta

from stdnum import numdb
from stdnum.cn import ric

from sanshen.policies.checks import ChecksSettings, apply_masks, run_checks


def privacy(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.severity, f.text) for f in run_checks(text, ChecksSettings()) if f.check == "privacy"]


def county_codes() -> list[str]:
    """Every six-digit region code of python-stdnum's county table."""
    return [province + county for _, province, _, _, counties in numdb.get("cn/loc").prefixes
            for _, county, _, _, _ in counties]


def valid_ids(count: int, seed: int) -> list[str]:
    """`count` distinct resident ID numbers that stdnum's cn.ric validates (region, birth date, check digit)."""
    rng, codes, found = random.Random(seed), county_codes(), set()
    while len(found) < count:
        born = date(1930, 1, 1) + timedelta(days=rng.randrange(365 * 90))
        body = f"{rng.choice(codes)}{born:%Y%m%d}{rng.randrange(1000):03d}"
        number = body + ric.calc_check_digit(body + "0")
        if ric.is_valid(number):
            found.add(number)
    return sorted(found)


def test_every_valid_resident_id_number_is_found():
    missed = [number for number in valid_ids(3000, seed=20240105)
              if privacy(f"身份证号码{number}。") != [("id_card", "block", number)]]
    assert missed == []


def test_an_id_number_that_also_passes_the_credit_code_checksum_is_still_an_id_number():
    assert privacy("身份证号码110105200401019239。") == [("id_card", "block", "110105200401019239")]


def test_an_id_shaped_number_with_an_impossible_birth_date_warns_and_is_not_a_bank_card():
    assert privacy("号码110105194902300021。") == [("id_card_invalid", "warn", "110105194902300021")]


def test_a_unified_social_credit_code_is_not_personal_data():
    assert privacy("统一社会信用代码91350100M000100Y43，事业单位12100000400013586H。") == []


def test_amounts_and_counts_are_not_mobile_numbers():
    for text in ("预算13500000000元。", "总投资13800000000万元。", "人口14120000000人。", "增长13500000000%",
                 "约15000000000余元", "折合人民币13900000000", "￥13500000000", "合计0.13812345678亿元"):
        assert privacy(text) == [], text


def test_a_mobile_number_beside_an_amount_is_still_found():
    assert privacy("联系电话13812345678，预算500万元。") == [("mobile", "block", "13812345678")]


def test_long_amounts_with_a_unit_are_not_bank_cards():
    assert privacy("投资6222021234567890128人民币，6222021234567890128余元。") == []


def masked(text: str, **options) -> str:
    return apply_masks(text, run_checks(text, ChecksSettings()), **options)


def test_masking_hides_what_blocks_and_leaves_an_offices_landline_and_email():
    text = "联系人手机13812345678，办公电话0571-88886666，邮箱zhaomou@163.com。"
    assert masked(text) == "联系人手机138****5678，办公电话0571-88886666，邮箱zhaomou@163.com。"
    assert masked(text, also_warnings=True) == "联系人手机138****5678，办公电话0571-88******，邮箱z***@163.com。"


def test_full_width_digits_are_found_and_masked_in_their_own_characters():
    text = "手机１３８１２３４５６７８，身份证１１０１０５１９４９１２３１００２Ｘ。"
    assert privacy(text) == [("mobile", "block", "１３８１２３４５６７８"), ("id_card", "block", "１１０１０５１９４９１２３１００２Ｘ")]
    assert masked(text) == "手机１３８****５６７８，身份证１１０１０５********００２Ｘ。"


def test_mobile_numbers_with_the_country_code_are_found_and_the_code_kept():
    for text, mask in (("+86 138 1234 5678", "+86 138 **** 5678"), ("+8613812345678", "+86138****5678"),
                       ("86-13812345678", "86-138****5678"), ("（+86）13812345678", "（+86）138****5678"),
                       ("＋８６１３８１２３４５６７８", "＋８６１３８****５６７８")):
        assert privacy(f"电话{text}。") == [("mobile", "block", text)], text
        assert masked(f"电话{text}。") == f"电话{mask}。"


def test_bank_cards_and_id_numbers_written_in_groups_are_found():
    text = "卡号6222 0212 3456 7890 128，身份证110105 19491231 002X，又1101 0519 4912 3100 2X。"
    assert privacy(text) == [("bank_card", "block", "6222 0212 3456 7890 128"),
                             ("id_card", "block", "110105 19491231 002X"), ("id_card", "block", "1101 0519 4912 3100 2X")]
    assert masked(text) == ("卡号6222 **** **** ***0 128，身份证110105 ******** 002X，又1101 05** **** **00 2X。")


def test_grouped_numbers_that_are_not_personal_data_are_left_alone():
    for text in ("2024 2025 2026 2023年", "电话0571 8888 8888", "编号 1234 5678 9012 3452", "2018 2019 2020 2025 年"):
        assert [rule for rule, _, _ in privacy(text) if rule in ("bank_card", "id_card")] == [], text
