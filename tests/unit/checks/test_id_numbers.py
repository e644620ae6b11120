"""An ID number is one by its province, birth date and check digit, whatever the age of its county code."""

import pytest
from stdnum.cn import ric
from stdnum.iso7064 import mod_11_2

from sanshen.policies.checks import apply_masks, run_checks
from sanshen.policies.checks.settings import ChecksSettings
from sanshen.policies.scan import scan_outcome

# County codes created after the birth year (Yanqing district 2015, Longgang 1993, Yongchuan district 2006,
# Kunshan city 1989): the card carries the code of the place of registration when it was issued.
NEWER_COUNTY = ["11011919800101001", "44030719851231002", "50011819700707002", "32058319800315123"]


def complete(body: str) -> str:
    return body + mod_11_2.calc_check_digit(body)


@pytest.mark.parametrize("body", NEWER_COUNTY)
def test_a_valid_number_whose_county_is_newer_than_the_birth_year_is_an_id_and_is_masked(body):
    number = complete(body)
    findings = run_checks(f"申请人身份证号码{number}。", ChecksSettings())
    assert [(f.rule, f.severity) for f in findings] == [("id_card", "block")]
    assert number not in apply_masks(f"申请人身份证号码{number}。", findings)


def test_stdnums_county_table_would_have_missed_them():
    assert not any(ric.is_valid(complete(body)) for body in NEWER_COUNTY)


@pytest.mark.parametrize("position", [14, 15, 16, 17])
def test_a_number_one_digit_off_warns_holds_the_item_for_the_reviewer_and_offers_the_mask(position):
    number = complete(NEWER_COUNTY[0])
    wrong = number[:position] + str((int(number[position]) + 1) % 10 if number[position].isdigit() else 0) \
        + number[position + 1:]
    (finding,) = run_checks(f"身份证号码{wrong}。", ChecksSettings())
    assert (finding.rule, finding.severity) == ("id_card_invalid", "warn")
    assert finding.suggestion == wrong[:6] + "*" * 8 + wrong[-4:]
    assert scan_outcome([finding]) == "scan_flag"
