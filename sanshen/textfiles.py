"""Reading a user's text file: UTF-8, GBK/GB18030 or UTF-16, or a .docx; a clear error otherwise."""

from pathlib import Path

from .engine.errors import InvalidInput


def read_text(path: Path) -> str:
    if not path.exists():
        raise InvalidInput(f"找不到文件：{path}")
    if path.suffix.lower() == ".docx":
        return _read_docx(path)
    return decode(path.read_bytes(), str(path))


def decode(data: bytes, name: str) -> str:
    """Decode by BOM, then strict UTF-8, then GB18030, with a detector as the last resort."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InvalidInput(f"无法识别文件编码：{name}（请另存为 UTF-8）")
    return str(best)


def _read_docx(path: Path) -> str:
    try:
        import docx

        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a bad file
        raise InvalidInput(f"无法读取 Word 文件 {path}：{exc}") from None
    return "\n".join(p.text for p in document.paragraphs)
