"""The Jinja2 environments of the site and the mail, with an organisation's own templates first.

An organisation's policy may override any of the package's templates (`templates` in the policy, name ->
text; `site/item.html`, `mail/published.txt`, ...). Its templates are untrusted input for the platform, so
every environment is an immutable sandbox (no `__class__`, no `__globals__`, no changing the values it is
given) with StrictUndefined and the package's autoescaping. Environments are cached by the
overrides' text, so organisations with the same templates, and every render of one version, share one.
"""

import hashlib
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from importlib import resources

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    DictLoader,
    Environment,
    PackageLoader,
    StrictUndefined,
    TemplateSyntaxError,
    select_autoescape,
)
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..policies.text import FORBIDDEN_IN_TEXT

FOLDERS = ("site", "mail")
MAX_TEMPLATE_BYTES = 64 * 1024
MAX_ENVIRONMENTS = 256
PLATFORM_ONLY = frozenset({"site/sites.html", "site/transparency.html", "site/checkpoints.xml"})  # the platform's pages


def _xml_characters(value: object) -> object:
    """Text stored before control characters were refused is shown without them: pages and feed stay valid XML."""
    return FORBIDDEN_IN_TEXT.sub("", value) if isinstance(value, str) else value


def _site(loader: BaseLoader) -> Environment:
    return ImmutableSandboxedEnvironment(
        loader=loader, autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        undefined=StrictUndefined, keep_trailing_newline=True, finalize=_xml_characters)


def _mail(loader: BaseLoader) -> Environment:
    return ImmutableSandboxedEnvironment(
        loader=loader, autoescape=select_autoescape(["html"], default_for_string=False, default=False),
        undefined=StrictUndefined, trim_blocks=True, keep_trailing_newline=True)


MAKERS: dict[str, Callable[[BaseLoader], Environment]] = {"site": _site, "mail": _mail}


@cache
def template_names() -> frozenset[str]:
    """Every template an organisation may override: `site/<file>` and `mail/<file>` of the package."""
    root = resources.files("sanshen.notifications") / "templates"
    return frozenset(f"{folder}/{entry.name}" for folder in FOLDERS for entry in (root / folder).iterdir()
                     if entry.is_file()) - PLATFORM_ONLY


def overrides_of(templates: Mapping[str, str], folder: str) -> tuple[tuple[str, str], ...]:
    """The overrides of one folder (`site` or `mail`), by file name within it, in a stable order."""
    prefix = f"{folder}/"
    return tuple(sorted((name.removeprefix(prefix), text) for name, text in templates.items()
                        if name.startswith(prefix)))


def environment(folder: str, templates: Mapping[str, str] | None = None) -> Environment:
    """The environment of `site` or `mail` for an organisation's templates (None or empty: the package's)."""
    return _environment(folder, overrides_of(templates or {}, folder))


@lru_cache(maxsize=MAX_ENVIRONMENTS)
def _environment(folder: str, overrides: tuple[tuple[str, str], ...]) -> Environment:
    """One per set of overrides (their text is the key: the strings of a cached policy hash once)."""
    package = PackageLoader("sanshen.notifications", f"templates/{folder}")
    return MAKERS[folder](ChoiceLoader([DictLoader(dict(overrides)), package]) if overrides else package)


def template_problem(name: str, text: str) -> str | None:
    """Why an organisation's template cannot be used (unknown name, too large, does not compile), or None."""
    if name not in template_names():
        known = "、".join(sorted(template_names()))
        return f"未知模板 '{name}'（可覆盖的模板：{known}）"
    size = len(text.encode("utf-8"))
    if size > MAX_TEMPLATE_BYTES:
        return f"模板过大（{size} 字节，上限 {MAX_TEMPLATE_BYTES} 字节）"
    folder, file_name = name.split("/", 1)
    try:
        MAKERS[folder](DictLoader({})).parse(text, file_name)
    except TemplateSyntaxError as error:
        return f"模板无法编译：第 {error.lineno} 行：{error.message}"
    return None


def site_digest(templates: Mapping[str, str] | None = None) -> str:
    """The SHA-256 over the site's templates as an organisation renders them (names and text)."""
    overrides = dict(overrides_of(templates or {}, "site"))
    folder = resources.files("sanshen.notifications") / "templates" / "site"
    hashed = hashlib.sha256()
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        text = overrides[entry.name].encode("utf-8") if entry.name in overrides else entry.read_bytes()
        hashed.update(entry.name.encode("utf-8") + b"\0" + text + b"\0")
    return hashed.hexdigest()
