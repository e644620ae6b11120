"""Columns that line up in a terminal: Chinese characters take two cells, combining marks none."""

import unicodedata
from collections.abc import Sequence


def width(text: str) -> int:
    """The cells `text` takes in a terminal (East Asian wide and fullwidth characters take two)."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, cells: int) -> str:
    """`text` followed by spaces up to `cells` terminal cells (unchanged when it is wider)."""
    return text + " " * max(0, cells - width(text))


def table(rows: Sequence[Sequence[str]], gap: int = 2) -> list[str]:
    """Rows as lines whose columns line up; the last column is not padded."""
    if not rows:
        return []
    widths = [max(width(row[n]) for row in rows) for n in range(len(rows[0]) - 1)]
    return [(" " * gap).join([*(pad(cell, w) for cell, w in zip(row, widths, strict=False)), row[-1]]).rstrip()
            for row in rows]
