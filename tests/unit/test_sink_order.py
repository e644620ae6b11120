"""The demo mail sink's folder lists what it received, oldest first, whatever else lies in it."""

import mailbox
from email.message import EmailMessage

from sanshen.notifications.sink import stored_mails


def _mail(subject: str, date: str) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"], message["Date"] = "a@example.org", "b@example.org", subject, date
    message.set_content("正文")
    return message


def test_a_file_that_is_not_a_mail_does_not_stop_the_listing_and_comes_last(tmp_path):
    box = mailbox.Maildir(str(tmp_path / "mail"), create=True)
    box.add(_mail("后收到", "Tue, 24 Nov 2026 10:00:00 +0800"))
    box.add(b"not a mail at all")
    box.add(_mail("先收到", "Tue, 24 Nov 2026 09:00:00 +0800"))
    box.add(_mail("日期无效", "yesterday"))
    subjects = [m.subject for m in stored_mails(tmp_path / "mail")]
    assert subjects[:2] == ["先收到", "后收到"] and len(subjects) == 4
