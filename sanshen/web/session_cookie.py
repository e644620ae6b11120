"""The session cookie: HttpOnly, SameSite=Lax, Secure when the request came over HTTPS."""

from fastapi import Request, Response

from .identity import COOKIE, is_https


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(COOKIE, token, httponly=True, samesite="lax", secure=is_https(request), path="/")


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(COOKIE, path="/")
