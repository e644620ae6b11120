"""Every page over HTTP: who sees what (404, never 403), the engine's refusals word for word, escaping."""

import io
import re

import docx
import pytest

from sanshen.engine.commands import Decide
from sanshen.engine.errors import CommandError
from sanshen.engine.handlers import Engine
from sanshen.policies.errors import RuleBroken
from tests.helpers import approve, drive_to, submit
from tests.web.conftest import as_user, csrf_of


@pytest.fixture
def engine(db):  # type: ignore[no-untyped-def]
    return Engine(db)


@pytest.fixture
def item(engine, now) -> int:  # type: ignore[no-untyped-def]
    return submit(engine, now)


def _engine_sentence(call) -> str:  # type: ignore[no-untyped-def]
    """What the CLI would print for the same refusal."""
    with pytest.raises((RuleBroken, CommandError)) as refused:
        call()
    return str(refused.value)


def test_a_drafter_opening_another_departments_draft_gets_404(app, item):
    zhaomin, _ = as_user(app, "zhaomin")
    for path in (f"/items/{item}", f"/items/{item}/history", f"/items/{item}/form", f"/items/{item}/history.csv"):
        assert zhaomin.get(path).status_code == 404, path
    missing = zhaomin.get("/items/99999")
    assert zhaomin.get(f"/items/{item}").text.count("找不到稿件") == 1 and "找不到稿件 99999" in missing.text


def test_a_drafter_sees_the_departments_items_on_the_desk(app, item):
    liqiang, _ = as_user(app, "liqiang")  # same department as wangfang
    desk = liqiang.get("/desk")
    assert "关于开展科技活动周的通知" in desk.text
    assert liqiang.get(f"/items/{item}").status_code == 200
    zhaomin, _ = as_user(app, "zhaomin")
    assert "关于开展科技活动周的通知" not in zhaomin.get("/desk").text


def test_a_reviewer_sees_items_at_their_stage_and_no_other(app, item, engine, now):
    linfeng, _ = as_user(app, "linfeng")
    chenjun, _ = as_user(app, "chenjun")
    assert linfeng.get(f"/items/{item}").status_code == 200
    assert chenjun.get(f"/items/{item}").status_code == 404  # first review is later
    drive_to(engine, item, "first_review", now)
    assert chenjun.get(f"/items/{item}").status_code == 200
    assert linfeng.get(f"/items/{item}").status_code == 200  # acted on it


def test_first_review_is_scoped_to_the_drafters_department(app, db, item, engine, now):
    from tests.web.conftest import give_passwords

    give_passwords(db, "huangtao")
    drive_to(engine, item, "first_review", now)
    huangtao, _ = as_user(app, "huangtao")
    assert huangtao.get(f"/items/{item}").status_code == 404
    assert "关于开展科技活动周的通知" not in huangtao.get("/queue").text


def test_a_reviewer_deciding_a_task_held_by_someone_else_hears_the_engines_sentence(app, item, engine, now):
    engine.decide(Decide("claim", "linfeng", item), now)
    songjia, csrf = as_user(app, "songjia")
    answer = songjia.post(f"/items/{item}/approve", data={"csrf": csrf, "opinion": "同意"})
    sentence = _engine_sentence(lambda: engine.decide(Decide("approve", "songjia", item, opinion="同意"), now))
    assert answer.status_code == 403
    assert sentence in answer.text.replace("&#34;", '"') and "规则：" in sentence


def test_the_queue_shows_open_and_claimed_tasks_with_filters_and_pages(app, item, engine, now):
    second = submit(engine, now, drafter="zhaomin")
    engine.decide(Decide("claim", "linfeng", second), now)
    linfeng, _ = as_user(app, "linfeng")
    page = linfeng.get("/queue")
    assert page.status_code == 200 and page.text.count("/items/") >= 2 and "我已认领" in page.text
    only_hitech = linfeng.get("/queue", params={"department": "hitech"})
    assert f'href="/items/{second}"' in only_hitech.text and f'href="/items/{item}"' not in only_hitech.text
    assert "没有待办任务" in linfeng.get("/queue", params={"late": "true"}).text
    assert "没有待办任务" in linfeng.get("/queue", params={"stage": "final_review"}).text
    assert linfeng.get("/queue", params={"page": 2}).status_code == 200
    assert linfeng.get("/queue", params={"page": 0}).status_code == 422


