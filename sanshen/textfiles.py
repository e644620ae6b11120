"""Reading a user's text file: UTF-8, GB18030/GBK, Big5 or UTF-16, or a .docx; a clear error otherwise.

The plausibility test applies to every decoding: a UTF-16 file with a BOM must be plausibly Chinese
(a BOM followed by garbage is refused, not stored as mojibake), and valid UTF-8 that is not plausible
(a short GBK text can be valid UTF-8) gives way to a legacy encoding whose text is; when none is,
UTF-8 stands (emoji or kana are no reason to refuse). A file without a BOM that is not UTF-8 is decoded in each legacy encoding it decodes in, and read in the
one whose text is plausibly Chinese; if none is, the file is refused. Plausible: no control, private-use,
unassigned or lone surrogate character, and at least 90% of the non-ASCII characters common hanzi (GB 2312,
Big5's frequent level) or usual punctuation. Text decoded with the wrong encoding is full of rare hanzi,
kana, box drawing or private-use characters, however much ASCII surrounds them.
"""

import codecs
import functools
import io
import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .engine.errors import InvalidInput

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
HEADER_ORDER = {"first": 0, "default": 1, "even": 2}
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
SUPPORTED = "支持 UTF-8、GB18030/GBK、Big5、UTF-16"
PLAUSIBLE = 0.9
MB = 1024 * 1024
MAX_TEXT_FILE = 8 * MB
MAX_DOCX_FILE = 32 * MB
MAX_DOCX_UNPACKED = 128 * MB
MAX_DOCX_MEMBERS = 2000
CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
ASCII_OR_SPACE = re.compile(r"[\x00-\x7f\s]+")
IMPOSSIBLE = frozenset(("Cc", "Co", "Cn", "Cs"))
FAMILIAR_RANGES = ("\xa0-\u024f\u0370-\u03ff\u2010-\u206f\u2100-\u218f\u2190-\u21ff\u2460-\u24ff"
                   "\u2605\u2606\u25a0-\u25cf\u3000-\u303f\uff01-\uff5e\uffe0-\uffe5")


def read_text(path: Path) -> str:
    """The text of a user's file, read no further than the limit of its kind."""
    if path.suffix.lower() == ".docx":
        return _read_docx(path, read_bounded(path, MAX_DOCX_FILE, "Word 文件"))
    return decode(read_bounded(path, MAX_TEXT_FILE, "文本文件"), str(path))


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; devices, pipes and larger files are refused unread."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InvalidInput(f"找不到文件：{path}") from None
    except OSError as exc:
        raise InvalidInput(f"无法读取文件 {path}：{exc.strerror}") from None
    if stat.S_ISDIR(mode):
        raise InvalidInput(f"{path} 是目录，不是文件")
    if not stat.S_ISREG(mode):
        raise InvalidInput(f"{path} 不是普通文件（设备、管道或套接字），不能作为{what}读取")
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InvalidInput(f"无法读取文件 {path}：{exc.strerror}") from None
    if len(data) > limit:
        raise InvalidInput(f"{what}过大：{path} 超过 {_size(limit)} 的上限")
    return data


def _size(limit: int) -> str:
    return f"{limit // MB} MB" if limit >= MB else f"{limit} 字节"


def decode(data: bytes, name: str) -> str:
    """The text of a file: by its BOM, as strict UTF-8, or as the legacy encoding whose text is plausibly Chinese."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _normalise(_by_bom(data, encoding, name))
    try:
        text: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and plausibility(text) >= PLAUSIBLE:
        return _normalise(text)
    best = max(_legacy_candidates(data), key=lambda candidate: candidate[0], default=(0.0, ""))
    if best[0] >= PLAUSIBLE:
        return _normalise(best[1])
    if text is not None:
        return _normalise(text)  # UTF-8 after all (emoji, kana, controls: the commands name a control character)
    raise InvalidInput(f"无法识别文件编码：{name}（{SUPPORTED}；请另存为 UTF-8）")


def _by_bom(data: bytes, encoding: str, name: str) -> str:
    """The text in the encoding the BOM names; a UTF-16 text must pass the plausibility test like a guessed one."""
    text = _strict(data, encoding, name)
    if encoding != "utf-8-sig" and plausibility(text) < PLAUSIBLE:
        raise InvalidInput(f"无法识别文件编码：{name}（文件带有 {encoding} 的 BOM，但内容不像中文文本）")
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    """The data decoded with the encoding its BOM names; a clear error when it does not decode."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InvalidInput(f"无法识别文件编码：{name}（文件带有 {encoding} 的 BOM，但内容不是该编码）") from None


def _legacy_candidates(data: bytes) -> list[tuple[float, str]]:
    """(plausibility, text) for each legacy encoding the data decodes in, preferred encodings first."""
    encodings = ["gb18030", *(["utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else []), "cp950"]
    candidates = []
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((plausibility(text), text))
    return candidates


def plausibility(text: str) -> float:
    """The share of common hanzi and usual punctuation among the non-ASCII characters; 0 if any is impossible."""
    if CONTROLS.search(text):
        return 0.0
    foreign = ASCII_OR_SPACE.sub("", text)
    if not foreign:
        return 1.0
    unfamiliar = familiar_pattern().sub("", foreign)
    if len(unfamiliar) > len(foreign) * (1 - PLAUSIBLE):
        return 0.0
    if any(unicodedata.category(ch) in IMPOSSIBLE for ch in unfamiliar):
        return 0.0
    return 1 - len(unfamiliar) / len(foreign)


@functools.cache
def familiar_pattern() -> re.Pattern[str]:
    """Usual punctuation and symbols, Latin and Greek letters, and the common hanzi."""
    return re.compile("[" + FAMILIAR_RANGES + "".join(sorted(common_hanzi())) + "]+")


def common_hanzi() -> set[str]:
    """The hanzi of GB 2312 (6,763, simplified) and of Big5's frequently used level (5,401, traditional)."""
    return (_hanzi("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))
            | _hanzi("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]))


def _hanzi(encoding: str, leads: range, trails: Iterable[int]) -> set[str]:
    """The CJK ideographs an encoding's two-byte codes with these lead and trail bytes stand for."""
    found = set()
    for code in (bytes((lead, trail)) for lead in leads for trail in trails):
        try:
            ch = code.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\u4e00" <= ch <= "\u9fff":
            found.add(ch)
    return found


def _normalise(text: str) -> str:
    """Lines end with a bare newline."""
    return text.replace("\r\n", "\n")


def _read_docx(path: Path, data: bytes) -> str:
    """The text of a .docx whose members, as its zip directory declares them, unpack within the limits."""
    _check_members(path, data)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a bad file
        raise InvalidInput(f"无法读取 Word 文件 {path}：{type(exc).__name__}") from None
    return docx_text(document)


def _check_members(path: Path, data: bytes) -> None:
    """Refuse a zip bomb before unpacking: zipfile never inflates a member beyond its declared size."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InvalidInput(f"无法读取 Word 文件 {path}：{type(exc).__name__}") from None
    if len(members) > MAX_DOCX_MEMBERS:
        raise InvalidInput(f"Word 文件 {path} 含有 {len(members)} 个部件，超过 {MAX_DOCX_MEMBERS} 个的上限")
    if sum(member.file_size for member in members) > MAX_DOCX_UNPACKED:
        raise InvalidInput(f"Word 文件 {path} 解压后超过 {_size(MAX_DOCX_UNPACKED)} 的上限")


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
