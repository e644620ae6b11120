"""The annual figures on a real database: lateness against the statutory limit, and the median time."""

from datetime import date

from sanshen.engine.commands import Submit
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish
from sanshen.engine.records.annual import annual
from tests.helpers import CLEAN_BODY, drive_to


def test_an_item_published_after_twenty_working_days_is_counted_late_with_how_late(db, now, tmp_path):
    engine = Engine(db)
    late = engine.submit(Submit("wangfang", "关于开展科技活动周的通知", CLEAN_BODY, formed_on=date(2026, 10, 9)), now).id
    timely = engine.submit(Submit("wangfang", "关于举办培训班的通知", CLEAN_BODY, formed_on=date(2026, 11, 20)), now).id
    for item in (late, timely):
        drive_to(engine, item, "publishing", now)
        publish(db, item, now)
    with db.transaction() as session:
        figures = annual(session, 2026)
    # formed Friday 9 October (Saturday 10 October is a make-up working day): the twentieth working day is
    # Thursday 5 November; published Tuesday 24 November, 13 working days later
    assert figures["past_statutory_limit"] == 1 and figures["detail"]["past_statutory_limit"] == [late]
    assert figures["working_days_late"]["by_item"] == {str(late): 13}
    assert figures["median_working_days_to_publication"] == (33 + 2) / 2
    assert figures["published_proactively"] == 2 and figures["verified"]
    with db.transaction() as session:
        assert annual(session, 2025)["published_proactively"] == 0
