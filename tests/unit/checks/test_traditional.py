"""Traditional text (seed 001 is a traditional-character copy): markings and wrong expressions in every script."""

from pathlib import Path

from sanshen.policies.checks import ChecksSettings, run_checks
from sanshen.policies.checks.simplified import to_simplified

SEED_001 = Path(__file__).resolve().parents[2] / "corpus" / "seeds" / "001_ae705f9549aaa622.txt"


def findings(text: str, check: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in run_checks(text, ChecksSettings()) if f.check == check]


def test_traditional_markings_block_and_point_at_the_traditional_text():
    assert findings("機密★5年\n關於重點項目的報告", "confidentiality") == [("state_secret_marking", "機密★5年")]
    assert findings("內部資料\n工作簡報", "confidentiality") == [("internal_marking", "內部資料")]
    assert findings("秘密\n情況說明", "confidentiality") == [("state_secret_marking", "秘密")]
    assert findings("不得外傳\n會議紀要", "confidentiality") == [("internal_marking", "不得外傳")]


def test_seed_001_with_a_traditional_classification_mark_is_blocked():
    text = "機密★5年\n" + SEED_001.read_text(encoding="utf-8")
    blocks = [(f.rule, f.start, f.text) for f in run_checks(text, ChecksSettings())
              if f.check == "confidentiality"]
    assert blocks == [("state_secret_marking", 0, "機密★5年")]


def test_taiwan_and_hong_kong_forms_of_lexicon_entries_are_found():
    text = "有關台灣政府、臺灣總統與北韓的表述，及國務院辦工廳。"
    found = findings(text, "sensitivity")
    assert found == [("formulation", "台灣政府"), ("formulation", "臺灣總統"), ("formulation", "北韓"),
                     ("body_name", "國務院辦工廳")]
    for f in run_checks(text, ChecksSettings()):
        assert text[f.start:f.end] == f.text


def test_the_simplified_text_has_the_offsets_of_the_original():
    text = "機密★5年\n內部資料　注意保存\n中華人民共和國"
    simplified = to_simplified(text)
    assert simplified == "机密★5年\n内部资料　注意保存\n中华人民共和国" and len(simplified) == len(text)


def test_a_marking_in_square_or_corner_brackets_is_found():
    for line in ("【内部资料】", "〔内部资料〕", "「內部資料」", "[内部文件]", "（内部资料 注意保存）"):
        assert findings(f"{line}\n工作简报", "confidentiality") == [("internal_marking", line)], line


def test_full_width_punctuation_inside_a_skip_punct_entry_is_skipped():
    for text in ("中华《人民》共合国", "中华「人民」共合国！", "中华…人民～共合国", "中华\u200b人民\u200b共合国",
                 "中华！人民？共合国", "中华『人民』〈共合国〉"):
        assert [rule for rule, _ in findings(text, "sensitivity")] == ["country_name"], text
