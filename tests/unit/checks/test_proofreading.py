"""Proofreading rules one by one: what each reports, and the ordinary text it must leave alone."""

from sanshen.policies.checks import ChecksSettings, run_checks


def found(text: str, rule: str, settings: ChecksSettings | None = None) -> list[str]:
    return [f.text for f in run_checks(text, settings or ChecksSettings()) if f.rule == rule]


def test_unit_markers_and_letters_in_brackets_are_not_garbled_text():
    for text in ("重量(kg)为五千克", "面积(km)约三十", "见附件(a)和附件(b)", "第三条(b)款", "单位(mm)", "编号(ab)"):
        assert found(text, "garbled_text") == [], text


def test_pinyin_with_tone_marks_and_the_question_mark_residue_are_garbled_text():
    assert found("關于印發(fā)通知，今天給大家?guī)砹，執(zhí)行", "garbled_text") == ["(fā)", "?guī)", "(zhí)"]
    assert found("大家?gui)来了", "garbled_text") == ["?gui)"]


def test_impossible_dates_without_a_year_are_reported():
    assert found("会议于2月30日召开，4月31日结束。", "date_exists") == ["2月30日", "4月31日"]
    assert found("2月30日召开", "date_exists") == ["2月30日"]


def test_february_29_without_a_year_may_exist():
    assert found("于2月29日召开，12月31日截止。", "date_exists") == []


def test_impossible_dates_in_chinese_numerals_are_reported():
    assert found("二〇二四年二月三十日印发", "date_exists") == ["二〇二四年二月三十日"]
    assert found("二〇二三年二月二十九日、二〇二四年二月二十九日、十一月三十一日", "date_exists") == [
        "二〇二三年二月二十九日", "十一月三十一日"]


def test_real_dates_in_chinese_numerals_are_left_alone():
    assert found("二〇二四年十二月三十一日，一月一日，三月十日", "date_exists") == []


def test_a_document_number_starts_at_its_issuer_not_at_the_words_before_it():
    text = ("依据科发﹝2024﹞5号、清科发〔2024〕第8号和清科发〔2024〕09号，根據清科發[2024]6號，"
            "按照省经信发[2024]3号及国办秘函(2019)19号，关于转发清科发【2024】7号的通知")
    spans = [f.text for f in run_checks(text, ChecksSettings()) if f.rule.startswith("doc_number")]
    assert spans == ["科发﹝2024﹞5号", "清科发〔2024〕第8号", "清科发〔2024〕09号", "清科發[2024]6號",
                     "省经信发[2024]3号", "国办秘函(2019)19号", "清科发【2024】7号"]


def suggestions(text: str, rule: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in run_checks(text, ChecksSettings()) if f.rule == rule]


def test_a_month_or_day_zero_is_a_date_that_does_not_exist_not_a_format_to_fix():
    assert suggestions("2024年0月5日", "date_format") == []
    assert suggestions("2024年0月5日、2024年3月0日", "date_exists") == [("2024年0月5日", None), ("2024年3月0日", None)]
    assert suggestions("2024年03月0日", "date_format") == []


def test_every_date_format_suggestion_differs_from_the_text():
    text = "2024.3.5，2024年02月06日，2024年2月06日，2024/12/1，于2024-1-5召开"
    found = suggestions(text, "date_format")
    assert found and all(suggestion and suggestion != wrong for wrong, suggestion in found)


def test_a_version_number_is_not_a_date():
    assert suggestions("升级至v2024.1.5版本，或V2024.1.5、build2024.1.5", "date_format") == []


def test_a_dashed_date_in_chinese_running_text_is_written_with_year_month_and_day():
    assert suggestions("会议于2024-1-5召开，2024-01-15截止。", "date_format") == [
        ("2024-1-5", "2024年1月5日"), ("2024-01-15", "2024年1月15日")]


def test_dashed_numbers_that_are_not_dates_are_left_alone():
    assert suggestions("电话0571-8888-8888，编号2024-13-5，ISBN 978-7-1234", "date_format") == []
