"""Text features for the HS search: Chinese character n-grams, Vietnamese folded syllables, English stems.

Every text (a query or a tariff line) becomes a set of features in one space, so a Chinese query meets Chinese
names, a Vietnamese query with or without diacritics meets the Vietnamese tariff, and "computers" meets
"computer". Features: ``c:`` one Han character, ``b:`` two adjacent Han characters, ``w:`` a Latin word (folded
to ASCII, English-stemmed), ``p:`` two adjacent Latin words, ``v:`` a Vietnamese word as written (diacritics
kept: "giày" and "giấy" share ``w:giay`` but not ``v:``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from desktop.core.hsearch import vitext
from desktop.core.resources import csv_rows

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[^\W\d_]+|\d+")
_stemmer = snowballstemmer.stemmer("english")

#: English words that say nothing about the goods. Kept small: IDF handles the rest.
EN_STOP = frozenset((
    "a", "an", "and", "or", "of", "the", "for", "with", "without", "by", "in", "on", "to", "from", "other", "than",
    "not", "its", "their", "as", "whether", "nes", "nesoi", "including", "excluding", "etc", "kind", "kinds", "type",
))
#: Stop words of a text whose language is not known: the English ones and the Vietnamese ones folded.
STOP = EN_STOP | {vitext.fold_word(w) for w in vitext.STOP}
#: Han characters too common in tariff wording to mean anything alone (the bigrams still count).
HAN_STOP = frozenset("的及或其他用品制未列名以上下非含有等与和为")


@lru_cache(maxsize=1)
def _han_variants() -> dict[int, str]:
    """Han characters written two ways, as the tariff writes them (resources/hs-synonyms/zh_variants.csv): 菜籽油
    is the tariff's 菜子油."""
    return {ord(r["variant"]): r["tariff"] for r in csv_rows("hs-synonyms", "zh_variants.csv")}


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


def features(text: str, lang: str = "") -> set[str]:
    """The feature set of ``text`` (see the module docstring). ``lang`` is the language of its Latin words: "vi"
    drops Vietnamese stop words as written (đến, not đèn) and keeps "in" (print), and adds ``v:`` features, the
    words as written with diacritics; "en" drops English stop words; "" (unknown) drops both, folded."""
    folded = fold(text)
    out: set[str] = set()
    variants = _han_variants()
    for run in _HAN.findall(folded):
        run = run.translate(variants)
        for k, ch in enumerate(run):
            if ch not in HAN_STOP:
                out.add("c:" + ch)
            if k + 1 < len(run):
                out.add("b:" + run[k : k + 2])
    written = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", text).lower())
    if lang == "vi":
        written = vitext.as_tariff_writes(written)
    typed_bare = lang == "vi" and not vitext.has_diacritics(written)
    for chunk in _HAN.split(written):
        previous = ""
        for token in _LATIN.findall(chunk):
            word = _fold_word(token)
            if not word.isalpha() or _stop(token, word, lang, typed_bare):
                previous = ""  # numbers and stop words break a pair: "150 cc" says nothing as a phrase
                continue
            w = stem(word)
            out.add("w:" + w)
            if lang == "vi" and token != word:
                out.add("v:" + token)
            if previous:
                out.add("p:" + previous + "_" + w)
            previous = w
    return out


@lru_cache(maxsize=65536)
def _fold_word(token: str) -> str:
    return fold(token)


def _stop(token: str, word: str, lang: str, typed_bare: bool) -> bool:
    if lang == "vi":
        return token in vitext.STOP or (typed_bare and word in vitext.FOLDED_STOP)
    if lang == "en":
        return word in EN_STOP
    return word in STOP


def words_of(feature_set: set[str]) -> list[str]:
    """The readable part of the features that carry meaning alone (for "why it matched")."""
    return sorted(f[2:] for f in feature_set if f[0] in "bw")
