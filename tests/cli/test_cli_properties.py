"""Random command lines by random people (hypothesis), in process through typer's CliRunner, and a few real runs.

Invariants: no traceback; exit status 0 to 3; a refusal is one sentence on stderr; a refused command writes
no event; `verify` is clean after every step. Each example starts from its own copy of a demo database.
"""

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from typer.testing import CliRunner

from sanshen import wiring
from sanshen.cli import app
from sanshen.engine.queries import verify
from sanshen.ledger import models
from sanshen.ledger.db import Database
from sanshen.ledger.migrate import upgrade
from sanshen.ledger.policystore import store_policy
from sanshen.policyfile import DEMO_POLICY, load_policy

NOW = "2026-11-24T09:30:00+08:00"
SANSHEN = str(Path(sys.executable).parent / "sanshen")
PEOPLE = [p.username for p in load_policy(DEMO_POLICY).people]
AWKWARD = ["", " ", "\x01", "\x1b[31m红\x1b[0m", "\u202e倒序", "\ud800", "同意", "-m", "--json", "0", "-1",
           "9223372036854775808", "99999999999999999999", "A" * 64, "0001-01-01", "2026-13-45", "x" * 3000]
texts = st.one_of(st.sampled_from(AWKWARD), st.text(max_size=30),
                  st.text(alphabet=st.characters(exclude_categories=()), max_size=12))
people = st.one_of(st.sampled_from(PEOPLE), st.sampled_from(["stranger", "", "system"]), st.text(max_size=6))
numbers = st.one_of(st.just("1"), st.integers(-(2**70), 2**70).map(str), texts)
ITEM_COMMANDS = ["claim", "release", "approve", "return", "refuse", "withdraw", "retract", "correct", "mask",
                 "revise", "show", "history", "form"]
PLAIN = [["users"], ["verify"], ["overdue"], ["outbox"], ["jobs"], ["mail"], ["diagram"]]


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    """One command line: a command, its id and actor, and some of its options with drawn values."""
    kind = draw(st.sampled_from(["item", "item", "item", "submit", "queue", "plain"]))
    if kind == "plain":
        args = list(draw(st.sampled_from(PLAIN)))
    elif kind == "queue":
        args = ["queue", "--as", draw(people)]
    elif kind == "submit":
        args = ["submit", "--as", draw(people), "--title", draw(texts), "--body-file", "body.txt"]
        args += draw(st.sampled_from([[], ["--formed-on", draw(texts)], ["--item", draw(numbers)],
                                      ["--disclosure", draw(texts)]]))
    else:
        args = [draw(st.sampled_from(ITEM_COMMANDS)), draw(numbers), "--as", draw(people)]
        options = [["-m", draw(texts)], ["--to", draw(people)], ["--revision", draw(texts)],
                   ["--ground", draw(texts)], ["--apply", draw(numbers)], ["--body-file", "body.txt"],
                   ["--title", draw(texts)]]
        for chosen in draw(st.lists(st.sampled_from(options), max_size=3, unique_by=lambda o: o[0])):
            args += chosen
    return args + draw(st.sampled_from([[], ["--json"]]))


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli-template") / "sanshen.db"
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    with db.transaction() as session:
        store_policy(session, load_policy(DEMO_POLICY), NOW)
    db.dispose()
    return path


@contextmanager
def sanshen_at(path: Path) -> Iterator[None]:
    """The CLI in this process pointed at the database file `path`, with a fixed clock."""
    saved = {name: os.environ.get(name) for name in ("SANSHEN_DATABASE_URL", "SANSHEN_NOW")}
    os.environ.update(SANSHEN_DATABASE_URL=f"sqlite:///{path}", SANSHEN_NOW=NOW)
    wiring.database.cache_clear()
    try:
        yield
    finally:
        wiring.database().dispose()
        wiring.database.cache_clear()
        for name, value in saved.items():
            os.environ.pop(name, None) if value is None else os.environ.__setitem__(name, value)


