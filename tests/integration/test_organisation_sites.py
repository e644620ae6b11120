"""Each organisation its own site, index, feed, export, rebuild and holiday calendar (two organisations, one database).

Each test would fail if a site read or wrote outside its organisation, or one calendar served both.
"""

from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select

from sanshen.engine.commands import Decide, Submit
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish, retract_page
from sanshen.engine.queries import verify
from sanshen.engine.site_export import MANIFEST, UnknownOrganisation, export_sites
from sanshen.engine.site_rebuild import RebuildRefused, rebuild_sites
from sanshen.engine.site_store import PAGES, put_page, read_page, site_file
from sanshen.ledger import models
from sanshen.ledger.policystore import store_policy
from sanshen.notifications import site
from sanshen.policies.config import parse_policy
from sanshen.policies.scope import CONSOLE
from sanshen.policyfile import load_policy
from tests.helpers import CLEAN_BODY
from tests.platform_helpers import EDUCATION, as_, drive, submit_as

KJJ, JYJ = 1, 2


@pytest.fixture
def two(db, now):
    with db.transaction() as session:
        store_policy(session, load_policy(EDUCATION), now.isoformat())
    return db


def published(db, who: str, code: str, now, title: str) -> int:
    item = submit_as(db, who, now, title)
    drive(db, item, code, "publishing", now)
    assert publish(db, item, now) == "published"
    return item


@pytest.fixture
def both(two, now):
    """Two publications of QHKJJ and one of QHJYJ, interleaved."""
    first = published(two, "wangfang@QHKJJ", "QHKJJ", now, "科技局第一篇")
    education = published(two, "wangfang@QHJYJ", "QHJYJ", now + timedelta(minutes=1), "教育局的通知")
    second = published(two, "wangfang@QHKJJ", "QHKJJ", now + timedelta(minutes=2), "科技局第二篇")
    return two, first, education, second


def pages_of(db, organisation: int) -> dict[str, str]:
    with db.reading() as session:
        return dict(session.execute(select(PAGES.c.path, PAGES.c.content)
                                    .where(PAGES.c.organisation_id == organisation)).all())


def test_each_index_and_feed_lists_only_its_own_organisations_pages(both):
    db, first, education, second = both
    kjj, jyj = pages_of(db, KJJ), pages_of(db, JYJ)
    assert set(kjj) == {f"items/{first}.html", f"items/{second}.html", "index.html", "list/1.html", "feed.xml"}
    assert set(jyj) == {f"items/{education}.html", "index.html", "list/1.html", "feed.xml"}
    for path in ("index.html", "list/1.html", "feed.xml"):
        assert "教育局的通知" not in kjj[path] and f"items/{education}.html" not in kjj[path]
        assert "科技局" not in jyj[path] and f"items/{first}.html" not in jyj[path]
        assert "清河县教育局" in jyj[path] and "清河县科学技术局" in kjj[path]
    with db.reading() as session:
        numbers = session.execute(select(models.SiteListing.organisation_id, models.SiteListing.seq)
                                  .order_by(models.SiteListing.item_id)).all()
    assert [tuple(n) for n in numbers] == [(KJJ, 1), (JYJ, 1), (KJJ, 2)]  # each index numbers its own


def test_a_retraction_changes_only_its_own_organisations_site(both, now):
    db, first, education, _ = both
    before = pages_of(db, JYJ)
    later = now + timedelta(hours=1)
    Engine(db).decide(Decide("retract", "liuyang", first, opinion="数据有误"), later)
    assert retract_page(db, first, later) == "retracted"
    assert pages_of(db, JYJ) == before
    assert f"items/{first}.html" not in pages_of(db, KJJ)["feed.xml"]


def test_the_web_app_serves_each_site_under_its_code_and_lists_them_at_the_root(both):
    db, first, education, _ = both
    with db.reading() as session:
        assert "教育局的通知" in (site_file(session, "QHJYJ/index.html") or "")
        assert "教育局的通知" not in (site_file(session, "QHKJJ/index.html") or "")
        assert site_file(session, f"QHKJJ/items/{education}.html") is None  # another organisation's page
        assert site_file(session, f"QHJYJ/items/{education}.html") is not None
        root = site_file(session, "index.html") or ""
        assert 'href="QHKJJ/index.html"' in root and 'href="QHJYJ/index.html"' in root
        assert site_file(session, f"items/{first}.html") is None  # several sites: no page at the root


def test_the_export_writes_each_site_in_its_own_folder(both, tmp_path):
    db, first, education, second = both
    report = export_sites(db, tmp_path)
    assert sorted(report.sites) == ["QHJYJ", "QHKJJ"] and report.written == 5 + 4
    assert sorted(p.name for p in (tmp_path / "QHKJJ" / "items").iterdir()) == sorted([f"{first}.html", f"{second}.html"])
    assert [p.name for p in (tmp_path / "QHJYJ" / "items").iterdir()] == [f"{education}.html"]
    assert "教育局的通知" not in (tmp_path / "QHKJJ" / "feed.xml").read_text(encoding="utf-8")
    only = export_sites(db, tmp_path / "one", "QHJYJ")
    assert list(only.sites) == ["QHJYJ"] and not (tmp_path / "one" / "QHKJJ").exists()
    with pytest.raises(UnknownOrganisation, match="找不到单位 NOPE"):
        export_sites(db, tmp_path / "none", "NOPE")
    assert not (tmp_path / "none").exists()


