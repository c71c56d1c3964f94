"""Fonts and safe text of the documents: the embedded TrueType subsets (WenQuanYi Micro Hei for anything with
CJK, DejaVu Sans for pure Latin/Vietnamese), which font draws a text, and NFC-normalised, escaped text so
user data never becomes Paragraph markup.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.resources import resource_path

CJK_FONT = "CorridorWQY"
LATIN_FONT = "CorridorDejaVu"
LATIN_BOLD = "CorridorDejaVu-Bold"

_font_lock = threading.Lock()


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
