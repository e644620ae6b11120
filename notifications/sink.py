"""A local SMTP sink (aiosmtpd on loopback) that keeps what it receives in a Maildir.

`make demo` starts it so that the notifications of the demo can be read with `sanshen mail`.
"""

import mailbox
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

DEFAULT_DIR = Path("var/mail")


class MaildirHandler:
    """Stores every message it accepts; answers 250 like a relay would."""

    def __init__(self, directory: Path):
        self.directory = directory
        for part in ("tmp", "new", "cur"):
            (directory / part).mkdir(parents=True, exist_ok=True)
        self.box = mailbox.Maildir(str(directory), create=False)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.box.add(envelope.original_content or envelope.content)
        return "250 Message accepted for delivery"


def start_sink(directory: Path = DEFAULT_DIR, host: str = "127.0.0.1", port: int = 8025) -> Controller:
    """Start the sink in a background thread; stop it with `.stop()`."""
    controller = Controller(MaildirHandler(directory), hostname=host, port=port)
    controller.start()
    return controller


@dataclass(frozen=True)
class StoredMail:
    key: str
    sender: str
    to: str
    subject: str
    date: str
    message_id: str
    kind: str
    text: str


def stored_mails(directory: Path = DEFAULT_DIR) -> list[StoredMail]:
    """What the sink received, oldest first."""
    if not directory.exists():
        return []
    box = mailbox.Maildir(str(directory), create=False)
    mails = [_parse(key, box.get_bytes(key)) for key in box.iterkeys()]
    return sorted(mails, key=_received_order)


def _received_order(mail: StoredMail) -> tuple[float, str]:
    """By the Date header; a file without a readable date (not a mail of ours) comes after the dated ones."""
    try:
        return parsedate_to_datetime(mail.date).timestamp(), mail.key
    except (TypeError, ValueError):
        return float("inf"), mail.key


def _parse(key: str, raw: bytes) -> StoredMail:
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    return StoredMail(key, str(message["From"]), str(message["To"]), str(message["Subject"]), str(message["Date"]),
                      str(message["Message-ID"]), str(message["X-Sanshen-Kind"] or ""), text)
