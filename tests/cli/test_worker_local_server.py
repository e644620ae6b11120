"""`sanshen worker` in the one-machine default: the local Prefect server it starts is its own, and ends with it."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SANSHEN = str(Path(sys.executable).parent / "sanshen")
PATIENCE = 300  # seconds: a bound for a loaded machine, not a measurement


def processes_with(marker: str) -> list[int]:
    """The processes whose environment holds `marker` (here: the test's own PREFECT_HOME)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and entry.name != str(os.getpid()):
            try:
                environ = (entry / "environ").read_bytes().split(b"\0")
            except OSError:
                continue
            if marker.encode() in environ:
                found.append(int(entry.name))
    return found


def a_local_server(marker: str) -> list[int]:
    servers = []
    for pid in processes_with(marker):
        try:
            if b"uvicorn" in Path(f"/proc/{pid}/cmdline").read_bytes():
                servers.append(pid)
        except OSError:
            continue
    return servers


def wait_until(what: str, ready) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + PATIENCE
    while not ready():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.5)


@pytest.fixture
def worker_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API_URL")}
    env.update(SANSHEN_DATABASE_URL=f"sqlite:///{tmp_path / 's.db'}", SANSHEN_NOW="2026-11-24T09:30:00+08:00",
               PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([SANSHEN, *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)

    assert run("init", "--demo").returncode == 0
    (tmp_path / "body.txt").write_text("各科室：\n现将有关事项通知如下。", encoding="utf-8")
    assert run("submit", "--as", "wangfang", "--title", "关于开展科技活动周的通知", "--body-file", "body.txt").returncode == 0
    assert run("claim", "1", "--as", "linfeng").returncode == 0
    assert run("approve", "1", "--as", "linfeng", "-m", "同意").returncode == 0  # a sensitivity_check job waits
    return env, run


def test_a_local_server_that_does_not_start_in_time_is_said_so_stopped_and_the_job_left_pending(worker_env):
    env, run = worker_env
    env["SANSHEN_PREFECT_STARTUP_TIMEOUT"] = "1"
    done = run("worker", "--until-idle")
    assert done.returncode == 1
    assert "本地 Prefect 服务器 1 秒内未能启动" in done.stderr and "没有运行任何作业" in done.stderr
    assert "没有待办作业" not in done.stdout + done.stderr and "Traceback" not in done.stderr
    assert "pending" in run("jobs").stdout
    assert a_local_server(f"PREFECT_HOME={env['PREFECT_HOME']}") == []


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "sigkill"])
def test_the_local_server_of_a_stopped_or_killed_worker_does_not_outlive_it(worker_env, tmp_path, stop):
    env, run = worker_env
    marker = f"PREFECT_HOME={env['PREFECT_HOME']}"
    with (tmp_path / "worker.log").open("w") as log:
        worker = subprocess.Popen([SANSHEN, "worker", "--poll", "1"], env=env, cwd=tmp_path, stdout=log,
                                  stderr=subprocess.STDOUT)
    try:
        wait_until("the worker's first round", lambda: "sanshen-deliver-outbox" in (tmp_path / "worker.log").read_text())
        assert a_local_server(marker)
        worker.send_signal(stop)
        worker.wait(timeout=120)
        wait_until("the local server to end with its worker", lambda: not a_local_server(marker))
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    said = (tmp_path / "worker.log").read_text()
    assert "scan_clean" in said
    if stop == signal.SIGTERM:  # it says it stopped, with the status of a process ended by SIGTERM
        assert worker.returncode == 143 and "收到 SIGTERM：已停止" in said and "Traceback" not in said
