"""Where the parts subheadings of named goods go among the subheadings a Chinese name found: first for a name asking
for the goods' parts (空调配件), among the first for a name of a component of the goods (挖掘机履带板); and how much
the head of a Chinese name counts."""

from __future__ import annotations

from desktop.core.hsearch import parts, sources
from desktop.core.hsearch.index import Group, Hit, Index
from desktop.core.hsearch.sources import Text
from desktop.core.hsearch.text import features, has_han
from desktop.core.hsearch.zh import name_head, text_head

#: How much more the head of a Chinese goods name counts (its last characters: 棒球帽 is a 帽, 不锈钢锅 a 锅).
HEAD_WEIGHT = 2.0


def head_weights(text: str) -> dict[str, float]:
    """The features of the head of a Chinese goods name (the last character and character pair of the name before
    its specs, see :func:`zh.name_head`), weighed more. English and Vietnamese names get none: their first or last
    word is too often "machine" or "set"."""
    run = name_head(text)
    if not run:
        return {}
    heads = {"c:" + run[-1]} | ({"b:" + run[-2:]} if len(run) > 1 else set())
    return {f: HEAD_WEIGHT for f in heads}


def parts_first(ix: Index, whole: str, found: list[Group]) -> list[Group]:
    """The groups of a query asking for the parts of ``whole`` (see :mod:`parts`) with the parts subheadings of
    the heading ``whole`` itself is found under first (at most :data:`parts.MAX_PARTS`, after a first group that
    is a parts subheading naming the goods already: 摩托车零件 is the motorcycle's own parts line, not the
    bicycle's). A query
    whose goods no text names as goods promotes nothing."""
    heading = _whole_heading(ix, whole)
    linked = ix.parts_by_heading.get(heading, ()) if heading else ()
    if not linked:
        return found
    by_hs6 = {g.hs6: g for g in found}
    named = {f for f in features(whole) if f[0] in "bw"}  # a first parts line kept names the goods: 电梯配件
    # keeps no computer parts (电脑配件) first
    keep = found[:1] if found and found[0].hs6 in ix.parts_subheadings and any(
        h.matched & named for h in found[0].hits.values()
    ) else []
    first = sorted((by_hs6[h] for h in linked if h in by_hs6), key=lambda g: -g.score)
    first += [_parts_group(ix, h, whole) for h in linked if h not in by_hs6]
    first = [g for g in first if g not in keep][: parts.MAX_PARTS]
    return keep + first + [g for g in found if g not in keep and g not in first]


#: How many of the best subheadings found for the goods of a parts query may tell the goods' heading.
WHOLE_DEPTH = 5


def _whole_heading(ix: Index, whole: str) -> str:
    """The heading of the goods a parts query names: that of the best of the first :data:`WHOLE_DEPTH`
    subheadings found for them whose Chinese text ends its head as they end (汽车 is the 小客车 of 8703, not
    the "汽车用收录（放）音组合机" or the 汽车收音机 of 8527, which only say what the radio is for); "" when none
    does."""
    last = whole[-1]
    for group in ix.groups(features(whole), None, head_weights(whole))[:WHOLE_DEPTH]:
        if any(
            text_head(hit.text.text).strip().endswith(last)
            for hit in group.hits.values() if has_han(hit.text.text)
        ):
            return group.hs6[:4]
    return ""


#: The lengths of the goods a Chinese name of a component may start with (汽车, 摩托车, 挖掘机), longest first.
GOODS_PREFIX = (3, 2)
#: Where a parts subheading of those goods is put among the groups when it is found further down (0-based).
COMPONENT_RANK = 2


def component_of_goods(ix: Index, text: str, found: list[Group]) -> list[Group]:
    """A Chinese name of a component of named goods (摩托车轮辋, 挖掘机斗齿: the goods, then a part of them)
    lists the best parts subheading of the goods' heading it found among the first
    (:data:`COMPONENT_RANK`): the tariff often words such parts only as the goods' 零件."""
    run = name_head(text)
    for k in GOODS_PREFIX:
        if len(run) - k < 2:
            continue
        heading = _whole_heading(ix, run[:k])
        ordered = ix.parts_by_heading.get(heading, ()) if heading else ()
        linked = set(ordered)
        if not linked:
            continue
        at = next((i for i, g in enumerate(found) if g.hs6 in linked), None)
        if at is None:  # the words found none of the goods' parts lines (电梯导轨: 导轨 is no tariff word)
            return [*found[:COMPONENT_RANK], _parts_group(ix, ordered[0], text), *found[COMPONENT_RANK:]]
        if at <= COMPONENT_RANK:
            return found
        return [*found[:COMPONENT_RANK], found[at], *found[COMPONENT_RANK:at], *found[at + 1 :]]
    return found


def _parts_group(ix: Index, hs6: str, whole: str) -> Group:
    """A parts subheading the query's words did not find: its first parts line is the reason."""
    line = next(ln for ln in ix.lines_by_hs6[hs6] if parts.is_parts_wording(ln.name_zh))
    text = Text(sources.CN_ZH, hs6, line.code8, line.name_zh)
    return Group(hs6, {sources.CN_ZH: Hit(text, 0.0, frozenset(features(whole) & features(line.name_zh)))})
