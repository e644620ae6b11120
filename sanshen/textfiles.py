"""Reading a user's text file: UTF-8, GBK/GB18030 or UTF-16, or a .docx; a clear error otherwise."""

import codecs
from pathlib import Path

from .engine.errors import InvalidInput

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
    return "\n".join(p.text for p in document.paragraphs)
