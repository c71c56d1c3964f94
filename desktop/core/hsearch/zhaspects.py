"""The material and the use a Chinese goods name says (不锈钢, 竹, 玻璃; 建筑用, 汽车), and the subheadings whose own
tariff wording says another.

The tariff splits goods by what they are made of and what they are for: a door handle of a building is 8302.41,
of a car 8302.30; a glass tea table is furniture of other materials (9403.89), never wooden furniture (9403.60). The
shared characters of a query and a line (把手, 茶几) cannot see that, so a subheading all of whose lines name a
material (or a use) the query's does not allow counts less, and one whose line names the query's counts a little
more. The words and what they stand for are resources/hs-synonyms/zh_aspects.csv: an aspect is a path
("material/金属/贱金属/钢铁/不锈钢"), and two agree when one is the other or lies under it (不锈钢 is 钢铁 is 贱金属).
Words that only look like one (木耳, 铁观音, 螺丝, 钢化) are in zh_aspects_not.csv and say nothing. A line that names no
material has its chapter's (zh_aspects_chapters.csv: chapter 73 is articles of iron or steel, 82 of base metal), and
a wooden line of chapter 44 is bamboo too (its note 6), so 竹制衣架 is 木制衣架 (4421.10) but no wooden furniture.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.core.hsearch.index import Group, Index
from desktop.core.resources import csv_rows

#: How much a subheading counts when every one of its lines names a material or use the query's does not allow.
CONFLICT = 0.7
#: ... and when one of its lines names the query's own (or a wider one: 不锈钢 and 钢铁).
AGREE = 1.15
#: The longest word of either list.
_MAX_TERM = 5


@lru_cache(maxsize=1)
def _terms() -> dict[str, str]:
    """Word → aspect path, and word → "" for the words that only look like one."""
    out = {r["term"].strip(): r["aspect"].strip() for r in csv_rows("hs-synonyms", "zh_aspects.csv")}
    out.update((r["term"].strip(), "") for r in csv_rows("hs-synonyms", "zh_aspects_not.csv"))
    return out


def aspects(text: str) -> frozenset[str]:
    """The aspect paths a Chinese text says, reading its words longest first from the left: "不锈钢汤勺" →
    {material/金属/贱金属/钢铁/不锈钢}, "汽车门把手" → {use/车辆/汽车}, "干木耳" → {}."""
    terms = _terms()
    out: set[str] = set()
    k = 0
    while k < len(text):
        for n in range(min(_MAX_TERM, len(text) - k), 0, -1):
            path = terms.get(text[k : k + n])
            if path is not None:
                if path:
                    out.add(path)
                k += n
                break
        else:
            k += 1
    return frozenset(out)


def without_use(text: str) -> str:
    """A Chinese name without the words that say what its goods are for ("橡胶汽车脚垫" → "橡胶脚垫", "自行车车铃" →
    "车铃"); "" when it says no use or fewer than two characters would be left."""
    terms = _terms()
    kept: list[str] = []
    dropped = False
    k = 0
    while k < len(text):
        for n in range(min(_MAX_TERM, len(text) - k), 0, -1):
            path = terms.get(text[k : k + n])
            if path is not None:
                if path and _kind(path) == "use":
                    dropped = True
                else:
                    kept.append(text[k : k + n])
                k += n
                break
        else:
            kept.append(text[k])
            k += 1
    rest = "".join(kept)
    return rest if dropped and len(rest.strip()) >= 2 else ""


def _kind(path: str) -> str:
    return path.split("/", 1)[0]


def _agree(a: str, b: str) -> bool:
    return a == b or a.startswith(b + "/") or b.startswith(a + "/")


_line_aspects: dict[str, tuple[frozenset[str], ...]] = {}


@lru_cache(maxsize=1)
def _chapters() -> dict[str, frozenset[str]]:
    """Chapter → the materials its every line is made of, unless the line says otherwise."""
    out: dict[str, set[str]] = {}
    for r in csv_rows("hs-synonyms", "zh_aspects_chapters.csv"):
        out.setdefault(r["chapter"].strip(), set()).add(r["aspect"].strip())
    return {k: frozenset(v) for k, v in out.items()}


def line_aspects(code8: str, name_zh: str) -> frozenset[str]:
    """The aspects of a tariff line: its wording's, with its chapter's material where the wording names none."""
    own = aspects(name_zh)
    chapter = _chapters().get(code8[:2], frozenset())
    materials = {p for p in own if _kind(p) == "material"}
    if not materials:
        return own | chapter
    if any(_agree(p, c) for p in materials for c in chapter):  # 木制 in chapter 44 is bamboo as well
        return own | chapter
    return own


def _subheading_aspects(ix: Index, hs6: str) -> tuple[frozenset[str], ...]:
    """The aspects of each Chinese tariff line of a subheading."""
    found = _line_aspects.get(hs6)
    if found is None:
        lines = ix.lines_by_hs6.get(hs6, ())
        found = _line_aspects[hs6] = tuple(line_aspects(ln.code8, ln.name_zh) for ln in lines)
    return found


def factor(wanted: frozenset[str], lines: tuple[frozenset[str], ...]) -> float:
    """How much a subheading whose lines say ``lines`` counts for a query saying ``wanted``: :data:`CONFLICT`
    per kind (material, use) where every line names one of that kind and none agrees with the query's, :data:`AGREE`
    per kind where a line agrees, else 1."""
    out = 1.0
    for kind in {_kind(p) for p in wanted}:
        mine = [p for p in wanted if _kind(p) == kind]
        named = [[p for p in line if _kind(p) == kind] for line in lines]
        if any(any(_agree(p, q) for p in mine for q in line) for line in named):
            out *= AGREE
        elif named and all(named):
            out *= CONFLICT
    return out


def rerank(ix: Index, text: str, found: list[Group]) -> list[Group]:
    """The groups found for a Chinese name, each scored by how its lines' material and use agree with the name's
    (see :func:`factor`), best first; unchanged when the name says neither."""
    wanted = aspects(text)
    if not wanted:
        return found
    scored = [Group(g.hs6, g.hits, g.score * factor(wanted, _subheading_aspects(ix, g.hs6))) for g in found]
    return sorted(scored, key=lambda g: (-g.score, g.hs6))
