"""Signing in and out, the home page of each kind of user, and the settings page (API tokens)."""

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from ...clock import now
from ...engine import accounts
from ..identity import PRE_COOKIE, Viewer, client_address, database, page_viewer, sign_in_form_token
from ..refusals import USER_ERRORS
from ..render import page
from ..session_cookie import clear_session_cookie, set_session_cookie
from .common import checked, refused, see_other

router = APIRouter()
Signed = Annotated[Viewer, Depends(page_viewer)]
Text = Annotated[str, Form()]


@router.get("/", response_class=HTMLResponse)
def home(request: Request, viewer: Signed) -> Response:
    scope = viewer.scope
    if scope.platform:
        return see_other("/platform")
    if scope.auditor:
        return see_other("/audit")
    if scope.admin:
        return see_other("/operator")
    if any(set(scope.person.roles) & set(rule.roles) for rule in scope.policy.stages.values()):
        return see_other("/queue")
    return see_other("/desk")


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> Response:
    return _login_page(request, None, 200)


def _login_page(request: Request, error: str | None, status: int, username: str = "", organisation: str = ""
                ) -> Response:
    seed = secrets.token_urlsafe(24)
    response = page(request, "login.html", status, error=error, username=username, organisation=organisation,
                    csrf=sign_in_form_token(request, seed))
    response.set_cookie(PRE_COOKIE, seed, httponly=True, samesite="lax", path="/login")
    return response


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, username: Text = "", password: Text = "", csrf: Text = "",
          organisation: Text = "") -> Response:
    """Sign in as `USER@CODE`, or `USER` with the organisation's code in its own field (or alone, if unambiguous)."""
    typed = username
    if organisation.strip() and "@" not in username:
        username = f"{username.strip()}@{organisation.strip()}"
    seed = request.cookies.get(PRE_COOKIE, "")
    if not seed or not secrets.compare_digest(csrf, sign_in_form_token(request, seed)):
        accounts.log_access(database(request), username, client_address(request), "refused", "csrf /login", now())
        return _login_page(request, "登录表单已失效，请重新登录", 403)
    try:
        signed = accounts.sign_in(database(request), username, password, client_address(request), now())
    except accounts.SignInRefused as refusal:
        return _login_page(request, str(refusal), 429 if "过多" in str(refusal) else 401, typed, organisation)
    response = see_other("/")
    set_session_cookie(request, response, signed.token)
    response.delete_cookie(PRE_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, viewer: Signed, csrf: Text = "") -> Response:
    checked(request, viewer, csrf)
    if viewer.session_id is not None:
        accounts.sign_out(database(request), viewer.session_id, viewer.who, client_address(request), now())
    response = see_other("/login")
    clear_session_cookie(response)
    return response


@router.get("/settings", response_class=HTMLResponse)
def settings(request: Request, viewer: Signed, created: str | None = None) -> Response:
    tokens = accounts.tokens_of(database(request), viewer.who)
    return page(request, "settings.html", viewer=viewer, tokens=tokens, created=None)


@router.post("/settings/tokens", response_class=HTMLResponse)
def create_token(request: Request, viewer: Signed, csrf: Text = "", name: Text = "") -> Response:
    checked(request, viewer, csrf)
    token = accounts.create_token(database(request), viewer.signed_in_as, name, now())
    tokens = accounts.tokens_of(database(request), viewer.who)
    return page(request, "settings.html", viewer=viewer, tokens=tokens, created=token)


@router.post("/settings/tokens/{token_id}/revoke", response_class=HTMLResponse)
def revoke_token(request: Request, viewer: Signed, token_id: int, csrf: Text = "") -> Response:
    checked(request, viewer, csrf)
    try:
        accounts.revoke_token(database(request), token_id, now(), owner=viewer.who)
    except USER_ERRORS as error:
        return refused(request, viewer, error)
    return see_other("/settings")
