"""Rendering a notification: Jinja2 templates (sandboxed, HTML autoescaped, StrictUndefined) into an email message.

Pure: returns an `EmailMessage`; nothing is sent or stored here.
"""

import re
from collections.abc import Mapping
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Any

from .templating import environment

SUBJECTS = {
    "task_waiting": "【待{stage_name}】{title}",
    "returned": "【退回修改】{title}",
    "claimed": "【已被认领】{title}",
    "refused": "【不予发布】{title}",
    "published": "【已发布】{title}",
    "retracted": "【已撤稿】{title}",
    "reminder": "【期限提醒】{title}",
    "escalation": "【逾期上报】{title}",
    "digest": "【每日汇总】{day} 共 {count} 项",
    "statutory_warning": "【法定时限将至】{title}",
    "statutory_overdue": "【超过法定时限】{title}",
}


def subject_of(kind: str, context: dict[str, Any]) -> str:
    return SUBJECTS[kind].format(**context["subject"])


def render(kind: str, context: dict[str, Any], *, to: str, sender: str, message_id: str, now: datetime,
           templates: Mapping[str, str] | None = None) -> EmailMessage:
    """The message of one notification to one person, plain text and HTML alternatives.

    `templates`: the organisation's own (its policy's `templates`), taken before the package's.
    """
    templates_of = environment("mail", templates)
    subject = subject_of(kind, context)
    values = {**context, "subject": subject}
    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id
    message["X-Sanshen-Kind"] = kind
    message.set_content(templates_of.get_template(f"{kind}.txt").render(values))
    message.add_alternative(templates_of.get_template(f"{kind}.html").render(values), subtype="html")
    return message


def message_id_for(key: str, domain: str) -> str:
    """A Message-ID derived from the outbox key: the same notification always has the same id."""
    safe = NOT_IN_A_MESSAGE_ID.sub(".", key)
    return f"<{safe}@{domain}>"


NOT_IN_A_MESSAGE_ID = re.compile(r"[^\w.-]|_")  # \w: what str.isalnum() accepts, and the underscore
