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
    site = site_dir or _site_dir(app.state.db)
    site.mkdir(parents=True, exist_ok=True)
    app.mount("/site", StaticFiles(directory=site, html=True), name="site")
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
