"""What every document shares: fonts, safe text, bilingual labels, styles, boxes, tables and the page frame.

Fonts are TrueType subsets embedded in the file (WenQuanYi Micro Hei for anything with CJK, DejaVu Sans for
pure Latin/Vietnamese labels and headings); never the built-in CID fonts. Every string is NFC-normalised
and escaped before it reaches a Paragraph, so user data never becomes markup.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, Literal
from xml.sax.saxutils import escape

from pydantic import BaseModel
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop.core import codes, formats, i18n
from desktop.core.model.fields import LABEL_CONTEXT, field_specs
from desktop.core.resources import resource_path

Lang = Literal["zh-en", "en", "vi-en"]
LANGS: tuple[Lang, ...] = ("zh-en", "en", "vi-en")
DOC_CONTEXT = "Document"

#: (context, source, lang) -> translated text
TranslateFn = Callable[[str, str, str], str]

CJK_FONT = "CorridorWQY"
LATIN_FONT = "CorridorDejaVu"
LATIN_BOLD = "CorridorDejaVu-Bold"

PAGE = A4
MARGIN = 12 * mm
WIDTH = PAGE[0] - 2 * MARGIN
LINE = colors.Color(0.25, 0.25, 0.25)
GREY = colors.Color(0.38, 0.38, 0.38)
SHADE = colors.Color(0.93, 0.94, 0.96)

_font_lock = threading.Lock()


def N_(context: str, source: str) -> str:
    """Mark ``source`` for extraction into the catalogue under ``context``; returns it unchanged."""
    del context
    return source


# ------------------------------------------------------------------------------------------------ fonts

@cache
def _charset(font_name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    return frozenset(getattr(face, "charToGlyph", {}).keys())


def register_fonts() -> None:
    """Register the bundled TrueType fonts once per process (embedded as subsets when used)."""
    with _font_lock:
        if CJK_FONT in pdfmetrics.getRegisteredFontNames():
            return
        fonts = resource_path("fonts")
        for font in (
            TTFont(CJK_FONT, str(fonts / "wqy-microhei.ttc"), subfontIndex=0),
            TTFont(LATIN_FONT, str(fonts / "DejaVuSans.ttf")),
            TTFont(LATIN_BOLD, str(fonts / "DejaVuSans-Bold.ttf")),
        ):
            _serialise_subsetting(font.face)
            pdfmetrics.registerFont(font)


def _serialise_subsetting(face: Any) -> None:
    """One subset at a time per font: reportlab reads the font file for a subset through the shared face's own
    read position, so two documents rendered at once in worker threads interleave their reads (wrong glyphs,
    a KeyError, different bytes for the same document)."""
    lock = threading.Lock()
    make = face.makeSubset

    def make_subset(subset: Any) -> Any:
        with lock:
            return make(subset)

    face.makeSubset = make_subset


def font_for(text: str, *, bold: bool = False) -> str:
    """DejaVu (bold or regular) when it has every glyph of ``text``, otherwise WenQuanYi Micro Hei."""
    name = LATIN_BOLD if bold else LATIN_FONT
    glyphs = _charset(name)
    if all(ord(c) in glyphs or c in "\n\t" for c in text):
        return name
    return CJK_FONT


def has_all_glyphs(font_name: str, text: str) -> bool:
    glyphs = _charset(font_name)
    return all(ord(c) in glyphs or c.isspace() for c in text)


# ------------------------------------------------------------------------------------------------ text

def clean(value: object) -> str:
    """A display string: NFC, no control characters except newlines, ``None`` as empty."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    return "".join(c for c in text if c == "\n" or unicodedata.category(c) != "Cc")


def markup(value: object) -> str:
    """``value`` as Paragraph markup that shows it literally (escaped, newlines kept).

    A character WenQuanYi Micro Hei lacks but DejaVu Sans has (U+2011 non-breaking hyphen, some super- and
    subscripts ...) is set in DejaVu Sans, so no glyph prints as an empty box.
    """
    text = clean(value)
    if covered(text):
        return escape(text).replace("\n", "<br/>")
    cjk, latin = _charset(CJK_FONT), _charset(LATIN_FONT)
    parts = []
    for c in text:
        if c == "\n":
            parts.append("<br/>")
        elif ord(c) not in cjk and ord(c) in latin:
            parts.append(f'<font name="{LATIN_FONT}">{escape(c)}</font>')
        else:
            parts.append(escape(c))
    return "".join(parts)


def covered(text: str) -> bool:
    """Whether WenQuanYi Micro Hei (the font of plain table cells) has every glyph of ``text``."""
    cjk = _charset(CJK_FONT)
    return all(ord(c) in cjk or c == "\n" for c in text)


def span(text: str, *, size: float, font: str | None = None, color: colors.Color | None = None,
         bold: bool = False) -> str:
    """Literal ``text`` in a font that has all its glyphs."""
    face = font or font_for(clean(text), bold=bold)
    attrs = f'name="{face}" size="{size:g}"'
    if color is not None:
        attrs += f' color="{color.hexval()}"'
    return f"<font {attrs}>{markup(text)}</font>"


