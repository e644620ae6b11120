"""Prefect for the one-machine default: the configured server, or a local one this process starts and stops.

Prefect's own ephemeral mode starts a temporary server lazily, gives it 20 seconds (too few on a busy
small machine) and can leave it running when its process is killed. Here the worker starts the server
once, waits as long as `SANSHEN_PREFECT_STARTUP_TIMEOUT` (default 180 s) allows, reuses it for every
round, and stops it on exit, also after a failure or SIGTERM; the server is told by the kernel to end
if the worker dies without a word (SIGKILL).
"""

import contextlib
import ctypes
import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

DEFAULT_STARTUP_TIMEOUT = 180

# The local server records task runs from the events the flows send. Its defaults write them one at a time
# (task runs) or twenty at a time (events), which on a small machine falls behind the dispatcher by far;
# a batch a second keeps every job's task run visible within about a second. Set in the environment, wins.
SERVER_DEFAULTS = {
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "200",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_FLUSH_INTERVAL": "1",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_BATCH_SIZE": "200",
    "PREFECT_SERVER_SERVICES_EVENT_PERSISTER_FLUSH_INTERVAL": "1",
}


class PrefectUnavailable(RuntimeError):
    """The local Prefect server could not be started: nothing was run."""


class Stopped(SystemExit):
    """SIGTERM reached the worker between flow runs (during one, Prefect raises its TerminationSignal)."""


def startup_timeout() -> int:
    raw = os.environ.get("SANSHEN_PREFECT_STARTUP_TIMEOUT", str(DEFAULT_STARTUP_TIMEOUT))
    try:
        return max(1, int(raw))
    except ValueError:
        raise PrefectUnavailable(f"SANSHEN_PREFECT_STARTUP_TIMEOUT 应为秒数，收到 {raw!r}") from None


def _die_with_parent() -> None:
    """In the server's process, before exec: receive SIGTERM when the worker that started it dies."""
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _server_class() -> Any:
    from prefect.server.api.server import SubprocessASGIServer

    class LocalServer(SubprocessASGIServer):
        def _run_uvicorn_command(self) -> "subprocess.Popen[Any]":
            original = subprocess.Popen

            def popen(*args: Any, **kwargs: Any) -> "subprocess.Popen[Any]":
                kwargs["env"] = {**SERVER_DEFAULTS, **(kwargs.get("env") or os.environ)}
                return original(*args, preexec_fn=_die_with_parent, **kwargs)  # type: ignore[call-overload]

            subprocess.Popen = popen  # type: ignore[assignment,misc]
            try:
                return super()._run_uvicorn_command()
            finally:
                subprocess.Popen = original  # type: ignore[misc]

    return LocalServer


@contextmanager
def prefect_api() -> Iterator[str]:
    """The Prefect API to run flows against: PREFECT_API_URL when set, else a local server for this block."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    configured = PREFECT_API_URL.value()
    if configured:
        with _stopped_by_sigterm():
            yield str(configured)
        return
    timeout = startup_timeout()
    server = _server_class()()
    try:
        server.start(timeout=timeout)
    except Exception as exc:
        server.stop()
        reason = next(iter(str(exc).strip().splitlines()), type(exc).__name__)
        raise PrefectUnavailable(f"本地 Prefect 服务器 {timeout} 秒内未能启动（{reason[:300]}）") from None
    try:
        with _stopped_by_sigterm(), temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield str(server.api_url)
    finally:
        server.stop()


@contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM raises `Stopped` in this block, so that every `finally` runs (the server is stopped)."""
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_on_sigterm(signum: int, _frame: Any) -> None:
    raise Stopped(128 + signum)
