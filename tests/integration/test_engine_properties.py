"""Random sequences of engine commands by random people with random text and ids (hypothesis).

Whatever comes, each command either is carried out or is refused with a CommandError or RuleBroken
(one sentence); a refused command writes nothing; the ledger verifies after every step. Each example
runs on its own copy of a migrated SQLite file, so that a failure shrinks and replays exactly.
"""

import shutil
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sanshen.engine.commands import Correct, Decide, Revise, Submit
from sanshen.engine.errors import CommandError
from sanshen.engine.handlers import Engine
from sanshen.engine.queries import show, verify
from sanshen.ledger import models
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policies.errors import RuleBroken
from sanshen.policyfile import DEMO_POLICY, load_policy
from tests.conftest import _prepared as prepared
from tests.helpers import ORDER, REVIEWERS, drive_to

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=timezone(timedelta(hours=8)))
PEOPLE = [p.username for p in load_policy(DEMO_POLICY).people]
AWKWARD = ["", " ", "\x00", "\x01标题", "\x1b]0;pwned\x07", "\u202e倒序\u202c", "\ud800", "a\udcffb", "\n\n", "标题\r\n第二行",
           "同意", "关于开展科技活动周的通知", "身份证号 11010519491231002X，电话 13812345678。", "。。", "x" * 600]
texts = st.one_of(st.sampled_from(AWKWARD), st.sampled_from(AWKWARD), st.text(max_size=40),
                  st.text(alphabet=st.characters(exclude_categories=()), max_size=20),
                  st.builds(lambda c, n: c * n, st.characters(exclude_categories=()), st.integers(400, 2100)))
people = st.one_of(st.sampled_from(PEOPLE), st.sampled_from(["stranger", "", "system", "WANGFANG", "wang fang"]),
                   st.text(max_size=8))
ids = st.one_of(st.just(1), st.integers(1, 3), st.integers(-(2**70), 2**70))
EVENTS = ["claim", "release", "approve", "return", "refuse", "withdraw", "retract"]
KINDS = ["submit", "resubmit", "revise", "correct", "apply", "mask", "scan_clean", "scan_flag", *EVENTS]
anything = st.tuples(st.sampled_from(KINDS), people, ids, texts, texts, st.lists(st.integers(-3, 2**64), max_size=3))
advance = st.tuples(st.just("advance"), st.just(""), st.just(1), st.just(""), texts, st.just([]))
steps = st.one_of(anything, advance, advance)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A migrated SQLite file with the demo policy in force, copied for each example."""
    path = tmp_path_factory.mktemp("template") / "sanshen.db"
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    with db.transaction() as session:
        store_policy(session, load_policy(DEMO_POLICY), NOW.isoformat())
    db.dispose()
    return path


def attempt(engine: Engine, kind: str, actor: str, item: int, a: str, b: str, picks: list[int]) -> None:
    """One engine command built from the drawn values (the same drawn values, the same command)."""
    if kind == "advance":  # the reviewer of the item's stage claims it, or approves what they claimed
        kind, actor, a = _next_move(engine, item)
    if kind == "submit":
        engine.submit(Submit(actor, a, b, source=a[::-1]), NOW)
    elif kind == "resubmit":
        engine.resubmit(actor, item, NOW)
    elif kind == "revise":
        engine.revise(Revise(actor, item, a, b), NOW)
    elif kind == "correct":
        engine.correct(Correct(actor, item, b, opinion=a), NOW)
    elif kind == "apply":
        engine.apply_suggestions(actor, item, picks, NOW)
    elif kind == "mask":
        engine.mask(actor, item, NOW)
    elif kind in ("scan_clean", "scan_flag"):
        engine.system(kind, item, NOW)
    else:
        engine.decide(Decide(kind, actor, item, opinion=a, ground=(b or "state_secret") if kind == "refuse" else None,
                             assignee=(b or None) if kind == "release" else None), NOW)


def _next_move(engine: Engine, item: int) -> tuple[str, str, str]:
    """What moves the item on: the stage's reviewer claims, then approves; the scan passes clean."""
    try:
        with engine.db.transaction() as session:
            shown = show(session, item)
    except CommandError:
        return "claim", "linfeng", ""
    if shown["stage"] == "sensitivity_check":
        return "scan_clean", "system", ""
    reviewer = REVIEWERS.get(shown["stage"], "wangfang")
    claimed = shown["task"] and shown["task"]["assignee"] == reviewer
    return ("approve" if claimed else "claim"), reviewer, "同意"


def written(db: Database) -> tuple[int, int, int]:
    with db.transaction() as session:
        return (session.execute(select(func.count()).select_from(models.Event)).scalar_one(),
                session.execute(select(func.count()).select_from(models.Revision)).scalar_one(),
                session.execute(select(func.coalesce(func.sum(models.Item.version), 0))).scalar_one())


def run_script(db: Database, start: str, script: list) -> None:
    """Item 1 driven to `start`, then the drawn steps, each checked: refused writes nothing; all verifies."""
    engine = Engine(db)
    engine.submit(Submit("wangfang", "关于开展科技活动周的通知", "各科室：\n现将有关事项通知如下。。"), NOW)
    drive_to(engine, 1, start, NOW)
    for step in script:
        before = written(db)
        try:
            attempt(engine, *step)
        except (CommandError, RuleBroken) as refusal:
            assert str(refusal).strip() and "\n" not in str(refusal).strip(), step
            assert written(db) == before, f"a refused command wrote: {step}"
        with db.transaction() as session:
            report = verify(session)
        assert report["ok"], (step, report["problems"])
    with db.transaction() as session:
        event(f"item 1 at {session.get(models.Item, 1).stage}")  # type: ignore[union-attr]


SLOW_OK = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


@settings(max_examples=30, deadline=None, database=None, suppress_health_check=SLOW_OK)
@given(start=st.sampled_from(ORDER), script=st.lists(steps, min_size=1, max_size=15))
def test_random_commands_by_random_people_never_crash_never_write_when_refused_and_always_verify(
        template, tmp_path, start, script):
    path = tmp_path / "example.db"
    shutil.copyfile(template, path)
    db = Database(f"sqlite:///{path}")
    try:
        run_script(db, start, script)
    finally:
        db.dispose()


@settings(max_examples=12, deadline=None, database=None, suppress_health_check=SLOW_OK)
@given(start=st.sampled_from(ORDER), script=st.lists(steps, min_size=1, max_size=10))
def test_the_same_holds_on_postgresql(pg_schema_url, demo_policy, start, script):
    db = prepared(pg_schema_url, "postgresql", demo_policy, NOW)
    try:
        run_script(db, start, script)
    finally:
        db.dispose()
