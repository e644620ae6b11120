"""Driving items through the process with the demo organisation's people."""

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from subprocess import CompletedProcess

from sanshen.engine.commands import Decide, Submit
from sanshen.engine.handlers import Engine
from sanshen.engine.queries import show

REVIEWERS = {
    "confidentiality_review": "linfeng",
    "first_review": "chenjun",
    "second_review": "guolei",
    "final_review": "liuyang",
    "proofreading_1": "fengyu",
    "proofreading_2": "caihong",
    "proofreading_3": "dengyun",
}
ORDER = ["confidentiality_review", "sensitivity_check", "first_review", "second_review", "final_review",
         "proofreading_1", "proofreading_2", "proofreading_3", "publishing"]
CLEAN_BODY = "各科室：\n现将有关事项通知如下。请认真组织实施。"


def submit(engine: Engine, now: datetime, body: str = CLEAN_BODY, drafter: str = "wangfang") -> int:
    return engine.submit(Submit(drafter, "关于开展科技活动周的通知", body), now).id


def approve(engine: Engine, item_id: int, who: str, now: datetime, opinion: str = "同意") -> str:
    engine.decide(Decide("claim", who, item_id), now)
    return engine.decide(Decide("approve", who, item_id, opinion=opinion), now).stage


def drive_to(engine: Engine, item_id: int, target: str, now: datetime) -> None:
    """Approve stage after stage (the scan passes clean) until the item reaches `target`."""
    with engine.db.transaction() as session:
        stage = show(session, item_id)["stage"]
    while stage != target:
        if stage == "sensitivity_check":
            stage = engine.system("scan_clean", item_id, now).stage
        else:
            stage = approve(engine, item_id, REVIEWERS[stage], now)


def cli_runner(directory: Path, database: Path, now: str = "2026-11-24T09:30:00+08:00") -> Callable[..., CompletedProcess[str]]:
    """`sanshen` as a user runs it, in `directory` on the SQLite file `database`, at a fixed moment."""
    env = {**os.environ, "SANSHEN_DATABASE_URL": f"sqlite:///{database}", "SANSHEN_NOW": now}
    sanshen = str(Path(sys.executable).parent / "sanshen")

    def run(*args: str, ok: bool = True) -> CompletedProcess[str]:
        done = subprocess.run([sanshen, *args], env=env, cwd=directory, capture_output=True, text=True, timeout=60)
        if ok:
            assert done.returncode == 0, done.stderr
        return done

    return run
