"""The drafter's desk, the reviewer's queue, an item's page and every action on it, as plain HTML forms."""

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from ...clock import now
from ...engine import lists
from .. import dispatch
from ..identity import Viewer, database, page_viewer
from ..refusals import USER_ERRORS
from ..render import page
from ..uploads import body_from
from .common import checked, refused, see_other
from .item_context import item_context

router = APIRouter()
Signed = Annotated[Viewer, Depends(page_viewer)]
Text = Annotated[str, Form()]
DONE = {"claim": "已认领", "release": "已放弃认领或转交", "approve": "已通过", "return": "已退回修改",
        "refuse": "已不予发布", "withdraw": "已撤回", "retract": "已撤稿", "resubmit": "已重新提交",
        "revise": "已保存修改", "correct": "已保存校对修改", "mask": "已遮掩个人信息", "apply": "已采纳修改建议",
        "submit": "已提交，进入保密审查"}


@router.get("/desk", response_class=HTMLResponse)
def desk(request: Request, viewer: Signed) -> Response:
    with database(request).transaction() as session:
        rows = lists.desk(session, viewer.scope)
    return page(request, "desk.html", viewer=viewer, rows=rows)


@router.get("/items/new", response_class=HTMLResponse)
def new_item(request: Request, viewer: Signed) -> Response:
    return page(request, "new_item.html", viewer=viewer, form={})


@router.post("/items", response_class=HTMLResponse)
def create_item(request: Request, viewer: Signed, csrf: Text = "", key: Text = "", title: Text = "", body: Text = "",
                disclosure: Text = "proactive", formed_on: Text = "", source: Text = "",
                upload: Annotated[UploadFile | None, File()] = None) -> Response:
    checked(request, viewer, csrf)
    form = {"title": title, "body": body, "disclosure": disclosure, "formed_on": formed_on, "source": source}
    try:
        text = body_from(body, upload.filename if upload else None, upload.file.read() if upload else None)
        item = dispatch.submit(database(request), viewer.scope, title, text, disclosure, formed_on, source, now(),
                               key or None)
    except USER_ERRORS as error:
        return refused(request, viewer, error, "new_item.html", form=form)
    return see_other(f"/items/{item.id}?done=submit")


@router.get("/items/{item_id}", response_class=HTMLResponse)
def item_page(request: Request, viewer: Signed, item_id: int, a: int | None = None, b: int | None = None,
              done: str | None = None) -> Response:
    try:
        context = item_context(database(request), viewer.scope, item_id, a, b, now())
    except USER_ERRORS as error:
        return refused(request, viewer, error)
    return page(request, "item.html", viewer=viewer, done=DONE.get(done or ""), **context)


@router.post("/items/{item_id}/{action}", response_class=HTMLResponse)
def item_action(request: Request, viewer: Signed, item_id: int, action: str, csrf: Text = "", key: Text = "",
                opinion: Text = "", ground: Text = "", to: Text = "", revision: Text = "", title: Text = "",
                body: Text = "", pick: Annotated[list[int] | None, Form()] = None,
                upload: Annotated[UploadFile | None, File()] = None) -> Response:
    checked(request, viewer, csrf)
    if action not in dispatch.ACTIONS:
        return refused(request, viewer, LookupError(f"不认识的操作：{action}"))
    try:
        text = body_from(body, upload.filename if upload else None, upload.file.read() if upload else None)
        asked = dispatch.Request(opinion, ground, to, revision, title, text, pick or [])
        dispatch.act(database(request), viewer.scope, item_id, action, asked, now(), key or None)
    except USER_ERRORS as error:
        return _refused_on_item(request, viewer, item_id, error)
    return see_other(f"/items/{item_id}?done={action}")


def _refused_on_item(request: Request, viewer: Viewer, item_id: int, error: Exception) -> Response:
    """The item page again with the refusal above it; the refusal page alone when the item is out of sight."""
    try:
        context = item_context(database(request), viewer.scope, item_id, None, None, now())
    except USER_ERRORS:
        return refused(request, viewer, error)
    return refused(request, viewer, error, "item.html", done=None, **context)


@router.get("/queue", response_class=HTMLResponse)
def queue(request: Request, viewer: Signed, stage: str = "", department: str = "", late: bool = False,
          page_number: Annotated[int, Query(alias="page", ge=1, le=10_000)] = 1) -> Response:
    filters = lists.Filters(stage or None, department or None, late)
    with database(request).transaction() as session:
        rows, more = lists.queue_page(session, viewer.scope, filters, now(), page_number)
    return page(request, "queue.html", viewer=viewer, rows=rows, more=more, filters=filters, page_number=page_number,
                departments=viewer.scope.policy.department_names)

