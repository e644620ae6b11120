"""The statutory limit in the running system: warned once, reported once, shown with the item."""

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from sanshen.engine.commands import Decide, Submit
from sanshen.engine.errors import InvalidInput
from sanshen.engine.handlers import Engine
from sanshen.engine.queries import show
from sanshen.engine.statutory import late_items, statutory_sweep
from sanshen.ledger import models
from tests.helpers import CLEAN_BODY, drive_to

CST = timezone(timedelta(hours=8))
SUBMITTED = datetime(2026, 10, 26, 9, 0, tzinfo=CST)  # a Monday
FORMED = date(2026, 9, 25)  # the limit ends on Thursday 29 October 2026


def submit_formed(db, formed_on: date | None = FORMED, disclosure: str = "proactive") -> int:
    return Engine(db).submit(Submit("wangfang", "关于开展科技活动周的通知", CLEAN_BODY, disclosure,
                                    formed_on=formed_on), SUBMITTED).id


def sent(db, kind: str) -> list[str]:
    with db.transaction() as session:
        return sorted(session.scalars(select(models.OutboxMessage.recipient)
                                      .where(models.OutboxMessage.kind == kind)))


def sweep(db, now: datetime) -> dict[str, int]:
    with db.transaction() as session:
        return statutory_sweep(session, now)


def test_the_drafter_and_the_holder_are_warned_once_before_the_limit(db):
    item = submit_formed(db)
    drive_to(Engine(db), item, "first_review", SUBMITTED)
    Engine(db).decide(Decide("claim", "chenjun", item), SUBMITTED)
    tuesday = datetime(2026, 10, 27, 9, 0, tzinfo=CST)
    assert sweep(db, tuesday) == {"statutory_warning": 2}
    assert sent(db, "statutory_warning") == ["chenjun", "wangfang"]
    assert sweep(db, tuesday + timedelta(hours=2)) == {}


def test_once_the_limit_has_passed_the_head_of_unit_is_told_once(db):
    submit_formed(db)
    friday = datetime(2026, 10, 30, 9, 0, tzinfo=CST)
    assert sweep(db, friday) == {"statutory_warning": 1, "statutory_overdue": 2}
    assert sent(db, "statutory_overdue") == ["wangfang", "zhengguo"]
    assert sweep(db, friday + timedelta(days=3)) == {}


def test_published_and_on_request_items_are_not_chased(db):
    published = submit_formed(db)
    drive_to(Engine(db), published, "publishing", SUBMITTED)
    Engine(db).system("deliver", published, SUBMITTED)
    submit_formed(db, disclosure="on_request")
    assert sweep(db, datetime(2026, 11, 30, 9, 0, tzinfo=CST)) == {}
    with db.transaction() as session:
        assert late_items(session, datetime(2026, 11, 30, 9, 0, tzinfo=CST)) == []


def test_without_a_formation_date_the_limit_runs_from_submission(db):
    item = submit_formed(db, formed_on=None)
    with db.transaction() as session:
        statutory = show(session, item, SUBMITTED)["statutory"]
    assert statutory["formed_on"] == "2026-10-26"
    assert statutory["working_days_left"] == 20


def test_show_and_the_late_list_say_how_late_an_item_is(db):
    item = submit_formed(db)
    monday = datetime(2026, 11, 2, 9, 0, tzinfo=CST)
    with db.transaction() as session:
        assert show(session, item, monday)["statutory"]["text"] == "已超过法定公开时限（2026年10月29日）2 个工作日"
        late = late_items(session, monday)
    assert [(row["item_id"], row["working_days_left"]) for row in late] == [(item, -2)]


def test_a_formation_date_in_the_future_is_refused_and_nothing_is_stored(db):
    with pytest.raises(InvalidInput, match="晚于今天"):
        submit_formed(db, formed_on=date(2026, 10, 27))
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(models.Item)) == 0
