"""The platform above the organisations: shared rules none may switch off, administrators, auditors."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from sanshen.engine.commands import Decide, Submit
from sanshen.engine.errors import NotFound
from sanshen.engine.handlers import Engine
from sanshen.engine.org_scope import acting
from sanshen.engine.queries import show, verify
from sanshen.ledger import models
from sanshen.ledger.policystore import current_policy, store_platform, store_policy
from sanshen.policies.config import PolicyError
from sanshen.policies.errors import RuleBroken
from sanshen.policyfile import load_platform, load_policy
from tests.helpers import CLEAN_BODY

DATA = Path(__file__).parent.parent.parent / "sanshen" / "data"
OUTDATED = "清河县科学技术委员会"


@pytest.fixture
def platform(db, now):
    """The demo bureau (from `db`), the education bureau, and the demo platform's policy over both."""
    with db.transaction() as session:
        store_policy(session, load_policy(DATA / "demo_policy_education.yaml"), now.isoformat())
        store_platform(session, load_platform(DATA / "demo_platform.yaml"), now.isoformat())
    return db


def test_every_organisation_carries_the_platforms_lexicon_and_its_checks_find_the_terms(platform, now):
    with platform.transaction() as session:
        scope = acting(session, "wangfang@QHJYJ")
        terms = {code: {e.term for e in current_policy(session, org)[1].checks.lexicon}
                 for code, org in (("QHKJJ", 1), ("QHJYJ", scope.organisation_id))}
    assert all(OUTDATED in found for found in terms.values())
    item = Engine(platform, scope=scope).submit(Submit("wangfang", "关于开展科技活动周的通知",
                                                 f"{OUTDATED}：\n现将有关事项通知如下。"), now).id
    with platform.transaction() as session:
        findings = show(session, item)["findings"]
    assert any(f["text"] == OUTDATED and f["severity"] == "block" for f in findings), findings


@pytest.mark.parametrize("switched_off", [{"checks": {"sensitivity": False}},
                                          {"checks": {"disabled_rules": ["outdated_body"]}}])
def test_an_organisation_cannot_switch_off_what_the_platform_locks(platform, now, tmp_path, switched_off):
    import yaml

    data = yaml.safe_load((DATA / "demo_policy_education.yaml").read_text(encoding="utf-8"))
    data["checks"] = switched_off["checks"]
    path = tmp_path / "jyj.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with platform.transaction() as session:
        before = session.execute(select(func.count()).select_from(models.PolicyVersion)).scalar()
        with pytest.raises(PolicyError, match="platform_locked") as refused:
            store_policy(session, load_policy(path), now.isoformat(), "jyj.yaml")
    assert str(refused.value).startswith("jyj.yaml: checks.")
    with platform.transaction() as session:
        assert session.execute(select(func.count()).select_from(models.PolicyVersion)).scalar() == before


def test_a_platform_policy_that_an_organisation_breaks_is_refused_whole(db, now, tmp_path):
    relaxed = load_policy(DATA / "demo_policy.yaml")
    relaxed = relaxed.model_copy(update={"checks": relaxed.checks.model_copy(update={"privacy": False})})
    with db.transaction() as session:
        store_policy(session, relaxed, now.isoformat())
    with pytest.raises(PolicyError, match="单位 QHKJJ: checks.privacy"), db.transaction() as session:
        store_platform(session, load_platform(DATA / "demo_platform.yaml"), now.isoformat())
    with db.transaction() as session:
        assert session.execute(select(func.count()).select_from(models.PlatformPolicyVersion)).scalar() == 0
        assert session.execute(select(func.count()).select_from(models.PlatformPerson)).scalar() == 0


def test_a_platform_auditor_reads_every_organisation_and_changes_nothing(platform, now):
    kjj = Engine(platform).submit(Submit("liqiang", "关于开展科技活动周的通知", CLEAN_BODY), now).id
    with platform.transaction() as session:
        edu_scope = acting(session, "tianye@QHJYJ")
    edu = Engine(platform, scope=edu_scope).submit(Submit("tianye", "关于做好冬季校园安全工作的通知", CLEAN_BODY), now).id
    with platform.transaction() as session:
        auditor = acting(session, "inspector")
        assert auditor == acting(session, "inspector@platform") and auditor.everything
        assert {show(session, i, scope=auditor)["organisation"] for i in (kjj, edu)} == {"QHKJJ", "QHJYJ"}
        assert verify(session, scope=auditor)["items_checked"] == 2
        with pytest.raises(NotFound):
            show(session, kjj, scope=edu_scope)
    with pytest.raises(RuleBroken) as refused:
        Engine(platform, scope=auditor).decide(Decide("claim", "inspector", kjj), now)
    assert refused.value.rule == "auditor_reads_only"
    with pytest.raises(RuleBroken):
        Engine(platform, scope=auditor).submit(Submit("inspector", "标题", CLEAN_BODY), now)


def test_the_code_platform_is_reserved_for_the_platform_itself(db, now):
    demo = load_policy(DATA / "demo_policy.yaml")
    named = demo.model_copy(update={"organisation": demo.organisation.model_copy(update={"code": "platform"})})
    with pytest.raises(PolicyError, match="留给平台本身"), db.transaction() as session:
        store_policy(session, named, now.isoformat())
