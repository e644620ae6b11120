"""The policy file: a bad key is named with its path; YAML and TOML read the same."""

import pytest

from sanshen.policies.config import PolicyError, parse_policy, parse_policy_text
from sanshen.policyfile import DEMO_POLICY, load_policy


@pytest.fixture
def data(demo_policy):
    return demo_policy.model_dump(mode="json")


def error_of(data) -> str:
    with pytest.raises(PolicyError) as raised:
        parse_policy(data, "org.yaml")
    return str(raised.value)


def test_an_unknown_role_is_named_with_its_path(data):
    data["people"][3]["roles"] = ["chief"]
    assert "org.yaml: people.3.roles: 未知角色 'chief'" in error_of(data)


def test_a_misspelt_key_is_reported_not_ignored(data):
    data["stages"]["first_review"]["deadline_dayz"] = 3
    assert "stages.first_review.deadline_dayz: 不认识的键" in error_of(data)


def test_duplicate_usernames_are_refused(data):
    data["people"].append(dict(data["people"][0]))
    assert "用户名重复 wangfang" in error_of(data)


def test_every_human_stage_needs_its_roles(data):
    del data["stages"]["second_review"]
    assert "stages: 缺少环节 second_review" in error_of(data)


def test_a_bad_value_names_its_path_and_the_value(data):
    data["stages"]["final_review"]["deadline_days"] = -1
    assert "stages.final_review.deadline_days" in error_of(data)


def test_a_toml_policy_reads_like_a_yaml_one():
    stages = "\n".join(f'{stage} = {{ roles = ["boss"] }}' for stage in (
        "confidentiality_review", "sensitivity_check", "first_review", "second_review", "final_review",
        "proofreading_1", "proofreading_2", "proofreading_3"))
    people = "\n".join(f'[[people]]\nusername = "{u}"\nname = "{u}"\ndepartment = "office"\nroles = ["boss"]\n'
                       for u in "bcdefg")
    toml = f"""
retract_roles = ["boss"]
drafter_roles = ["drafter"]
admin_roles = ["boss"]

[organisation]
name = "某局"
code = "MJ"

[roles]
drafter = "撰稿人"
boss = "领导"

[[departments]]
id = "office"
name = "办公室"

[[people]]
username = "a"
name = "甲"
department = "office"
roles = ["drafter"]

{people}
[reminders]
escalate_default = "boss"

[stages]
{stages}
"""
    policy = parse_policy_text(toml, "org.toml")
    assert policy.organisation.code == "MJ" and policy.stages["final_review"].roles == ("boss",)
    with pytest.raises(PolicyError) as raised:
        parse_policy_text(toml.replace('code = "MJ"', "code = "), "org.toml")
    assert str(raised.value).startswith("org.toml: 格式错误")


def test_the_demo_policy_loads(demo_policy):
    assert load_policy(DEMO_POLICY) == demo_policy
