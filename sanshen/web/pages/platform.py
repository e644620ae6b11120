"""The platform's pages: its organisations (a platform administrator adds one by pasting its policy file),
and each organisation's annual figures and register for the platform's people and the organisation's
operators. Platform auditors read everything and every POST of theirs is refused."""

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from ...clock import now
from ...engine.errors import InvalidInput
from ...engine.operator_scope import one_organisation, operator_scope
from ...engine.organisations import add_organisation, organisations
from ...engine.records.annual import annual
from ...engine.records.register import register
from ...ledger.policystore import current_policy
from ..identity import Viewer, database, page_viewer
from ..refusals import USER_ERRORS
from ..render import page
from .common import checked, not_found, refused

router = APIRouter()
Signed = Annotated[Viewer, Depends(page_viewer)]
Text = Annotated[str, Form()]
MAX_POLICY = 2 * 1024 * 1024


def _listing(request: Request, viewer: Viewer, status: int = 200, **values: Any) -> HTMLResponse:
    with database(request).transaction() as session:
        rows = organisations(session, viewer.scope.acting)
    return page(request, "platform.html", status, viewer=viewer, organisations=rows, **values)


@router.get("/platform", response_class=HTMLResponse)
def platform(request: Request, viewer: Signed) -> Response:
    if not viewer.scope.platform:
        return not_found(request, viewer)
    return _listing(request, viewer)


@router.post("/platform/organisations", response_class=HTMLResponse)
async def add(request: Request, viewer: Signed, csrf: Text = "", policy: Text = "",
              file: UploadFile | None = None) -> Response:
    """Add an organisation (or load a new version of its policy) from a pasted or uploaded policy file."""
    checked(request, viewer, csrf)
    if not viewer.scope.platform:
        return not_found(request, viewer)
    try:
        text, source = await _policy_text(policy, file)
        added = add_organisation(database(request), text, source, now(), viewer.scope.acting)
    except USER_ERRORS as error:
        return refused(request, viewer, error, "platform.html", organisations=_rows(request, viewer))
    return _listing(request, viewer, added=added)


def _rows(request: Request, viewer: Viewer) -> list[dict[str, Any]]:
    with database(request).transaction() as session:
        return organisations(session, viewer.scope.acting)


async def _policy_text(pasted: str, file: UploadFile | None) -> tuple[str, str]:
    if file is not None and file.filename:
        raw = await file.read(MAX_POLICY + 1)
        if len(raw) > MAX_POLICY:
            raise InvalidInput("策略文件不得超过 2 MB")
        try:
            return raw.decode("utf-8"), file.filename
        except UnicodeDecodeError:
            raise InvalidInput(f"{file.filename}: 策略文件应为 UTF-8 编码的 YAML 或 TOML") from None
    if not pasted.strip():
        raise InvalidInput("请粘贴或上传单位的策略文件（YAML 或 TOML）")
    return pasted, "policy.yaml"


@router.get("/reports", response_class=HTMLResponse)
def reports(request: Request, viewer: Signed, org: str = "", year: int | None = None, start: str = "",
            end: str = "") -> Response:
    """One organisation's annual figures and register: for its operators and auditors, and the platform's people."""
    if not (viewer.scope.platform or viewer.scope.admin or viewer.scope.auditor):
        return not_found(request, viewer)
    moment = now()
    year = year or moment.year
    try:
        first = date.fromisoformat(start) if start else date(year, 1, 1)
        last = date.fromisoformat(end) if end else date(year, 12, 31)
        with database(request).transaction() as session:
            scope = one_organisation(session, operator_scope(session, viewer.scope.acting, org or None))
            figures = annual(session, year, scope.organisation_id)
            published = register(session, first, last, scope.organisation_id)
            name = current_policy(session, scope.organisation_id)[1].organisation.name
    except ValueError:
        return refused(request, viewer, InvalidInput(f"日期格式应为 YYYY-MM-DD：{start or end}"))
    except USER_ERRORS as error:
        return refused(request, viewer, error)
    return page(request, "reports.html", viewer=viewer, org=scope.organisation_code, name=name, year=year,
                figures=figures, register=published, first=first, last=last)
