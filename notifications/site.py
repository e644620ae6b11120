"""The website channel, rendered: item pages, retraction notices, the paged index and the Atom feed.

Pure: every function returns text; the engine keeps it in the database and exports write the files.
The index is paged in publication order: page k holds publications (k-1)*PAGE_SIZE+1 .. k*PAGE_SIZE,
so a new publication changes its own page, `index.html` (the latest entries) and the feed, nothing else.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment

from ..policies.grounds import DISCLOSURE_ATTRIBUTES
from .templating import environment, site_digest


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


Templates = Mapping[str, str] | None  # an organisation's own templates (its policy's `templates`), or the package's


def item_page(item: PageItem, organisation: str, templates: Templates = None) -> str:
    return _environment(templates).get_template("item.html").render(item=item, organisation=organisation)


def notice_page(item: PageItem, organisation: str, templates: Templates = None) -> str:
    """The page left in place of a retracted item (撤稿说明)."""
    return _environment(templates).get_template("notice.html").render(item=item, organisation=organisation)


def index_page(entries: list[Entry], organisation: str, last_page: int, templates: Templates = None) -> str:
    """`index.html`: the latest entries, newest first, and a link to the pages of earlier ones."""
    older = list_path(last_page) if last_page else None
    return _environment(templates).get_template("index.html").render(
        items=entries, organisation=organisation, page=None, root="", newer=None, older=older)


def list_page(entries: list[Entry], organisation: str, page: int, last_page: int, templates: Templates = None) -> str:
    """`list/<page>.html`: one page of the index in publication order, newest first, with its neighbours."""
    newer = f"{page + 1}.html" if page < last_page else "../index.html"
    older = f"{page - 1}.html" if page > 1 else None
    return _environment(templates).get_template("index.html").render(
        items=entries, organisation=organisation,
        page=page, root="../", newer=newer, older=older)


def atom_feed(items: list[Entry], organisation: str, base_url: str, updated: str, templates: Templates = None) -> str:
    return _environment(templates).get_template("atom.xml").render(
        items=items, organisation=organisation, base_url=base_url.rstrip("/"), updated=updated)


def transparency_page(checkpoints: list[Any], public_pem: str, organisation: str, templates: Templates = None) -> str:
    """The page that publishes the checkpoints of the ledger and the key that signs them."""
    return _environment(templates).get_template("transparency.html").render(
        checkpoints=checkpoints, public_pem=public_pem, organisation=organisation)


def checkpoint_feed(checkpoints: list[Any], organisation: str, base_url: str, updated: str, templates: Templates = None) -> str:
    return _environment(templates).get_template("checkpoints.xml").render(
        checkpoints=checkpoints, organisation=organisation, base_url=base_url.rstrip("/"), updated=updated)


def sites_page(sites: list[tuple[str, str]]) -> str:
    """`/site/` of a platform: each organisation's site (code, name), one link each."""
    return _environment().get_template("sites.html").render(sites=sites, organisation="政府网站集约化平台")


def _environment(templates: Templates = None) -> Environment:
    return environment("site", templates)


def templates_digest(templates: Templates = None) -> str:
    """The SHA-256 over the site's templates (names and text) as the organisation renders them."""
    return site_digest(templates)
