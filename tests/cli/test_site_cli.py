"""`sanshen site export` and `sanshen site rebuild` as a user runs them: two organisations, two sites.

The publications are made with the engine on the same SQLite file (publishing through the worker is tested
elsewhere); every command under test runs as a subprocess, with a umask that would hide the files.
"""

import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sanshen.engine.commands import Decide
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish, retract_page
from sanshen.engine.site_store import put_page
from sanshen.ledger.db import Database
from tests.integration.test_isolation import drive, submit_as

ROOT = Path(__file__).resolve().parents[2]
SANSHEN = str(Path(sys.executable).parent / "sanshen")
EDUCATION = ROOT / "sanshen" / "data" / "demo_policy_education.yaml"
NOW = datetime.fromisoformat("2026-11-24T09:30:00+08:00")


@pytest.fixture
def cli(tmp_path):
    env = {**os.environ, "SANSHEN_DATABASE_URL": f"sqlite:///{tmp_path / 's.db'}", "SANSHEN_NOW": NOW.isoformat()}

    def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(["sh", "-c", 'umask 077; exec "$@"', "sh", SANSHEN, *args], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
        if ok:
            assert done.returncode == 0, done.stderr
        return done

    return run


@pytest.fixture
def two_sites(cli, tmp_path):
    cli("init", "--demo")
    cli("init", "--policy", str(EDUCATION))
    db = Database(f"sqlite:///{tmp_path / 's.db'}")
    made = {}
    for code, title in (("QHKJJ", "科技局的通知"), ("QHJYJ", "教育局的通知")):
        item = submit_as(db, f"wangfang@{code}", NOW, title)
        drive(db, item, code, "publishing", NOW)
        assert publish(db, item, NOW) == "published"
        made[code] = item
    yield db, made
    db.dispose()


def export(cli, directory: Path, *more: str) -> dict:
    return json.loads(cli("site", "export", str(directory), *more, "--json").stdout)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_each_organisations_site_is_exported_under_its_code_world_readable(cli, two_sites, tmp_path):
    db, made = two_sites
    out = tmp_path / "www"
    report = export(cli, out)
    assert report["sites"] == {"QHJYJ": {"written": 4, "unchanged": 0, "removed": 0},
                               "QHKJJ": {"written": 4, "unchanged": 0, "removed": 0}}
    kjj_page, jyj_page = out / "QHKJJ" / "items" / f"{made['QHKJJ']}.html", out / "QHJYJ" / "items" / f"{made['QHJYJ']}.html"
    assert kjj_page.is_file() and jyj_page.is_file() and not (out / "QHKJJ" / "items" / f"{made['QHJYJ']}.html").exists()
    assert "教育局的通知" not in (out / "QHKJJ" / "index.html").read_text(encoding="utf-8")
    assert "科技局的通知" not in (out / "QHJYJ" / "feed.xml").read_text(encoding="utf-8")
    assert mode(kjj_page) == 0o644 and mode(out / "QHKJJ" / "items") == 0o755 and mode(out) == 0o755
    assert export(cli, out)["written"] == 0
    assert list(export(cli, tmp_path / "one", "--org", "QHJYJ")["sites"]) == ["QHJYJ"]
    assert not (tmp_path / "one" / "QHKJJ").exists()


def test_a_retraction_and_a_page_the_site_no_longer_has_reach_the_directory(cli, two_sites, tmp_path):
    db, made = two_sites
    out = tmp_path / "www"
    export(cli, out)
    later = NOW + timedelta(hours=1)
    Engine(db).decide(Decide("retract", "liuyang", made["QHKJJ"], opinion="数据有误"), later)
    assert retract_page(db, made["QHKJJ"], later) == "retracted"
    report = export(cli, out)
    assert report["sites"]["QHKJJ"]["written"] == 4 and report["sites"]["QHJYJ"]["written"] == 0
    page = (out / "QHKJJ" / "items" / f"{made['QHKJJ']}.html").read_text(encoding="utf-8")
    assert "数据有误" in page and f"items/{made['QHKJJ']}.html" not in (out / "QHKJJ" / "feed.xml").read_text(encoding="utf-8")
    with db.transaction() as session:  # a page the site does not make (left by an older release)
        put_page(session, 1, "list/7.html", "<html>旧目录</html>", later)
    export(cli, out)
    assert (out / "QHKJJ" / "list" / "7.html").is_file()
    rebuilt = json.loads(cli("site", "rebuild", "--org", "QHKJJ", "--json").stdout)
    assert rebuilt == [{"code": "QHKJJ", "written": 0, "unchanged": 4, "removed": 1}]
    assert export(cli, out)["sites"]["QHKJJ"] == {"written": 0, "unchanged": 4, "removed": 1}
    assert not (out / "QHKJJ" / "list" / "7.html").exists() and (out / "QHKJJ" / "list" / "1.html").exists()
    assert json.loads(cli("site", "rebuild", "--json").stdout) == [
        {"code": "QHJYJ", "written": 0, "unchanged": 4, "removed": 0},
        {"code": "QHKJJ", "written": 0, "unchanged": 4, "removed": 0}]


def test_bad_requests_are_refused_in_one_sentence_and_change_nothing(cli, two_sites, tmp_path):
    db, _ = two_sites
    unknown = cli("site", "export", str(tmp_path / "none"), "--org", "NOPE", ok=False)
    assert unknown.returncode == 1 and "找不到单位 NOPE" in unknown.stderr and not (tmp_path / "none").exists()
    refused = cli("site", "rebuild", "--as", "wangfang@QHKJJ", ok=False)
    assert refused.returncode == 1 and "site_rebuild_operator_only" in refused.stderr
    assert "Traceback" not in refused.stderr + unknown.stderr
    with sqlite3.connect(tmp_path / "s.db") as connection:
        assert connection.execute("SELECT count(*) FROM site_rebuilds").fetchone() == (0,)


def test_init_on_a_database_whose_organisations_shared_one_site_gives_each_its_own(cli, tmp_path):
    connection = sqlite3.connect(tmp_path / "s.db")
    connection.executescript((ROOT / "tests" / "data" / "release_0009_two_organisations.sql").read_text(encoding="utf-8"))
    connection.close()
    done = cli("init")
    assert "QHJYJ、QHKJJ" in done.stderr
    export(cli, tmp_path / "www")
    assert "教育局的通知" in (tmp_path / "www" / "QHJYJ" / "index.html").read_text(encoding="utf-8")
    assert "科技局" not in (tmp_path / "www" / "QHJYJ" / "index.html").read_text(encoding="utf-8")
    assert json.loads(cli("verify", "--json").stdout)["ok"] is True
