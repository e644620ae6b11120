"""The static website channel, rendered: item pages, retraction notices, the index and the Atom feed.

Pure: every function returns text; the engine writes the files.
"""

from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from ..policies.grounds import DISCLOSURE_ATTRIBUTES
from ..policies.text import FORBIDDEN_IN_TEXT


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

    @property
    def disclosure_name(self) -> str:
        return DISCLOSURE_ATTRIBUTES.get(self.disclosure, self.disclosure)

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.split("\n") if p.strip()]


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


def index_page(items: list[PageItem], organisation: str) -> str:
    return _environment().get_template("index.html").render(items=items, organisation=organisation)


def atom_feed(items: list[PageItem], organisation: str, base_url: str, updated: str) -> str:
    return _environment().get_template("atom.xml").render(
        items=items, organisation=organisation, base_url=base_url.rstrip("/"), updated=updated)
