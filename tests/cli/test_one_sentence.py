"""Whatever goes wrong on the command line ends in one sentence and a meaningful exit status, never a traceback.

In process through typer's CliRunner where that shows it; as real processes where a signal, a pipe or a
socket is the point.
"""

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sanshen import wiring
from sanshen.cli import app
from sanshen.columns import width

SANSHEN = str(Path(sys.executable).parent / "sanshen")
NOW = "2026-11-24T09:30:00+08:00"
runner = CliRunner()


def one_sentence(stderr: str) -> str:
    """The one line a refusal prints (asserting it is one line, without a traceback)."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


@pytest.fixture
def sanshen(tmp_path, monkeypatch):
    """Run the CLI in this process, on a fresh demo database in tmp_path."""
    monkeypatch.setenv("SANSHEN_DATABASE_URL", f"sqlite:///{tmp_path / 's.db'}")
    monkeypatch.setenv("SANSHEN_NOW", NOW)
    monkeypatch.chdir(tmp_path)
    wiring.database.cache_clear()
    (tmp_path / "body.txt").write_text("各科室：\n现将有关事项通知如下。", encoding="utf-8")

    def run(*args: str):
        return runner.invoke(app, list(args))

    assert run("init", "--demo").exit_code == 0
    yield run
    wiring.database().dispose()
    wiring.database.cache_clear()


def real(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None, **kwargs):
    return subprocess.run([SANSHEN, *args], env={**os.environ, "SANSHEN_NOW": NOW, **(env or {})}, cwd=cwd,
                          capture_output=True, text=True, timeout=60, **kwargs)


@pytest.mark.parametrize("number", ["0", "2147483648", "9223372036854775808", "99999999999999999999999"])
def test_an_id_beyond_any_row_is_not_found_by_every_command_that_takes_one(sanshen, number):
    sanshen("submit", "--as", "wangfang", "--title", "标题", "--body-file", "body.txt")
    for args in (["show", number], ["history", number], ["form", number], ["claim", number, "--as", "linfeng"],
                 ["submit", "--item", number, "--as", "wangfang"], ["mask", number, "--as", "wangfang"],
                 ["correct", number, "--apply", "1", "--as", "fengyu"],
                 ["revise", number, "--as", "wangfang", "--body-file", "body.txt"]):
        done = sanshen(*args)
        assert done.exit_code == 1 and f"找不到稿件 {number}" in one_sentence(done.stderr), args
    for args in (["outbox", "--retry", number], ["outbox", "--mark-sent", number]):
        done = sanshen(*args)
        assert done.exit_code == 1 and f"找不到通知 {number}" in one_sentence(done.stderr), args


@pytest.mark.parametrize("pick", ["0", "-1", "9223372036854775808"])
def test_correct_apply_with_a_number_out_of_range_says_out_of_range(sanshen, pick):
    from tests.helpers import drive_to

    sanshen("submit", "--as", "wangfang", "--title", "标题", "--body-file", "body.txt")
    drive_to(wiring.engine(), 1, "proofreading_1", _now())
    sanshen("claim", "1", "--as", "fengyu")
    done = sanshen("correct", "1", "--apply", pick, "--as", "fengyu")
    assert done.exit_code == 1 and "发现编号超出范围" in one_sentence(done.stderr)


def _now():
    from datetime import datetime

    return datetime.fromisoformat(NOW)


def test_a_usage_error_is_one_sentence_with_status_2(sanshen):
    for args in (["show", "-5"], ["show", "abc"], ["bogus"], ["claim", "1"]):
        done = sanshen(*args)
        assert done.exit_code == 2 and "命令行参数有误" in one_sentence(done.stderr), args


@pytest.mark.parametrize("args", [["--batch", "0"], ["--batch", "-3"], ["--poll", "-1"], ["--poll", "nan"]])
def test_a_worker_batch_or_poll_that_would_do_nothing_is_refused(sanshen, args):
    done = sanshen("worker", "--until-idle", *args)
    assert done.exit_code == 2 and args[0] in one_sentence(done.stderr)


@pytest.mark.parametrize(("variable", "value"), [("SANSHEN_SMTP_TLS", "bogus"), ("SANSHEN_SMTP_PORT", "abc"),
                                                 ("SANSHEN_SMTP_PORT", "70000")])
def test_smtp_settings_that_cannot_work_stop_the_worker_with_one_sentence(sanshen, monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    done = sanshen("worker", "--until-idle")
    assert done.exit_code == 1 and variable in one_sentence(done.stderr) and value in done.stderr


def test_init_on_an_empty_database_says_how_to_give_a_policy(tmp_path):
    done = real("init", env={"SANSHEN_DATABASE_URL": f"sqlite:///{tmp_path / 'empty.db'}"}, cwd=tmp_path)
    sentence = one_sentence(done.stderr)
    assert done.returncode == 2 and "--demo" in sentence and "--policy" in sentence
    assert "请先运行 sanshen init" not in sentence


@pytest.mark.parametrize("url", ["mysql://user@host/db", "oracle://host/db", "mysql+pymysql://host/db"])
def test_an_unsupported_database_is_one_sentence(tmp_path, url):
    done = real("users", env={"SANSHEN_DATABASE_URL": url}, cwd=tmp_path)
    assert done.returncode == 1 and "SANSHEN_DATABASE_URL" in one_sentence(done.stderr)


def test_users_columns_line_up_with_chinese_names(sanshen):
    lines = sanshen("users").stdout.splitlines()
    people = json.loads(sanshen("users", "--json").stdout)
    roles = ["、".join(p["role_names"]) for p in people]
    assert all(line.endswith(r) for line, r in zip(lines, roles, strict=True))
    starts = {width(line[:len(line) - len(r)]) for line, r in zip(lines, roles, strict=True)}
    assert len(lines) > 3 and len(starts) == 1


def test_diagram_takes_json(sanshen):
    from sanshen.states.diagram import mermaid

    assert json.loads(sanshen("diagram", "--json").stdout) == {"mermaid": mermaid()}


def test_a_closed_pipe_is_silent_and_not_an_error(tmp_path):
    env = {"SANSHEN_DATABASE_URL": f"sqlite:///{tmp_path / 's.db'}"}
    real("init", "--demo", env=env, cwd=tmp_path)
    (tmp_path / "body.txt").write_text("正文\n" * 20000, encoding="utf-8")
    real("submit", "--as", "wangfang", "--title", "标题", "--body-file", "body.txt", env=env, cwd=tmp_path)
    reader, writer = os.pipe()
    os.close(reader)  # the reader has gone before the first line is written: `sanshen show 1 | head -0`
    try:
        done = subprocess.run([SANSHEN, "show", "1"], env={**os.environ, **env}, cwd=tmp_path, stdout=writer,
                              stderr=subprocess.PIPE, text=True, timeout=60)
    finally:
        os.close(writer)
    assert done.returncode == 0 and done.stderr == ""


def _started(process: subprocess.Popen) -> str:
    assert process.stdout is not None
    return process.stdout.readline()


def _free_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return str(probe.getsockname()[1])


def test_ctrl_c_exits_130_with_one_word(tmp_path):
    port = int(_free_port())
    sink = subprocess.Popen([SANSHEN, "mail-sink", "--port", str(port), "--dir", str(tmp_path / "mail"), "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert json.loads(_started(sink)) == {"host": "127.0.0.1", "port": port, "directory": str(tmp_path / "mail")}
        sink.send_signal(signal.SIGINT)
        _, stderr = sink.communicate(timeout=30)
    finally:
        sink.kill()
    assert sink.returncode == 130 and one_sentence(stderr) == "已中断"


def test_mail_sink_on_a_taken_or_impossible_port_or_an_unusable_folder_is_one_sentence(tmp_path):
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        cases = {"端口已被占用": ["--port", port, "--dir", str(tmp_path / "mail")],
                 "1 到 65535": ["--port", "70000"],
                 "a-file": ["--port", _free_port(), "--dir", str(tmp_path / "a-file" / "mail")]}
        for said, args in cases.items():
            done = real("mail-sink", *args, cwd=tmp_path)
            assert done.returncode in (1, 2) and said in one_sentence(done.stderr), args


class _Finished:
    """What a flow called with return_state=True gives back."""

    def __init__(self, result):
        self._result = result

    def result(self, raise_on_failure=True):
        return self._result


def _flow_that_says(name: str):
    def flow(now, return_state=False):
        return _Finished({"ran": name})

    flow.name = name  # type: ignore[attr-defined]
    return flow


def test_worker_json_is_one_object_a_line(sanshen, monkeypatch):
    from sanshen import localprefect
    from sanshen.flows import dispatcher
    from sanshen.flows import notify as notify_flows

    reports = iter([{"claimed": 1, "outcomes": {"publish:1:9": "已发布"}, "failed": {}},
                    {"claimed": 0, "outcomes": {}, "failed": {}}])
    monkeypatch.setattr(dispatcher, "dispatch", lambda batch, now, return_state: _Finished(next(reports)))
    monkeypatch.setattr(localprefect, "prefect_api", contextlib.nullcontext)  # fakes need no Prefect server
    for name in ("sweep_deadlines", "deliver_outbox"):
        monkeypatch.setattr(notify_flows, name, _flow_that_says(name))
    done = sanshen("worker", "--until-idle", "--json", "--no-export")
    assert done.exit_code == 0, done.stderr
    assert [json.loads(line) for line in done.stdout.splitlines()] == [
        {"job": "publish:1:9", "outcome": "已发布"}, {"flow": "sweep_deadlines", "result": {"ran": "sweep_deadlines"}},
        {"flow": "deliver_outbox", "result": {"ran": "deliver_outbox"}}, {"idle": True, "succeeded": True}]
