"""Who is asking: a session cookie, a bearer token, or a trusted gateway's header; and the CSRF check."""

import hmac
import ipaddress
from dataclasses import dataclass

from fastapi import Request

from ..clock import now
from ..engine import accounts
from ..engine.scope import Scope, scope_of
from ..ledger.db import Database
from ..ledger.policystore import current_policy
from ..policies.config import Auth

COOKIE = "sanshen_session"
PRE_COOKIE = "sanshen_form"


@dataclass(frozen=True)
class Viewer:
    scope: Scope
    session_id: int | None
    csrf: str
    new_cookie: str | None = None  # a session opened by single sign-on on this request

    @property
    def username(self) -> str:
        return self.scope.username

    @property
    def signed_in_as(self) -> str:
        return self.scope.signed_in_as

    @property
    def who(self) -> accounts.Who:
        return accounts.Who(self.scope.organisation_id, self.scope.username, self.scope.organisation_code)


class SignInNeeded(Exception):
    """The page needs a signed-in person; the browser is sent to the sign-in page."""


class Unauthorized(Exception):
    """The API call carries no valid token."""


class ForgedForm(Exception):
    """A form without the session's CSRF token."""


def database(request: Request) -> Database:
    return request.app.state.db  # type: ignore[no-any-return]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def from_trusted_proxy(request: Request, proxies: tuple[str, ...]) -> bool:
    address = client_address(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def page_viewer(request: Request) -> Viewer:
    """The signed-in person of a page request (cookie, or the trusted header from a configured proxy)."""
    db, moment = database(request), now()
    token = request.cookies.get(COOKIE)
    with db.transaction() as session:  # one transaction: the session, the scope, the sign-on settings
        active = accounts.active_session_in(session, token, moment) if token else None
        policy_scope = scope_of(session, active.who.text) if active else None
        auth = current_policy(session)[1].auth
    sso_user = _trusted_user(request, auth)
    if sso_user and (active is None or sso_user not in (active.who.username, active.who.text)):
        return _sso_viewer(request, sso_user)
    if active is None or policy_scope is None:
        raise SignInNeeded()
    return Viewer(policy_scope, active.id, active.csrf)


def _trusted_user(request: Request, auth: Auth) -> str | None:
    """The gateway's user name, honoured only from a configured proxy address (else logged as refused)."""
    if not auth.trusted_header or auth.trusted_header not in request.headers:
        return None
    if not from_trusted_proxy(request, auth.trusted_proxies):
        accounts.log_access(database(request), request.headers[auth.trusted_header][:64], client_address(request),
                            "refused", "untrusted_sso_header", now())
        return None
    return request.headers[auth.trusted_header].strip()


def _sso_viewer(request: Request, username: str) -> Viewer:
    db = database(request)
    with db.transaction() as session:
        scope = scope_of(session, username)
    if scope is None:
        accounts.log_access(db, username, client_address(request), "refused", "sso_unknown_user", now())
        raise SignInNeeded()
    who = accounts.Who(scope.organisation_id, scope.username, scope.organisation_code)
    opened = accounts.open_session(db, who, client_address(request), now(), "sign_in_sso")
    active = accounts.active_session(db, opened.token, now())
    assert active is not None
    return Viewer(scope, active.id, opened.csrf, opened.token)


def api_viewer(request: Request) -> Viewer:
    """The person of an API call: `Authorization: Bearer <token>`, not revoked."""
    db = database(request)
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    scope = None
    if scheme.lower() == "bearer" and token:
        with db.transaction() as session:  # one transaction: the token and the scope
            who = accounts.token_user_in(session, token.strip(), now())
            scope = scope_of(session, who.text) if who else None
    if scope is None:
        if header:
            accounts.log_access(db, "", client_address(request), "refused", "bad_token", now())
        raise Unauthorized()
    return Viewer(scope, None, "")


def check_csrf(request: Request, viewer: Viewer, sent: str) -> None:
    if not sent or not hmac.compare_digest(sent, viewer.csrf):
        accounts.log_access(database(request), viewer.signed_in_as, client_address(request), "refused",
                            f"csrf {request.url.path}", now())
        raise ForgedForm()


def sign_in_form_token(request: Request, seed: str) -> str:
    """The CSRF token of the sign-in form: bound to a random cookie by the key all processes share."""
    key = accounts.form_key(database(request)).encode()
    return hmac.new(key, seed.encode(), "sha256").hexdigest()


def is_https(request: Request) -> bool:
    return request.url.scheme == "https"
