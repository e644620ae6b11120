"""The optional notice that a task was claimed, to the stage's other candidates."""

import asyncio

from sanshen.engine.commands import Decide
from sanshen.engine.handlers import Engine
from sanshen.ledger.policystore import store_policy
from sanshen.notifications.smtp import SmtpConfig, deliver
from tests.helpers import submit


def test_when_the_policy_asks_the_other_candidates_learn_who_claimed_the_task(db, demo_policy, now, smtp_server):
    telling = demo_policy.model_copy(update={"reminders": demo_policy.reminders.model_copy(
        update={"claim_notice": True})})
    with db.transaction() as session:
        store_policy(session, telling, now.isoformat())
    item = submit(Engine(db), now)
    Engine(db).decide(Decide("claim", "linfeng", item), now)
    asyncio.run(deliver(db, SmtpConfig(host="127.0.0.1", port=smtp_server.port, timeout=10), now))
    claimed = [m for m in smtp_server.handler.received if m["X-Sanshen-Kind"] == "claimed"]
    assert [m["To"] for m in claimed] == ["songjia@kjj.qinghe.example"]
    assert claimed[0]["Subject"] == "【已被认领】关于开展科技活动周的通知"
    assert "已由林峰认领" in claimed[0].get_body(preferencelist=("plain",)).get_content()


def test_by_default_a_claim_mails_nobody(db, now, smtp_server):
    item = submit(Engine(db), now)
    Engine(db).decide(Decide("claim", "linfeng", item), now)
    asyncio.run(deliver(db, SmtpConfig(host="127.0.0.1", port=smtp_server.port, timeout=10), now))
    assert [m["X-Sanshen-Kind"] for m in smtp_server.handler.received] == ["task_waiting", "task_waiting"]
