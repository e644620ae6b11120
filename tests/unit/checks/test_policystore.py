"""Stored policy versions are read back as JSON, as they stood."""

import json

import pytest
import yaml

from sanshen.ledger.policystore import parse_stored
from sanshen.policies.config import PolicyError
from sanshen.policyfile import DEMO_POLICY, load_policy


def test_a_stored_policy_is_read_back_equal_without_yaml(monkeypatch):
    policy = load_policy(DEMO_POLICY)

    def no_yaml(*args, **kwargs):
        raise AssertionError("a stored policy is JSON: it must not go through the YAML parser")

    monkeypatch.setattr(yaml, "safe_load", no_yaml)
    monkeypatch.setattr(yaml, "load", no_yaml)
    assert parse_stored(policy.fingerprint() + " ") == policy


def test_a_stored_version_with_a_rule_id_unknown_today_is_still_read():
    data = json.loads(load_policy(DEMO_POLICY).fingerprint())
    data["checks"]["disabled_rules"] = ["a_rule_of_long_ago"]
    assert parse_stored(json.dumps(data, ensure_ascii=False)).checks.disabled_rules == ("a_rule_of_long_ago",)


@pytest.mark.parametrize("content", ["{not json", "[]"])
def test_a_damaged_stored_version_is_a_clear_error(content):
    with pytest.raises(PolicyError, match="存储的策略版本无法读取"):
        parse_stored(content)
