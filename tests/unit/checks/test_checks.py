"""The content checks rule by rule: masks, validation, traditional text, switches, offsets."""

import pytest

from sanshen.policies.checks import (
    ChecksSettings,
    LexiconEntry,
    apply_masks,
    lexicon_for,
    proofreading,
    run_checks,
)
from sanshen.policies.checks.default_lexicon import DEFAULT_LEXICON
from sanshen.policies.checks.settings import KNOWN_RULE_IDS, Masks
from sanshen.policies.config import PolicyError, parse_policy_text
from sanshen.policies.scan import scan_outcome
from sanshen.policyfile import DEMO_POLICY, load_policy


def rules(text: str, settings: ChecksSettings | None = None) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in run_checks(text, settings or ChecksSettings())]


def test_every_finding_points_at_the_text_it_names():
    text = "请联系13812345678，依据清科发[2024]5号，中华人民共合国。"
    for f in run_checks(text, ChecksSettings()):
        assert text[f.start:f.end] == f.text and f.message


def test_id_numbers_are_masked_keeping_the_first_six_and_last_four_by_default():
    found = run_checks("身份证11010519491231002X。", ChecksSettings())
    assert [f.suggestion for f in found] == ["110105********002X"]


def test_the_mask_format_is_configurable_and_always_hides_the_birth_date():
    settings = ChecksSettings(masks=Masks(id_card="keep_2_3"))
    (found,) = run_checks("身份证11010519491231002X。", settings)
    assert found.suggestion == "11*************02X" and "1949" not in found.suggestion


def test_masking_replaces_every_personal_datum_and_nothing_else():
    text = "张某某，身份证11010519491231002X，手机13812345678，热线12345。"
    masked = apply_masks(text, run_checks(text, ChecksSettings()))
    assert masked == "张某某，身份证110105********002X，手机138****5678，热线12345。"


def test_numbers_that_fail_their_checksum_warn_with_a_mask_for_the_sensitivity_reviewer():
    (found,) = run_checks("号码110105194912310021。", ChecksSettings())
    assert (found.rule, found.severity, found.suggestion) == ("id_card_invalid", "warn", "110105********0021")


def test_a_unified_social_credit_code_and_amounts_are_not_personal_data():
    assert rules("代码91350100M000100Y43，金额6222021234567890128元。") == []


def test_wrong_expressions_are_found_in_traditional_text_at_their_own_offsets():
    text = "學習中華人民共合國憲法"
    (found,) = run_checks(text, ChecksSettings())
    assert (found.check, found.text, found.start) == ("sensitivity", "中華人民共合國", 2)


def test_an_agency_adds_its_own_lexicon_entries():
    settings = ChecksSettings(lexicon=(LexiconEntry(term="清河县科技委", correction="清河县科学技术局",
                                                    category="outdated_body", source="本局机构改革文件"),))
    assert rules("原清河县科技委的职责", settings) == [("outdated_body", "清河县科技委")]


def test_a_rule_switched_off_in_the_policy_reports_nothing():
    settings = ChecksSettings(disabled_rules=("doc_number_brackets",))
    assert rules("依据清科发[2024]5号", settings) == []


def test_a_whole_check_can_be_switched_off():
    assert rules("手机13812345678", ChecksSettings(privacy=False)) == []


def test_the_scan_holds_an_item_with_a_wrong_expression_or_personal_data_and_passes_a_clean_one():
    settings = ChecksSettings()
    assert scan_outcome(run_checks("中华人民共合国", settings)) == "scan_flag"
    assert scan_outcome(run_checks("手机13812345678", settings)) == "scan_flag"
    assert scan_outcome(run_checks("依据清科发[2024]5号。", settings)) == "scan_clean"


def test_proofreading_suggestions_are_the_corrected_text():
    found = {f.rule: f.suggestion for f in run_checks("二0二四年，2024.3.5，1、工作目标", ChecksSettings())}
    assert found["chinese_year_zero"] == "二○二四年"
    assert found["date_format"] == "2024年3月5日"


