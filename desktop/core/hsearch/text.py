"""Text features for the HS search: Chinese character n-grams, Vietnamese folded syllables, English stems.

Every text (a query or a tariff line) becomes a set of features in one space, so a Chinese query meets Chinese
names, a Vietnamese query with or without diacritics meets the Vietnamese tariff, and "computers" meets
"computer". Features: ``c:`` one Han character, ``b:`` two adjacent Han characters, ``w:`` a Latin word (folded
to ASCII, English-stemmed), ``p:`` two adjacent Latin words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[^\W\d_]+|\d+")
_stemmer = snowballstemmer.stemmer("english")

#: Words that say nothing about the goods (English and Vietnamese, folded). Kept small: IDF handles the rest.
STOP = frozenset((
    "a", "an", "and", "or", "of", "the", "for", "with", "without", "by", "in", "on", "to", "from", "other", "than",
    "not", "its", "their", "as", "whether", "nes", "nesoi", "including", "excluding", "etc", "kind", "kinds", "type",
    "va", "hoac", "cua", "cac", "cho", "bang", "voi", "loai", "khac", "tu", "den", "la", "mot", "nhung", "duoc",
    "trong", "tren", "co", "khong", "da",
))
#: Han characters too common in tariff wording to mean anything alone (the bigrams still count).
HAN_STOP = frozenset("的及或其他用品制未列名以上下非含有等与和为")


def fold(text: str) -> str:
    """Lower case without diacritics: "Sầu riêng Tươi" → "sau rieng tuoi" (đ → d); Han characters stay."""
    text = unicodedata.normalize("NFKC", text).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return str(_stemmer.stemWord(word)) if word.isascii() and word.isalpha() else word


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None


def features(text: str) -> set[str]:
    """The feature set of ``text`` (see the module docstring)."""
    folded = fold(text)
    out: set[str] = set()
    for run in _HAN.findall(folded):
        for k, ch in enumerate(run):
            if ch not in HAN_STOP:
                out.add("c:" + ch)
            if k + 1 < len(run):
                out.add("b:" + run[k : k + 2])
    for chunk in _HAN.split(folded):
        previous = ""
        for word in _LATIN.findall(chunk):
            if word in STOP or not word.isalpha():
                previous = ""  # numbers and stop words break a pair: "150 cc" says nothing as a phrase
                continue
            w = stem(word)
            out.add("w:" + w)
            if previous:
                out.add("p:" + previous + "_" + w)
            previous = w
    return out


def words_of(feature_set: set[str]) -> list[str]:
    """The readable part of the features that carry meaning alone (for "why it matched")."""
    return sorted(f[2:] for f in feature_set if f[0] in "bw")
