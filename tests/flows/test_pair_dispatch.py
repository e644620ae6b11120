"""解读三同步 under the dispatcher: one job publishes the pair, the other finds nothing left to do."""

from sanshen.engine.commands import Submit
from sanshen.engine.handlers import Engine
from sanshen.engine.queries import history
from sanshen.engine.records.pairs import waiting_items
from sanshen.flows.dispatcher import dispatch
from tests.helpers import CLEAN_BODY, drive_to

NO_WAIT = (0.0, 0.0)


def test_the_first_to_finish_waits_visibly_and_one_job_publishes_both(prefect_harness, db, database_url, now,
                                                                      tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    engine = Engine(db)
    policy = engine.submit(Submit("wangfang", "关于促进科技成果转化的若干措施", CLEAN_BODY, kind="政策文件"), now).id
    interpretation = engine.submit(Submit("wangfang", "政策解读", CLEAN_BODY, interprets=policy), now).id
    drive_to(engine, policy, "publishing", now)
    first = dispatch(url=database_url, now=now, retry_delays=NO_WAIT)
    assert list(first["outcomes"].values())[-1].startswith("waiting")
    with db.transaction() as session:
        assert [w["item_id"] for w in waiting_items(session, "wangfang")] == [policy]
    drive_to(engine, interpretation, "publishing", now)
    second = dispatch(url=database_url, now=now, retry_delays=NO_WAIT)
    assert "published" in second["outcomes"].values()
    with db.transaction() as session:
        moments = {i: [e["at"] for e in history(session, i)["events"] if e["event"] == "deliver"]
                   for i in (policy, interpretation)}
        assert waiting_items(session, "wangfang") == []
    assert moments[policy] == moments[interpretation] and len(moments[policy]) == 1
