"""Exporting the site kept in the database to a directory: incremental, atomic, world-readable.

A manifest in the directory (`.sanshen-site.tsv`: content hash, tab, path) remembers what was written,
so an export writes only the files whose content changed (or that went missing). Each file is
written to a temporary file in its folder and renamed over the old one, mode 0644 (folders 0755),
so a web server never serves half a page.
"""

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sqlalchemy import select

from ..ledger.db import Database
from .site_store import PAGES

MANIFEST = ".sanshen-site.tsv"
CHUNK = 500
PUBLISHED_FILE, PUBLISHED_FOLDER = 0o644, 0o755  # whatever the umask: a web server may run as another user


@dataclass
class ExportReport:
    written: int = 0
    unchanged: int = 0


def export_site(db: Database, directory: Path) -> ExportReport:
    """Bring `directory` up to date with the stored site; returns how many files were written."""
    _make_folders(directory)
    known = _read_manifest(directory)
    with db.transaction() as session:
        stored = {row.path: row.content_hash for row in session.execute(select(PAGES.c.path, PAGES.c.content_hash))}
    stale = sorted(p for p, digest in stored.items() if known.get(p) != digest or not (directory / p).is_file())
    for start in range(0, len(stale), CHUNK):
        with db.transaction() as session:
            rows = session.execute(select(PAGES.c.path, PAGES.c.content, PAGES.c.content_hash)
                                   .where(PAGES.c.path.in_(stale[start:start + CHUNK]))).all()
        for row in rows:
            write_atomically(directory / _safe(row.path), row.content)
            known[row.path] = row.content_hash
        _write_manifest(directory, known)
    return ExportReport(written=len(stale), unchanged=len(stored) - len(stale))


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
