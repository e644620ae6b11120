"""The records from the CLI, on a real SQLite file: sheets, reports, every format read back, archive bags."""

import csv
import hashlib
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import bagit
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from sanshen.engine.commands import Decide, Submit
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policyfile import DEMO_POLICY, load_policy
from tests.helpers import CLEAN_BODY, drive_to

SANSHEN = str(Path(sys.executable).parent / "sanshen")
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=8)))


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    """A database with a published notice, a published policy and its interpretation, a secret refused,
    an on-request item recorded and a retraction; and a `run` for the CLI on it."""
    home = tmp_path_factory.mktemp("records")
    url = f"sqlite:///{home / 's.db'}"
    db = Database(url)
    upgrade(db.engine)
    with db.transaction() as session:
        store_policy(session, load_policy(DEMO_POLICY), NOW.isoformat())
    engine = Engine(db)

    def new(title, **kwargs):
        return engine.submit(Submit(kwargs.pop("actor", "wangfang"), title, CLEAN_BODY, **kwargs), NOW).id

    ids = {"notice": new("关于开展科技活动周的通知", channel="new_media"),
           "policy": new("关于促进科技成果转化的若干措施", kind="政策文件")}
    ids["interpretation"] = new("《关于促进科技成果转化的若干措施》解读", interprets=ids["policy"])
    ids["secret"] = new("关于重点项目的报告")
    ids["on_request"] = new("关于某项申请的答复", disclosure="on_request")
    ids["retracted"] = new("关于调整活动时间的通知")
    for name in ("notice", "policy", "interpretation", "retracted"):
        drive_to(engine, ids[name], "publishing", NOW)
        publish(db, ids[name], NOW)
    drive_to(engine, ids["on_request"], "recorded", NOW)
    engine.decide(Decide("claim", "linfeng", ids["secret"]), NOW)
    engine.decide(Decide("refuse", "linfeng", ids["secret"], opinion="涉及国家秘密", ground="state_secret"), NOW)
    engine.decide(Decide("retract", "liuyang", ids["retracted"], opinion="时间有误，撤稿"), NOW)
    db.dispose()
    env = {**os.environ, "SANSHEN_DATABASE_URL": url, "SANSHEN_NOW": "2026-11-30T09:30:00+08:00"}

    def run(*args, ok=True):
        done = subprocess.run([SANSHEN, *args], env=env, cwd=home, capture_output=True, text=True, timeout=120)
        if ok:
            assert done.returncode == 0, done.stderr
        return done

    return run, ids, home


def as_json(done):
    return json.loads(done.stdout)


def test_show_and_queue_say_kind_pair_and_what_an_item_waits_for(records):
    run, ids, _ = records
    shown = as_json(run("show", str(ids["policy"]), "--json"))
    assert shown["kind"] == "policy_document" and shown["interpreted_by"] == ids["interpretation"]
    assert shown["interprets"] is None and shown["waiting_for"] is None
    assert as_json(run("show", str(ids["interpretation"]), "--json"))["interprets"] == ids["policy"]


def test_the_confidentiality_sheet_has_the_intended_channel_and_the_officer(records):
    run, ids, _ = records
    sheet = as_json(run("form", str(ids["notice"]), "--sheet", "confidentiality", "--json"))
    assert sheet["channel"] == "政务新媒体" and sheet["officer"] == "林峰" and sheet["contains_secrets"] is False
    refused = as_json(run("form", str(ids["secret"]), "--sheet", "confidentiality", "--json"))
    assert refused["contains_secrets"] is True and refused["ground"] == "属于国家秘密"
    run("form", str(ids["notice"]), "--sheet", "confidentiality", "--format", "csv", "--output", "sheet.csv")
    fields = dict(csv.reader((records[2] / "sheet.csv").open(encoding="utf-8-sig")))
    assert fields["拟发布渠道"] == "政务新媒体" and fields["审查人"] == "林峰" and fields["是否涉密"] == "否"


def test_the_approval_form_as_pdf_reads_back_in_chinese(records):
    run, ids, home = records
    run("form", str(ids["notice"]), "--format", "pdf", "--output", "form.pdf")
    text = "".join(page.extract_text() for page in PdfReader(home / "form.pdf").pages)
    assert "清河县科学技术局信息发布审批单" in text and "关于开展科技活动周的通知" in text and "林峰" in text
    assert PdfReader(home / "form.pdf").pages[0].mediabox.width == pytest.approx(595.27, abs=0.5)  # A4