def test_a_drafter_submits_by_form_with_a_typed_body_and_by_txt_and_docx_upload(app):
    wangfang, csrf = as_user(app, "wangfang")
    typed = wangfang.post("/items", data={"csrf": csrf, "title": "打字稿", "body": "各科室：\n请按时报送。",
                                          "disclosure": "proactive", "formed_on": "2026-11-20", "source": ""},
                          follow_redirects=False)
    assert typed.status_code == 303 and "done=submit" in typed.headers["location"]
    text_file = ("notice.txt", "各科室：\n文本文件上传。".encode("gb18030"), "text/plain")
    uploaded = wangfang.post("/items", data={"csrf": csrf, "title": "文本稿", "body": ""}, files={"upload": text_file})
    assert "文本文件上传" in uploaded.text
    document = docx.Document()
    document.add_paragraph("各科室：Word 文件上传。")
    buffer = io.BytesIO()
    document.save(buffer)
    word = ("notice.docx", buffer.getvalue(), "application/octet-stream")
    assert "Word 文件上传" in wangfang.post("/items", data={"csrf": csrf, "title": "Word 稿"},
                                              files={"upload": word}).text
    assert wangfang.get("/items/new").status_code == 200


def test_bad_input_is_one_sentence_and_nothing_is_written(app, db):
    wangfang, csrf = as_user(app, "wangfang")
    empty = wangfang.post("/items", data={"csrf": csrf, "title": "", "body": "正文"})
    future = wangfang.post("/items", data={"csrf": csrf, "title": "标题", "body": "正文", "formed_on": "2099-01-01"})
    assert empty.status_code == future.status_code == 422
    assert "标题不能为空" in empty.text and "晚于今天" in future.text
    assert "/items/1" not in wangfang.get("/desk").text


def test_xss_in_a_title_an_opinion_and_a_file_name_is_rendered_escaped(app, engine, now):
    wangfang, csrf = as_user(app, "wangfang")
    evil = "<script>alert('t')</script>"
    made = wangfang.post("/items", data={"csrf": csrf, "title": evil, "body": "各科室：\n正文。"}, follow_redirects=False)
    item = int(made.headers["location"].split("/")[2].split("?")[0])
    engine.decide(Decide("claim", "linfeng", item), now)
    engine.decide(Decide("return", "linfeng", item, opinion='<img src=x onerror="alert(1)">'), now)
    page = wangfang.get(f"/items/{item}").text + wangfang.get("/desk").text + wangfang.get(f"/items/{item}/history").text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=" in page
    bad_file = ('<svg onload=alert(1)>.pdf', b"x", "application/pdf")
    refused = wangfang.post("/items", data={"csrf": csrf, "title": "附件"}, files={"upload": bad_file})
    assert refused.status_code == 422 and "<svg onload" not in refused.text and "&lt;svg onload=alert(1)&gt;.pdf" in refused.text


