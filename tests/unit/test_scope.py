"""The pure rules of the platform: who sees which organisation, and what the platform locks."""

import pytest

from sanshen.policies.config import PolicyError
from sanshen.policies.platform import PlatformInfo, PlatformPolicy, extend
from sanshen.policies.scope import CONSOLE, PLATFORM_ADMIN, PLATFORM_AUDITOR, Scope, parse_actor
from sanshen.policyfile import DEMO_POLICY, load_policy


def test_user_at_code_names_the_organisation_and_a_bare_user_leaves_it_open():
    assert parse_actor("wangfang@QHJYJ") == ("wangfang", "QHJYJ")
    assert parse_actor("wangfang") == ("wangfang", None)


def test_a_person_sees_their_organisation_only_and_platform_staff_see_all():
    person = Scope("wangfang", 2, "QHJYJ")
    assert person.sees(2) and not person.sees(1) and person.may_change
    auditor, admin = Scope("inspector", None, "platform", PLATFORM_AUDITOR), Scope("a", None, "platform", PLATFORM_ADMIN)
    assert auditor.sees(1) and auditor.sees(2) and not auditor.may_change
    assert admin.sees(7) and admin.may_change and CONSOLE.everything


def test_the_platform_lexicon_is_carried_and_wins_over_an_organisations_entry_of_the_same_term():
    from sanshen.policies.checks.settings import LexiconEntry

    shared = LexiconEntry(term="某某委员会", correction="某某局", severity="block", source="平台")
    own = LexiconEntry(term="某某委员会", correction=None, severity="warn", source="本单位")
    demo = load_policy(DEMO_POLICY)
    demo = demo.model_copy(update={"checks": demo.checks.model_copy(update={"lexicon": (own,)})})
    extended = extend(PlatformPolicy(platform=PlatformInfo(name="平台"), lexicon=(shared,)), demo)
    assert [e.severity for e in extended.checks.lexicon if e.term == "某某委员会"] == ["block"]


@pytest.mark.parametrize("change", [{"privacy": False}, {"disabled_rules": ("internal_marking",)}])
def test_what_the_platform_locks_cannot_be_switched_off(change):
    demo = load_policy(DEMO_POLICY)
    demo = demo.model_copy(update={"checks": demo.checks.model_copy(update=change)})
    platform = PlatformPolicy(platform=PlatformInfo(name="平台"), locked_rules=("internal_marking",))
    with pytest.raises(PolicyError, match="platform_locked"):
        extend(platform, demo, "org.yaml")
    assert extend(None, demo) is demo
