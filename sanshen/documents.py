"""Records as documents: JSON for scripts, CSV and XLSX for the clerks' spreadsheets, PDF (A4) for filing.

PDF uses reportlab's built-in CID font STSong-Light (Adobe-GB1), so Simplified Chinese is set with no
font installed on the machine.
"""

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMATS = ("csv", "xlsx", "pdf")
CJK_FONT = "STSong-Light"


@dataclass(frozen=True)
class Document:
    """A record as a title, labelled fields, an optional table and an optional closing text."""

    title: str
    fields: Sequence[tuple[str, Any]] = ()
    columns: Sequence[tuple[str, str]] = ()  # (key of a row, column heading)
    rows: Sequence[dict[str, Any]] = ()
    text: str = ""
    notes: Sequence[str] = field(default_factory=tuple)

    def table(self) -> list[list[str]]:
        return [[label for _, label in self.columns],
                *[[_cell(row.get(key)) for key, _ in self.columns] for row in self.rows]]


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def lines(doc: Document) -> list[str]:
    """The document as lines of text for the terminal."""
    out = [doc.title, ""] + [f"{label}：{_cell(value)}" for label, value in doc.fields]
    if doc.columns:
        out += ["", *("　".join(row) for row in doc.table())] if doc.rows else ["", "（无记录）"]
    out += ["", *doc.notes] if doc.notes else []
    return out + (["", doc.text] if doc.text else [])


def write(doc: Document, fmt: str, path: Path) -> None:
    {"csv": _csv, "xlsx": _xlsx, "pdf": _pdf}[fmt](doc, path)


def _csv(doc: Document, path: Path) -> None:
    """UTF-8 with a BOM, so that spreadsheet programs read the Chinese right."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        if doc.columns:
            writer.writerows(doc.table())
            return
        writer.writerow(["项目", "内容"])
        writer.writerows([[label, _cell(value)] for label, value in doc.fields])
        if doc.text:
            writer.writerow(["正文", doc.text])


def _xlsx(doc: Document, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = re.sub(r"[\[\]:*?/\\]", "_", doc.title)[:31]
    sheet.append([doc.title])
    sheet["A1"].font = Font(bold=True, size=14)
    for label, value in doc.fields:
        sheet.append([label, _cell(value)])
    if doc.columns:
        sheet.append([])
        for n, row in enumerate(doc.table()):
            sheet.append(row)
            if n == 0:
                for cell in sheet[sheet.max_row]:
                    cell.font = Font(bold=True)
    if doc.text:
        sheet.append([])
        sheet.append(["正文", doc.text])
    book.save(path)


def _pdf(doc: Document, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    body = ParagraphStyle("body", fontName=CJK_FONT, fontSize=10.5, leading=15, wordWrap="CJK")
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=22, alignment=1, spaceAfter=6 * mm)

    def para(text: Any, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(_escaped(_cell(text)), style)

    story: list[Any] = [para(doc.title, title)]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    if doc.fields:
        story.append(Table([[para(label), para(value)] for label, value in doc.fields],
                           colWidths=[40 * mm, 130 * mm], style=grid))
    if doc.columns:
        story.append(Spacer(1, 5 * mm))
        table = doc.table() if doc.rows else [doc.table()[0], ["（无记录）"] + [""] * (len(doc.columns) - 1)]
        story.append(Table([[para(c, small) for c in row] for row in table], repeatRows=1, style=grid,
                           colWidths=[170 * mm / len(doc.columns)] * len(doc.columns)))
    story += [Spacer(1, 4 * mm), *(para(note) for note in doc.notes)]
    story += [Spacer(1, 4 * mm), *(para(p) for p in doc.text.split("\n") if p.strip())]
    SimpleDocTemplate(str(path), pagesize=A4, title=doc.title, invariant=1,
                      leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm).build(story)


def _escaped(text: str) -> str:
    """Paragraph text is markup: escape it."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
