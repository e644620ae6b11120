"""Templates per organisation: QHJYJ publishes with its own item page, QHKJJ keeps the package's; in a sandbox.

Each test would fail if one organisation's templates leaked into another's site, if the stored policy did
not carry the template text (the files are deleted before publishing), or if a template could reach Python.
"""

from datetime import timedelta

import pytest
from jinja2.exceptions import SecurityError
from sqlalchemy import select

from sanshen.engine.publishing import publish
from sanshen.engine.queries import verify
from sanshen.engine.site_rebuild import rebuild_sites
from sanshen.ledger import models
from sanshen.ledger.policystore import store_policy
from sanshen.notifications import site
from sanshen.policies.scope import CONSOLE
from sanshen.policyfile import load_policy
from tests.integration.test_organisation_sites import JYJ, KJJ, pages_of, published
from tests.platform_helpers import EDUCATION, drive, submit_as
from tests.template_helpers import CUSTOM_ITEM, MARKER, education_with

PACKAGE_FOOTER = "本页内容经“三审三校”审批后发布"


def load(db, policy_file, now) -> None:
    policy = load_policy(policy_file)
    for path in policy_file.parent.glob("own-*"):
        path.unlink()  # the stored policy version must carry the text: no worker reads these files
    with db.transaction() as session:
        store_policy(session, policy, now.isoformat())


def test_an_organisations_item_page_template_serves_its_pages_only(db, now, tmp_path):
    ours = published(db, "wangfang@QHKJJ", "QHKJJ", now, "科技局第一篇")
    before = pages_of(db, KJJ)
    load(db, education_with(tmp_path, {"site/item.html": CUSTOM_ITEM}), now)
    theirs = published(db, "wangfang@QHJYJ", "QHJYJ", now + timedelta(minutes=1), "教育局的通知")
    page = pages_of(db, JYJ)[f"items/{theirs}.html"]
    assert MARKER in page and "<h1>教育局的通知</h1>" in page and "清河县教育局 · QHJYJ-" in page
    assert PACKAGE_FOOTER not in page
    assert "清河县教育局" in pages_of(db, JYJ)["index.html"]  # the index is still the package's
    assert pages_of(db, KJJ) == before and PACKAGE_FOOTER in before[f"items/{ours}.html"]
    later = published(db, "wangfang@QHKJJ", "QHKJJ", now + timedelta(minutes=2), "科技局第二篇")
    assert MARKER not in pages_of(db, KJJ)[f"items/{later}.html"]
    assert [(d.written, d.removed) for d in rebuild_sites(db, CONSOLE, now + timedelta(days=1))] == [(0, 0), (0, 0)]
    with db.reading() as session:
        assert verify(session)["ok"]


def test_a_new_template_version_is_rebuilt_into_that_organisations_site_and_recorded(db, now, tmp_path):
    load(db, education_with(tmp_path, {"site/item.html": CUSTOM_ITEM}), now)
    theirs = published(db, "wangfang@QHJYJ", "QHJYJ", now, "教育局的通知")
    newer = CUSTOM_ITEM.replace(MARKER, "第二版模板")
    load(db, education_with(tmp_path, {"site/item.html": newer}, "jyj2.yaml"), now)
    done = {d.code: d for d in rebuild_sites(db, CONSOLE, now + timedelta(days=1))}
    assert (done["QHJYJ"].written, done["QHKJJ"].written) == (1, 0)
    assert "第二版模板" in pages_of(db, JYJ)[f"items/{theirs}.html"]
    with db.reading() as session:
        recorded = session.execute(select(models.SiteRebuild.organisation_id, models.SiteRebuild.templates)).all()
        assert verify(session)["ok"]
    assert [tuple(r) for r in recorded] == [(JYJ, site.templates_digest({"site/item.html": newer}))]
    assert recorded[0].templates != site.templates_digest()


@pytest.mark.parametrize("escape", ["{{ ''.__class__.__mro__ }}", "{{ lipsum.__globals__['os'] }}",
                                    "{{ item.__init__.__globals__ }}", "{{ cycler.__init__.__globals__ }}"])
def test_an_organisations_template_cannot_reach_python(db, now, tmp_path, escape):
    load(db, education_with(tmp_path, {"site/item.html": escape}), now)
    item = submit_as(db, "wangfang@QHJYJ", now, "教育局的通知")
    drive(db, item, "QHJYJ", "publishing", now)
    with pytest.raises(SecurityError):
        publish(db, item, now)
    assert f"items/{item}.html" not in pages_of(db, JYJ)
    with db.reading() as session:
        assert verify(session)["ok"]


def test_a_policy_added_through_the_web_may_not_name_template_files(db, now, tmp_path):
    from sanshen.engine.errors import InvalidInput
    from sanshen.engine.org_scope import acting
    from sanshen.engine.organisations import add_organisation
    from sanshen.ledger.policystore import store_platform
    from sanshen.policyfile import load_platform

    with db.transaction() as session:
        store_platform(session, load_platform(EDUCATION.parent / "demo_platform.yaml"), now.isoformat())
        admin = acting(session, "ptadmin@platform")
        versions = session.execute(select(models.PolicyVersion.id)).scalars().all()
    text = education_with(tmp_path, {"site/item.html": CUSTOM_ITEM}).read_text(encoding="utf-8")
    with pytest.raises(InvalidInput, match="jyj.yaml: templates: 网页上载入的策略不能引用模板文件"):
        add_organisation(db, text, "jyj.yaml", now, admin)
    with db.reading() as session:
        assert session.execute(select(models.PolicyVersion.id)).scalars().all() == versions
