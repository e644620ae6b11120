"""`sanshen check`: files in every encoding an agency has, a policy's own lexicon, exit statuses."""

import json

import docx
import pytest
import yaml
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from typer.testing import CliRunner

from sanshen import policyfile
from sanshen.cli import app
from sanshen.policies import config as policy_config
from sanshen.policies.config import PolicyError
from sanshen.policyfile import DEMO_POLICY
from sanshen.textfiles import read_text

MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'

runner = CliRunner()


def check(*args: str):
    return runner.invoke(app, ["check", *args])


def test_utf8_gbk_and_utf16_files_are_read_and_checked(tmp_path):
    text = "依据清科发[2024]5号。"
    paths = []
    for encoding in ("utf-8", "gbk", "utf-16"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        paths.append(str(path))
    done = check(*paths, "--json")
    assert done.exit_code == 0
    files = json.loads(done.stdout)["files"]
    assert [[f["rule"] for f in entry["findings"]] for entry in files] == [["doc_number_brackets"]] * 3


def test_a_docx_is_read(tmp_path):
    document = docx.Document()
    document.add_paragraph("机密★5年")
    document.add_paragraph("关于某项工作的报告")
    document.save(tmp_path / "report.docx")
    done = check(str(tmp_path / "report.docx"), "--json")
    assert done.exit_code == 1
    assert json.loads(done.stdout)["files"][0]["findings"][0]["rule"] == "state_secret_marking"


def text_box_run(text: str):
    """A run holding a text box as Word writes it: DrawingML, and the same box again as a VML fallback."""
    return parse_xml(
        f"<w:r {nsdecls('w', 'wp', 'a')} {MC} {WPS} {V}><mc:AlternateContent>"
        f"<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
        f"</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
        f"</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def add_footnotes(document, text: str) -> None:
    """A footnotes part with a separator and one footnote, related to the document as Word relates it."""
    xml = (f"<w:footnotes {nsdecls('w')}><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/>"
           f"</w:r></w:p></w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>"
           "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def test_a_docx_is_read_with_its_tables_headers_footers_text_boxes_and_footnotes(tmp_path):
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    document.settings.odd_and_even_pages_header_footer = True
    section.header.paragraphs[0].text = "页眉：默认"
    section.first_page_header.paragraphs[0].text = "页眉：首页"
    section.even_page_header.paragraphs[0].text = "页眉：偶数页"
    section.footer.paragraphs[0].text = "页脚：默认"
    section.first_page_footer.paragraphs[0].text = "页脚：首页"
    section.even_page_footer.paragraphs[0].text = "页脚：偶数页"
    document.add_paragraph("正文第一段")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "表格：姓名", "表格：电话"
    document.add_paragraph("正文第二段")._p.append(text_box_run("文本框内容"))
    add_footnotes(document, "脚注内容")
    document.save(tmp_path / "full.docx")
    lines = read_text(tmp_path / "full.docx").split("\n")
    for expected in ("页眉：默认", "页眉：首页", "页眉：偶数页", "页脚：默认", "页脚：首页", "页脚：偶数页",
                     "正文第一段", "表格：姓名", "表格：电话", "正文第二段", "文本框内容", "脚注内容"):
        assert lines.count(expected) == 1, (expected, lines)
    assert lines.index("页眉：首页") < lines.index("正文第一段") < lines.index("表格：姓名") < lines.index("正文第二段")


def test_a_classification_mark_in_a_docx_header_blocks(tmp_path):
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "机密★5年"
    document.add_paragraph("关于某项工作的报告")
    document.save(tmp_path / "report.docx")
    done = check(str(tmp_path / "report.docx"), "--json")
    assert done.exit_code == 1
    findings = json.loads(done.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["text"]) for f in findings] == [("state_secret_marking", "机密★5年")]


def test_personal_data_in_a_docx_table_or_footnote_is_found(tmp_path):
    document = docx.Document()
    document.add_paragraph("获奖人员名单")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "张某某", "13812345678"
    add_footnotes(document, "联系人手机13912345678")
    document.save(tmp_path / "list.docx")
    done = check(str(tmp_path / "list.docx"), "--json")
    findings = json.loads(done.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["text"]) for f in findings] == [("mobile", "13812345678"), ("mobile", "13912345678")]


def test_something_blocking_exits_1_and_the_text_output_names_line_and_suggestion(tmp_path):
    (tmp_path / "a.txt").write_text("通知\n联系人手机13812345678。", encoding="utf-8")
    done = check(str(tmp_path / "a.txt"))
    assert done.exit_code == 1
    assert "第 2 行" in done.stdout and "138****5678" in done.stdout


TRADITIONAL = "科技局的政務公開工作需要認真組織實施。\n聯繫電話：13812345678。"
SIMPLIFIED = "关于开展科技特派员服务活动的通知\n各乡镇人民政府，县直有关单位：请认真组织实施。"


def test_big5_is_read_as_the_traditional_chinese_it_is(tmp_path):
    (tmp_path / "big5.txt").write_bytes(TRADITIONAL.encode("big5"))
    assert read_text(tmp_path / "big5.txt") == TRADITIONAL
    done = check(str(tmp_path / "big5.txt"), "--json")
    assert [f["text"] for f in json.loads(done.stdout)["files"][0]["findings"]] == ["13812345678"]


def test_traditional_and_simplified_gb18030_are_read_as_gb18030(tmp_path):
    for name, text in (("trad.txt", TRADITIONAL), ("simp.txt", SIMPLIFIED)):
        (tmp_path / name).write_bytes(text.encode("gb18030"))
        assert read_text(tmp_path / name) == text


def test_utf16_without_bom_and_without_ascii_is_read_in_either_byte_order(tmp_path):
    text = "关于开展科技特派员服务活动的通知各乡镇人民政府县直有关单位"
    for encoding in ("utf-16-le", "utf-16-be"):
        (tmp_path / f"{encoding}.txt").write_bytes(text.encode(encoding))
        assert read_text(tmp_path / f"{encoding}.txt") == text


def test_a_shift_jis_file_is_refused_with_an_error_naming_it(tmp_path):
    path = tmp_path / "japanese.txt"
    path.write_bytes("日本国憲法は、日本の現行憲法である。ひらがなとカタカナの文書です。".encode("shift_jis"))
    done = check(str(path))
    assert done.exit_code == 2 and "无法识别文件编码" in done.output and "japanese.txt" in done.output


def test_undecodable_or_missing_input_exits_2_with_a_clear_error(tmp_path):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    done = check(str(tmp_path / "binary.txt"))
    assert done.exit_code == 2 and "无法识别文件编码" in done.output
    assert check(str(tmp_path / "missing.txt")).exit_code == 2


def test_a_policy_with_its_own_lexicon_file_is_used(tmp_path):
    policy = DEMO_POLICY.read_text(encoding="utf-8") + "\nchecks:\n  lexicon_files: [local.tsv]\n"
    (tmp_path / "org.yaml").write_text(policy, encoding="utf-8")
    (tmp_path / "local.tsv").write_text("# term\tcorrection\tcategory\tseverity\tsource\n"
                                        "清河县科委\t清河县科学技术局\toutdated_body\twarn\t县机构改革方案\n",
                                        encoding="utf-8")
    (tmp_path / "a.txt").write_text("原清河县科委的职责", encoding="utf-8")
    done = check(str(tmp_path / "a.txt"), "--policy", str(tmp_path / "org.yaml"), "--json")
    findings = json.loads(done.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["suggestion"]) for f in findings] == [("outdated_body", "清河县科学技术局")]


