"""Policy files that cannot work are refused, with the path of the key at fault written one way (people.3.roles)."""

import pytest

from sanshen.policies.config import PolicyError, parse_policy, parse_policy_text
from sanshen.policyfile import DEMO_POLICY


@pytest.fixture
def data(demo_policy):
    return demo_policy.model_dump(mode="json")


def error_of(data) -> str:
    with pytest.raises(PolicyError) as raised:
        parse_policy(data, "org.yaml")
    return str(raised.value)


def person(data, username):
    return next(p for p in data["people"] if p["username"] == username)


def test_a_stage_whose_roles_nobody_holds_is_refused(data):
    data["roles"]["chief"] = "总编辑"
    data["stages"]["final_review"]["roles"] = ["chief"]
    assert error_of(data) == "org.yaml: stages.final_review.roles: 没有人担任这些角色：总编辑"


@pytest.mark.parametrize("key", ["retract_roles", "reminders.escalate_default"])
def test_retraction_and_escalation_to_roles_nobody_holds_are_refused(data, key):
    data["roles"]["chief"] = "总编辑"
    if key == "retract_roles":
        data["retract_roles"] = ["chief"]
    else:
        data["reminders"]["escalate_default"] = "chief"
    assert error_of(data).startswith(f"org.yaml: {key}: 没有人担任这些角色")


def test_a_department_with_drafters_and_no_department_head_is_refused(data):
    for username in ("xuming", "hexin"):
        person(data, username)["roles"] = ["proofreader"]
    error = error_of(data)
    assert error.startswith("org.yaml: departments.3: 科室“农村科技与社会发展科”（rural）有撰稿人")
    assert "初审" in error and "科室负责人" in error


def test_a_drafter_who_alone_could_review_their_department_is_refused(data):
    person(data, "yangxue")["roles"] = ["drafter"]
    person(data, "chenjun")["roles"] = ["drafter", "department_head"]
    assert "departments.1: 科室“科技计划与成果科”（planning）撰稿人 chenjun 的稿件在初审环节没有本人以外" in error_of(data)


def test_too_few_proofreaders_for_strict_separation_of_duties_is_refused(data):
    for username in ("dengyun", "panlin"):
        person(data, username)["roles"] = ["drafter"]
    error = error_of(data)
    assert error.startswith("org.yaml: separation_of_duties: 按 strict 分离职责") and "六位不同的人" in error


def test_same_level_lets_one_person_take_a_review_and_the_proofreading_of_its_level(data):
    for username in ("dengyun", "panlin"):
        person(data, username)["roles"] = ["drafter"]
    data["stages"]["final_review"]["roles"] = ["head_of_unit"]
    person(data, "zhengguo")["roles"] = ["head_of_unit", "proofreader"]
    assert "separation_of_duties" in error_of(data)
    data["separation_of_duties"] = "same_level"
    assert parse_policy(data, "org.yaml").separation_of_duties == "same_level"


def test_duplicate_department_ids_and_people_are_refused_at_their_path(data):
    data["departments"].append(dict(data["departments"][1], name="另一个科"))
    assert error_of(data) == "org.yaml: departments.5.id: 科室编号重复 planning"
    data["departments"].pop()
    data["people"].append(dict(data["people"][0]))
    assert error_of(data) == f"org.yaml: people.{len(data['people']) - 1}.username: 用户名重复 wangfang"


def test_a_yaml_key_given_twice_is_refused_with_its_path_and_lines():
    text = DEMO_POLICY.read_text(encoding="utf-8")
    twice = text.replace("name: 王芳,", "name: 王芳, name: 王芳芳,")
    with pytest.raises(PolicyError, match=r"org.yaml: people.0.name: 键重复（第 (\d+) 行与第 \1 行）"):
        parse_policy_text(twice, "org.yaml")
    with pytest.raises(PolicyError, match="org.yaml: separation_of_duties: 键重复"):
        parse_policy_text(text + "\nseparation_of_duties: same_level\n", "org.yaml")


def test_a_yaml_alias_bomb_is_refused_before_it_is_expanded():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    with pytest.raises(PolicyError, match="别名引用过多"):
        parse_policy_text("\n".join(lines), "org.yaml")


def test_the_demo_policy_passes_every_check(demo_policy):
    assert parse_policy(demo_policy.model_dump(mode="json"), "demo.yaml") == demo_policy
