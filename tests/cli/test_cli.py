"""The `sanshen` command line as scripts and people use it: real processes on a real SQLite file."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sanshen.states.diagram import mermaid
from tests.helpers import cli_runner

ROOT = Path(__file__).resolve().parents[2]
SANSHEN = str(Path(sys.executable).parent / "sanshen")


@pytest.fixture
def cli(tmp_path):
    run = cli_runner(tmp_path, tmp_path / 's.db')

    run("init", "--demo")
    (tmp_path / "body.txt").write_text("各科室：\n现将有关事项通知如下。", encoding="utf-8")
    return run


def as_json(done: subprocess.CompletedProcess[str]):
    return json.loads(done.stdout)


def test_submit_show_queue_history_and_verify_keep_their_json_contract(cli):
    submitted = as_json(cli("submit", "--as", "wangfang", "--title", "关于开展科技活动周的通知",
                            "--body-file", "body.txt", "--json"))
    assert submitted["stage"] == "confidentiality_review" and isinstance(submitted["id"], int)
    item = str(submitted["id"])
    shown = as_json(cli("show", item, "--json"))
    assert {"id", "title", "stage", "revision_hash"} <= shown.keys()
    assert shown["title"] == "关于开展科技活动周的通知" and len(shown["revision_hash"]) == 64
    queue = as_json(cli("queue", "--as", "linfeng", "--json"))
    assert [(q["item_id"], q["stage"]) for q in queue] == [(submitted["id"], "confidentiality_review")]
    cli("claim", item, "--as", "linfeng")
    cli("approve", item, "--as", "linfeng", "-m", "同意")
    timeline = as_json(cli("history", item, "--json"))
    assert {"item_id", "verified", "stored_stage", "replayed_stage", "events"} <= timeline.keys()
    assert timeline["verified"] is True and timeline["replayed_stage"] == "sensitivity_check"
    assert [e["event"] for e in timeline["events"]] == ["submit", "claim", "approve"]
    for event in timeline["events"]:
        assert {"seq", "event", "actor", "from_stage", "to_stage", "revision_hash", "at", "hash"} <= event.keys()
    report = as_json(cli("verify", "--json"))
    assert report["ok"] is True and report["items_checked"] == 1 and report["problems"] == []


def test_users_lists_username_department_and_roles(cli):
    people = as_json(cli("users", "--json"))
    linfeng = next(p for p in people if p["username"] == "linfeng")
    assert linfeng["department"] == "office" and linfeng["roles"] == ["confidentiality_officer"]


def test_a_refused_command_prints_one_sentence_on_stderr_and_exits_non_zero(cli):
    item = str(as_json(cli("submit", "--as", "wangfang", "--title", "标题", "--body-file", "body.txt", "--json"))["id"])
    done = cli("claim", item, "--as", "wangfang", ok=False)
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "drafter_reviews_nothing" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_bad_input_is_answered_clearly_and_writes_nothing(cli):
    missing = cli("submit", "--as", "wangfang", "--title", "标题", "--body-file", "nope.txt", ok=False)
    assert missing.returncode == 1 and "找不到文件" in missing.stderr and "Traceback" not in missing.stderr
    unknown = cli("show", "99", ok=False)
    assert unknown.returncode == 1 and "找不到稿件 99" in unknown.stderr
    assert as_json(cli("verify", "--json"))["items_checked"] == 0


def test_a_bad_policy_file_names_the_bad_key(cli, tmp_path):
    (tmp_path / "bad.yaml").write_text("organisation: {name: 某局, code: X}\nroles: {a: 甲}\n", encoding="utf-8")
    done = cli("init", "--policy", "bad.yaml", ok=False)
    assert done.returncode == 1 and "bad.yaml: departments: 缺少必填项" in done.stderr


def test_verify_exits_non_zero_when_the_ledger_was_tampered(cli, tmp_path):
    import sqlite3

    cli("submit", "--as", "wangfang", "--title", "标题", "--body-file", "body.txt")
    with sqlite3.connect(tmp_path / "s.db") as conn:
        conn.execute("UPDATE events SET actor = 'zhengguo' WHERE seq = 1")
    done = cli("verify", "--json", ok=False)
    assert done.returncode == 1 and as_json(done)["problems"][0]["seq"] == 1


def test_diagram_prints_the_mermaid_chart_of_the_code(cli):
    assert cli("diagram").stdout == mermaid()


def test_the_readme_shows_the_diagram_generated_from_the_code():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- diagram:start -->")[1].split("<!-- diagram:end -->")[0]
    assert block.strip() == f"```mermaid\n{mermaid()}```"


def test_commands_that_run_no_flow_never_import_prefect(tmp_path):
    probe = (
        "import sys\n"
        "from sanshen.cli import app\n"
        "try:\n"
        "    app(['show', '1', '--json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('prefect' in sys.modules)\n"
    )
    env = {**os.environ, "SANSHEN_DATABASE_URL": f"sqlite:///{tmp_path / 'none.db'}"}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_overdue_lists_items_past_the_statutory_limit_and_a_future_formation_date_is_refused(cli):
    cli("submit", "--as", "wangfang", "--title", "关于开展科技活动周的通知", "--body-file", "body.txt",
        "--formed-on", "2026-09-25")
    late = as_json(cli("overdue", "--json"))["statutory"]
    assert [(row["item_id"], row["due_at"][:10], row["late"]) for row in late] == [(1, "2026-10-29", True)]
    assert "已超过法定公开时限（2026年10月29日）" in cli("overdue").stdout
    refused = cli("submit", "--as", "wangfang", "--title", "未来的信息", "--body-file", "body.txt",
                  "--formed-on", "2026-12-01", ok=False)
    assert refused.returncode != 0 and "晚于今天" in refused.stderr and "Traceback" not in refused.stderr
    assert len(as_json(cli("queue", "--as", "linfeng", "--json"))) == 1


def test_form_prints_the_approval_form_and_its_json(cli):
    cli("submit", "--as", "wangfang", "--title", "关于开展科技活动周的通知", "--body-file", "body.txt")
    cli("claim", "1", "--as", "linfeng")
    cli("approve", "1", "--as", "linfeng", "-m", "不涉及国家秘密")
    form = as_json(cli("form", "1", "--json"))
    assert form["contains_secrets"]["opinion"] == "不涉及国家秘密" and form["verified"] is True
    printed = cli("form", "1").stdout
    assert "清河县科学技术局信息发布审批单" in printed and "是否涉密：否" in printed and "林峰（保密审查员）" in printed
    assert cli("form", "99", ok=False).returncode != 0


def test_a_bad_database_address_or_clock_setting_is_one_sentence_not_a_traceback(tmp_path):
    base = {**os.environ, "SANSHEN_DATABASE_URL": f"sqlite:///{tmp_path / 's.db'}"}
    (tmp_path / "s.db").touch()  # a database exists: the bad clock setting is what is answered
    for setting, said in ((("SANSHEN_DATABASE_URL", "foo://bar"), "数据库地址无效"),
                          (("SANSHEN_NOW", "garbage"), "SANSHEN_NOW 不是 ISO 8601 时刻")):
        env = {**base, setting[0]: setting[1]}
        done = subprocess.run([SANSHEN, "claim", "1", "--as", "linfeng"], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 1 and said in done.stderr and "Traceback" not in done.stderr


def test_history_says_to_whom_a_task_was_handed_over(cli):
    cli("submit", "--as", "wangfang", "--title", "关于开展科技活动周的通知", "--body-file", "body.txt")
    cli("claim", "1", "--as", "linfeng")
    cli("release", "1", "--as", "linfeng", "--to", "songjia")
    assert "转交给 songjia" in cli("history", "1").stdout


def test_checkpoint_json_and_verify_against_its_published_file(cli, tmp_path):
    cli("submit", "--as", "wangfang", "--title", "关于开展科技活动周的通知", "--body-file", "body.txt")
    assert "sanshen checkpoint --init-key" in cli("checkpoint", ok=False).stderr
    cli("checkpoint", "--init-key")
    key_file = tmp_path / "var" / "checkpoint.key"
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    made = as_json(cli("checkpoint", "--json"))
    assert {"id", "at", "items", "events", "root", "signature"} <= made.keys()
    assert (made["items"], made["events"]) == (1, 1)
    public = cli("checkpoint", "--public-key").stdout
    site = tmp_path / "var" / "site"
    assert (site / "checkpoint-public-key.pem").read_text() == public
    assert made["root"] in (site / "transparency.html").read_text()
    assert made["signature"] in (site / "checkpoints.xml").read_text()
    report = as_json(cli("verify", "--checkpoint", str(site / "checkpoints" / "1.json"), "--json"))
    assert report["ok"] is True and report["items_checked"] == 1 and report["problems"] == []
    since = as_json(cli("verify", "--since-checkpoint", "--json"))
    assert {"ok", "items_checked", "problems"} <= since.keys() and since["items_checked"] == 0
