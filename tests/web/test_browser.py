"""A real headless Chromium (Debian's `chromium`, driven by Playwright) against `sanshen serve`.

One item goes from drafting to publication through the pages, signed in as the drafter and a reviewer
of each human stage (the clean sensitivity check is automated), then an auditor replays it. Screenshots
of the main pages go to test-output/screenshots; axe-core (vendored) checks the main pages and the
published page for serious or critical violations.
"""

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sanshen.ledger.db import Database
from sanshen.notifications.sink import start_sink
from sanshen.states import stage_name
from tests.conftest import IN_CI
from tests.notifications.conftest import free_port
from tests.web.conftest import PASSWORD, give_passwords

CHROMIUM = "/usr/bin/chromium"
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
SANSHEN = str(Path(sys.executable).parent / "sanshen")
ITEM_TITLE = "关于举办2026年科普宣传周活动的通知"
BODY = ("各科室、各有关单位：\n为深入实施全民科学素质行动，局定于12月举办科普宣传周活动，"
        "现将有关事项通知如下。\n一、活动时间\n2026年12月7日至13日。\n二、活动内容\n科普讲座、科技展览和科普进社区。\n"
        "请各单位认真组织，按时报送活动总结。")
REVIEWERS = [("confidentiality_review", "linfeng"), ("first_review", "chenjun"), ("second_review", "guolei"),
             ("final_review", "liuyang"), ("proofreading_1", "fengyu"), ("proofreading_2", "caihong"),
             ("proofreading_3", "dengyun")]


def _chromium() -> str:
    if not Path(CHROMIUM).exists():
        if IN_CI:
            pytest.fail("CI=true and /usr/bin/chromium is missing (scripts/test.sh installs it: apt-get install chromium)")
        pytest.skip("SKIPPED SUITE browser: /usr/bin/chromium is missing (apt-get install -y chromium)")
    return CHROMIUM


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[dict]:  # type: ignore[type-arg]
    """A demo organisation in a SQLite file, a mail sink, and `sanshen serve` on a free port."""
    home = tmp_path_factory.mktemp("served")
    smtp_port, web_port = free_port(), free_port()
    env = {**os.environ, "SANSHEN_DATABASE_URL": f"sqlite:///{home / 'sanshen.db'}", "SANSHEN_SMTP_HOST": "127.0.0.1",
           "SANSHEN_SMTP_PORT": str(smtp_port), "SANSHEN_SMTP_TLS": "none", "SANSHEN_MAIL_DIR": str(home / "mail")}
    env.pop("SANSHEN_NOW", None)
    subprocess.run([SANSHEN, "init", "--demo"], env=env, cwd=home, check=True, capture_output=True)
    db = Database(env["SANSHEN_DATABASE_URL"])
    give_passwords(db, "wangfang", "qianjin", "admin", *(user for _, user in REVIEWERS))
    db.dispose()
    sink = start_sink(home / "mail", port=smtp_port)
    server = subprocess.Popen([SANSHEN, "serve", "--port", str(web_port)], env=env, cwd=home)
    base = f"http://127.0.0.1:{web_port}"
    try:
        _wait_for(base)
        yield {"base": base, "env": env, "home": home}
    finally:
        server.terminate()
        server.wait(timeout=20)
        sink.stop()