def test_each_document_number_rule_is_switched_off_on_its_own():
    text = "依据清科发[24]第05号和清科发〔2024〕 号"
    settings = ChecksSettings(disabled_rules=("doc_number_brackets",))
    assert sorted(rule for rule, _ in rules(text, settings)) == [
        "doc_number_missing_serial", "doc_number_serial", "doc_number_year"]
    assert [rule for rule, _ in rules(text, ChecksSettings(disabled_rules=("doc_number_year",)))].count(
        "doc_number_brackets") == 1


def test_switching_off_the_date_format_leaves_the_short_year_rule_on():
    settings = ChecksSettings(disabled_rules=("date_format",))
    assert rules("于2024.3.5召开，24年3月结束", settings) == [("date_year", "24年3月")]


def test_every_rule_a_check_reports_is_a_known_rule_id():
    registered = {rule_id for rule_ids, _ in proofreading.RULES for rule_id in rule_ids}
    assert registered == set(KNOWN_RULE_IDS["proofreading"])
    assert {entry.category for entry in DEFAULT_LEXICON} <= set(KNOWN_RULE_IDS["sensitivity"])


def policy_with_checks(checks: str) -> str:
    return DEMO_POLICY.read_text(encoding="utf-8") + "\nchecks:\n" + checks


def test_an_unknown_rule_id_in_disabled_rules_is_rejected_naming_its_path():
    with pytest.raises(PolicyError) as error:
        parse_policy_text(policy_with_checks("  disabled_rules: [halfwidth_punct, doc_number_bracket]\n"), "org.yaml")
    assert "org.yaml: checks.disabled_rules: 未知的规则编号 'doc_number_bracket'" in str(error.value)
    assert "doc_number_brackets" in str(error.value) and "'halfwidth_punct'" not in str(error.value)


def test_a_category_of_the_agencys_own_lexicon_may_be_switched_off():
    checks = ("  disabled_rules: [local_term]\n  lexicon:\n    - {term: 清河县科技委, category: local_term, source: 本局文件}\n")
    policy = parse_policy_text(policy_with_checks(checks), "org.yaml")
    assert rules("原清河县科技委的职责", policy.checks) == []


def test_a_category_of_a_lexicon_file_may_be_switched_off_and_an_unknown_one_is_rejected(tmp_path):
    (tmp_path / "local.tsv").write_text("清河县科技委\t清河县科学技术局\tlocal_term\twarn\t本局文件\n", encoding="utf-8")
    (tmp_path / "org.yaml").write_text(policy_with_checks("  lexicon_files: [local.tsv]\n  disabled_rules: [local_term]\n"),
                                       encoding="utf-8")
    assert rules("原清河县科技委的职责", load_policy(tmp_path / "org.yaml").checks) == []
    (tmp_path / "org.yaml").write_text(policy_with_checks("  lexicon_files: [local.tsv]\n  disabled_rules: [other_term]\n"),
                                       encoding="utf-8")
    with pytest.raises(PolicyError) as error:
        load_policy(tmp_path / "org.yaml")
    assert "org.yaml: checks.disabled_rules: 未知的规则编号 'other_term'" in str(error.value)


def test_the_lexicon_is_compiled_once_for_settings_that_share_it():
    settings = ChecksSettings(lexicon=(LexiconEntry(term="清河县科技委", source="本局文件"),))
    copy = settings.model_copy(update={"disabled_rules": ("halfwidth_punct",)})
    assert lexicon_for(settings) is lexicon_for(copy)
    assert lexicon_for(ChecksSettings(lexicon=settings.lexicon, use_default_lexicon=False)) is not lexicon_for(settings)


def test_the_zero_of_a_chinese_numeral_year_may_be_either_circle_but_not_a_digit_letter_or_ling():
    rules = [f.text for f in run_checks("二〇二四年、二○二四年、二零二四年", ChecksSettings()) if f.rule == "chinese_year_zero"]
    assert rules == ["二零二四年"]