def test_a_rebuild_restores_missing_pages_removes_strays_and_is_idempotent(both, now):
    db, first, education, _ = both
    before_kjj, before_jyj = pages_of(db, KJJ), pages_of(db, JYJ)
    with db.transaction() as session:  # as a database of before 0006 left it: lines in the index, no pages
        session.execute(delete(models.SitePage).where(models.SitePage.organisation_id == KJJ))
        put_page(session, JYJ, "list/9.html", "一页不再有的目录", now)
    done = {d.code: d for d in rebuild_sites(db, CONSOLE, now + timedelta(days=1))}
    assert (done["QHKJJ"].written, done["QHJYJ"].removed, done["QHJYJ"].written) == (5, 1, 0)
    assert pages_of(db, KJJ) == before_kjj and pages_of(db, JYJ) == before_jyj  # the same bytes as at publication
    again = rebuild_sites(db, CONSOLE, now + timedelta(days=2))
    assert [(d.written, d.removed) for d in again] == [(0, 0), (0, 0)]
    with db.reading() as session:
        recorded = session.execute(select(models.SiteRebuild.organisation_id, models.SiteRebuild.actor)
                                   .order_by(models.SiteRebuild.id)).all()
        assert verify(session)["ok"]
    assert sorted(tuple(r) for r in recorded) == [(KJJ, "console"), (JYJ, "console")]  # the second run: nothing


def test_a_rebuild_after_a_template_change_passes_verify_and_a_tampered_page_does_not(both, now, monkeypatch):
    db, first, _, _ = both
    original = site.item_page
    monkeypatch.setattr(site, "item_page", lambda item, *given: original(item, *given) + "<!-- 新模板 -->")
    done = {d.code: d for d in rebuild_sites(db, CONSOLE, now, "QHKJJ")}
    assert list(done) == ["QHKJJ"] and done["QHKJJ"].written == 2
    with db.transaction() as session:
        assert (read_page(session, KJJ, f"items/{first}.html") or "").endswith("<!-- 新模板 -->")
        assert verify(session)["ok"]
        put_page(session, KJJ, f"items/{first}.html", "<html>被篡改的页面</html>", now)
    with db.reading() as session:
        report = verify(session)
    assert not report["ok"] and "页面被改动" in str(report)


def test_only_the_console_or_a_platform_administrator_rebuilds(both, now):
    db, *_ = both
    with db.reading() as session:
        count = session.execute(select(func.count()).select_from(models.SiteRebuild)).scalar_one()
    engine, _ = as_(db, "wangfang@QHKJJ")
    with pytest.raises(RebuildRefused, match="site_rebuild_operator_only"):
        rebuild_sites(db, engine.scope, now)
    with db.reading() as session:
        assert session.execute(select(func.count()).select_from(models.SiteRebuild)).scalar_one() == count


def first_due(db, code: str, now) -> str:
    engine, who = as_(db, f"wangfang@{code}")
    item = engine.submit(Submit(who, "关于开展科技活动周的通知", CLEAN_BODY), now).id
    with db.reading() as session:
        return session.execute(select(models.ReviewTask.due_at).where(models.ReviewTask.item_id == item)).scalar_one()


def test_each_organisations_holiday_overrides_apply_to_its_own_deadlines_only(two, now):
    before = {code: first_due(two, code, now) for code in ("QHKJJ", "QHJYJ")}
    data = load_policy(EDUCATION).model_dump(mode="json")
    days_off = {2026: {"holidays": ["2026-11-25", "2026-11-26", "2026-11-27"], "workdays": [], "source": "县政府通知"}}
    with two.transaction() as session:  # the newest policy version of the platform now has these days off
        store_policy(session, parse_policy({**data, "calendar": days_off}, "jyj.yaml"), now.isoformat())
    after = {code: first_due(two, code, now) for code in ("QHKJJ", "QHJYJ")}
    assert after["QHKJJ"] == before["QHKJJ"]  # the science bureau's deadlines keep the official calendar
    assert after["QHJYJ"] > before["QHJYJ"]
    assert not {"2026-11-25", "2026-11-26", "2026-11-27"} & {after["QHJYJ"][:10]}


def test_the_one_site_of_before_is_cleared_when_each_site_gets_its_folder(both, tmp_path):
    db, first, *_ = both
    (tmp_path / "items").mkdir()
    (tmp_path / "items" / f"{first}.html").write_text("旧的共用网站", encoding="utf-8")
    (tmp_path / "index.html").write_text("旧的共用目录", encoding="utf-8")
    (tmp_path / "keep.txt").write_text("不是导出写的", encoding="utf-8")
    (tmp_path / MANIFEST).write_text(f"x\titems/{first}.html\ny\tindex.html\n", encoding="utf-8")
    report = export_sites(db, tmp_path)
    assert report.removed == 2 and not (tmp_path / "index.html").exists()
    assert not (tmp_path / "items" / f"{first}.html").exists() and (tmp_path / "keep.txt").exists()
    assert (tmp_path / "QHKJJ" / "items" / f"{first}.html").exists() and not (tmp_path / MANIFEST).exists()
