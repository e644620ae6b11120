"""A worker process for the fault tests: runs publish jobs as the dispatcher's tasks do, and can be made to stop.

`python job_worker.py URL SITE NOW LEASE_SECONDS STOP_AT`: claims batches of 5 and publishes; at the STOP_AT-th
page it prints "stalled" and waits on stdin forever, after reserving the 索引号 and writing the page and
before recording the publication: the test kills it there.
"""

import sys
from datetime import datetime, timedelta
from pathlib import Path

from sanshen.engine import jobs, publishing
from sanshen.ledger.db import Database
from sanshen.ledger.times import Clock


def main(url: str, site: str, start: str, lease_seconds: str, stop_at: str) -> None:
    db, clock, lease = Database(url), Clock(datetime.fromisoformat(start)), timedelta(seconds=float(lease_seconds))
    written, write = [0], publishing._write_atomically

    def stalling_write(path: Path, text: str) -> None:
        write(path, text)
        if path.parent.name == "items":
            written[0] += 1
            if written[0] == int(stop_at):
                print("stalled", flush=True)
                sys.stdin.read()

    publishing._write_atomically = stalling_write  # type: ignore[assignment]
    while batch := jobs.claim(db, "faulty", clock(), limit=5, lease=lease):
        for job in batch:
            publishing.publish(db, job.item_id, clock(), Path(site), claim=job, clock=clock)
            jobs.finish(db, job, clock())


if __name__ == "__main__":
    main(*sys.argv[1:])
