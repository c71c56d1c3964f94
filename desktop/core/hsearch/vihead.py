"""The head of a Vietnamese goods name as the data knows it, and the subheadings that share nothing with it.

A Vietnamese name puts what the goods are first and what they are for, of or like after it: "Laptop văn phòng 14
inch" is a laptop, "Dao nhà bếp" a knife, "Cát xây dựng" sand. The shared words of a query and a text cannot see
which part decides, so the office supplies and furniture of "văn phòng" came before the laptops. The head is the
name's first word, or its first two where the Vietnamese texts write them together ("máy bơm", "hạt giống", "bàn
chải", while no text writes "laptop văn" or "dao nhà"); a subheading none of whose matched texts shares the head
(its words, or its English from the word list) counts less, as :mod:`zhhead` does for a Chinese name. A first word
that begins the heads of very many texts ("bộ", "máy": a set, a machine) says too little to decide.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from desktop.core.hsearch import vitext
from desktop.core.hsearch.index import Group, Index
from desktop.core.hsearch.text import features

#: How much a subheading counts when none of its matched texts shares the head of the name.
OFF_HEAD = 0.6
#: Two first words are the head when the Vietnamese texts write them next to each other at least this often.
MIN_PAIR = 1
#: A single first word begins the heads of at most this many Vietnamese texts to be a head that decides.
MAX_SINGLE = 400
#: A name of fewer words is often one word of the language ("kem đánh răng" is toothpaste, "son môi" lipstick).
MIN_WORDS = 3
#: The head decides only when one of this many best subheadings shares it.
LOOK = 20


@lru_cache(maxsize=2)
def first_words(ix: Index) -> Counter[str]:
    """How many Vietnamese texts begin their head with each word (as written, lower case)."""
    counts: Counter[str] = Counter()
    for t in ix.texts:
        if t.lang == "vi" and vitext.has_diacritics(t.text):
            seq = vitext.words(vitext.head(t.text))
            if seq:
                counts[seq[0]] += 1
    return counts


def known_head(ix: Index, text: str) -> str:
    """The head of a Vietnamese name (with its diacritics, see the module docstring): "Laptop văn phòng 14 inch"
    → "laptop", "Hạt giống rau cải" → "hạt giống"; "" when the name is its head, its first word says too little or
    only counts what follows ("quả", "trái": "trái cây" is fruit, "quả bóng" a ball)."""
    seq = vitext.words(text)
    if len(seq) < MIN_WORDS or seq[0] in vitext.CLASSIFIERS:
        return ""
    if ix.readings.bigram[(seq[0], seq[1])] >= MIN_PAIR:
        return "" if len(seq) <= MIN_WORDS else f"{seq[0]} {seq[1]}"
    return seq[0] if first_words(ix)[seq[0]] <= MAX_SINGLE else ""


def head_decides(ix: Index, text: str, found: list[Group]) -> list[Group]:
    """The groups found for a Vietnamese name, those none of whose matched texts shares its head counting
    :data:`OFF_HEAD`; unchanged when the name has no head that decides or none of the first :data:`LOOK` groups
    shares it."""
    head = known_head(ix, text)
    if not head:
        return found
    said = features(head, "vi")
    pairs = {f for f in said if f[0] == "p"}
    wanted = pairs or {f for f in said if f[0] == "v"} or said
    english = ix.lexicon.translate(head)
    if english:
        wanted |= features(english, "en")

    def shares(group: Group) -> bool:
        return any(hit.matched & wanted for hit in group.hits.values())

    if not any(shares(g) for g in found[:LOOK]):
        return found
    scored = [g if shares(g) else Group(g.hs6, g.hits, g.score * OFF_HEAD) for g in found]
    return sorted(scored, key=lambda g: (-g.score, g.hs6))
