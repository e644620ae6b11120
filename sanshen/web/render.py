"""The pages' templates: Jinja2, autoescaped, in Simplified Chinese."""

import uuid
from functools import cache
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import ChainableUndefined, Environment, FileSystemLoader

from ..policies.grounds import DISCLOSURE_ATTRIBUTES, REFUSAL_GROUNDS
from ..states import EVENT_NAMES, STAGE_NAMES, stage_name

HERE = Path(__file__).parent


@cache
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, undefined=ChainableUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["when"] = when
    env.filters["stage"] = stage_name
    env.filters["event"] = lambda e: EVENT_NAMES.get(e, e)
    env.globals.update(new_key=lambda: uuid.uuid4().hex, STAGE_NAMES=STAGE_NAMES, GROUNDS=REFUSAL_GROUNDS, DISCLOSURES=DISCLOSURE_ATTRIBUTES)
    return env


def when(stamp: str | None) -> str:
    return (stamp or "—")[:16].replace("T", " ")


def page(request: Request, template: str, status: int = 200, **values: Any) -> HTMLResponse:
    viewer = values.pop("viewer", None)
    html = environment().get_template(template).render(request=request, viewer=viewer, error=values.pop("error", None),
                                                      **values)
    response = HTMLResponse(html, status_code=status)
    if viewer is not None and viewer.new_cookie:
        from .session_cookie import set_session_cookie

        set_session_cookie(request, response, viewer.new_cookie)
    return response
