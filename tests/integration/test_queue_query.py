"""The queue narrowed in SQL answers exactly what checking every open task by the rules answers."""

from sqlalchemy import select

from sanshen.engine.commands import Decide
from sanshen.engine.handlers import Engine
from sanshen.engine.queries import _acted_by_item, queue
from sanshen.ledger import models
from sanshen.ledger.policystore import current_policy
from sanshen.policies.duties import check_may_act
from sanshen.policies.errors import RuleBroken
from tests.helpers import approve, drive_to, submit


def every_open_task_checked(session, username: str) -> list[tuple[int, str]]:
    """The oracle: every open task, each checked by the separation-of-duties rule."""
    policy = current_policy(session)[1]
    rows = session.execute(select(models.ReviewTask, models.Item).join(models.Item).where(
        models.ReviewTask.status.in_(("open", "claimed")))).all()
    acted = _acted_by_item(session, [item.id for _, item in rows])
    mine = []
    for task, item in rows:
        if task.assignee not in (None, username):
            continue
        try:
            check_may_act(policy, username, task.stage, item.drafter, item.department_id, acted[item.id])
        except RuleBroken:
            continue
        mine.append((task.due_at, item.id, task.stage))
    return [(item_id, stage) for _, item_id, stage in sorted(mine)]


def test_every_persons_queue_is_what_the_rules_allow_in_deadline_order(db, now):
    engine = Engine(db)
    for target in ("confidentiality_review", "first_review", "second_review", "proofreading_1", "proofreading_3"):
        drive_to(engine, submit(engine, now), target, now)
    hitech = submit(engine, now, drafter="zhaomin")
    approve(engine, hitech, "linfeng", now)
    engine.system("scan_clean", hitech, now)
    held = submit(engine, now)
    engine.decide(Decide("claim", "songjia", held), now)
    with db.transaction() as session:
        policy = current_policy(session)[1]
        for person in policy.people:
            expected = every_open_task_checked(session, person.username)
            assert [(e.item_id, e.stage) for e in queue(session, person.username, limit=None)] == expected
            assert [(e.item_id, e.stage) for e in queue(session, person.username, limit=1)] == expected[:1]
        assert [e.item_id for e in queue(session, "huangtao")] == [hitech]
        assert held not in [e.item_id for e in queue(session, "linfeng")]
        assert held in [e.item_id for e in queue(session, "songjia")]
