"""Control characters never enter the ledger, and stored text never drives a reviewer's terminal."""

import sqlite3

import pytest

from tests.cli.hostile import Cli, obeyed_by_a_terminal

OSC_TITLE = "\x1b]0;pwned\x07\x1b[31m红色\x1b[0m"


@pytest.fixture
def cli(tmp_path) -> Cli:
    run = Cli(tmp_path)
    run("init", "--demo")
    return run


@pytest.mark.parametrize("title", ["标题\x01", "标题" + OSC_TITLE, "标题\x9b31m", "标题\x7f"])
def test_a_title_with_a_control_character_is_refused_in_one_sentence_and_nothing_is_stored(cli, title):
    done = cli("submit", "--as", "wangfang", "--title", title, "--body-file", cli.body("正文。"), ok=False)
    assert done.returncode == 1 and "控制字符 U+" in done.stderr and done.stderr.count("\n") == 1
    assert obeyed_by_a_terminal(done.stderr) == [] and "Traceback" not in done.stderr
    assert cli.json("verify")["items_checked"] == 0


def test_a_body_or_opinion_with_a_control_character_is_refused_and_leaves_the_item_as_it_was(cli):
    refused = cli("submit", "--as", "wangfang", "--title", "标题", "--body-file", cli.body("第一行\n第二\x1b[2J行"),
                  ok=False)
    assert "正文第 2 行第 3 个字符是不允许的控制字符 U+001B" in refused.stderr
    cli("submit", "--as", "wangfang", "--title", "标题", "--body-file", cli.body("第一行\n\t第二行"))
    cli("claim", "1", "--as", "linfeng")
    done = cli("approve", "1", "--as", "linfeng", "-m", "同意\x1b]0;x\x07", ok=False)
    assert "意见" in done.stderr and "U+001B" in done.stderr
    assert [e["event"] for e in cli.json("history", "1")["events"]] == ["submit", "claim"]


def test_what_the_cli_prints_of_stored_text_never_drives_the_terminal(cli, tmp_path):
    """Text stored before the refusal (or by another door) is shown escaped by every command that prints it."""
    cli("submit", "--as", "wangfang", "--title", "关于\u202e通知", "--body-file", cli.body("正文。"))
    cli("claim", "1", "--as", "linfeng")
    cli("approve", "1", "--as", "linfeng", "-m", "同意")
    with sqlite3.connect(tmp_path / "s.db") as conn:
        conn.execute("UPDATE items SET title = ?", ("通知" + OSC_TITLE,))
        conn.execute("UPDATE revisions SET title = ?, body = ?", ("通知" + OSC_TITLE, "正文\x1b[2J\r隐藏"))
        conn.execute("UPDATE events SET opinion = ? WHERE event = 'approve'", ("同意\x1b]8;;http://x\x07",))
    for command in (("queue", "--as", "chenjun"), ("show", "1"), ("history", "1"), ("form", "1"), ("overdue",),
                    ("show", "1", "--json"), ("queue", "--as", "chenjun", "--json"), ("history", "1", "--json")):
        done = cli(*command, ok=False)
        assert done.stdout and obeyed_by_a_terminal(done.stdout + done.stderr) == [], command
    shown = cli("show", "1").stdout
    assert "\\x1b]0;pwned\\x07" in shown and "\\x0d隐藏" in shown


def test_names_from_the_policy_file_are_printed_escaped_by_users(cli, tmp_path):
    from sanshen.policyfile import DEMO_POLICY

    policy = DEMO_POLICY.read_text(encoding="utf-8").replace("name: 王芳", "name: \"王\u202e芳\"")
    (tmp_path / "org.yaml").write_text(policy, encoding="utf-8")
    cli("init", "--policy", "org.yaml")
    for done in (cli("users"), cli("users", "--json")):
        assert obeyed_by_a_terminal(done.stdout) == [] and "\\u202e" in done.stdout


def test_a_file_name_with_escape_sequences_is_echoed_escaped(cli):
    done = cli("submit", "--as", "wangfang", "--title", "标题", "--body-file", "nope\x1b[31m.txt", ok=False)
    assert "找不到文件" in done.stderr and obeyed_by_a_terminal(done.stderr) == []


def test_mail_shows_a_received_subject_escaped(cli, tmp_path):
    new = tmp_path / "var" / "mail" / "new"
    new.mkdir(parents=True)
    (tmp_path / "var" / "mail" / "cur").mkdir()
    (tmp_path / "var" / "mail" / "tmp").mkdir()
    (new / "1.eml").write_bytes(b"From: a@b.example\r\nTo: c@d.example\r\nSubject: =?utf-8?q?x=1B]0;pwned=07?=\r\n"
                                b"Date: Tue, 24 Nov 2026 09:30:00 +0800\r\n\r\nbody \x1b[2J\r\n")
    for done in (cli("mail"), cli("mail", "1"), cli("mail", "--json")):
        assert obeyed_by_a_terminal(done.stdout) == [] and "pwned" in done.stdout


@pytest.mark.parametrize("body", ["/dev/zero", "/dev/urandom"])
def test_submit_from_a_device_is_one_sentence_and_reads_nothing(cli, body):
    done = cli("submit", "--as", "wangfang", "--title", "标题", "--body-file", body, ok=False)
    assert done.returncode == 1 and "不是普通文件" in done.stderr and "Traceback" not in done.stderr
