"""The push channel through the dispatcher, against a real HTTP server on loopback that plays the CMS."""

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sanshen.engine import jobs
from sanshen.engine.commands import Decide
from sanshen.engine.handlers import Engine
from sanshen.flows.dispatcher import dispatch, outcome
from sanshen.ledger import policystore
from sanshen.ledger.policystore import store_policy
from sanshen.notifications.push import SIGNATURE_HEADER, verify_signature
from sanshen.policies.config import Channel, Push
from tests.helpers import drive_to, submit

SECRET = "cms-shared-secret-42"
NO_WAIT = (0.0, 0.0)


@dataclass
class Cms:
    """Keeps one entry per 索引号 (a repeated push replaces it); can be told to fail its next answers."""

    entries: dict[str, dict] = field(default_factory=dict)
    requests: int = 0
    bad_signatures: int = 0
    fail_next: int = 0
    url: str = ""


@pytest.fixture
def cms() -> Iterator[Cms]:
    state = Cms()

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server name
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.requests += 1
            if not verify_signature(SECRET, body, self.headers.get(SIGNATURE_HEADER, "")):
                state.bad_signatures += 1
                return self._answer(401)
            if state.fail_next:
                state.fail_next -= 1
                return self._answer(503)
            entry = json.loads(body)
            state.entries[entry["index_number"]] = entry
            self._answer(200)

        def _answer(self, status: int) -> None:
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/cms/receive"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def pushing(db, demo_policy, now, cms, monkeypatch):
    monkeypatch.setenv("SANSHEN_PUSH_SECRET", SECRET)
    policy = demo_policy.model_copy(update={"channel": Channel(push=Push(url=cms.url))})
    with db.transaction() as session:
        store_policy(session, policy, now.isoformat())
    monkeypatch.setattr(policystore, "_by_version", {})  # versions restart with each test's fresh tables
    return db


def published_item(db, now) -> int:
    engine = Engine(db)
    item = submit(engine, now)
    drive_to(engine, item, "publishing", now)
    return item


def test_a_publication_is_pushed_signed_once_per_index_number_after_the_cms_failed_once(
        prefect_harness, pushing, database_url, now, cms):
    item = published_item(pushing, now)
    cms.fail_next = 1
    report = dispatch(url=database_url, now=now, retry_delays=NO_WAIT)
    assert report["outcomes"][f"push:{item}:published"] == "pushed published (200)"
    assert cms.requests == 2 and cms.bad_signatures == 0  # the 503, then Prefect's retry
    entry = cms.entries["QHKJJ-2026-00001"]
    assert entry["state"] == "published" and entry["item_id"] == item and len(entry["revision_hash"]) == 64
    assert "QHKJJ-2026-00001" in entry["page"] and "现将有关事项通知如下。" in entry["page"]

    Engine(pushing).decide(Decide("retract", "liuyang", item, opinion="数据有误"), now)
    dispatch(url=database_url, now=now, retry_delays=NO_WAIT)
    assert list(cms.entries) == ["QHKJJ-2026-00001"] and cms.entries["QHKJJ-2026-00001"]["state"] == "retracted"
    assert "撤稿说明" in cms.entries["QHKJJ-2026-00001"]["page"]


def test_a_cms_that_keeps_refusing_fails_the_run_and_parks_the_push_job_with_its_answer(
        prefect_harness, pushing, database_url, now, cms):
    published_item(pushing, now)
    cms.fail_next = 1000
    for _ in range(jobs.MAX_ATTEMPTS):
        state = dispatch(url=database_url, now=now, retry_delays=NO_WAIT, return_state=True)
        assert state.is_failed() and "HTTP 503" in next(iter(outcome(state)["failed"].values()))
    [parked] = jobs.unfinished(pushing)
    assert parked["kind"] == "push" and parked["status"] == "parked" and "HTTP 503" in parked["last_error"]
    assert cms.entries == {}


def test_a_push_without_its_secret_is_refused_by_the_job_and_never_sent_unsigned(
        prefect_harness, pushing, database_url, now, cms, monkeypatch):
    monkeypatch.delenv("SANSHEN_PUSH_SECRET")
    published_item(pushing, now)
    state = dispatch(url=database_url, now=now, retry_delays=NO_WAIT, return_state=True)
    assert "SANSHEN_PUSH_SECRET" in next(iter(outcome(state)["failed"].values()))
    assert cms.requests == 0
