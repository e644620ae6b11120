"""The body of a new item or revision: typed in, or uploaded as .txt or .docx."""

import io

from ..engine.errors import InvalidInput
from ..textfiles import decode, docx_text

MAX_UPLOAD = 10 * 1024 * 1024


def body_from(typed: str, filename: str | None, data: bytes | None) -> str:
    """The uploaded file's text when a file was chosen, else the typed text."""
    if not filename or data is None:
        return typed
    if len(data) > MAX_UPLOAD:
        raise InvalidInput("上传的文件过大（最多 10 MB）")
    lowered = filename.lower()
    if lowered.endswith(".docx"):
        return _docx(data, filename)
    if lowered.endswith(".txt"):
        return decode(data, filename)
    raise InvalidInput(f"只能上传 .txt 或 .docx 文件：{filename}")


def _docx(data: bytes, filename: str) -> str:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a bad file
        raise InvalidInput(f"无法读取 Word 文件 {filename}：{type(exc).__name__}") from None
    return docx_text(document)
