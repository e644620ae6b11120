"""The operator's pages: jobs and outbox with retry / mark-sent, the demo mail sink, people and roles.

An organisation's administrator operates their organisation only; a platform administrator every
organisation (or one, `?org=CODE`); a platform auditor reads them all and every change is refused.
Who may do what is the operator rule of the CLI (engine/operator_scope.py).
"""

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from ...clock import now
from ...engine import jobs
from ...engine.errors import CommandError, NotFound
from ...engine.operator_scope import operator_scope
from ...engine.organisations import organisations
from ...engine.outbox_admin import confirm_sent, mails_in_scope, requeue, undelivered
from ...engine.queries import users
from ...notifications.sink import stored_mails
from ...policies.scope import Scope
from ..identity import Viewer, database, page_viewer
from ..refusals import USER_ERRORS
from ..render import page
from .common import checked, not_found, refused, see_other

router = APIRouter()
Signed = Annotated[Viewer, Depends(page_viewer)]
Text = Annotated[str, Form()]


def _mail_dir(request: Request) -> Path:
    return request.app.state.mail_dir  # type: ignore[no-any-return]


def _operators(viewer: Viewer) -> bool:
    return viewer.scope.admin or viewer.scope.platform


def _scope(request: Request, viewer: Viewer, org: str, changes: bool = False) -> Scope:
    with database(request).transaction() as session:
        return operator_scope(session, viewer.scope.acting, org or None, changes)


def _reading(request: Request, viewer: Viewer, org: str) -> Scope | Response:
    """The slice an operator page shows, or the page that refuses it (404 for someone who is no operator)."""
    if not _operators(viewer):
        return not_found(request, viewer)
    try:
        return _scope(request, viewer, org)
    except USER_ERRORS as error:
        return refused(request, viewer, error)


@router.get("/operator", response_class=HTMLResponse)
def operator(request: Request, viewer: Signed, done: str | None = None, org: str = "") -> Response:
    scope = _reading(request, viewer, org)
    if isinstance(scope, Response):
        return scope
    db = database(request)
    with db.transaction() as session:
        outbox, people = undelivered(session, scope), users(session, scope)
        mails = list(enumerate(mails_in_scope(session, stored_mails(_mail_dir(request)), scope), start=1))[-50:]
        listed = organisations(session, viewer.scope.acting) if viewer.scope.platform else []
    return page(request, "operator.html", viewer=viewer, jobs=jobs.unfinished(db, scope), outbox=outbox,
                people=people, mails=mails, done=done, org=scope.organisation_code if scope.organisation_id else "",
                organisations=listed, may_change=viewer.scope.acting.may_change)


@router.get("/operator/mail/{number}", response_class=HTMLResponse)
def mail(request: Request, viewer: Signed, number: int, org: str = "") -> Response:
    scope = _reading(request, viewer, org)
    if isinstance(scope, Response):
        return scope
    with database(request).transaction() as session:
        mails = mails_in_scope(session, stored_mails(_mail_dir(request)), scope)
    if not 1 <= number <= len(mails):
        return not_found(request, viewer)
    return page(request, "mail.html", viewer=viewer, mail=mails[number - 1][0])


@router.post("/operator/{what}/{row_id}/{action}", response_class=HTMLResponse)
def operate(request: Request, viewer: Signed, what: str, row_id: int, action: str, csrf: Text = "") -> Response:
    checked(request, viewer, csrf)
    if not _operators(viewer):
        return not_found(request, viewer)
    db = database(request)
    try:
        scope = _scope(request, viewer, "", changes=True)
        if (what, action) == ("jobs", "retry"):
            if not jobs.retry_parked(db, row_id, scope):
                raise CommandError(f"作业 {row_id} 不存在或不是已搁置的作业，不能重试")
        elif (what, action) == ("outbox", "retry"):
            requeue(db, row_id, scope)
        elif (what, action) == ("outbox", "mark-sent"):
            confirm_sent(db, row_id, now(), scope)
        else:
            raise NotFound("找不到该页面")
    except USER_ERRORS as error:
        return refused(request, viewer, error)
    return see_other(f"/operator?done={what}-{action}")
