"""The auditor's pages: search, the replayed timeline, the diagram, verify, the approval form, exports."""

import csv
import io
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from ...engine import accounts, lists
from ...engine.forms import approval_form
from ...engine.organisations import organisation_scope
from ...engine.queries import history, verify
from ...engine.scope import Scope
from ...ledger.db import Database
from ..diagram import path_svg
from ..identity import Viewer, database, page_viewer
from ..refusals import USER_ERRORS
from ..render import page
from .common import not_found, refused

router = APIRouter()
Signed = Annotated[Viewer, Depends(page_viewer)]
HISTORY_FIELDS = ["seq", "at", "event", "actor", "actor_name", "role", "role_name", "from_stage", "to_stage",
                  "revision_hash", "opinion", "ground", "hash"]
SEARCH_FIELDS = ["id", "title", "stage", "stage_name", "drafter", "department_id", "index_number", "created_at",
                 "updated_at", "disclosure"]


def _terms(text: str, stage: str, date_from: str, date_to: str, person: str) -> lists.Search:
    return lists.Search(text.strip(), stage or None, date_from or None, date_to or None, person.strip() or None)


@router.get("/audit", response_class=HTMLResponse)
def search(request: Request, viewer: Signed, text: str = "", stage: str = "", date_from: str = "",
           date_to: str = "", person: str = "") -> Response:
    terms = _terms(text, stage, date_from, date_to, person)
    with database(request).transaction() as session:
        rows = lists.search(session, viewer.scope, terms)
    return page(request, "audit.html", viewer=viewer, rows=rows, terms=terms)


@router.get("/audit/search.csv")
def search_csv(request: Request, viewer: Signed, text: str = "", stage: str = "", date_from: str = "",
               date_to: str = "", person: str = "") -> Response:
    with database(request).transaction() as session:
        rows = lists.search(session, viewer.scope, _terms(text, stage, date_from, date_to, person), limit=100_000)
    return _csv(rows, SEARCH_FIELDS, "search.csv")


def _history_in_scope(db: Database, scope: Scope, item_id: int) -> dict[str, Any]:
    with db.transaction() as session:
        scope.require_item(session, item_id)
        return history(session, item_id)


@router.get("/items/{item_id}/history", response_class=HTMLResponse)
def timeline(request: Request, viewer: Signed, item_id: int) -> Response:
    try:
        told = _history_in_scope(database(request), viewer.scope, item_id)
    except USER_ERRORS as error:
        return refused(request, viewer, error)
    return page(request, "history.html", viewer=viewer, history=told, diagram=path_svg(told["events"]))


@router.get("/items/{item_id}/history.json")
def history_json(request: Request, viewer: Signed, item_id: int) -> Response:
    try:
        told = _history_in_scope(database(request), viewer.scope, item_id)
    except USER_ERRORS as error:
        return refused(request, viewer, error)
    return Response(json.dumps(told, ensure_ascii=False, indent=2), media_type="application/json",
                    headers={"Content-Disposition": f'attachment; filename="item-{item_id}-history.json"'})


@router.get("/items/{item_id}/history.csv")
def history_csv(request: Request, viewer: Signed, item_id: int) -> Response:
    try:
        told = _history_in_scope(database(request), viewer.scope, item_id)
    except USER_ERRORS as error:
        return refused(request, viewer, error)
    return _csv(told["events"], HISTORY_FIELDS, f"item-{item_id}-history.csv")


@router.get("/items/{item_id}/form", response_class=HTMLResponse)
def form(request: Request, viewer: Signed, item_id: int) -> Response:
    try:
        with database(request).transaction() as session:
            viewer.scope.require_item(session, item_id)
            data = approval_form(session, item_id)
    except USER_ERRORS as error:
        return refused(request, viewer, error)
    return page(request, "form.html", viewer=viewer, form=data)


@router.get("/audit/verify", response_class=HTMLResponse)
def verify_page(request: Request, viewer: Signed, org: str = "") -> Response:
    """The ledgers of the viewer's organisation (a platform person's: every one, or `?org=CODE`)."""
    if not (viewer.scope.auditor or viewer.scope.platform):
        return not_found(request, viewer)
    try:
        with database(request).transaction() as session:
            scope = organisation_scope(session, org, viewer.scope.acting) if org else viewer.scope.acting
            report = verify(session, scope=scope)
    except USER_ERRORS as error:
        return refused(request, viewer, error)
    return page(request, "verify.html", viewer=viewer, report=report)


@router.get("/audit/access-log", response_class=HTMLResponse)
def access_log(request: Request, viewer: Signed) -> Response:
    """Sign-ins and refusals: of the viewer's organisation's people (a platform person's: of everyone)."""
    if not (viewer.scope.auditor or viewer.scope.admin):
        return not_found(request, viewer)
    code = None if viewer.scope.platform else viewer.scope.organisation_code
    return page(request, "access_log.html", viewer=viewer, rows=accounts.access_log(database(request), 500, code=code))


def _csv(rows: list[dict[str, Any]], fields: list[str], filename: str) -> Response:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _cell(value: Any) -> Any:
    """Spreadsheet formula injection: a cell starting with = + - @ is read as text."""
    return "'" + value if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") else value