def test_the_monthly_confidentiality_summary_as_xlsx_reads_back(records):
    run, ids, home = records
    summary = as_json(run("report", "confidentiality", "--month", "2026-11", "--json"))
    assert summary["reviewed"] == 6 and summary["refused"] == 1 and summary["found_secrets"] == 1
    run("report", "confidentiality", "--month", "2026-11", "--format", "xlsx", "--output", "month.xlsx")
    cells = [c for row in load_workbook(home / "month.xlsx").active.iter_rows(values_only=True) for c in row if c]
    assert "保密审查汇总表（2026-11）" in cells[0] and "关于重点项目的报告" in cells and "林峰" in cells
    empty = as_json(run("report", "confidentiality", "--month", "2026-10", "--json"))
    assert empty["reviewed"] == 0 and empty["sheets"] == []


def test_the_register_lists_what_was_published_with_its_reviewers_as_json_and_csv(records):
    run, ids, home = records
    rows = as_json(run("report", "register", "--from", "2026-11-01", "--to", "2026-11-30", "--json"))
    assert [r["item_id"] for r in rows] == sorted([ids["notice"], ids["policy"], ids["interpretation"],
                                                   ids["retracted"]])
    for row in rows:
        assert {"index_number", "title", "published_at", "disclosure", "reviewers"} <= row.keys()
        assert "初审 陈军" in row["reviewers"] and row["disclosure"] == "主动公开"
    assert next(r for r in rows if r["item_id"] == ids["retracted"])["retract_reason"] == "时间有误，撤稿"
    run("report", "register", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "csv", "--output", "r.csv")
    table = list(csv.reader((home / "r.csv").open(encoding="utf-8-sig")))
    assert table[0][:2] == ["索引号", "标题"] and len(table) == 5
    assert as_json(run("report", "register", "--from", "2026-12-01", "--to", "2026-12-31", "--json")) == []


def test_the_annual_figures_and_the_items_behind_them(records):
    run, ids, home = records
    figures = as_json(run("report", "annual", "--year", "2026", "--json", "--detail"))
    assert figures["year"] == 2026 and figures["published_proactively"] == 4
    assert figures["by_kind"] == {"通知公告": 2, "政策文件": 1, "政策解读": 1}
    assert figures["refused_by_ground"] == {"属于国家秘密": 1} and figures["retracted"] == 1
    assert figures["on_request_approved"] == 1 and figures["withdrawn"] == 0 and figures["not_disclosed_recorded"] == 0
    assert figures["past_statutory_limit"] == 0 and figures["verified"]
    assert figures["detail"]["on_request_approved"] == [ids["on_request"]]
    run("report", "annual", "--year", "2026", "--format", "pdf", "--output", "annual.pdf")
    text = "".join(page.extract_text() for page in PdfReader(home / "annual.pdf").pages)
    assert "主动公开信息数" in text and "2026年政府信息公开工作年度报告" in text


def _digest(folder: Path) -> str:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return hashlib.sha256(b"".join(p.relative_to(folder).as_posix().encode() + p.read_bytes() for p in files)).hexdigest()


def test_the_archive_package_is_a_valid_reproducible_bag_with_every_record(records):
    run, ids, home = records
    made = as_json(run("archive", "--period", "2026-11", "--json"))
    package = Path(made["package"]) if Path(made["package"]).is_absolute() else home / made["package"]
    assert made["items"] == 4 and bagit.Bag(str(package)).is_valid()
    item = package / "data" / "items" / f"{ids['policy']:06d}"
    assert {p.name for p in item.iterdir()} == {"page.html", "revision.txt", "approval_form.json",
                                                "confidentiality_sheet.json", "history.json"}
    assert f'href="{ids["interpretation"]}.html"' in (item / "page.html").read_text(encoding="utf-8")
    first = _digest(package)
    run("archive", "--period", "2026-11")
    assert _digest(package) == first
    assert as_json(run("archive", "verify", str(package), "--json"))["valid"]
    (item / "revision.txt").write_text("改过的正文", encoding="utf-8")
    broken = run("archive", "verify", str(package), ok=False)
    assert broken.returncode == 1 and "校验失败" in broken.stdout


