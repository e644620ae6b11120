"""The JSON API, /api/v1 (pinned: scripts and other systems depend on it). The page's permissions, exactly."""

from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from ..clock import now
from ..engine import lists
from ..engine.queries import history, show, verify
from . import dispatch
from .identity import Unauthorized, Viewer, api_viewer, database
from .refusals import USER_ERRORS, refusal_of

ItemId = Annotated[int, Path(ge=1, le=2_147_483_647)]
Signed = Annotated[Viewer, Depends(api_viewer)]
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", max_length=64,
                                             description="同一键的重试只执行一次，返回第一次的结果")]
Action = Literal["claim", "release", "approve", "return", "refuse", "withdraw", "retract", "resubmit", "revise",
                 "correct", "mask"]


class Error(BaseModel):
    code: str = Field(description="规则编号（引擎拒绝时），或 unauthorized / not_found / conflict / invalid")
    message: str


class Me(BaseModel):
    username: str
    department: str
    roles: list[str]


class NewItem(BaseModel):
    title: str = Field(max_length=500)
    body: str = Field(max_length=2_000_000)
    disclosure: str | None = None
    formed_on: str | None = Field(default=None, description="YYYY-MM-DD")
    source: str | None = Field(default=None, max_length=500)


class ActionBody(BaseModel):
    opinion: str | None = Field(default=None, max_length=20_000)
    ground: str | None = Field(default=None, max_length=64)
    to: str | None = Field(default=None, max_length=64)
    revision: str | None = Field(default=None, max_length=64)
    title: str | None = Field(default=None, max_length=500)
    body: str | None = Field(default=None, max_length=2_000_000)


class ItemResult(BaseModel):
    id: int
    stage: str
    revision_hash: str | None


class QueueEntry(BaseModel):
    item_id: int
    title: str
    stage: str
    stage_name: str
    department: str
    status: str
    assignee: str | None
    due_at: str | None
    due_note: str | None
    late: bool


ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": Error} for code in (401, 403, 404, 409, 422)}


def api_app(state: Any) -> FastAPI:
    api = FastAPI(title="sanshen API", version="1", docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  description="三审三校审批流程引擎的 JSON 接口。认证：Authorization: Bearer <令牌>"
                              "（sanshen token create USER --json，或设置页面）。")
    api.state.db, api.state.mail_dir = state.db, state.mail_dir
    api.add_exception_handler(Unauthorized, _unauthorized)
    api.add_exception_handler(RequestValidationError, _invalid)
    api.add_exception_handler(HTTPException, _http)
    for error in USER_ERRORS:
        api.add_exception_handler(error, _refused)
    _routes(api)
    return api


def _routes(api: FastAPI) -> None:  # noqa: C901 - the routes of the pinned contract, together
    @api.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/api/v1/openapi.json", title="sanshen API",
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css", swagger_favicon_url="")

    @api.get("/me", response_model=Me, responses=ERRORS)
    def me(viewer: Signed) -> Me:
        person = viewer.scope.person
        return Me(username=person.username, department=person.department, roles=list(person.roles))

    @api.post("/items", status_code=201, response_model=ItemResult, responses=ERRORS)
    def submit(request: Request, viewer: Signed, new: NewItem, idempotency_key: IdempotencyKey = None) -> ItemResult:
        item = dispatch.submit(database(request), viewer.scope, new.title, new.body, new.disclosure or "proactive",
                               new.formed_on, new.source or "", now(), idempotency_key)
        return ItemResult(id=item.id, stage=item.stage, revision_hash=item.revision_hash)

    @api.get("/items/{item_id}", responses=ERRORS)
    def item(request: Request, viewer: Signed, item_id: ItemId) -> dict[str, Any]:
        with database(request).transaction() as session:
            viewer.scope.require_item(session, item_id)
            return show(session, item_id, now())

    @api.get("/items/{item_id}/history", responses=ERRORS)
    def item_history(request: Request, viewer: Signed, item_id: ItemId) -> dict[str, Any]:
        with database(request).transaction() as session:
            viewer.scope.require_item(session, item_id)
            return history(session, item_id)

    @api.get("/queue", response_model=list[QueueEntry], responses=ERRORS)
    def queue(request: Request, viewer: Signed, page: Annotated[int, Field(ge=1, le=10_000)] = 1) -> list[Any]:
        with database(request).transaction() as session:
            rows, _ = lists.queue_page(session, viewer.scope, lists.Filters(), now(), page, 100)
        return [row.as_dict() for row in rows]

    @api.get("/verify", responses=ERRORS)
    def verify_all(request: Request, viewer: Signed) -> dict[str, Any]:
        if not viewer.scope.auditor:
            raise HTTPException(404)
        with database(request).transaction() as session:
            return verify(session, scope=viewer.scope.acting)

    @api.post("/items/{item_id}/{action}", response_model=ItemResult, responses=ERRORS)
    def act(request: Request, viewer: Signed, item_id: ItemId, action: Action,
            body: ActionBody | None = None, idempotency_key: IdempotencyKey = None) -> ItemResult:
        given = body or ActionBody()
        asked = dispatch.Request(given.opinion, given.ground, given.to, given.revision, given.title, given.body)
        item = dispatch.act(database(request), viewer.scope, item_id, action, asked, now(), idempotency_key)
        return ItemResult(id=item.id, stage=item.stage, revision_hash=item.revision_hash)


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"code": code, "message": message}, status_code=status)


async def _unauthorized(request: Request, _: Exception) -> JSONResponse:
    response = _error(401, "unauthorized", "需要有效的访问令牌（Authorization: Bearer <令牌>）")
    response.headers["WWW-Authenticate"] = "Bearer"
    return response


async def _invalid(request: Request, error: Exception) -> JSONResponse:
    details: list[dict[str, Any]] = list(getattr(error, "errors", lambda: [])())
    where = "; ".join(".".join(str(p) for p in d.get("loc", ())) + f": {d.get('msg', '')}" for d in details[:5])
    return _error(422, "invalid", f"请求格式不正确：{where}" if where else "请求格式不正确")


async def _http(request: Request, error: Exception) -> JSONResponse:
    status = getattr(error, "status_code", 500)
    if status == 404:
        return _error(404, "not_found", "找不到请求的资源")
    if status == 405:
        return _error(405, "invalid", "不支持该请求方法")
    return _error(status, "invalid", str(getattr(error, "detail", "")))


async def _refused(request: Request, error: Exception) -> JSONResponse:
    answer = refusal_of(error)
    assert answer is not None
    return _error(answer.status, answer.code, answer.message)
