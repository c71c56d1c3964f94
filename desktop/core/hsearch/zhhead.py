"""The head of a Chinese goods name as the data knows it, and the subheadings that share nothing with it.

A Chinese name ends with what the goods are and puts what they are for, of or made of first: 摩托车尾灯 is a lamp
(灯) for a motorcycle, 自行车车铃 a bell, 铝合金窗框 a frame. The shared characters of a query and a text cannot see
which part decides, so the motorcycle's own subheadings (8711) came before vehicle lighting (8512.20). The head is
the longest ending of the name the data knows as a word (a Chinese term of the synonym file or the word list, the
end of a phrase of the tariff's wording, or a single character that ends few of them); a subheading none of whose
matched texts shares the head, its English or the tariff's word for its kind (zh.head_class) counts less. A head
that only says the form of a material (颗粒, 树脂, 粉, 板: resources/hs-synonyms/zh_forms.csv) says nothing of the
goods: the material does (聚氯乙烯树脂 is polyvinyl chloride).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.hsearch import sources
from desktop.core.hsearch.index import Group, Index
from desktop.core.hsearch.text import features, has_han
from desktop.core.hsearch.zh import head_class, name_head
from desktop.core.resources import csv_rows

#: How much a subheading counts when none of its matched texts shares the head of the name.
OFF_HEAD = 0.6
#: A single character is a head only when at most this many phrases of the tariff's wording end with it (灯, 铃,
#: 梳 do; 机, 器, 件, 车 end hundreds and say little alone).
MAX_SINGLE_ENDS = 40
#: The longest ending of a tariff phrase kept as a known word.
MAX_WORD = 6
#: The head decides only when one of this many best subheadings shares it.
LOOK = 20
_BRACKETS = re.compile(r"[（(][^（()）]*[)）]")
_PHRASE_END = re.compile(r"[、，,；;：:。的用及或和与等\s]")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The words a head may be: whole terms, endings of the tariff's phrases, and how many phrases end with each
    character."""

    terms: frozenset[str]
    endings: frozenset[str]
    single_ends: Counter[str]
    #: The tariff's phrases of two to :data:`MAX_WORD` characters, whole.
    phrases: frozenset[str] = frozenset()


@lru_cache(maxsize=2)
def vocabulary(ix: Index) -> Vocabulary:
    """The Chinese words of ``ix``: its synonym and word-list terms and the endings of its tariff phrases."""
    terms = {t.text for t in ix.texts if t.source == sources.SYNONYM and has_han(t.text)} | set(ix.lexicon.zh)
    endings: set[str] = set()
    phrases: set[str] = set()
    single: Counter[str] = Counter()
    for line in ix.lines:
        for phrase in _PHRASE_END.split(_BRACKETS.sub("", line.name_zh)):
            if phrase:
                single[phrase[-1]] += 1
                endings.update(phrase[-n:] for n in range(2, min(len(phrase), MAX_WORD) + 1))
                if 1 < len(phrase) <= MAX_WORD:
                    phrases.add(phrase)
    return Vocabulary(frozenset(terms), frozenset(endings), single, frozenset(phrases))


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    return frozenset(r["term"].strip() for r in csv_rows("hs-synonyms", "zh_forms.csv"))


def known_head(ix: Index, text: str) -> str:
    """The longest ending of the head of a Chinese name (zh.name_head) shorter than it that the data knows as a
    word: "摩托车尾灯" → "灯", "橡胶汽车脚垫" → "脚垫", "陶瓷水果刀" → "水果刀"; "" when the whole name is a known
    term or no ending is known."""
    run = name_head(text)
    words = vocabulary(ix)
    if not run or run in words.terms:
        return ""
    for start in word_starts(words, run)[1:]:
        ending = run[start:]
        if len(ending) > 1:
            if ending in words.terms or ending in words.endings:
                return ending
        elif ending in words.terms or 0 < words.single_ends[ending] <= MAX_SINGLE_ENDS:
            return ending
    return ""


def word_starts(words: Vocabulary, run: str) -> list[int]:
    """Where the words of a Han run start, cut from its end (where a Chinese name says what the goods are) at the
    longest word the data knows (a term or a whole phrase of the tariff's wording), else at one character:
    "生物柴油" is one word (the tariff's 生物柴油及其混合物), so its head is not "物柴油", which starts inside it;
    "汽车门把手" is 汽车, 门把手; "摩托车尾灯" is 摩托车, 尾, 灯."""
    starts: list[int] = []
    end = len(run)
    while end > 0:
        for n in range(min(end, MAX_WORD), 1, -1):
            piece = run[end - n : end]
            if piece in words.terms or piece in words.phrases:
                end -= n
                break
        else:
            end -= 1
        starts.append(end)
    return starts[::-1]


def head_untranslated(ix: Index, text: str) -> bool:
    """Whether the head of a Chinese name is one word the data knows (see :func:`word_starts`) of which the word list
    knows only an inside: a translation would read that inside alone ("生物柴油" as the 柴油 in it, "diesel", which
    finds diesel engines, not biodiesel), while the Chinese texts have the word whole."""
    run = name_head(text)
    if len(run) < 3 or word_starts(vocabulary(ix), run) != [0]:
        return False
    known = ix.lexicon.zh
    return not any(run[:n] in known for n in range(1, len(run) + 1))


def head_decides(ix: Index, text: str, found: list[Group]) -> list[Group]:
    """The groups found for a Chinese name, those none of whose matched texts shares its head counting
    :data:`OFF_HEAD` (see the module docstring); unchanged when the name has no known head shorter than it, the
    head is a form word, or none of the first :data:`LOOK` groups shares it."""
    head = known_head(ix, text)
    if not head or head in _forms():
        return found
    wanted = features(head) | features(head_class(text))
    english = ix.lexicon.translate(head)
    if english:
        wanted |= features(english)

    def shares(group: Group) -> bool:
        return any(hit.matched & wanted for hit in group.hits.values())

    if not any(shares(g) for g in found[:LOOK]):
        return found
    scored = [g if shares(g) else Group(g.hs6, g.hits, g.score * OFF_HEAD) for g in found]
    return sorted(scored, key=lambda g: (-g.score, g.hs6))