def test_a_period_with_nothing_published_still_gets_a_package_with_an_empty_list(records):
    run, _, home = records
    made = as_json(run("archive", "--period", "2026-10", "--zip", "--json"))
    assert made["items"] == 0 and made["package"].endswith(".zip")
    first = Path(made["package"] if Path(made["package"]).is_absolute() else home / made["package"]).read_bytes()
    run("archive", "--period", "2026-10", "--zip")
    assert Path(made["package"] if Path(made["package"]).is_absolute() else home / made["package"]).read_bytes() == first
    checked = as_json(run("archive", "verify", made["package"], "--json"))
    assert checked["valid"] and checked["items"] == 0


def test_a_bad_period_or_format_is_one_sentence(records):
    run, ids, _ = records
    bad = run("archive", "--period", "2026-13", ok=False)
    assert bad.returncode != 0 and bad.stderr.startswith("错误：") and "Traceback" not in bad.stderr
    bad = run("report", "annual", "--year", "2026", "--format", "doc", "--output", "x.doc", ok=False)
    assert bad.returncode == 2 and "csv|xlsx|pdf" in bad.stderr


def test_the_calendar_in_use_says_where_it_comes_from(records):
    run, _, _ = records
    known = as_json(run("calendar", "--year", "2026", "--json"))
    assert known["source"] == "chinese_calendar" and "2026-10-01" in known["holidays"] and known["workdays"]
    beyond = run("calendar", "--year", "2031")
    assert "估算" in beyond.stdout


@pytest.fixture
def fresh(tmp_path):
    env = {**os.environ, "SANSHEN_DATABASE_URL": f"sqlite:///{tmp_path / 's.db'}",
           "SANSHEN_NOW": "2026-11-24T09:30:00+08:00"}

    def run(*args, ok=True):
        done = subprocess.run([SANSHEN, *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
        if ok:
            assert done.returncode == 0, done.stderr
        return done

    run("init", "--demo")
    (tmp_path / "body.txt").write_text(CLEAN_BODY, encoding="utf-8")
    return run


def test_submit_takes_a_kind_and_the_policy_an_interpretation_interprets(fresh):
    policy = as_json(fresh("submit", "--as", "wangfang", "--title", "关于促进科技成果转化的若干措施",
                           "--body-file", "body.txt", "--kind", "政策文件", "--json"))["id"]
    interpretation = as_json(fresh("submit", "--as", "wangfang", "--title", "政策解读", "--body-file", "body.txt",
                                   "--interprets", str(policy), "--form", "图表图解", "--json"))["id"]
    shown = as_json(fresh("show", str(interpretation), "--json"))
    assert shown["kind"] == "policy_interpretation" and shown["interprets"] == policy
    assert shown["interpretation_form"] == "图表图解" and shown["waiting_for"] is None
    assert as_json(fresh("show", str(policy), "--json"))["interpreted_by"] == interpretation
    stranger = fresh("submit", "--as", "liqiang", "--title", "另一份解读", "--body-file", "body.txt",
                     "--interprets", str(policy), ok=False)
    assert stranger.returncode != 0 and stranger.stderr.startswith("错误：") and "Traceback" not in stranger.stderr


def test_not_disclosed_without_a_ground_is_refused_in_one_sentence(fresh):
    done = fresh("submit", "--as", "wangfang", "--title", "内部事项", "--body-file", "body.txt",
                 "--disclosure", "not_disclosed", ok=False)
    assert done.returncode != 0 and "ground_required" in done.stderr and "Traceback" not in done.stderr
    item = as_json(fresh("submit", "--as", "wangfang", "--title", "内部事项", "--body-file", "body.txt", "--disclosure",
                         "not_disclosed", "--disclosure-ground", "internal_affairs", "--disclosure-reason",
                         "属于内部管理信息", "--json"))["id"]
    form = as_json(fresh("form", str(item), "--json"))
    assert form["disclosure"] == "不予公开" and form["disclosure_reason"] == "属于内部管理信息"
    assert form["disclosure_ground"] == "属于内部事务信息"
    assert "不予公开理由：属于内部事务信息：属于内部管理信息" in fresh("form", str(item)).stdout
