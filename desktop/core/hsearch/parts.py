"""Parts of named goods: "空调配件", "叉车用零件", "手机的零部件" ask for the parts subheading of the goods' heading
(8415.90 for air conditioners, 8431.20 for fork-lift trucks, 8517.79 for telephones), not for whatever else the
word 配件 or 零件 meets. The tariff words a parts line as the 零件 of its own heading or of the headings it cites:
"品目8427所列机械的其他零件", "品目85.25至85.28所列装置或设备用未列名零件", "84151022、84152000……设备的零件",
or by the names of the goods alone: "升降机、倒卸式起重机或自动梯的零件" (8431.31) are the parts of heading 8428's
lifts and escalators.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from desktop.core.hsearch.sources import TariffLine
from desktop.core.hsearch.text import has_han

#: A name that asks for the parts of something: what comes before the parts word, without a closing 用 or 的.
_PARTS_QUERY = re.compile(r"^(?P<whole>.+?)[用的]?(?:零配件|零部件|零件|配件|部件|备件)$")
#: A heading (8427, 84.27), subheading or line (841510, 84151022) cited in a tariff wording, or a range of
#: headings (8525至8528, 85.25至85.28).
_CITED = re.compile(
    r"(?<![\d.])(\d{2})\.?(\d{2})(?:\d{2}){0,2}(?:\s*(?:至|-)\s*(?:品目)?(\d{2})\.?(\d{2})(?:\d{2}){0,2})?(?![\d.])"
)
#: The words of a tariff line that is (also) a line of parts.
_PARTS_WORDS = ("零件", "零部件")
#: A parts query puts at most this many parts subheadings of the goods' heading first.
MAX_PARTS = 2
#: The goods a parts wording names before its parts word, and how they are listed ("A、B或C").
_NAMED_GOODS = re.compile(r"^(?P<goods>[^，,；;]+?)[用的]?(?:未列名|其他)?(?:零件|零部件)")
_GOODS_LIST = re.compile(r"[、或及和与]")
_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
#: A goods name a parts line names links it to another heading only where lines of at most this many headings of
#: its chapter name those goods (more says the name is too general to tell whose parts they are).
MAX_NAMED_HEADINGS = 2


def whole_of(text: str) -> str:
    """The goods whose parts a Chinese name asks for ("空调配件" → "空调", "叉车用零件" → "叉车"), else ""."""
    m = _PARTS_QUERY.match(text.strip())
    return m.group("whole") if m and has_han(m.group("whole")) else ""


def cited_headings(wording: str) -> set[str]:
    """The 4-digit headings a tariff wording cites, ranges spelled out: "品目8711至8713所列车辆的零件" → 8711, 8712,
    8713."""
    out: set[str] = set()
    for m in _CITED.finditer(wording):
        first = int(m.group(1) + m.group(2))
        last = int(m.group(3) + m.group(4)) if m.group(3) else first
        if last < first or last // 100 != first // 100:  # not a range of headings of one chapter
            last = first
        out.update(f"{h:04d}" for h in range(first, last + 1))
    return out


def is_parts_wording(wording: str) -> bool:
    """Whether a tariff line's wording is (also) one of parts."""
    return any(w in wording for w in _PARTS_WORDS)


def named_goods(wording: str) -> list[str]:
    """The names of the goods a parts wording cites no heading for: "升降机、倒卸式起重机或自动梯的零件" →
    升降机, 倒卸式起重机, 自动梯; [] for a wording citing a heading or naming no goods ("其他零件")."""
    m = _NAMED_GOODS.match(_BRACKETED.sub("", wording))
    if m is None or cited_headings(wording):
        return []
    names = (n.strip().removeprefix("其他") for n in _GOODS_LIST.split(m.group("goods")))
    return [n for n in names if len(n) >= 2 and has_han(n)]


def parts_by_heading(lines: Iterable[TariffLine]) -> dict[str, tuple[str, ...]]:
    """Heading → the subheadings holding lines of its parts: a parts line counts for its own heading, for every
    heading it cites and for the headings of its chapter without parts lines of their own whose lines name the
    goods it names (heating resistors of 8516 have their parts in 8516.90, not in the resistors' 8533.90)."""
    lines = list(lines)
    own = {ln.hs6[:4] for ln in lines if is_parts_wording(ln.name_zh)}
    goods_lines: dict[str, list[TariffLine]] = defaultdict(list)
    for ln in lines:
        if ln.hs6[:4] not in own:
            goods_lines[ln.hs6[:2]].append(ln)
    found: dict[str, set[str]] = defaultdict(set)
    for ln in lines:
        if is_parts_wording(ln.name_zh):
            for heading in {ln.hs6[:4]} | cited_headings(ln.name_zh) | _naming_headings(ln, goods_lines):
                found[heading].add(ln.hs6)
    return {h: tuple(sorted(s)) for h, s in found.items()}


def _naming_headings(line: TariffLine, goods_lines: dict[str, list[TariffLine]]) -> set[str]:
    """The other headings of a parts line's chapter whose lines name the goods it names (see :func:`named_goods`),
    where few enough do (:data:`MAX_NAMED_HEADINGS`)."""
    names = named_goods(line.name_zh)
    if not names:
        return set()
    out: set[str] = set()
    for name in names:
        headings = {g.hs6[:4] for g in goods_lines[line.hs6[:2]] if name in g.name_zh} - {line.hs6[:4]}
        if len(headings) <= MAX_NAMED_HEADINGS:
            out |= headings
    return out