def test_the_item_page_marks_findings_and_diffs_revisions_character_by_character(app, engine, now):
    item = submit(engine, now, body="各科室：\n请联系13812345678报名。")
    engine.decide(Decide("claim", "linfeng", item), now)
    engine.decide(Decide("return", "linfeng", item, opinion="请删去个人手机号"), now)
    wangfang, csrf = as_user(app, "wangfang")
    page = wangfang.get(f"/items/{item}").text
    assert re.search(r'<mark class="sev-block"[^>]*>13812345678<sup>1</sup></mark>', page)
    assert "请删去个人手机号" in page
    masked = wangfang.post(f"/items/{item}/mask", data={"csrf": csrf}, follow_redirects=False)
    assert masked.status_code == 303
    revised = wangfang.post(f"/items/{item}/revise", data={"csrf": csrf, "title": "关于开展科技活动周的通知",
                                                           "body": "各科室：\n请登录网站报名。"}, follow_redirects=False)
    assert revised.status_code == 303
    diff = wangfang.get(f"/items/{item}", params={"a": 1, "b": 3}).text
    assert "<del>" in diff and "<ins>" in diff and "第 1 版 → 第 3 版" in diff
    assert wangfang.post(f"/items/{item}/resubmit", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    linfeng, _ = as_user(app, "linfeng")
    review = linfeng.get(f"/items/{item}").text
    assert "自本环节上次审核以来的修改" in review


def test_a_reviewer_claims_approves_returns_refuses_and_hands_over_through_forms(app, engine, now):
    first, second, third = (submit(engine, now) for _ in range(3))
    linfeng, csrf = as_user(app, "linfeng")
    for item in (first, second, third):
        assert linfeng.post(f"/items/{item}/claim", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    linfeng.post(f"/items/{first}/approve", data={"csrf": csrf, "opinion": "不涉密"})
    no_opinion = linfeng.post(f"/items/{second}/return", data={"csrf": csrf, "opinion": ""})
    assert no_opinion.status_code == 403 and "opinion_required" in no_opinion.text
    linfeng.post(f"/items/{second}/return", data={"csrf": csrf, "opinion": "请补充"})
    linfeng.post(f"/items/{third}/refuse", data={"csrf": csrf, "ground": "process_information", "opinion": "过程性"})
    with engine.db.transaction() as session:
        from sanshen.engine.queries import show

        stages = [show(session, i)["stage"] for i in (first, second, third)]
    assert stages == ["sensitivity_check", "drafting", "refused"]
    fourth = submit(engine, now)
    linfeng.post(f"/items/{fourth}/claim", data={"csrf": csrf})
    handed = linfeng.post(f"/items/{fourth}/release", data={"csrf": csrf, "to": "songjia"}, follow_redirects=False)
    assert handed.status_code == 303
    songjia, _ = as_user(app, "songjia")
    assert "我已认领" in songjia.get("/queue").text


def test_a_proofreader_corrects_in_place_and_takes_a_suggestion_within_the_tolerance(app, engine, now):
    item = submit(engine, now, body="各科室：\n现将有关事项通知如下,请认真组织实施。" + "各单位要高度重视科普工作。" * 8)
    drive_to(engine, item, "proofreading_1", now)
    fengyu, csrf = as_user(app, "fengyu")
    fengyu.post(f"/items/{item}/claim", data={"csrf": csrf})
    page = fengyu.get(f"/items/{item}").text
    assert "校对修改幅度" in page and 'name="pick"' in page
    taken = fengyu.post(f"/items/{item}/apply", data={"csrf": csrf, "pick": "1"}, follow_redirects=False)
    assert taken.status_code == 303, re.findall(r'role="alert">([^<]*)', taken.text)
    assert "已用 <strong>" in fengyu.get(f"/items/{item}").text
    too_much = fengyu.post(f"/items/{item}/correct", data={"csrf": csrf, "title": "关于开展科技活动周的通知",
                                                           "body": "完全不同的正文内容。"})
    assert too_much.status_code == 403 and "correction_too_large" in too_much.text


def test_the_drafter_withdraws_and_an_auditor_changes_nothing(app, item):
    qianjin, csrf = as_user(app, "qianjin")
    assert qianjin.get(f"/items/{item}").status_code == 200
    refused = qianjin.post(f"/items/{item}/withdraw", data={"csrf": csrf})
    assert refused.status_code == 403 and "read_only" in refused.text
    wangfang, csrf = as_user(app, "wangfang")
    assert wangfang.post(f"/items/{item}/withdraw", data={"csrf": csrf}, follow_redirects=False).status_code == 303


def test_the_auditor_searches_replays_verifies_prints_and_exports(app, item, engine, now):
    approve(engine, item, "linfeng", now, opinion="经审查不涉密")
    qianjin, _ = as_user(app, "qianjin")
    found = qianjin.get("/audit", params={"text": "科技活动周", "person": "linfeng"})
    assert f'href="/items/{item}"' in found.text
    assert f'href="/items/{item}"' not in qianjin.get("/audit", params={"stage": "published"}).text
    timeline = qianjin.get(f"/items/{item}/history").text
    assert "校验通过" in timeline and "<svg" in timeline and "经审查不涉密" in timeline
    assert "全部通过" in qianjin.get("/audit/verify").text
    assert "信息发布审批单" in qianjin.get(f"/items/{item}/form").text
    exported = qianjin.get(f"/items/{item}/history.json").json()
    assert exported["verified"] is True and [e["event"] for e in exported["events"]][:2] == ["submit", "claim"]
    csv_text = qianjin.get(f"/items/{item}/history.csv").text
    assert csv_text.lstrip("\ufeff").startswith("seq,at,event") and "经审查不涉密" in csv_text
    assert "科技活动周" in qianjin.get("/audit/search.csv").text
    assert "sign_in" in qianjin.get("/audit/access-log").text or "登录" in qianjin.get("/audit/access-log").text


def test_a_broken_link_is_shown_where_it_breaks(app, db, item, engine, now):
    from sqlalchemy import update

    from sanshen.ledger import models

    approve(engine, item, "linfeng", now, opinion="同意")
    with db.transaction() as session:
        session.execute(update(models.Event).where(models.Event.item_id == item, models.Event.seq == 3)
                        .values(opinion="篡改后的意见"))
    qianjin, _ = as_user(app, "qianjin")
    timeline = qianjin.get(f"/items/{item}/history").text
    assert "校验失败" in timeline and re.search(r'<tr class="broken">\s*<td>3 <strong class="bad">断链', timeline)
    assert "发现" in qianjin.get("/audit/verify").text


def test_operator_pages_are_for_the_admin_only(app, db, item):
    from sqlalchemy import update

    from sanshen.ledger import models

    with db.transaction() as session:
        session.execute(update(models.OutboxMessage).values(status="uncertain", last_error="no answer"))
    admin, csrf = as_user(app, "admin")
    page = admin.get("/operator")
    assert page.status_code == 200 and "no answer" in page.text and "wangfang" in page.text
    message = int(re.search(r'/operator/outbox/(\d+)/mark-sent', page.text).group(1))
    assert admin.post(f"/operator/outbox/{message}/mark-sent", data={"csrf": csrf},
                      follow_redirects=False).status_code == 303
    again = admin.post(f"/operator/outbox/{message}/mark-sent", data={"csrf": csrf})
    assert again.status_code == 422 and "不能记为已送达" in again.text
    assert admin.post("/operator/jobs/999/retry", data={"csrf": csrf}).status_code == 422
    wangfang, csrf = as_user(app, "wangfang")
    assert wangfang.get("/operator").status_code == 404
    assert wangfang.post(f"/operator/outbox/{message}/retry", data={"csrf": csrf}).status_code == 404
    assert wangfang.get("/audit/access-log").status_code == 404
    assert wangfang.get("/audit/verify").status_code == 404


def test_the_home_page_sends_each_person_to_their_work(app):
    for user, place in (("wangfang", "/desk"), ("linfeng", "/queue"), ("qianjin", "/audit"), ("admin", "/operator")):
        c, _ = as_user(app, user)
        assert c.get("/", follow_redirects=False).headers["location"] == place


def test_the_published_site_is_served_under_site(app, site_dir):
    (site_dir / "items").mkdir(parents=True, exist_ok=True)
    (site_dir / "index.html").write_text("<html><body>信息公开</body></html>", encoding="utf-8")
    c, _ = as_user(app, "wangfang")
    assert "信息公开" in c.get("/site/").text
    assert c.get("/site/../../etc/passwd").status_code == 404 and c.get("/site/items/9.html").status_code == 404


def test_the_site_the_database_keeps_is_served_first(app, db, site_dir, now):
    from sanshen.engine.site_store import put_page

    site_dir.mkdir(parents=True, exist_ok=True)
    (site_dir / "index.html").write_text("<html><body>旧的导出</body></html>", encoding="utf-8")
    with db.transaction() as session:
        put_page(session, 1, "index.html", "<html><body>数据库中的目录</body></html>", now)
        put_page(session, 1, "feed.xml", "<feed/>", now)
    c, _ = as_user(app, "wangfang")
    assert "数据库中的目录" in c.get("/site/").text and "旧的导出" not in c.get("/site/").text
    assert c.get("/site/feed.xml").headers["content-type"].startswith("application/atom+xml")


def test_each_organisations_site_is_served_under_its_code_and_only_its_own_pages(app, db, now):
    from sanshen.engine.publishing import publish
    from sanshen.ledger.policystore import store_policy
    from sanshen.policyfile import load_policy
    from tests.integration.test_isolation import EDUCATION, drive, submit_as

    with db.transaction() as session:
        store_policy(session, load_policy(EDUCATION), now.isoformat())
    made = {}
    for code, title in (("QHKJJ", "科技局的通知"), ("QHJYJ", "教育局的通知")):
        made[code] = submit_as(db, f"wangfang@{code}", now, title)
        drive(db, made[code], code, "publishing", now)
        assert publish(db, made[code], now) == "published"
    from fastapi.testclient import TestClient

    c = TestClient(app)  # the published sites are public
    education = c.get("/site/QHJYJ/")
    assert "教育局的通知" in education.text and "科技局的通知" not in education.text
    assert "科技局的通知" in c.get("/site/QHKJJ/feed.xml").text and "教育局" not in c.get("/site/QHKJJ/feed.xml").text
    assert c.get(f"/site/QHKJJ/items/{made['QHJYJ']}.html").status_code == 404
    assert c.get(f"/site/QHJYJ/items/{made['QHJYJ']}.html").status_code == 200
    assert c.get("/site/QHJYJ", follow_redirects=False).headers["location"] == "/site/QHJYJ/"
    front = c.get("/site/").text
    assert 'href="QHKJJ/index.html"' in front and 'href="QHJYJ/index.html"' in front and "教育局的通知" not in front


def test_pages_carry_no_script_from_elsewhere_and_strict_headers(app, item):
    c, _ = as_user(app, "wangfang")
    page = c.get(f"/items/{item}")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert not re.search(r'(src|href)="(https?:)?//', page.text)
    assert csrf_of(page.text)


def test_the_web_app_imports_no_prefect():
    import subprocess
    import sys

    probe = "import sys, sanshen.web.app, sanshen.web.api; print(any(m.startswith('prefect') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_a_form_sent_twice_with_its_key_acts_once(app, db):
    """A double click, or a resubmitted page, carries the form's own key: the second answers the first outcome."""
    import re

    from sqlalchemy import func, select

    from sanshen.ledger import models

    c, token = as_user(app, "wangfang")
    form = c.get("/items/new").text
    key = re.search(r'name="key" value="([0-9a-f]{32})"', form)
    assert key is not None and key.group(1) not in c.get("/items/new").text  # a new key each time the form is shown
    data = {"csrf": token, "key": key.group(1), "title": "关于开展科技活动周的通知", "body": "各科室：\n请按时报送。",
            "disclosure": "proactive"}
    first, again = (c.post("/items", data=data, follow_redirects=False) for _ in range(2))
    assert first.status_code == again.status_code == 303
    assert first.headers["location"] == again.headers["location"]
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(models.Item)) == 1
