"""A worker process for the fault tests: runs publish jobs as the dispatcher's tasks do, and can be made to stop.

`python job_worker.py URL SITE NOW LEASE_SECONDS STOP_AT`: claims batches of 5 and publishes; at the STOP_AT-th
page it prints "stalled" and waits on stdin forever, after reserving the 索引号 and rendering the page and
before recording the publication: the test kills it there.
"""

import sys
from datetime import datetime, timedelta

from sanshen.engine import jobs, publishing
from sanshen.ledger.db import Database
from sanshen.ledger.times import Clock


def main(url: str, _site: str, start: str, lease_seconds: str, stop_at: str) -> None:
    db, clock, lease = Database(url), Clock(datetime.fromisoformat(start)), timedelta(seconds=float(lease_seconds))
    rendered, digest = [0], publishing.page_digest

    def stalling_digest(text: str) -> str:
        rendered[0] += 1
        if rendered[0] == int(stop_at):
            print("stalled", flush=True)
            sys.stdin.read()
        return digest(text)

    publishing.page_digest = stalling_digest  # type: ignore[assignment]
    while batch := jobs.claim(db, "faulty", clock(), limit=5, lease=lease):
        for job in batch:
            publishing.publish(db, job.item_id, clock(), claim=job, clock=clock)
            jobs.finish(db, job, clock())


if __name__ == "__main__":
    main(*sys.argv[1:])
