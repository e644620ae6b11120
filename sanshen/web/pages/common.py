"""What every page router shares: the signed-in viewer, the CSRF check, the refusal page."""

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ...clock import now
from ...engine import accounts
from ..identity import Viewer, check_csrf, client_address, database
from ..refusals import refusal_of
from ..render import page


def checked(request: Request, viewer: Viewer, csrf: str) -> None:
    check_csrf(request, viewer, csrf)


def refused(request: Request, viewer: Viewer, error: Exception, template: str = "refused.html",
            **values: Any) -> HTMLResponse:
    """Answer an engine refusal on a page: the CLI's sentence, with the status the API would give."""
    answer = refusal_of(error)
    if answer is None:
        raise error
    accounts.log_access(database(request), viewer.signed_in_as, client_address(request), "refused",
                        f"{answer.code} {request.url.path}", now())
    return page(request, template, answer.status, viewer=viewer, error=answer.message, **values)


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def not_found(request: Request, viewer: Viewer) -> HTMLResponse:
    """A page this person may not open answers as one that does not exist."""
    return page(request, "refused.html", 404, viewer=viewer, error="找不到该页面")
