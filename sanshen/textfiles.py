"""Reading a user's text file: UTF-8, GBK/GB18030 or UTF-16, or a .docx; a clear error otherwise."""

import codecs
from pathlib import Path
from typing import Any

from .engine.errors import InvalidInput

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
HEADER_ORDER = {"first": 0, "default": 1, "even": 2}
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_text(path: Path) -> str:
    if not path.exists():
        raise InvalidInput(f"找不到文件：{path}")
    if path.is_dir():
        raise InvalidInput(f"{path} 是目录，不是文件")
    if path.suffix.lower() == ".docx":
        return _read_docx(path)
    return decode(path.read_bytes(), str(path))


def decode(data: bytes, name: str) -> str:
    """Decode by BOM, then UTF-16 without BOM (NUL-heavy), strict UTF-8, then GB18030."""
    for encodings in _candidates(data):
        try:
            text = data.decode(encodings)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text.replace("\r\n", "\n")
    raise InvalidInput(f"无法识别文件编码：{name}（支持 UTF-8、GBK/GB18030、UTF-16；请另存为 UTF-8）")


def _candidates(data: bytes) -> list[str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return [encoding]
    candidates = ["utf-8", "gb18030"]
    if data[1::2].count(0) > len(data) // 4:
        candidates.insert(0, "utf-16-le")
    elif data[0::2].count(0) > len(data) // 4:
        candidates.insert(0, "utf-16-be")
    return candidates


def _looks_like_text(text: str) -> bool:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls <= len(text) // 100


def _read_docx(path: Path) -> str:
    try:
        import docx

        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a bad file
        raise InvalidInput(f"无法读取 Word 文件 {path}：{type(exc).__name__}") from None
    return docx_text(document)


def docx_text(document: Any) -> str:
    """Every paragraph of a Word document, one a line: headers, body (tables and text boxes too), notes, footers."""
    headers = [line for part in _header_footer_parts(document, "header") for line in _lines(part, skip_empty=True)]
    body = _lines(document.element.body, skip_empty=False)
    notes = [line for part in _note_parts(document) for line in _lines(part, skip_empty=True)]
    footers = [line for part in _header_footer_parts(document, "footer") for line in _lines(part, skip_empty=True)]
    return "\n".join([*headers, *body, *notes, *footers])


def _header_footer_parts(document: Any, kind: str) -> list[Any]:
    """The root elements of the headers (or footers) each section defines: first page, default, even pages."""
    roots, seen = [], set()
    for sect_pr in document.element.body.iter(W + "sectPr"):
        references = sect_pr.findall(f"{W}{kind}Reference")
        for reference in sorted(references, key=lambda r: HEADER_ORDER.get(r.get(W + "type"), 3)):
            rel_id = reference.get(R + "id")
            if rel_id not in seen and rel_id in document.part.rels:
                seen.add(rel_id)
                roots.append(_root(document.part.rels[rel_id].target_part))
    return roots


def _note_parts(document: Any) -> list[Any]:
    """The root elements of the footnotes and endnotes parts, if the document has them."""
    return [_root(rel.target_part) for rel in document.part.rels.values()
            if not rel.is_external and rel.reltype.rsplit("/", 1)[-1] in ("footnotes", "endnotes")]


def _root(part: Any) -> Any:
    """The XML of a part: python-docx parses the parts it knows; the others are parsed here."""
    element = getattr(part, "element", None)
    if element is not None:
        return element
    from docx.oxml import parse_xml

    return parse_xml(part.blob)


def _lines(root: Any, skip_empty: bool) -> list[str]:
    """The text of every paragraph under `root` in document order, text boxes once (not their VML copies)."""
    lines = []
    for paragraph in root.iter(W + "p"):
        if any(ancestor.tag == MC_FALLBACK for ancestor in paragraph.iterancestors()):
            continue
        text = _paragraph_text(paragraph)
        if text.strip() or not skip_empty:
            lines.append(text)
    return lines


def _paragraph_text(paragraph: Any) -> str:
    """A paragraph's own text: tabs and line breaks kept, paragraphs nested in its text boxes left out."""
    pieces = []
    for element in paragraph.iter(W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen"):
        if next(element.iterancestors(W + "p")) is not paragraph:
            continue
        if element.tag == W + "t":
            pieces.append(element.text or "")
        elif element.tag == W + "tab":
            pieces.append("\t")
        elif element.tag == W + "noBreakHyphen":
            pieces.append("-")
        elif element.get(W + "type") in (None, "textWrapping"):
            pieces.append("\n")
    return "".join(pieces)
