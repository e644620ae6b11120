"""A dispatcher flow run in a process of its own, for the SIGTERM test: it stops inside a publication.

`python stopping_dispatcher.py URL NOW`: runs the dispatcher flow (batch 5) against PREFECT_API_URL; at the
second page it renders it prints "stalled" and waits on stdin, inside the job's transaction: the test
sends SIGTERM there, as a process manager stopping the worker would.
"""

import sys
from datetime import datetime

from sanshen.engine import publishing
from sanshen.flows.dispatcher import dispatch


def main(url: str, start: str) -> None:
    rendered, digest = [0], publishing.page_digest

    def stalling_digest(text: str) -> str:
        rendered[0] += 1
        if rendered[0] == 2:
            print("stalled", flush=True)
            sys.stdin.read()
        return digest(text)

    publishing.page_digest = stalling_digest  # type: ignore[assignment]
    dispatch(batch=5, url=url, now=datetime.fromisoformat(start), retry_delays=(0.0, 0.0))


if __name__ == "__main__":
    main(*sys.argv[1:])
