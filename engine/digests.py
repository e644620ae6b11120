"""The daily digests of the deadline sweep: after the digest hour, one mail a day per person who chose it.

What is held for a person (outbox rows in status `digest`) goes into that day's digest, in the order it
was written; it is marked digested in the same transaction. Held rows of every organisation are read at
once and the digests written in one batch; what is held after today's digest waits for tomorrow's.
"""

import json
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from ..ledger import models
from ..notifications.outbox import digest_context, digest_entry, outbox_row
from ..policies.config import Notify, Policy
from .outbox_batch import insert_new_rows

OUTBOX = models.OutboxMessage.__table__
HELD = (select(OUTBOX.c.id, OUTBOX.c.organisation_id, OUTBOX.c.recipient, OUTBOX.c.kind, OUTBOX.c.subject,
               OUTBOX.c.message).where(OUTBOX.c.status == "digest").order_by(OUTBOX.c.id))
DIGESTED = update(OUTBOX).where(OUTBOX.c.id.in_(bindparam("ids", expanding=True))).values(status="digested")


def write_digests(session: Session, policy_of: Callable[[int], Policy], now: datetime) -> int:
    """Each person's digest of the day, for the organisations past their digest hour; returns how many were new."""
    held: dict[tuple[int, str], list[Any]] = defaultdict(list)
    for row in session.execute(HELD).all():
        held[(row.organisation_id, row.recipient)].append(row)
    day, digests = now.date().isoformat(), []
    for (organisation, username), rows in held.items():
        policy = policy_of(organisation)
        person = policy.person(username)
        if now.hour < policy.reminders.digest_hour or person is None:
            continue
        entries = [digest_entry(r.kind, r.subject, json.loads(r.message)) for r in rows]
        key = f"digest:{username}:{day}" if organisation == 1 else f"digest:{organisation}:{username}:{day}"
        digest = outbox_row(policy, "digest", person.model_copy(update={"notify": Notify.immediate}), None, key,
                            digest_context(policy, day, entries), now, organisation_id=organisation)
        digests.append((key, digest, rows))
    new = {key for key, _ in insert_new_rows(session, [digest for _, digest, _ in digests])}
    done = [r.id for key, digest, rows in digests if key in new or digest is None for r in rows]
    for start in range(0, len(done), 10_000):
        session.execute(DIGESTED, {"ids": done[start:start + 10_000]})
    return len(new)
