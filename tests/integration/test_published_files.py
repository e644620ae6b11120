"""Exported site files are readable by a web server running as another user, whatever the worker's umask."""

import os
import stat

import pytest

from sanshen.engine.commands import Decide
from sanshen.engine.handlers import Engine
from sanshen.engine.publishing import publish, retract_page
from sanshen.engine.site_export import export_site
from tests.helpers import drive_to, submit


@pytest.fixture
def strict_umask():
    previous = os.umask(0o077)
    yield
    os.umask(previous)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_pages_index_feed_and_their_folders_are_world_readable(db, now, tmp_path, strict_umask):
    engine = Engine(db)
    item = submit(engine, now)
    drive_to(engine, item, "publishing", now)
    site = tmp_path / "public" / "site"
    assert publish(db, item, now) == "published"
    export_site(db, site)
    for published in (site / "items" / f"{item}.html", site / "index.html", site / "feed.xml"):
        assert mode(published) == 0o644, published
    for folder in (tmp_path / "public", site, site / "items"):
        assert mode(folder) == 0o755, folder
    engine.decide(Decide("retract", "liuyang", item, opinion="信息有误"), now)
    assert retract_page(db, item, now) == "retracted"
    export_site(db, site)
    assert mode(site / "items" / f"{item}.html") == 0o644
