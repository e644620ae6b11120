"""Real concurrent commands on PostgreSQL: two reviewers at the same moment, exactly one wins."""

import threading
from datetime import datetime

from sqlalchemy import func, select

from sanshen.engine.commands import Decide
from sanshen.engine.errors import Conflict
from sanshen.engine.handlers import Engine
from sanshen.ledger import models
from sanshen.ledger.db import Database
from sanshen.policies.errors import RuleBroken
from tests.helpers import drive_to, submit

ROUNDS = 10


def race(now: datetime, *commands: tuple[Engine, Decide]) -> list[object]:
    """Run the decisions in threads released together by a barrier; return each result or exception."""
    barrier = threading.Barrier(len(commands))
    results: list[object] = [None] * len(commands)

    def run(n: int) -> None:
        engine, decision = commands[n]
        barrier.wait()
        try:
            results[n] = engine.decide(decision, now)
        except Exception as exc:  # noqa: BLE001 - the loser's exception is the result we check
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(commands))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def events_of(db: Database, item: int, event: str) -> int:
    with db.transaction() as session:
        return session.execute(select(func.count()).select_from(models.Event).where(
            models.Event.item_id == item, models.Event.event == event)).scalar_one()


def test_two_reviewers_claiming_the_same_task_at_once_one_wins(pg_db, pg_schema_url, now):
    for _ in range(ROUNDS):
        item = submit(Engine(pg_db), now)
        first, second = Engine(Database(pg_schema_url)), Engine(Database(pg_schema_url))
        results = race(now, (first, Decide("claim", "linfeng", item)), (second, Decide("claim", "songjia", item)))
        losers = [r for r in results if isinstance(r, Exception)]
        assert len(losers) == 1, results
        loser = losers[0]
        assert isinstance(loser, Conflict) or (isinstance(loser, RuleBroken) and loser.rule == "already_claimed")
        assert events_of(pg_db, item, "claim") == 1


def test_the_same_approval_sent_twice_at_once_is_recorded_once(pg_db, pg_schema_url, now):
    for _ in range(ROUNDS):
        item = submit(Engine(pg_db), now)
        drive_to(Engine(pg_db), item, "first_review", now)
        Engine(pg_db).decide(Decide("claim", "chenjun", item), now)
        first, second = Engine(Database(pg_schema_url)), Engine(Database(pg_schema_url))
        results = race(now, (first, Decide("approve", "chenjun", item, opinion="同意")),
                       (second, Decide("approve", "chenjun", item, opinion="同意")))
        winners = [r for r in results if not isinstance(r, Exception)]
        assert len(winners) == 1, results
        assert all(isinstance(r, Conflict | RuleBroken) for r in results if isinstance(r, Exception))
        assert events_of(pg_db, item, "approve") == 2  # confidentiality review + this one