def test_a_bad_lexicon_file_names_the_entry(tmp_path):
    policy = DEMO_POLICY.read_text(encoding="utf-8") + "\nchecks:\n  lexicon_files: [bad.yaml]\n"
    (tmp_path / "org.yaml").write_text(policy, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("- {term: 某词, correction: 另一词}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("正文", encoding="utf-8")
    done = check(str(tmp_path / "a.txt"), "--policy", str(tmp_path / "org.yaml"))
    assert done.exit_code == 2 and "bad.yaml: 第 1 条 source" in done.output


def test_a_malformed_yaml_lexicon_file_is_a_clear_error(tmp_path):
    policy = DEMO_POLICY.read_text(encoding="utf-8") + "\nchecks:\n  lexicon_files: [bad.yaml]\n"
    (tmp_path / "org.yaml").write_text(policy, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("- {term: 某词, source: [未闭合\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("正文", encoding="utf-8")
    done = check(str(tmp_path / "a.txt"), "--policy", str(tmp_path / "org.yaml"))
    assert done.exit_code == 2 and "bad.yaml: 格式错误" in done.output


def test_yaml_lexicon_files_are_read_with_libyaml_and_typed_as_yaml_types(tmp_path):
    if yaml.__with_libyaml__:
        assert policy_config.YAML_LOADER is yaml.CSafeLoader
    (tmp_path / "local.yaml").write_text("- {term: 中华人民共合国, correction: null, source: 文件, skip_punct: yes}\n",
                                         encoding="utf-8")
    (entry,) = policyfile.load_lexicon(tmp_path / "local.yaml")
    assert entry.correction is None and entry.skip_punct is True


def test_a_tsv_lexicon_file_may_set_skip_punct_in_a_sixth_column(tmp_path):
    (tmp_path / "local.tsv").write_text("# term\tcorrection\tcategory\tseverity\tsource\tskip_punct\n"
                                        "清河县科委\t清河县科学技术局\toutdated_body\twarn\t县机构改革方案\ttrue\n"
                                        "清河县农委\t清河县农业农村局\toutdated_body\twarn\t县机构改革方案\n"
                                        "清河县水务\t\t\t\t县机构改革方案\tfalse\r\n", encoding="utf-8")
    entries = policyfile.load_lexicon(tmp_path / "local.tsv")
    assert [(e.term, e.skip_punct) for e in entries] == [("清河县科委", True), ("清河县农委", False), ("清河县水务", False)]
    assert entries[2].correction is None and entries[2].category == "wrong_expression"


def test_a_bad_skip_punct_value_in_a_tsv_file_names_the_entry(tmp_path):
    (tmp_path / "local.tsv").write_text("清河县科委\t清河县科学技术局\toutdated_body\twarn\t县机构改革方案\t也许\n",
                                        encoding="utf-8")
    with pytest.raises(PolicyError, match="local.tsv: 第 1 条 skip_punct"):
        policyfile.load_lexicon(tmp_path / "local.tsv")


def test_a_mostly_ascii_shift_jis_file_is_refused_too(tmp_path):
    path = tmp_path / "mostly_ascii.txt"
    path.write_bytes(("Annual report 2024, budget summary and tables. " * 20 + "日本語の文書です。").encode("shift_jis"))
    done = check(str(path))
    assert done.exit_code == 2 and "无法识别文件编码" in done.output