def events(path: Path) -> tuple[int, int]:
    with wiring.database().transaction() as session:
        return (session.execute(select(func.count()).select_from(models.Event)).scalar_one(),
                session.execute(select(func.count()).select_from(models.Revision)).scalar_one())


def assert_one_sentence_or_success(args: list[str], exit_code: int, stderr: str) -> None:
    assert exit_code in (0, 1, 2, 3), (args, exit_code, stderr)
    assert "Traceback" not in stderr, (args, stderr)
    if exit_code:
        lines = stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("错误："), (args, stderr)


@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=st.one_of(st.text(max_size=200), st.binary(max_size=200).map(bytes.hex)),
       script=st.lists(command_lines(), min_size=1, max_size=8))
def test_random_command_lines_end_in_success_or_one_sentence_and_leave_a_verified_ledger(
        template, tmp_path, body, script):
    path = tmp_path / "example.db"
    shutil.copyfile(template, path)
    os.chdir(tmp_path)
    (tmp_path / "body.txt").write_text(body, encoding="utf-8", errors="replace")
    (tmp_path / "seed.txt").write_text("各科室：\n现将有关事项通知如下。", encoding="utf-8")
    runner = CliRunner()
    with sanshen_at(path):
        assert runner.invoke(app, ["submit", "--as", "wangfang", "--title", "标题", "--body-file", "seed.txt"]
                             ).exit_code == 0
        for args in script:
            before = events(path)
            done = runner.invoke(app, args)
            if done.exception is not None and not isinstance(done.exception, SystemExit):
                raise AssertionError(f"{args} raised") from done.exception
            assert_one_sentence_or_success(args, done.exit_code, done.stderr)
            if done.exit_code:
                assert events(path) == before, f"a refused command wrote: {args}"
            with wiring.database().transaction() as session:
                assert verify(session)["ok"], args


AWKWARD_LINES = [
    ["show", "1", "--json"],
    ["claim", "9223372036854775808", "--as", "linfeng"],
    ["approve", "1", "--as", "陌生人", "-m", "\u202e同意"],
    ["submit", "--as", "wangfang", "--title", "x" * 100_000, "--body-file", "body.txt"],
    ["release", "1", "--as", "linfeng", "--to", "chenjun"],
]


def test_real_processes_with_awkward_arguments_answer_in_one_sentence(tmp_path):
    env = {**os.environ, "SANSHEN_DATABASE_URL": f"sqlite:///{tmp_path / 's.db'}", "SANSHEN_NOW": NOW}
    (tmp_path / "body.txt").write_text("各科室：\n现将有关事项通知如下。", encoding="utf-8")
    for setup in (["init", "--demo"], ["submit", "--as", "wangfang", "--title", "标题", "--body-file", "body.txt"]):
        subprocess.run([SANSHEN, *setup], env=env, cwd=tmp_path, check=True, capture_output=True, timeout=60)
    for args in AWKWARD_LINES:
        done = subprocess.run([SANSHEN, *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert_one_sentence_or_success(args, done.returncode, done.stderr)


def test_an_undecodable_byte_in_a_real_command_line_is_one_sentence(tmp_path):
    env = {**os.environ, "SANSHEN_DATABASE_URL": f"sqlite:///{tmp_path / 's.db'}", "SANSHEN_NOW": NOW,
           "LC_ALL": "C.UTF-8"}
    (tmp_path / "body.txt").write_text("正文", encoding="utf-8")
    subprocess.run([SANSHEN, "init", "--demo"], env=env, cwd=tmp_path, check=True, capture_output=True, timeout=60)
    done = subprocess.run([SANSHEN.encode(), b"submit", b"--as", b"wangfang", b"--title", b"\xff\xfe", b"--body-file",
                           b"body.txt"], env=env, cwd=tmp_path, capture_output=True, timeout=60)
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 1 and "标题" in stderr and "U+DCFF" in stderr
    assert_one_sentence_or_success(["submit"], done.returncode, stderr)
