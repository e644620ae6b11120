"""`sanshen check`: files in every encoding an agency has, a policy's own lexicon, exit statuses."""

import json

import docx
from typer.testing import CliRunner

from sanshen.cli import app

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


def test_something_blocking_exits_1_and_the_text_output_names_line_and_suggestion(tmp_path):
    (tmp_path / "a.txt").write_text("通知\n联系人手机13812345678。", encoding="utf-8")
    done = check(str(tmp_path / "a.txt"))
    assert done.exit_code == 1
    assert "第 2 行" in done.stdout and "138****5678" in done.stdout


def test_undecodable_or_missing_input_exits_2_with_a_clear_error(tmp_path):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    done = check(str(tmp_path / "binary.txt"))
    assert done.exit_code == 2 and "无法识别文件编码" in done.output
    assert check(str(tmp_path / "missing.txt")).exit_code == 2


def test_a_policy_with_its_own_lexicon_file_is_used(tmp_path):
    from sanshen.policyfile import DEMO_POLICY

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
    from sanshen.policyfile import DEMO_POLICY

    policy = DEMO_POLICY.read_text(encoding="utf-8") + "\nchecks:\n  lexicon_files: [bad.yaml]\n"
    (tmp_path / "org.yaml").write_text(policy, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("- {term: 某词, correction: 另一词}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("正文", encoding="utf-8")
    done = check(str(tmp_path / "a.txt"), "--policy", str(tmp_path / "org.yaml"))
    assert done.exit_code == 2 and "bad.yaml: 第 1 条 source" in done.output
