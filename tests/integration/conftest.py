"""Fixtures of the integration tests: two organisations side by side."""

from tests.platform_helpers import two  # noqa: F401 - the fixture
