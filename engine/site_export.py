"""Exporting each organisation's site kept in the database to a directory: incremental, atomic, world-readable.

`export_sites(db, DIR)` writes each organisation's site under `DIR/<CODE>/` (or only one's). In each site's
folder a manifest (`.sanshen-site.tsv`: content hash, tab, path) remembers what was written, so an export
writes only the files whose content changed (or that went missing), and deletes the files it wrote before
that the site no longer has. Each file is written to a temporary file in its folder and renamed over the old
one, mode 0644 (folders 0755), so a web server never serves half a page; the manifest is renamed in last.
"""

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from sqlalchemy import select

from ..ledger import models
from ..ledger.db import Database
from .site_store import PAGES

MANIFEST = ".sanshen-site.tsv"
CHUNK = 500
PUBLISHED_FILE, PUBLISHED_FOLDER = 0o644, 0o755  # whatever the umask: a web server may run as another user


@dataclass
class ExportReport:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    sites: dict[str, dict[str, int]] = field(default_factory=dict)  # per organisation code

    def add(self, code: str, one: "ExportReport") -> None:
        self.written, self.unchanged, self.removed = (self.written + one.written, self.unchanged + one.unchanged,
                                                      self.removed + one.removed)
        self.sites[code] = {"written": one.written, "unchanged": one.unchanged, "removed": one.removed}


class UnknownOrganisation(LookupError):
    """`--org CODE` names no organisation of the platform."""


def export_sites(db: Database, directory: Path, code: str | None = None) -> ExportReport:
    """Bring `directory/<CODE>/` up to date with each organisation's stored site (only `code`'s when given)."""
    with db.reading() as session:
        query = select(models.Organisation.id, models.Organisation.code).order_by(models.Organisation.code)
        found = session.execute(query if code is None else query.where(models.Organisation.code == code)).all()
    if code is not None and not found:
        raise UnknownOrganisation(f"找不到单位 {code}")
    report = ExportReport()
    report.removed = _retire_the_shared_site(directory)
    for organisation, its_code in found:
        report.add(its_code, export_site(db, directory / _safe(its_code), organisation))
    return report


def export_site(db: Database, directory: Path, organisation: int | None = None) -> ExportReport:
    """Bring `directory` up to date with one organisation's stored site (None: the platform's only one)."""
    _make_folders(directory)
    known = _read_manifest(directory)
    with db.reading() as session:
        if organisation is None:
            organisation = session.execute(select(models.Organisation.id)).scalar_one()
        stored = {row.path: row.content_hash for row in session.execute(
            select(PAGES.c.path, PAGES.c.content_hash).where(PAGES.c.organisation_id == organisation))}
    stale = sorted(p for p, digest in stored.items() if known.get(p) != digest or not (directory / p).is_file())
    for start in range(0, len(stale), CHUNK):
        with db.reading() as session:
            rows = session.execute(select(PAGES.c.path, PAGES.c.content, PAGES.c.content_hash).where(
                PAGES.c.organisation_id == organisation, PAGES.c.path.in_(stale[start:start + CHUNK]))).all()
        for row in rows:
            write_atomically(directory / _safe(row.path), row.content)
            known[row.path] = row.content_hash
        _write_manifest(directory, known)
    gone = sorted(set(known) - set(stored))
    for path in gone:
        (directory / _safe(path)).unlink(missing_ok=True)
        del known[path]
    if gone:
        _write_manifest(directory, known)
    return ExportReport(written=len(stale), unchanged=len(stored) - len(stale), removed=len(gone))


def _retire_the_shared_site(directory: Path) -> int:
    """An export of the one site of before (its manifest at DIR itself): its files go, each site now has DIR/<CODE>/."""
    known = _read_manifest(directory)
    for path in known:
        (directory / _safe(path)).unlink(missing_ok=True)
    (directory / MANIFEST).unlink(missing_ok=True)
    return len(known)


def write_atomically(path: Path, text: str) -> None:
    """Write a file by renaming a complete temporary file over it, readable by everyone (0644)."""
    _make_folders(path.parent)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(temporary, PUBLISHED_FILE)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _make_folders(folder: Path) -> None:
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    for made in missing:
        os.chmod(made, PUBLISHED_FOLDER)


def _safe(path: str) -> str:
    """A stored site path, refused if it could leave the export directory."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise ValueError(f"网站页面路径不合法：{path!r}")
    return str(pure)


def _read_manifest(directory: Path) -> dict[str, str]:
    try:
        lines = (directory / MANIFEST).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    return {path: digest for digest, _, path in (line.partition("\t") for line in lines) if path}


def _write_manifest(directory: Path, known: dict[str, str]) -> None:
    write_atomically(directory / MANIFEST, "".join(f"{d}\t{p}\n" for p, d in sorted(known.items())))
