"""Exporting each organisation's published site from the database to a directory, as a Prefect flow."""

from pathlib import Path
from typing import Any

from prefect import flow

from ..engine.site_export import export_sites
from .dispatcher import database


@flow(name="sanshen-export-site")
def export_site_flow(directory: str, url: str | None = None, org: str | None = None) -> dict[str, Any]:
    """Write what changed of each organisation's site into `directory/<CODE>/` (only `org`'s when given), on the
    worker that runs it; files a site no longer has are deleted."""
    report = export_sites(database(url), Path(directory), org)
    return {"written": report.written, "unchanged": report.unchanged, "removed": report.removed, "sites": report.sites}
