"""The operator's commands on two organisations, as a user runs them: each person reaches their organisation only."""

import json
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import cli_runner

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "sanshen" / "data"


@pytest.fixture
def cli(tmp_path):
    """QHKJJ and QHJYJ, each with an item at the sensitivity check: a parked job and parked or uncertain mail each."""
    database = tmp_path / "s.db"
    run = cli_runner(tmp_path, database)

    run("init", "--demo")
    run("init", "--policy", str(DATA / "demo_policy_education.yaml"))
    run("init", "--platform", str(DATA / "demo_platform.yaml"))
    (tmp_path / "body.txt").write_text("各科室：\n现将有关事项通知如下。", encoding="utf-8")
    for code in ("QHKJJ", "QHJYJ"):
        item = str(json.loads(run("submit", "--as", f"wangfang@{code}", "--title", "关于开展科技活动周的通知",
                                  "--body-file", "body.txt", "--json").stdout)["id"])
        run("claim", item, "--as", f"linfeng@{code}")
        run("approve", item, "-m", "同意", "--as", f"linfeng@{code}")
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE jobs SET status = 'parked', attempts = 5")
        conn.execute("UPDATE outbox SET status = CASE WHEN id % 2 = 0 THEN 'parked' ELSE 'uncertain' END")
    run.database = database  # type: ignore[attr-defined]
    return run


def listed(cli, command: str, *args: str) -> list[dict]:
    return json.loads(cli(command, "--json", *args).stdout)


def rows(cli, table: str, code: str) -> dict[int, str]:
    with sqlite3.connect(cli.database) as conn:
        return dict(conn.execute(f"SELECT t.id, t.status FROM {table} t JOIN organisations o ON o.id = t.organisation_id "
                                 "WHERE o.code = ?", (code,)).fetchall())


def test_each_listing_names_the_organisation_and_a_person_sees_their_own_only(cli):
    for command in ("jobs", "outbox"):
        assert {r["organisation"] for r in listed(cli, command)} == {"QHKJJ", "QHJYJ"}
        mine = listed(cli, command, "--as", "admin@QHKJJ")
        assert mine and {r["organisation"] for r in mine} == {"QHKJJ"}
        assert sorted(r["id"] for r in mine) == sorted(rows(cli, "jobs" if command == "jobs" else "outbox", "QHKJJ"))
        assert {r["organisation"] for r in listed(cli, command, "--org", "QHJYJ")} == {"QHJYJ"}
        assert {r["organisation"] for r in listed(cli, command, "--as", "inspector@platform")} == {"QHKJJ", "QHJYJ"}


def test_another_organisations_mail_and_jobs_answer_as_ones_that_do_not_exist(cli):
    before = rows(cli, "outbox", "QHKJJ")
    for number, status in before.items():
        flag = "--retry" if status == "parked" else "--mark-sent"
        other = cli("outbox", flag, str(number), "--as", "jyjadmin@QHJYJ", ok=False)
        missing = cli("outbox", flag, "424242", "--as", "jyjadmin@QHJYJ", ok=False)
        assert other.returncode == missing.returncode == 1
        assert other.stderr.replace(str(number), "N") == missing.stderr.replace("424242", "N") == "错误：找不到通知 N\n"
    [job] = rows(cli, "jobs", "QHKJJ")
    refused = cli("jobs", "--retry", str(job), "--as", "jyjadmin@QHJYJ", ok=False)
    assert refused.returncode == 1 and "不存在或未被搁置" in refused.stderr
    requeued = json.loads(cli("outbox", "--retry-parked", "--json", "--as", "jyjadmin@QHJYJ").stdout)["requeued"]
    assert requeued and set(requeued) <= set(rows(cli, "outbox", "QHJYJ"))
    assert json.loads(cli("jobs", "--retry-parked", "--json", "--as", "jyjadmin@QHJYJ").stdout)["requeued"] == list(
        rows(cli, "jobs", "QHJYJ"))
    assert rows(cli, "outbox", "QHKJJ") == before and rows(cli, "jobs", "QHKJJ") == {job: "parked"}


def test_who_may_operate(cli):
    other = cli("jobs", "--org", "QHJYJ", "--as", "admin@QHKJJ", ok=False)
    assert other.returncode == 1 and other.stderr == "错误：找不到单位 QHJYJ\n"
    drafter = cli("outbox", "--as", "wangfang@QHKJJ", ok=False)
    assert drafter.returncode == 1 and "只有本单位的管理员" in drafter.stderr
    assert listed(cli, "outbox", "--as", "qianjin@QHKJJ")  # the organisation's auditor reads
    for who in ("qianjin@QHKJJ", "inspector@platform"):
        refused = cli("jobs", "--retry-parked", "--as", who, ok=False)
        assert refused.returncode == 1 and "审计员只能查看" in refused.stderr
    assert set(rows(cli, "jobs", "QHKJJ").values()) == {"parked"}
    done = json.loads(cli("jobs", "--retry-parked", "--json", "--org", "QHJYJ", "--as", "ptadmin@platform").stdout)
    assert done["requeued"] == list(rows(cli, "jobs", "QHJYJ")) and set(rows(cli, "jobs", "QHKJJ").values()) == {"parked"}
    checkpoint = cli("checkpoint", "--as", "admin@QHKJJ", ok=False)
    assert checkpoint.returncode == 1 and "只有平台管理员" in checkpoint.stderr


def test_reports_are_of_one_organisation(cli):
    many = cli("report", "annual", "--year", "2026", "--json", ok=False)
    assert many.returncode == 1 and "请用 --org" in many.stderr and "QHJYJ、QHKJJ" in many.stderr
    ours = json.loads(cli("report", "annual", "--year", "2026", "--json", "--as", "admin@QHKJJ").stdout)
    theirs = json.loads(cli("report", "annual", "--year", "2026", "--json", "--org", "QHJYJ").stdout)
    assert (ours["organisation"], theirs["organisation"]) == ("清河县科学技术局", "清河县教育局")
    month = json.loads(cli("report", "confidentiality", "--month", "2026-11", "--json", "--org", "QHJYJ").stdout)
    assert month["organisation"] == "清河县教育局" and month["reviewed"] == 1
    with sqlite3.connect(cli.database) as conn:
        [[jyj_item]] = conn.execute("SELECT i.id FROM items i JOIN organisations o ON o.id = i.organisation_id "
                                    "WHERE o.code = 'QHJYJ'").fetchall()
    assert [s["item_id"] for s in month["sheets"]] == [jyj_item]
    refused = cli("report", "register", "--from", "2026-11-01", "--to", "2026-11-30", "--org", "QHJYJ",
                  "--as", "admin@QHKJJ", ok=False)
    assert refused.returncode == 1 and refused.stderr == "错误：找不到单位 QHJYJ\n"