def _wait_for(base: str) -> None:
    for _ in range(100):
        try:
            if httpx.get(f"{base}/login", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError("sanshen serve did not answer within 10 s")


@pytest.fixture(scope="module")
def browser(served) -> Iterator:  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    executable = _chromium()
    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True,
                                              args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield launched
        launched.close()


class Person:
    """One person's browser context, signed in through the sign-in form."""

    def __init__(self, browser, base: str, username: str, organisation: str = ""):  # type: ignore[no-untyped-def]
        self.base = base
        self.context = browser.new_context(viewport={"width": 1366, "height": 900}, bypass_csp=True, locale="zh-CN")
        self.page = self.context.new_page()
        self.page.goto(f"{base}/login")
        self.page.fill("#organisation", organisation)
        self.page.fill("#username", username)
        self.page.fill("#password", PASSWORD)
        self.page.click("button[type=submit]")
        assert "/login" not in self.page.url, self.page.content()

    def go(self, path: str):  # type: ignore[no-untyped-def]
        self.page.goto(self.base + path)
        return self.page

    def shot(self, name: str) -> None:
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

    def axe(self, name: str) -> list[str]:
        """axe-core's serious and critical violations on the current page."""
        self.page.add_script_tag(path=str(AXE))
        result = self.page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        return [f"{name}: {v['id']} ({v['impact']}) {v['help']}" for v in result["violations"]
                if v["impact"] in ("serious", "critical")]

    def close(self) -> None:
        self.context.close()


def _worker(served) -> None:  # type: ignore[no-untyped-def]
    """`sanshen worker --until-idle` (Prefect); its output goes to a file, which Prefect's server may keep open."""
    log = served["home"] / "worker.log"
    with log.open("ab") as out:
        finished = subprocess.run([SANSHEN, "worker", "--until-idle"], env=served["env"], cwd=served["home"],
                                  stdout=out, stderr=out, timeout=300)
    assert finished.returncode == 0, log.read_text(encoding="utf-8")[-3000:]


def test_one_item_from_drafting_to_publication_through_the_pages_then_replayed(served, browser):
    problems: list[str] = []
    drafter = Person(browser, served["base"], "wangfang")
    page = drafter.go("/items/new")
    problems += drafter.axe("new item")
    drafter.shot("01-new-item")
    page.fill("#title", ITEM_TITLE)
    page.fill("#body", BODY)
    page.fill("#formed_on", "2026-11-20")
    page.click("text=提交审核")
    assert "已提交，进入保密审查" in page.content()
    item = int(page.url.split("/items/")[1].split("?")[0])
    drafter.shot("02-item-submitted")
    problems += drafter.axe("item page")
    drafter.go("/desk")
    drafter.shot("03-desk")
    problems += drafter.axe("desk")
    drafter.close()

    for stage, username in REVIEWERS:
        if stage == "first_review":
            _worker(served)  # the automated sensitivity check passes the clean item on
        reviewer = Person(browser, served["base"], username)
        queue = reviewer.go("/queue")
        assert ITEM_TITLE in queue.content(), f"{username} does not see the task at {stage}"
        if stage == "confidentiality_review":
            reviewer.shot("04-queue")
            problems += reviewer.axe("queue")
        queue.click(f"a[href='/items/{item}']")
        queue.click("text=认领任务")
        if stage == "proofreading_1":
            reviewer.shot("06-proofreading")
            problems += reviewer.axe("proofreading page")
        queue.fill("#approve-opinion", f"{stage_name(stage)}：同意")
        if stage == "final_review":
            reviewer.shot("05-review")
            problems += reviewer.axe("review page")
        queue.click("form[action$='/approve'] button")
        assert "已通过" in queue.content(), queue.content()
        reviewer.close()

    _worker(served)  # publication
    auditor = Person(browser, served["base"], "qianjin")
    found = auditor.go(f"/audit?text={ITEM_TITLE[:6]}")
    assert f"/items/{item}" in found.content()
    auditor.shot("07-audit-search")
    problems += auditor.axe("audit search")
    timeline = auditor.go(f"/items/{item}/history")
    content = timeline.content()
    assert "校验通过" in content and "已发布" in content and "三校：同意" in content
    auditor.shot("08-history")
    problems += auditor.axe("history")
    auditor.go(f"/items/{item}/form")
    auditor.shot("09-approval-form")
    problems += auditor.axe("approval form")
    verify = auditor.go("/audit/verify")
    assert "全部通过" in verify.content()
    problems += auditor.axe("verify")
    published = auditor.go(f"/site/items/{item}.html")
    assert ITEM_TITLE in published.content() and "QHKJJ-" in published.content()
    auditor.shot("10-published")
    problems += auditor.axe("published page")
    auditor.close()

    operator = Person(browser, served["base"], "admin")
    operator.go("/operator")
    operator.shot("11-operator")
    problems += operator.axe("operator")
    operator.close()
    assert problems == []


def test_the_platform_auditor_reads_the_organisations_through_the_pages(served, browser):
    platform = Path(__file__).parents[2] / "sanshen" / "data" / "demo_platform.yaml"
    subprocess.run([SANSHEN, "init", "--platform", str(platform)], env=served["env"], cwd=served["home"], check=True,
                   capture_output=True)
    subprocess.run([SANSHEN, "passwd", "inspector@platform", "--password-stdin"], input=PASSWORD + "\n", text=True,
                   env=served["env"], cwd=served["home"], check=True, capture_output=True)
    inspector = Person(browser, served["base"], "inspector", organisation="platform")
    assert inspector.page.url.endswith("/platform")
    listing = inspector.page.content()
    assert "QHKJJ" in listing and "清河县科学技术局" in listing and "新增单位" not in listing
    problems = inspector.axe("platform")
    inspector.shot("12-platform-auditor")
    inspector.page.click("a[href='/reports?org=QHKJJ']")
    assert "清河县科学技术局（QHKJJ）" in inspector.page.content()
    problems += inspector.axe("reports")
    operator = inspector.go("/operator?org=QHKJJ")
    assert "平台审计员：只读" in operator.content() and "重新发送</button>" not in operator.content()
    inspector.close()
    assert problems == []
