"""Exporting the published site from the database to a directory, as a Prefect flow."""

from pathlib import Path
from typing import Any

from prefect import flow

from ..engine.site_export import export_site
from .dispatcher import database


@flow(name="sanshen-export-site")
def export_site_flow(directory: str, url: str | None = None) -> dict[str, Any]:
    """Write the stored pages, index and feed that changed into `directory` (on the worker that runs it)."""
    report = export_site(database(url), Path(directory))
    return {"written": report.written, "unchanged": report.unchanged}
