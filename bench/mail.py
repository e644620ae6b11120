"""Messages per second delivered to a local SMTP server: one connection per batch, beside one per message.

Both runs deliver the same number of outbox messages to the same aiosmtpd server in this process.
Last line: `mail reuse_per_s=N one_per_message_per_s=N ratio=N.N`.

    python bench/mail.py [--messages 1000]
"""

import argparse
import asyncio
import socket
import tempfile
import time
from datetime import datetime, timedelta, timezone

from aiosmtpd.controller import Controller
from sqlalchemy import func, select

from sanshen.ledger import models
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.notifications.outbox import outbox_row
from sanshen.notifications.smtp import SmtpConfig, deliver
from sanshen.policyfile import DEMO_POLICY, load_policy

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=8)))


class Counting:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server, session, envelope) -> str:  # type: ignore[no-untyped-def]
        self.count += 1
        return "250 OK"


def outbox(db: Database, n: int, tag: str) -> None:
    policy = load_policy(DEMO_POLICY)
    person = policy.person("linfeng")
    assert person is not None
    context = {"item": {"id": 1, "title": "基准测试"}, "organisation": policy.organisation.name,
               "stage_name": "初审", "drafter_name": "王芳", "due_at": "2026-12-01 09:30", "due_note": None,
               "subject": {"stage_name": "初审", "title": "基准测试"}}
    rows = [outbox_row(policy, "task_waiting", person, None, f"{tag}:{i}", context, NOW) for i in range(n)]
    with db.transaction() as session:
        session.execute(models.OutboxMessage.__table__.insert(), rows)


def sent(db: Database) -> int:
    with db.transaction() as session:
        return session.execute(select(func.count()).where(models.OutboxMessage.status == "sent")).scalar_one()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args()
    handler = Counting()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    config = SmtpConfig(host="127.0.0.1", port=port)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{tmp}/mail.db")
        upgrade(db.engine)
        with db.transaction() as session:
            store_policy(session, load_policy(DEMO_POLICY), NOW.isoformat())
        outbox(db, args.messages, "reuse")
        start = time.perf_counter()
        asyncio.run(deliver(db, config, NOW, limit=args.messages))
        reuse = args.messages / (time.perf_counter() - start)
        outbox(db, args.messages, "single")
        start = time.perf_counter()
        for _ in range(args.messages):
            asyncio.run(deliver(db, config, NOW, limit=1))
        single = args.messages / (time.perf_counter() - start)
        assert sent(db) == 2 * args.messages == handler.count
    controller.stop()
    print(f"reuse:  {reuse:7.0f} messages/s (one connection for {args.messages} messages)")
    print(f"single: {single:7.0f} messages/s (one connection per message)")
    print(f"mail reuse_per_s={reuse:.0f} one_per_message_per_s={single:.0f} ratio={reuse / single:.1f}")


if __name__ == "__main__":
    main()
