"""A real SMTP server on loopback (aiosmtpd), whose answers a test can script; the `sanshen` command."""

import asyncio
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "sanshen-mailer", "s3cret-Pa55word!"
SANSHEN = str(Path(sys.executable).parent / "sanshen")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class ScriptedHandler:
    """Accepts mail, unless told to answer 4xx a number of times, refuse an address, or hang up.

    `hang_up_after`: once that many mails arrived, hang up at the next recipient (before any DATA).
    `take_and_hang_up`: that many times, store the mail and hang up without answering the DATA.
    """

    received: list[EmailMessage] = field(default_factory=list)
    encrypted: list[bool] = field(default_factory=list)
    temporary_failures: int = 0
    refuse: set[str] = field(default_factory=set)
    hang_up_after: int | None = None
    take_and_hang_up: int = 0
    logins: list[str] = field(default_factory=list)
    data_answers: list[str] = field(default_factory=list)  # answers to the end of DATA, one per mail, then 250
    hang_at_data: bool = False  # never answer the end of DATA
    at_data: Any = None  # called (in the server's thread) when a mail's data has arrived

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if self.hang_up_after is not None and len(self.received) >= self.hang_up_after:
            server.transport.close()
            return "421 4.3.2 closing"
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.at_data is not None:
            self.at_data()
        if self.hang_at_data:
            await asyncio.Event().wait()
        if self.data_answers:
            return self.data_answers.pop(0)
        if self.temporary_failures > 0:
            self.temporary_failures -= 1
            return "451 4.3.0 Temporary local problem, try later"
        message = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        self.received.append(message)  # type: ignore[arg-type]
        self.encrypted.append(server.transport.get_extra_info("ssl_object") is not None)
        if self.take_and_hang_up > 0:
            self.take_and_hang_up -= 1
            server.transport.close()
        return "250 OK"


def authenticate(handler: ScriptedHandler):
    def check(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER \
            and auth_data.password.decode() == PASSWORD
        if ok:
            handler.logins.append(USER)
        return AuthResult(success=ok)

    return check


@dataclass
class SmtpServer:
    handler: ScriptedHandler
    port: int


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    handler = ScriptedHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=authenticate(handler),
                            auth_require_tls=False)
    controller.start()
    yield SmtpServer(handler, port)
    controller.stop()


@dataclass
class Sanshen:
    """The `sanshen` command run as a real process on its own SQLite file, the clock at the test's `now`."""

    url: str
    env: dict[str, str]
    cwd: Path

    def __call__(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([SANSHEN, *args], env=self.env, cwd=self.cwd, capture_output=True, text=True,
                              timeout=60)
        if ok:
            assert done.returncode == 0, done.stderr
        return done


@pytest.fixture
def sanshen(tmp_path: Path, now: datetime) -> Sanshen:
    """A fresh database with the demo organisation, set up by `sanshen init --demo`."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    command = Sanshen(url, {**os.environ, "SANSHEN_DATABASE_URL": url, "SANSHEN_NOW": now.isoformat()}, tmp_path)
    command("init", "--demo")
    (tmp_path / "body.txt").write_text("各科室：\n现将有关事项通知如下。", encoding="utf-8")
    return command
