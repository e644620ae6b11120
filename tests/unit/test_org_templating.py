"""The sandboxed environments of an organisation's templates, and the checks a template file gets when loaded."""

import pytest
from jinja2.exceptions import SecurityError

from sanshen.notifications.templating import MAX_TEMPLATE_BYTES, environment, template_problem


def test_an_organisations_html_template_autoescapes_and_its_text_mail_does_not():
    own = {"site/item.html": "<p>{{ title }}</p>", "mail/published.txt": "{{ title }}", "mail/published.html": "{{ title }}"}
    assert environment("site", own).get_template("item.html").render(title="<script>x</script>") == \
        "<p>&lt;script&gt;x&lt;/script&gt;</p>"
    assert environment("mail", own).get_template("published.txt").render(title="<b>") == "<b>"
    assert environment("mail", own).get_template("published.html").render(title="<b>") == "&lt;b&gt;"


def test_the_overrides_of_one_organisation_do_not_change_the_packages_environment():
    own = environment("site", {"site/item.html": "own"})
    assert own.get_template("item.html").render() == "own"
    assert environment("site").get_template("item.html") is not own.get_template("item.html")
    assert environment("site", {"site/item.html": "own"}) is own  # cached per digest of the overrides
    assert environment("site", {"site/item.html": "own", "mail/published.txt": "x"}) is own  # mail is not the site's


@pytest.mark.parametrize("escape", ["{{ ''.__class__.__mro__ }}", "{{ x.__class__.__init__.__globals__ }}",
                                    "{{ lipsum.__globals__.os }}", "{{ x.append(1) }}", "{{ d.update(a=1) }}"])
def test_a_template_cannot_reach_python_or_change_what_it_is_given(escape):
    template = environment("site", {"site/item.html": escape}).get_template("item.html")
    with pytest.raises(SecurityError):
        template.render(x=[1], d={})


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("site/nope.html", "x", "未知模板 'site/nope.html'"),
    ("site/sites.html", "x", "未知模板 'site/sites.html'"),  # the platform's page, not an organisation's
    ("site/item.html", "{% if %}", "模板无法编译：第 1 行"),
    ("mail/published.txt", "{{ x", "模板无法编译"),
    ("site/item.html", "字" * (MAX_TEMPLATE_BYTES // 3 + 1), f"模板过大（{3 * (MAX_TEMPLATE_BYTES // 3 + 1)} 字节，上限 {MAX_TEMPLATE_BYTES} 字节"),
])
def test_a_template_that_cannot_be_used_is_named_with_why(name, text, expected):
    assert expected in (template_problem(name, text) or "")


def test_a_good_template_has_no_problem():
    assert template_problem("site/item.html", '{% extends "base.html" %}{% block body %}x{% endblock %}') is None
