"""The operator's pages: jobs and outbox with retry / mark-sent, the demo mail sink, people and roles."""

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from ...clock import now
from ...engine import jobs
from ...engine.errors import CommandError, NotFound
from ...engine.outbox_admin import confirm_sent, requeue, undelivered
from ...engine.queries import users
from ...notifications.sink import stored_mails
from ..identity import Viewer, database, page_viewer
from ..refusals import USER_ERRORS
from ..render import page
from .common import checked, not_found, refused, see_other

router = APIRouter()
Signed = Annotated[Viewer, Depends(page_viewer)]
Text = Annotated[str, Form()]


def _mail_dir(request: Request) -> Path:
    return request.app.state.mail_dir  # type: ignore[no-any-return]


@router.get("/operator", response_class=HTMLResponse)
def operator(request: Request, viewer: Signed, done: str | None = None) -> Response:
    if not viewer.scope.admin:
        return not_found(request, viewer)
    db = database(request)
    with db.transaction() as session:
        outbox, people = undelivered(session), users(session)
    mails = list(enumerate(stored_mails(_mail_dir(request)), start=1))[-50:]
    return page(request, "operator.html", viewer=viewer, jobs=jobs.unfinished(db), outbox=outbox, people=people,
                mails=mails, done=done)


@router.get("/operator/mail/{number}", response_class=HTMLResponse)
def mail(request: Request, viewer: Signed, number: int) -> Response:
    mails = stored_mails(_mail_dir(request))
    if not viewer.scope.admin or not 1 <= number <= len(mails):
        return not_found(request, viewer)
    return page(request, "mail.html", viewer=viewer, mail=mails[number - 1])


@router.post("/operator/{what}/{row_id}/{action}", response_class=HTMLResponse)
def operate(request: Request, viewer: Signed, what: str, row_id: int, action: str, csrf: Text = "") -> Response:
    checked(request, viewer, csrf)
    if not viewer.scope.admin:
        return not_found(request, viewer)
    db = database(request)
    try:
        if (what, action) == ("jobs", "retry"):
            if not jobs.retry_parked(db, row_id):
                raise CommandError(f"作业 {row_id} 不是已搁置的作业，不能重试")
        elif (what, action) == ("outbox", "retry"):
            requeue(db, row_id)
        elif (what, action) == ("outbox", "mark-sent"):
            confirm_sent(db, row_id, now())
        else:
            raise NotFound("找不到该页面")
    except USER_ERRORS as error:
        return refused(request, viewer, error)
    return see_other(f"/operator?done={what}-{action}")
