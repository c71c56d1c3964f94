"""The Vietnamese name shown for a line of the Chinese tariff.

The two tariffs split a subheading each in its own way beyond six digits (69072110 is a grinding-mill lining in
Vietnam and a tile in China), so the same 8 digits say nothing. A line's Vietnamese name is, in this order:

- ``exact``: the Vietnamese line the query matched, or the subheading's only line where Vietnam does not split it;
- ``nearest``: the Vietnamese line of the same subheading whose words, read into English through the lexicon,
  share most with the Chinese line's English name (the nearest code breaks ties), shown with its code and a note;
- ``subheading``: no line shares a telling word with the Chinese line: the first Vietnamese lines of the
  subheading, joined, say what it holds (with a note);
- ``missing``: no Vietnamese line of the subheading says what it holds (all read "Loại khác"); the Chinese and
  English names are shown instead, and the UI says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.hsearch.sources import Text
from desktop.core.hsearch.text import features

if TYPE_CHECKING:
    from desktop.core.hsearch.index import Index

EXACT, NEAREST, SUBHEADING, MISSING = "exact", "nearest", "subheading", "missing"
#: A nearest line must share words weighing at least this much (IDF) with the Chinese line: "tile" (6.9) or
#: "bicycle" (7.1) say what the goods are, "parts" (4.0) alone does not.
MIN_SHARED = 5.0


@dataclass(frozen=True, slots=True)
class ViName:
    text: str
    match: str  # exact, nearest, subheading or missing
    line: str = ""  # the Vietnamese line (8 digits) the name is taken from


_english: dict[str, frozenset[str]] = {}


def _english_features(ix: Index, vn: Text) -> frozenset[str]:
    found = _english.get(vn.text)
    if found is None:
        english = ix.lexicon.translate(vn.text, False, ix.tariff_words.__contains__)
        found = _english[vn.text] = frozenset(features(english)) if english else frozenset()
    return found


def vietnamese_name(ix: Index, hs6: str, code8: str, matched: Text | None = None) -> ViName:
    """The Vietnamese name of the Chinese line ``code8`` (or of the subheading when ``code8`` is 6 digits) of
    ``hs6``; ``matched`` is the Vietnamese text the query matched there, if any."""
    if matched is not None:
        return ViName(matched.text, EXACT, matched.note)
    lines = ix.vn_by_hs6.get(hs6, [])
    if not lines:
        return ViName("", MISSING)
    if len(lines) == 1 and ix.vn_line_count.get(hs6, 0) == 1:
        return ViName(lines[0].text, EXACT, lines[0].note)
    line = ix.line_by_code.get(code8)
    wanted = features((line.name_en if line else "") or ix.hs_names.get(hs6, ""))
    typed = int(code8.ljust(8, "0")) if code8.isdigit() else 0

    def closeness(vn: Text) -> tuple[float, int, str]:
        shared = wanted & _english_features(ix, vn)
        return -sum(ix.weight.get(f, 0.0) for f in shared), abs(int(vn.note) - typed), vn.note

    best = min(lines, key=closeness)
    if -closeness(best)[0] < MIN_SHARED:  # by code alone, or a word such as "parts", one line would mislead
        return ViName("; ".join(t.text for t in lines[:3]) + ("; ..." if len(lines) > 3 else ""), SUBHEADING)
    return ViName(best.text, NEAREST, best.note)
