"""An organisation's own mail template: its people get it, the other organisation's people get the package's."""

import asyncio

from sanshen.ledger.policystore import store_policy
from sanshen.notifications.smtp import SmtpConfig, deliver
from sanshen.policyfile import load_policy
from tests.platform_helpers import submit_as
from tests.template_helpers import MAIL_MARKER, education_with

OWN_TASK_MAIL = MAIL_MARKER + "：{{ person.name }}，请认领《{{ item.title }}》（{{ stage_name }}）\n"


def test_a_mail_template_override_reaches_only_its_organisations_people(db, now, tmp_path, smtp_server):
    policy = load_policy(education_with(tmp_path, {"mail/task_waiting.txt": OWN_TASK_MAIL}))
    with db.transaction() as session:
        store_policy(session, policy, now.isoformat())
    submit_as(db, "wangfang@QHJYJ", now, "教育局的通知")
    submit_as(db, "wangfang@QHKJJ", now, "科技局的通知")
    report = asyncio.run(deliver(db, SmtpConfig(host="127.0.0.1", port=smtp_server.port, timeout=10), now))
    texts = {m["To"]: m.get_body(preferencelist=("plain",)).get_content() for m in smtp_server.handler.received}
    education = {to: text for to, text in texts.items() if "jyj" in to}
    science = {to: text for to, text in texts.items() if "kjj" in to}
    assert report.sent == len(texts) and report.parked == 0 and education and science
    assert all(text.startswith(MAIL_MARKER) and "请认领《教育局的通知》（保密审查）" in text for text in education.values())
    assert all(MAIL_MARKER not in text and "科技局的通知" in text for text in science.values())
    html = [m.get_body(preferencelist=("html",)).get_content() for m in smtp_server.handler.received]
    assert all(MAIL_MARKER not in part for part in html)  # only the text part was overridden
