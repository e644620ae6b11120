"""The web app: pages and the JSON API over the engine's commands and queries (no Prefect here)."""

import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError

from ..ledger.db import Database
from .api import api_app
from .identity import ForgedForm, SignInNeeded
from .pages import account, audit, items, operator
from .render import HERE, page

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def create_app(db: Database | None = None, site_dir: Path | None = None, mail_dir: Path | None = None) -> FastAPI:
    app = FastAPI(title="sanshen", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.db = db or Database()
    app.state.mail_dir = mail_dir or Path(os.environ.get("SANSHEN_MAIL_DIR", "var/mail"))
    for router in (account.router, items.router, audit.router, operator.router):
        app.include_router(router)
    app.mount("/api/v1", api_app(app.state))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.state.site_dir = site_dir or _site_dir(app.state.db)
    app.add_api_route("/site/{path:path}", _site_file, methods=["GET"], include_in_schema=False)
    app.add_exception_handler(SignInNeeded, _to_sign_in)
    app.add_exception_handler(ForgedForm, _forged)
    app.middleware("http")(_security_headers)
    return app


def _site_dir(db: Database) -> Path:
    """Where publication writes the website (the policy's channel path)."""
    from ..ledger.policystore import current_policy

    try:
        with db.transaction() as session:
            return Path(current_policy(session)[1].channel.path)
    except (LookupError, SQLAlchemyError):  # not initialised yet: the default channel path
        return Path("var/site")


SITE_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/atom+xml; charset=utf-8",
              ".json": "application/json", ".pem": "application/x-pem-file", ".csv": "text/csv; charset=utf-8"}


def _site_file(request: Request, path: str) -> Response:
    """Each organisation's site from the database at /site/<CODE>/...; a platform of one organisation also at
    /site/...; /site/ of several lists their sites; anything else from the channel's folder (the checkpoints)."""
    from ..engine.site_store import site_file

    if path and not path.endswith("/") and not Path(path).suffix:  # a folder: its pages link relative to it
        return RedirectResponse(f"/site/{path}/", status_code=308)
    path = path.strip("/") or "index.html"
    path = f"{path}/index.html" if not Path(path).suffix else path
    with request.app.state.db.reading() as session:
        stored = site_file(session, path)
    if stored is not None:
        return Response(stored, media_type=SITE_TYPES.get(Path(path).suffix, "text/plain; charset=utf-8"))
    folder = request.app.state.site_dir.resolve()
    file = (folder / path).resolve()
    if folder not in file.parents or not file.is_file():
        return HTMLResponse("<h1>404 未找到</h1>", status_code=404)
    return Response(file.read_bytes(), media_type=SITE_TYPES.get(file.suffix, "application/octet-stream"))


async def _to_sign_in(request: Request, _: Exception) -> Response:
    return RedirectResponse("/login", status_code=303)


async def _forged(request: Request, _: Exception) -> HTMLResponse:
    return page(request, "refused.html", 403, error="表单已失效或来源不明（缺少有效的 CSRF 令牌），请刷新页面后重试")


async def _security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
    response = await call_next(request)
    if not request.url.path.startswith("/api/v1/docs"):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
    response.headers.setdefault("Cache-Control", "no-store")
    return response
