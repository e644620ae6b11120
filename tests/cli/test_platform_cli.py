"""Two organisations on one database through the command line: contracts, `--as USER@CODE`, scoping."""

import json
import subprocess
from pathlib import Path

import pytest

from tests.helpers import cli_runner

ROOT = Path(__file__).resolve().parents[2]
EDUCATION = ROOT / "sanshen" / "data" / "demo_policy_education.yaml"


@pytest.fixture
def cli(tmp_path):
    run = cli_runner(tmp_path, tmp_path / 's.db')

    run("init", "--demo")
    run("init", "--policy", str(EDUCATION))
    (tmp_path / "body.txt").write_text("各科室：\n现将有关事项通知如下。", encoding="utf-8")
    return run


def as_json(done: subprocess.CompletedProcess[str]):
    return json.loads(done.stdout)


def submit(cli, who: str) -> str:
    return str(as_json(cli("submit", "--as", who, "--title", "关于开展科技活动周的通知", "--body-file", "body.txt",
                           "--json"))["id"])


def test_orgs_lists_code_name_people_and_items_of_each_organisation(cli):
    submit(cli, "wangfang@QHJYJ")
    listed = as_json(cli("orgs", "--json"))
    assert [{k: o[k] for k in ("code", "name", "people", "items")} for o in listed] == [
        {"code": "QHJYJ", "name": "清河县教育局", "people": 11, "items": 1},
        {"code": "QHKJJ", "name": "清河县科学技术局", "people": 25, "items": 0}]
    assert [o["code"] for o in as_json(cli("orgs", "--json", "--as", "tianye"))] == ["QHJYJ"]


def test_loading_a_policy_again_adds_a_version_of_that_organisation_only(cli, tmp_path):
    changed = tmp_path / "jyj.yaml"
    changed.write_text(EDUCATION.read_text(encoding="utf-8").replace("deadline_days: 10", "deadline_days: 12"),
                       encoding="utf-8")
    before = {o["code"]: o["policy_version"] for o in as_json(cli("orgs", "--json"))}
    assert as_json(cli("init", "--policy", str(changed), "--json"))["code"] == "QHJYJ"
    after = {o["code"]: o["policy_version"] for o in as_json(cli("orgs", "--json"))}
    assert after["QHKJJ"] == before["QHKJJ"] and after["QHJYJ"] > max(before.values())


def test_users_and_show_name_the_organisation(cli):
    people = as_json(cli("users", "--json"))
    assert {(p["username"], p["organisation"]) for p in people} >= {("wangfang", "QHKJJ"), ("wangfang", "QHJYJ")}
    assert {p["organisation"] for p in as_json(cli("users", "--json", "--as", "tianye@QHJYJ"))} == {"QHJYJ"}
    item = submit(cli, "wangfang@QHKJJ")
    assert as_json(cli("show", item, "--json"))["organisation"] == "QHKJJ"


def test_a_username_of_two_organisations_needs_its_code_in_one_sentence(cli):
    done = cli("submit", "--as", "wangfang", "--title", "标题", "--body-file", "body.txt", ok=False)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert done.stderr.strip() == "错误：用户名 wangfang 在多个单位中都有（QHJYJ、QHKJJ），请写成 wangfang@单位代码"
    assert as_json(cli("orgs", "--json"))[0]["items"] == 0  # nothing was written


def test_every_command_takes_user_at_code_and_another_organisations_item_is_not_found(cli):
    theirs = submit(cli, "wangfang@QHKJJ")
    for command in (["show", theirs], ["history", theirs], ["claim", theirs], ["approve", theirs, "-m", "同意"],
                    ["mask", theirs]):
        other = cli(*command, "--as", "linfeng@QHJYJ", ok=False)
        missing = cli(command[0], "424242", *command[2:], "--as", "linfeng@QHJYJ", ok=False)
        assert other.returncode == missing.returncode != 0, command
        assert other.stderr.replace(theirs, "N") == missing.stderr.replace("424242", "N") == "错误：找不到稿件 N\n"
    assert [q["item_id"] for q in as_json(cli("queue", "--as", "linfeng@QHJYJ", "--json"))] == []
    assert [q["item_id"] for q in as_json(cli("queue", "--as", "linfeng@QHKJJ", "--json"))] == [int(theirs)]
    cli("claim", theirs, "--as", "linfeng@QHKJJ")
    assert as_json(cli("show", theirs, "--json", "--as", "linfeng@QHKJJ"))["task"]["assignee"] == "linfeng"


def test_verify_checks_one_organisation_with_org(cli):
    submit(cli, "wangfang@QHKJJ")
    submit(cli, "wangfang@QHJYJ")
    assert as_json(cli("verify", "--json", "--org", "QHJYJ"))["items_checked"] == 1
    assert as_json(cli("verify", "--json"))["items_checked"] == 2
    refused = cli("verify", "--org", "QHKJJ", "--as", "tianye@QHJYJ", ok=False)
    assert refused.returncode != 0 and refused.stderr == "错误：找不到单位 QHKJJ\n"


def test_the_platform_file_names_who_may_add_organisations_and_who_reads_them_all(cli):
    loaded = as_json(cli("init", "--platform", str(ROOT / "sanshen" / "data" / "demo_platform.yaml"), "--json"))
    assert loaded["administrators"] == 1 and loaded["auditors"] == 1 and sorted(loaded["updated"]) == ["QHJYJ", "QHKJJ"]
    assert as_json(cli("init", "--policy", str(EDUCATION), "--as", "ptadmin@platform", "--json"))["code"] == "QHJYJ"
    refused = cli("init", "--policy", str(EDUCATION), "--as", "tianye@QHJYJ", ok=False)
    assert refused.returncode == 1 and refused.stderr == "错误：只有平台管理员可以新增单位或载入策略：tianye@QHJYJ 不是平台管理员\n"
    assert [o["code"] for o in as_json(cli("orgs", "--json", "--as", "inspector"))] == ["QHJYJ", "QHKJJ"]
