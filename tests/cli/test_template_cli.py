"""`sanshen init --policy` with an organisation's templates, as a user runs it: bad ones refused, nothing stored."""

import json
import sqlite3
import subprocess

import pytest

from tests.helpers import cli_runner
from tests.template_helpers import CUSTOM_ITEM, MARKER, education_with


@pytest.fixture
def cli(tmp_path):
    run = cli_runner(tmp_path, tmp_path / "s.db")
    run("init", "--demo")
    (tmp_path / "body.txt").write_text("各科室：\n现将有关事项通知如下。", encoding="utf-8")
    return run


def orgs(cli) -> list[dict[str, object]]:
    return json.loads(cli("orgs", "--json").stdout)


def refused(cli, policy) -> subprocess.CompletedProcess[str]:
    done = cli("init", "--policy", str(policy), ok=False)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    return done


def test_a_bad_template_is_refused_with_its_field_and_nothing_is_stored(cli, tmp_path):
    before = orgs(cli)
    cases = {"site/item.html": ("{% for x in %}", "templates.site/item.html: 模板无法编译：第 1 行"),
             "site/page.html": ("x", "templates.site/page.html: 未知模板 'site/page.html'"),
             "mail/published.txt": ("字" * 30_000, "templates.mail/published.txt: 模板文件过大")}
    for number, (name, (text, expected)) in enumerate(cases.items()):
        done = refused(cli, education_with(tmp_path, {name: text}, f"bad{number}.yaml"))
        assert expected in done.stderr
    missing = tmp_path / "missing.yaml"
    missing.write_text(education_with(tmp_path, {"site/item.html": "x"}, "m.yaml").read_text(encoding="utf-8")
                       .replace("own-0-site-item.html", "no-such.html"), encoding="utf-8")
    assert "templates.site/item.html: 找不到模板文件" in refused(cli, missing).stderr
    (tmp_path / "not-utf8.html").write_bytes("页面".encode("gb18030"))
    undecodable = tmp_path / "undecodable.yaml"
    undecodable.write_text(missing.read_text(encoding="utf-8").replace("no-such.html", "not-utf8.html"),
                           encoding="utf-8")
    assert "templates.site/item.html: 无法读取模板文件" in refused(cli, undecodable).stderr
    assert orgs(cli) == before
    assert json.loads(cli("verify", "--json").stdout)["ok"]


def test_an_organisations_template_is_stored_and_publishes_and_verify_stays_clean(cli, tmp_path):
    cli("init", "--policy", str(education_with(tmp_path, {"site/item.html": CUSTOM_ITEM})))
    (tmp_path / "own-0-site-item.html").unlink()  # the stored policy version carries the text
    assert [o["code"] for o in orgs(cli)] == ["QHJYJ", "QHKJJ"]
    item = json.loads(cli("submit", "--as", "wangfang@QHJYJ", "--title", "教育局的通知", "--body-file", "body.txt",
                          "--json").stdout)["id"]
    assert item
    assert json.loads(cli("verify", "--json").stdout)["ok"]
    with sqlite3.connect(tmp_path / "s.db") as connection:  # the page itself: tests/integration
        stored = [json.loads(c) for (c,) in connection.execute("SELECT content FROM policy_versions")]
    assert [own.get("templates", {}).get("site/item.html") for own in stored] == [None, CUSTOM_ITEM]
    assert MARKER in CUSTOM_ITEM
