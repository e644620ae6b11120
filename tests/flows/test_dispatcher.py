"""The dispatcher flow under Prefect's test harness: scans, publishes, retries, parks; idempotent."""

from sqlalchemy import insert

from sanshen.engine import jobs
from sanshen.engine.handlers import Engine
from sanshen.engine.queries import show
from sanshen.engine.site_store import read_page
from sanshen.flows.dispatcher import dispatch, outcome
from sanshen.ledger import models
from tests.helpers import approve, drive_to, submit

NO_WAIT = (0.0, 0.0)


def stage(db, item: int) -> str:
    with db.transaction() as session:
        return show(session, item)["stage"]


def test_one_flow_run_scans_and_publishes_into_the_database_and_ends_failed_when_a_job_fails(
        prefect_harness, db, database_url, now, tmp_path, monkeypatch, caplog):
    monkeypatch.chdir(tmp_path)
    engine = Engine(db)
    clean, ready = submit(engine, now), submit(engine, now)
    approve(engine, clean, "linfeng", now)
    drive_to(engine, ready, "publishing", now)
    with db.transaction() as session:
        session.execute(insert(models.Job).values(kind="no_such_kind", item_id=clean, key="broken:1",
                                                  status="pending", attempts=jobs.MAX_ATTEMPTS - 1,
                                                  created_at="2026-11-24T09:30:00+08:00"))

    state = dispatch(url=database_url, now=now, retry_delays=NO_WAIT, return_state=True)
    report = outcome(state)

    assert state.is_failed() and "1 个作业失败" in state.message
    assert "作业 broken:1 失败（parked）：KeyError" in caplog.text
    assert report["claimed"] == 4  # two scans (one finds its item moved on), a publication, the broken job
    assert stage(db, clean) == "first_review"
    assert stage(db, ready) == "published"
    with db.transaction() as session:
        assert "关于开展科技活动周的通知" in (read_page(session, 1, f"items/{ready}.html") or "")
    assert not (tmp_path / "var").exists()  # nothing written where the worker happens to run
    assert report["outcomes"]["broken:1"] == "parked"
    assert [(j["kind"], j["status"]) for j in jobs.unfinished(db)] == [("no_such_kind", "parked")]

    again = dispatch(url=database_url, now=now, retry_delays=NO_WAIT)
    assert again["claimed"] == 0 and not again["failed"] and stage(db, ready) == "published"


def test_the_worker_says_so_and_fails_when_it_parked_a_job(prefect_harness, db, database_url, now, capsys):
    import functools

    from sanshen.commands.worker import _dispatch_until_idle, _Report

    submit(Engine(db), now)
    with db.transaction() as session:
        session.execute(insert(models.Job).values(kind="no_such_kind", item_id=1, key="broken:2", status="pending",
                                                  attempts=jobs.MAX_ATTEMPTS - 1, created_at=now.isoformat()))
    run = functools.partial(dispatch, url=database_url, retry_delays=NO_WAIT)
    assert _dispatch_until_idle(run, 10, lambda: now, _Report(json_out=False)) is False
    said = capsys.readouterr().err
    assert "已搁置" in said and "broken:2" in said and "sanshen jobs --retry" in said
