"""The website channel, rendered: item pages, retraction notices, the paged index and the Atom feed.

Pure: every function returns text; the engine keeps it in the database and exports write the files.
The index is paged in publication order: page k holds publications (k-1)*PAGE_SIZE+1 .. k*PAGE_SIZE,
so a new publication changes its own page, `index.html` (the latest entries) and the feed, nothing else.
"""

import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from ..policies.grounds import DISCLOSURE_ATTRIBUTES
from ..policies.text import FORBIDDEN_IN_TEXT


@dataclass(frozen=True)
class Related:
    """The other page of a policy document and its interpretation (解读三同步), linked both ways."""

    item_id: int
    title: str
    relation: str  # "interpretation": this page's interpretation; "policy": the policy this page interprets

    @property
    def label(self) -> str:
        return "政策解读" if self.relation == "interpretation" else "所解读的政策文件"


@dataclass(frozen=True)
class PageItem:
    """What a published page shows of an item."""

    item_id: int
    title: str
    body: str
    index_number: str
    disclosure: str
    published_at: str
    revision_hash: str
    department: str
    retracted_at: str | None = None
    retract_reason: str | None = None
    related: tuple[Related, ...] = ()

    @property
    def pair_mark(self) -> str:
        """How the index marks a policy published with its interpretation, and the interpretation."""
        if not self.related:
            return ""
        return "解读" if self.related[0].relation == "policy" else "含解读"

    @property
    def disclosure_name(self) -> str:
        return DISCLOSURE_ATTRIBUTES.get(self.disclosure, self.disclosure)

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.split("\n") if p.strip()]


PAGE_SIZE = 50
FEED_SIZE = 50


@dataclass(frozen=True)
class Entry:
    """One line of the index and one entry of the feed."""

    item_id: int
    title: str
    index_number: str
    disclosure: str
    published_at: str
    retracted_at: str | None = None
    pair_mark: str = ""  # 含解读 / 解读: a policy published with its interpretation, and the interpretation

    @property
    def disclosure_name(self) -> str:
        return DISCLOSURE_ATTRIBUTES.get(self.disclosure, self.disclosure)


def item_path(item_id: int) -> str:
    return f"items/{item_id}.html"


def list_path(page: int) -> str:
    return f"list/{page}.html"


def page_of(seq: int) -> int:
    """The index page that lists the publication numbered `seq` (from 1)."""
    return (seq - 1) // PAGE_SIZE + 1


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("sanshen.notifications", "templates/site"),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        finalize=_xml_characters,
    )


def _xml_characters(value: object) -> object:
    """Text stored before control characters were refused is shown without them: pages and feed stay valid XML."""
    return FORBIDDEN_IN_TEXT.sub("", value) if isinstance(value, str) else value


def item_page(item: PageItem, organisation: str) -> str:
    return _environment().get_template("item.html").render(item=item, organisation=organisation)


def notice_page(item: PageItem, organisation: str) -> str:
    """The page left in place of a retracted item (撤稿说明)."""
    return _environment().get_template("notice.html").render(item=item, organisation=organisation)


def index_page(entries: list[Entry], organisation: str, last_page: int) -> str:
    """`index.html`: the latest entries, newest first, and a link to the pages of earlier ones."""
    older = list_path(last_page) if last_page else None
    return _environment().get_template("index.html").render(
        items=entries, organisation=organisation, page=None, root="", newer=None, older=older)


def list_page(entries: list[Entry], organisation: str, page: int, last_page: int) -> str:
    """`list/<page>.html`: one page of the index in publication order, newest first, with its neighbours."""
    newer = f"{page + 1}.html" if page < last_page else "../index.html"
    older = f"{page - 1}.html" if page > 1 else None
    return _environment().get_template("index.html").render(
        items=entries, organisation=organisation,
        page=page, root="../", newer=newer, older=older)


def atom_feed(items: list[Entry], organisation: str, base_url: str, updated: str) -> str:
    return _environment().get_template("atom.xml").render(
        items=items, organisation=organisation, base_url=base_url.rstrip("/"), updated=updated)


def transparency_page(checkpoints: list[Any], public_pem: str, organisation: str) -> str:
    """The page that publishes the checkpoints of the ledger and the key that signs them."""
    return _environment().get_template("transparency.html").render(
        checkpoints=checkpoints, public_pem=public_pem, organisation=organisation)


def checkpoint_feed(checkpoints: list[Any], organisation: str, base_url: str, updated: str) -> str:
    return _environment().get_template("checkpoints.xml").render(
        checkpoints=checkpoints, organisation=organisation, base_url=base_url.rstrip("/"), updated=updated)


def sites_page(sites: list[tuple[str, str]]) -> str:
    """`/site/` of a platform: each organisation's site (code, name), one link each."""
    return _environment().get_template("sites.html").render(sites=sites, organisation="政府网站集约化平台")


@cache
def templates_digest() -> str:
    """The SHA-256 over the site's templates (names and text), recorded with each rebuild."""
    folder = resources.files("sanshen.notifications") / "templates" / "site"
    digest = hashlib.sha256()
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        digest.update(entry.name.encode("utf-8") + b"\0" + entry.read_bytes() + b"\0")
    return digest.hexdigest()
