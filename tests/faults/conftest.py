"""The fault tests share the notification tests' fixtures: the scripted SMTP server and the `sanshen` command."""

from tests.notifications.conftest import sanshen, smtp_server  # noqa: F401 - fixtures, by name
