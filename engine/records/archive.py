"""Transfer to the archives: one BagIt bag (RFC 8493) a period, made and validated with the `bagit` library.

For each item published or retracted in the period: the published page, the approved revision's
text, the approval form, the confidentiality sheet and the verified history (JSON), with a transfer
list; a period with nothing published still gets a package, with an empty list. The same ledger
gives the same bytes: every file is derived from the database and the bag's date is the period's end.
"""

import csv
import io
import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from ...ledger import models
from ...ledger.db import Database
from ...ledger.policystore import current_policy
from ..forms import approval_form
from ..publishing import page_of
from ..queries import history
from . import periods
from .sheets import confidentiality_sheet

EVENTS, PUBLICATIONS, ITEMS = models.Event.__table__, models.Publication.__table__, models.Item.__table__
REVISIONS = models.Revision.__table__
LIST_COLUMNS = ("item_id", "index_number", "title", "published_at", "retracted_at", "verified")


def make_package(db: Database, period: str, root: Path | None = None, as_zip: bool = False,
                 organisation_id: int | None = None) -> dict[str, Any]:
    """Write (or rewrite, identically) one organisation's bag of the period (None: the platform's only one); its
    path and how many items it holds."""
    with db.transaction() as session:
        policy = current_policy(session, organisation_id)[1]
        first, last = periods.bounds(period, policy.archive.period)
        files, listed = _payload(session, first.isoformat(), last.isoformat() + "~", organisation_id)
    folder = Path(root if root is not None else policy.archive.path)
    name = f"{policy.organisation.code}-{period}"
    bag_info = {"Source-Organization": policy.organisation.name, "External-Identifier": name,
                "External-Description": f"{policy.organisation.name}已发布信息归档移交（{first} 至 {last}）",
                "Bagging-Date": last.isoformat(), "Bag-Group-Identifier": policy.organisation.code}
    path = _bag(folder, name, files, bag_info)
    if as_zip:
        path = _zipped(path, last.timetuple()[:6])
    return {"package": str(path), "items": len(listed), "period": period, "from": first.isoformat(),
            "to": last.isoformat()}


def package_path(policy: Any, period: str, root: Path | None = None) -> Path | None:
    """The period's package where it was made (directory or zip), or None."""
    bag = Path(root if root is not None else policy.archive.path) / f"{policy.organisation.code}-{period}"
    return next((p for p in (bag, bag.with_name(bag.name + ".zip")) if p.exists()), None)


def _payload(session: Session, start: str, end: str, organisation_id: int | None
             ) -> tuple[dict[str, bytes], list[dict[str, Any]]]:
    ours = true() if organisation_id is None else ITEMS.c.organisation_id == organisation_id
    ids = sorted(set(session.execute(select(EVENTS.c.item_id).join(ITEMS, ITEMS.c.id == EVENTS.c.item_id).where(
        EVENTS.c.event.in_(("deliver", "retract")), EVENTS.c.at >= start, EVENTS.c.at < end, ours)).scalars()))
    files: dict[str, bytes] = {}
    listed = []
    for item_id in ids:
        entry = _item_files(session, item_id, files)
        listed.append(entry)
    files["transfer_list.json"] = _json(listed)
    files["transfer_list.csv"] = _csv(listed)
    return files, listed


def _item_files(session: Session, item_id: int, files: dict[str, bytes]) -> dict[str, Any]:
    form, told = approval_form(session, item_id), history(session, item_id)
    publication = session.execute(select(PUBLICATIONS).where(PUBLICATIONS.c.item_id == item_id)).one()
    revision = session.execute(select(REVISIONS.c.title, REVISIONS.c.body).where(
        REVISIONS.c.item_id == item_id, REVISIONS.c.hash == publication.revision_hash)
        .order_by(REVISIONS.c.number.desc()).limit(1)).one()
    retraction = session.execute(select(EVENTS.c.at).where(EVENTS.c.item_id == item_id,
                                                            EVENTS.c.event == "retract")).scalar()
    folder = f"items/{item_id:06d}"
    files[f"{folder}/page.html"] = page_of(session, item_id).encode()
    files[f"{folder}/revision.txt"] = f"{revision.title}\n\n{revision.body}\n".encode()
    files[f"{folder}/approval_form.json"] = _json(form)
    files[f"{folder}/confidentiality_sheet.json"] = _json(confidentiality_sheet(session, item_id))
    files[f"{folder}/history.json"] = _json(told)
    return {"item_id": item_id, "index_number": publication.index_number, "title": form["title"],
            "published_at": publication.published_at, "retracted_at": retraction,
            "verified": told["verified"]}


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1, default=str) + "\n").encode()


def _csv(listed: list[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, LIST_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(listed)
    return out.getvalue().encode("utf-8-sig")


def _bag(folder: Path, name: str, files: dict[str, bytes], bag_info: dict[str, str]) -> Path:
    """Make the bag in a temporary folder beside its place, then put it there in one rename."""
    import bagit

    folder.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(dir=folder, prefix=f".{name}-"))
    for relative, content in sorted(files.items()):
        target = building / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    bagit.make_bag(str(building), bag_info, checksums=["sha256", "sha512"])
    building.chmod(0o755)
    final = folder / name
    if final.exists():
        shutil.rmtree(final)
    os.replace(building, final)
    return final


def _zipped(bag: Path, stamp: tuple[int, ...]) -> Path:
    """The bag as one zip with fixed times and sorted members, so the same bag gives the same bytes."""
    target = bag.with_name(bag.name + ".zip")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in bag.rglob("*") if p.is_file()):
            member = zipfile.ZipInfo(f"{bag.name}/{path.relative_to(bag).as_posix()}", stamp)  # type: ignore[arg-type]
            member.compress_type, member.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            archive.writestr(member, path.read_bytes())
    shutil.rmtree(bag)
    return target


def verify_package(path: Path) -> dict[str, Any]:
    """Validate a package (a bag directory, or its zip) with `bagit`; the problems found, if any."""
    import bagit

    if path.is_file() and path.suffix == ".zip":
        with tempfile.TemporaryDirectory() as unpacked:
            with zipfile.ZipFile(path) as archive:
                archive.extractall(unpacked)
            inner = next(Path(unpacked).iterdir())
            return {**verify_package(inner), "package": str(path)}
    try:
        bag = bagit.Bag(str(path))
        bag.validate()
    except bagit.BagError as error:
        details = getattr(error, "details", None) or []
        return {"package": str(path), "valid": False, "problems": [str(d) for d in details] or [str(error)]}
    listed = json.loads((path / "data" / "transfer_list.json").read_text(encoding="utf-8"))
    return {"package": str(path), "valid": True, "problems": [], "items": len(listed)}