# ------------------------------------------------------------------------------------------------ labels

def seeded_translate(context: str, source: str, lang: str) -> str:
    """The catalogue translation, or the seed in :mod:`labels_seed` while the catalogue has none."""
    text = i18n.translate(context, source, lang)
    if text != source or lang == "en":
        return text
    from desktop.core.documents.labels_seed import LABELS

    return LABELS.get(source, {}).get(i18n.normalize_language(lang), source)


@dataclass(frozen=True)
class Label:
    """One label in the document's main language and, for bilingual documents, in English."""

    primary: str
    english: str | None

    def inline(self) -> str:
        return f"{self.primary} / {self.english}" if self.english else self.primary


class Labels:
    """Labels of one document: field labels from the field definitions, document labels from the catalogue."""

    def __init__(self, lang: Lang, translate: TranslateFn = seeded_translate) -> None:
        if lang not in LANGS:
            from desktop.core.documents.errors import DocumentError

            raise DocumentError("documents.unknown_language", lang=lang, choices=", ".join(LANGS))
        self.lang = lang
        self.primary = {"zh-en": "zh_CN", "en": "en", "vi-en": "vi"}[lang]
        self.code_lang = self.primary
        self._translate = translate

    def _label(self, context: str, source: str) -> Label:
        primary = clean(self._translate(context, source, self.primary))
        if self.primary == "en":
            return Label(primary, None)
        english = clean(self._translate(context, source, "en"))
        return Label(primary, None if english == primary else english)

    def doc(self, source: str) -> Label:
        """A document-only label (source marked with ``N_("Document", ...)``)."""
        return self._label(DOC_CONTEXT, source)

    def field(self, model: type[BaseModel], name: str) -> Label:
        """The label of ``model.name`` as the field definition gives it."""
        return self._label(LABEL_CONTEXT, field_specs(model)[name].label)

    def fields(self, model: type[BaseModel], *names: str) -> Label:
        """Several field labels joined into one box title ("Means of transport / Voyage number")."""
        parts = [self.field(model, n) for n in names]
        primary = " / ".join(p.primary for p in parts)
        if self.primary == "en":
            return Label(primary, None)
        english = " / ".join(p.english or p.primary for p in parts)
        return Label(primary, None if english == primary else english)

    def text(self, source: str, **params: Any) -> str:
        """A document sentence in the main language only, placeholders filled ("Page {page} of {pages}")."""
        text = clean(self._translate(DOC_CONTEXT, source, self.primary))
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return source.format(**params)

    def sentence(self, source: str, **params: Any) -> str:
        """Like :meth:`text`, followed by the English for bilingual documents."""
        first = self.text(source, **params)
        if self.primary == "en":
            return first
        english = clean(self._translate(DOC_CONTEXT, source, "en"))
        try:
            english = english.format(**params)
        except (KeyError, IndexError, ValueError):
            english = source.format(**params)
        return first if english == first else f"{first} / {english}"

    def choice(self, value: Enum) -> str:
        """A choice field's display name in the main language ("Container yard (CY)"), defined once in
        :mod:`desktop.core.choices`."""
        from desktop.core import choices

        return clean(choices.name(value, self.primary))

    def num(self, value: Decimal | int | None) -> str:
        """A figure as entered, grouped the way the main language writes numbers (3,600 / 9.6; 3.600 / 9,6)."""
        return formats.figure(value, self.primary)

    def money(self, value: Decimal | None) -> str:
        """An amount, two decimals (22,200.00; 22.200,00 in Vietnamese)."""
        return formats.amount(value, self.primary)

    def price(self, value: Decimal | None) -> str:
        """A unit price: at least two decimals, more when entered."""
        return formats.price(value, self.primary)

    def day(self, value: date | None) -> str:
        """A date as the main language writes it on papers (2026-12-02; 02/12/2026; 12/2/2026)."""
        return formats.day(value, self.primary)

    def code(self, table: str, value: str) -> str:
        """A code with its name from the code tables when they know it ("0110 一般贸易"), else the code."""
        value = clean(value)
        if not value:
            return ""
        name = code_name(table, value, self.code_lang)
        return f"{value} {name}" if name and name != value else value


def code_name(table: str, value: str, lang: str) -> str:
    """The name of ``value`` in code table ``table`` in ``lang``; empty when the table does not know it."""
    try:
        found = codes.table(table).name(value, lang)
    except codes.CodeTableError:
        return ""
    return clean(found) if found else ""


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
    out: list[Flowable] = [rich(label.primary, span(label.primary, size=size), style)]
    if label.english:
        out.append(rich(label.english, span(label.english, size=size - 0.8), style))
    return out


def box(label: Label, *values: object) -> list[Flowable]:
    """A form box: the label small on top, the value(s) below, one per line."""
    return [*label_lines(label), *(para(v, "value") for v in values if clean(v))]


def head(label: Label, align: str = "head") -> list[Flowable]:
    """A table column heading in both languages."""
    out: list[Flowable] = [rich(label.primary, span(label.primary, size=7.2, bold=True), align)]
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
