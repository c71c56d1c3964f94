"""Chinese headings and box labels that break only where a reader allows it.

reportlab's CJK wrapping breaks between any two characters, so a narrow column heading came out as
"原产国（地" / "区）". Here a heading is cut into pieces that stay whole (a word, a bracketed part such as
"（地区）", a part ending in "/" or "、"), lines break only between pieces (before an opening bracket, after
a closing one or a separator), and a piece wider than its column is set in a smaller size instead of being
split; only below the smallest size may a piece break inside.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from desktop.core.documents.text import clean, font_for, span

#: A line may break before these (an opening bracket starts a new piece) ...
BREAK_BEFORE = frozenset("（(［[【《〈")
#: ... and after these (a closing bracket or a separator ends a piece).
BREAK_AFTER = frozenset("）)］]】》〉/、，,；;：: ")
#: A heading is never set smaller than this to keep its pieces whole.
MIN_SIZE = 5.2


def pieces(text: str) -> list[str]:
    """``text`` cut at the points where a line may break ("原产国（地区）" -> "原产国", "（地区）")."""
    out: list[str] = []
    current = ""
    for ch in text:
        if ch in BREAK_BEFORE and current:
            out.append(current)
            current = ""
        current += ch
        if ch in BREAK_AFTER:
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def lines_for(text: str, width: float, font: str, size: float) -> list[str]:
    """The pieces of ``text`` packed into lines no wider than ``width`` (a piece wider than that alone on its
    line)."""
    lines: list[str] = []
    current = ""
    for piece in pieces(text):
        candidate = current + piece
        if current and pdfmetrics.stringWidth(candidate.rstrip(), font, size) > width:
            lines.append(current.rstrip())
            current = piece.lstrip()
        else:
            current = candidate
    if current.strip():
        lines.append(current.rstrip())
    return lines


class Heading(Flowable):
    """A CJK heading laid out by :func:`lines_for` when its width is known (at wrap time)."""

    def __init__(self, text: str, style: Any, *, size: float, bold: bool = False,
                 color: colors.Color | None = None) -> None:
        super().__init__()
        self.text = clean(text)
        self.style = style
        self.size = size
        self.bold = bold
        self.color = color
        self._para: Paragraph | None = None

    def fitted(self, width: float) -> tuple[float, list[str]]:
        """The size and lines ``text`` takes in ``width``: whole pieces, smaller type before a broken piece."""
        font = font_for(self.text, bold=self.bold)
        size = self.size
        widest = max((pdfmetrics.stringWidth(p.strip(), font, size) for p in pieces(self.text)), default=0.0)
        if widest > width > 0:
            size = max(MIN_SIZE, size * width / widest)
        return size, lines_for(self.text, width, font, size)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size, lines = self.fitted(availWidth)
        markup_ = "<br/>".join(span(line, size=size, bold=self.bold, color=self.color) for line in lines)
        leading = max(size * 1.2, self.style.leading * size / self.size)
        style = self.style.clone(f"{self.style.name}-fitted", leading=leading)
        self._para = Paragraph(markup_, style)
        width, height = self._para.wrap(availWidth, availHeight)
        return width, height

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)
