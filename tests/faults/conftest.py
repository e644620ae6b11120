"""The fault tests share the scripted SMTP server of the notification tests."""

from tests.notifications.conftest import smtp_server  # noqa: F401 - the fixture, by name
