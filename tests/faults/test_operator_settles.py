"""What an operator settles after a fault: parked jobs (issue 9, item 7) and parked mail, many at once."""

import json

from sqlalchemy import insert, select

from sanshen.ledger import models
from sanshen.ledger.db import Database


def add_rows(url: str, model, rows: list[dict]) -> None:
    db = Database(url)
    with db.transaction() as session:
        session.execute(insert(model), rows)
    db.dispose()


def statuses(url: str, model) -> dict[int, str]:
    db = Database(url)
    with db.reading() as session:
        found = dict(session.execute(select(model.id, model.status)).all())
    db.dispose()
    return found


def test_jobs_retry_requeues_one_parked_job_and_refuses_anything_else(sanshen):
    sanshen("submit", "--as", "wangfang", "--title", "关于开展科技活动周的通知", "--body-file", "body.txt")
    jobs = [{"kind": "publish", "item_id": 1, "key": f"publish:1:{n}", "status": status, "attempts": 5,
             "last_error": "PermissionError: var/site", "created_at": "2026-11-24T09:30:00+08:00"}
            for n, status in enumerate(["parked", "parked", "done"])]
    add_rows(sanshen.url, models.Job, jobs)
    assert "已重新排队" in sanshen("jobs", "--retry", "1").stdout
    assert statuses(sanshen.url, models.Job) == {1: "pending", 2: "parked", 3: "done"}
    for wrong in ("3", "99"):
        refused = sanshen("jobs", "--retry", wrong, ok=False)
        assert refused.returncode == 1 and "未被搁置" in refused.stderr and "Traceback" not in refused.stderr
    assert json.loads(sanshen("jobs", "--retry-parked", "--json").stdout) == {"requeued": [2]}
    assert statuses(sanshen.url, models.Job) == {1: "pending", 2: "pending", 3: "done"}


def test_outbox_retry_parked_requeues_the_parked_mail_written_since_a_moment(sanshen):
    sanshen("submit", "--as", "wangfang", "--title", "关于开展科技活动周的通知", "--body-file", "body.txt")
    base = {"item_id": 1, "kind": "task_waiting", "recipient": "linfeng", "address": "linfeng@example.gov.cn",
            "subject": "s", "message": "{}", "attempts": 8, "last_error": "421 outage"}
    add_rows(sanshen.url, models.OutboxMessage, [
        {**base, "key": f"outage:{n}", "message_id": f"<outage.{n}@x>", "status": "parked", "created_at": at}
        for n, at in enumerate(["2026-11-23T08:00:00+08:00", "2026-11-24T08:00:00+08:00",
                                "2026-11-24T01:00:00+00:00"])])
    before = statuses(sanshen.url, models.OutboxMessage)
    said = json.loads(sanshen("outbox", "--retry-parked", "--since", "2026-11-24T00:00:00+08:00", "--json").stdout)
    after = statuses(sanshen.url, models.OutboxMessage)
    assert len(said["requeued"]) == 2 and all(after[i] == "pending" for i in said["requeued"])
    assert [i for i, s in after.items() if s == "parked"] == [min(i for i, s in before.items() if s == "parked")]
    assert "已重新排队 1 条" in sanshen("outbox", "--retry-parked").stdout
    refused = sanshen("outbox", "--since", "2026-11-24", ok=False)
    assert refused.returncode == 2 and "--retry-parked" in refused.stderr
