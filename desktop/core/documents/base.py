"""What every document shares: styles, boxes, forms, item tables and the page frame.

Fonts and safe text are in :mod:`desktop.core.documents.text`, bilingual labels in
:mod:`desktop.core.documents.labels`; the names the documents use are re-exported here. Every string is
NFC-normalised and escaped before it reaches a Paragraph, so user data never becomes markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop.core.documents.headings import Heading
from desktop.core.documents.labels import (  # re-exported: the documents import them from here
    DOC_CONTEXT as DOC_CONTEXT,
)
from desktop.core.documents.labels import (
    LANGS as LANGS,
)
from desktop.core.documents.labels import (
    Label as Label,
)
from desktop.core.documents.labels import (
    Labels as Labels,
)
from desktop.core.documents.labels import (
    Lang as Lang,
)
from desktop.core.documents.labels import (
    TranslateFn as TranslateFn,
)
from desktop.core.documents.labels import (
    code_name as code_name,
)
from desktop.core.documents.labels import (
    seeded_translate as seeded_translate,
)
from desktop.core.documents.text import (  # re-exported: the documents import them from here
    CJK_FONT as CJK_FONT,
)
from desktop.core.documents.text import (
    LATIN_BOLD as LATIN_BOLD,
)
from desktop.core.documents.text import (
    LATIN_FONT as LATIN_FONT,
)
from desktop.core.documents.text import (
    clean as clean,
)
from desktop.core.documents.text import (
    covered as covered,
)
from desktop.core.documents.text import (
    font_for as font_for,
)
from desktop.core.documents.text import (
    has_all_glyphs as has_all_glyphs,
)
from desktop.core.documents.text import (
    markup as markup,
)
from desktop.core.documents.text import (
    register_fonts as register_fonts,
)
from desktop.core.documents.text import (
    span as span,
)

PAGE = A4
MARGIN = 12 * mm
WIDTH = PAGE[0] - 2 * MARGIN
LINE = colors.Color(0.25, 0.25, 0.25)
GREY = colors.Color(0.38, 0.38, 0.38)
SHADE = colors.Color(0.93, 0.94, 0.96)



def N_(context: str, source: str) -> str:
    """Mark ``source`` for extraction into the catalogue under ``context``; returns it unchanged."""
    del context
    return source


# ------------------------------------------------------------------------------------------------ styles

def is_cjk(text: str) -> bool:
    """Whether ``text`` has CJK characters (then lines may break between any two characters)."""
    return any(
        0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF or o >= 0x20000
        for o in map(ord, text)
    )


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles; each has a ``-cjk`` twin that breaks lines between CJK characters."""
    register_fonts()
    base = ParagraphStyle("cd-base", fontName=CJK_FONT, fontSize=8.5, leading=10.5, splitLongWords=1,
                          bulletFontName=CJK_FONT)
    found = {
        "base": base,
        "cell": ParagraphStyle("cd-cell", parent=base, fontSize=7.5, leading=9.2),
        "num": ParagraphStyle("cd-num", parent=base, fontSize=7.5, leading=9.2, alignment=TA_RIGHT),
        "center": ParagraphStyle("cd-center", parent=base, fontSize=7.5, leading=9.2, alignment=TA_CENTER),
        "head": ParagraphStyle("cd-head", parent=base, fontSize=7, leading=8.4, alignment=TA_CENTER),
        "label": ParagraphStyle("cd-label", parent=base, fontSize=6.8, leading=8, textColor=GREY),
        "value": ParagraphStyle("cd-value", parent=base, fontSize=8.2, leading=10),
        "title": ParagraphStyle("cd-title", parent=base, fontSize=15, leading=19, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("cd-subtitle", parent=base, fontSize=9, leading=11.5, alignment=TA_CENTER,
                                   textColor=GREY),
        "small": ParagraphStyle("cd-small", parent=base, fontSize=7, leading=8.6, textColor=GREY),
    }
    for name, style in list(found.items()):
        found[f"{name}-cjk"] = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    return found


def _style(name: str, text: str) -> ParagraphStyle:
    return styles()[f"{name}-cjk" if is_cjk(text) else name]


def para(value: object, style: str = "cell") -> Paragraph:
    """A paragraph showing ``value`` literally."""
    text = clean(value)
    return Paragraph(markup(text), _style(style, text))


def rich(text: str, markup_: str, style: str) -> Paragraph:
    """A paragraph of ready ``markup_`` whose plain text is ``text`` (picks the line-breaking rule)."""
    return Paragraph(markup_, _style(style, text))


def label_lines(label: Label, size: float = 6.8, style: str = "label") -> list[Flowable]:
    out: list[Flowable] = [_heading(label.primary, style, size=size)]
    if label.english:
        out.append(rich(label.english, span(label.english, size=size - 0.8), style))
    return out


def _heading(text: str, style: str, *, size: float, bold: bool = False) -> Flowable:
    """A label or heading line: Chinese breaks only between whole pieces (:mod:`headings`), other text at
    spaces."""
    if is_cjk(text):
        return Heading(text, styles()[style], size=size, bold=bold)
    return rich(text, span(text, size=size, bold=bold), style)


def box(label: Label, *values: object) -> list[Flowable]:
    """A form box: the label small on top, the value(s) below, one per line."""
    return [*label_lines(label), *(para(v, "value") for v in values if clean(v))]


def head(label: Label, align: str = "head") -> list[Flowable]:
    """A table column heading in both languages."""
    out: list[Flowable] = [_heading(label.primary, align, size=7.2, bold=True)]
    if label.english:
        out.append(rich(label.english, span(label.english, size=6.3, color=GREY), align))
    return out


def title(label: Label, subtitle: str = "") -> list[Flowable]:
    parts: list[Flowable] = [rich(label.primary, span(label.primary, size=15, bold=True), "title")]
    if label.english:
        parts.append(rich(label.english, span(label.english, size=10, bold=True), "subtitle"))
    if subtitle:
        parts.append(para(subtitle, "subtitle"))
    return parts


def section(label: Label) -> Paragraph:
    text = label.inline()
    return rich(text, span(text, size=8.5, bold=True), "base")


GRID: list[Any] = [
    ("FONT", (0, 0), (-1, -1), CJK_FONT, 7.5, 9.2),
    ("GRID", (0, 0), (-1, -1), 0.5, LINE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
    ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
]


@dataclass(frozen=True, slots=True)
class Text:
    """A table cell's text: drawn as a plain string when it fits its column, else as a wrapping paragraph."""

    value: str
    style: str = "cell"


def txt(value: object, style: str = "cell") -> Text:
    return Text(clean(value), style)


Cell = Flowable | list[Flowable] | str | Text


def form_row(cells: Sequence[Cell], fractions: Sequence[float]) -> Table:
    """One row of form boxes whose widths are ``fractions`` of the page width."""
    total = sum(fractions)
    table = Table([list(cells)], colWidths=[WIDTH * f / total for f in fractions])
    table.setStyle(TableStyle(GRID))
    return table


def form(rows: Iterable[tuple[Sequence[Cell], Sequence[float]]]) -> list[Flowable]:
    return [form_row(cells, fractions) for cells, fractions in rows]


CELL_SIZE = 7.5
CELL_LEADING = 9.2
_ALIGN = {"num": "RIGHT", "center": "CENTER"}


def _fits(text: str, width: float) -> bool:
    if not covered(text):
        return False
    return all(pdfmetrics.stringWidth(line, CJK_FONT, CELL_SIZE) <= width for line in text.split("\n"))


def item_table(header: Sequence[Cell], rows: Sequence[Sequence[Any]],
               widths_mm: Sequence[float], totals: Sequence[Sequence[Any]] = ()) -> Table:
    """A long table: the header repeats on every page, the totals rows come once at the end.

    :class:`Text` cells that fit their column are drawn as strings (much faster than paragraphs); the others
    wrap inside their cell.
    """
    scale = WIDTH / (sum(widths_mm) * mm)
    widths = [w * mm * scale for w in widths_mm]
    inner = [w - 5.5 for w in widths]
    data: list[list[Any]] = [list(header)]
    aligns: dict[int, str] = {}
    for row in (*rows, *totals):
        out: list[Any] = []
        for col, cell in enumerate(row):
            if isinstance(cell, Text):
                if _fits(cell.value, inner[col]):
                    out.append(cell.value)
                    if cell.style in _ALIGN:
                        aligns.setdefault(col, _ALIGN[cell.style])
                else:
                    out.append(Paragraph(markup(cell.value), _style(cell.style, cell.value)))
            else:
                out.append(cell)
        data.append(out)
    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=1)
    style: list[Any] = [*GRID, ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                        ("LEADING", (0, 1), (-1, -1), CELL_LEADING)]
    style += [("ALIGN", (col, 1), (col, -1), align) for col, align in sorted(aligns.items())]
    if totals:
        style.append(("BACKGROUND", (0, len(data) - len(totals)), (-1, -1), SHADE))
    table.setStyle(TableStyle(style))
    return table


# ------------------------------------------------------------------------------------------------ page frame

@dataclass
class PageInfo:
    """What the page frame prints: running header from page 2 on, and "page X of Y" on every page."""

    running_title: str
    page_text: Callable[[int, int], str]
    created: datetime | None


def pdf_date(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


def canvas_maker(info: PageInfo) -> type[Canvas]:
    """A canvas that keeps its pages until the end so every page can say how many there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            if info.created is not None:
                stamp = pdf_date(info.created)
                self.setDateFormatter(lambda *_: stamp)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            count = len(self._pages)
            for number_, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._frame(number_, count)
                Canvas.showPage(self)
            Canvas.save(self)

        def _frame(self, page: int, pages: int) -> None:
            self.saveState()
            text = clean(info.page_text(page, pages))
            font = font_for(text)
            self.setFont(font, 7.5)
            self.setFillColor(GREY)
            self.drawRightString(PAGE[0] - MARGIN, MARGIN * 0.55, text)
            if page > 1:
                running = clean(info.running_title)
                self.setFont(font_for(running), 7.5)
                self.drawString(MARGIN, PAGE[1] - MARGIN * 0.7, running)
                self.setStrokeColor(LINE)
                self.setLineWidth(0.4)
                self.line(MARGIN, PAGE[1] - MARGIN * 0.8, PAGE[0] - MARGIN, PAGE[1] - MARGIN * 0.8)
            self.restoreState()

    return NumberedCanvas
