"""Word-level bridge from Vietnamese and Chinese into the English wording of HS 2022 and the Chinese tariff.

The Vietnamese tariff has no heading texts (thousands of its lines read just "Loại khác"), so "tỏi tươi" finds
nothing there; translated word by word ("garlic fresh") it meets "Vegetables, alliaceous; garlic, fresh or
chilled". The words live in resources/hs-synonyms/lexicon.csv, each with its source.
"""

from __future__ import annotations

import csv
import re

from desktop.core.hsearch.text import fold
from desktop.core.resources import resource_path

_SYLLABLE = re.compile(r"[^\W\d_]+")
_HAN = re.compile(r"[\u3400-\u9fff]")
MAX_SYLLABLES = 4
MAX_HAN = 4


class Lexicon:
    def __init__(self) -> None:
        self.vi_exact: dict[str, str] = {}
        self.vi_folded: dict[str, str] = {}
        self.zh: dict[str, str] = {}
        with resource_path("hs-synonyms", "lexicon.csv").open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                term, en = row["term"].strip(), row["en"].strip()
                if row["lang"] == "zh_CN":
                    self.zh[term] = en
                elif row["lang"] == "vi":
                    self.vi_exact[term.lower()] = en
                    key = fold(term)
                    self.vi_folded[key] = f"{self.vi_folded[key]} {en}" if key in self.vi_folded else en

    def translate(self, text: str) -> str:
        """English words for the Vietnamese or Chinese words of ``text`` that the lexicon knows; "" if none."""
        if _HAN.search(text):
            return self._chinese(text)
        return self._vietnamese(text)

    def _vietnamese(self, text: str) -> str:
        words = _SYLLABLE.findall(text.lower())
        diacritics = fold(text) != text.lower()
        out: list[str] = []
        k = 0
        while k < len(words):
            for n in range(min(MAX_SYLLABLES, len(words) - k), 0, -1):
                phrase = " ".join(words[k : k + n])
                en = self.vi_exact.get(phrase) if diacritics else None
                if en is None and not diacritics:
                    en = self.vi_folded.get(fold(phrase))
                if en is not None:
                    out.append(en)
                    k += n
                    break
            else:
                k += 1
        return " ".join(out)

    def _chinese(self, text: str) -> str:
        out: list[str] = []
        k = 0
        while k < len(text):
            for n in range(min(MAX_HAN, len(text) - k), 0, -1):
                en = self.zh.get(text[k : k + n])
                if en is not None:
                    out.append(en)
                    k += n
                    break
            else:
                k += 1
        return " ".join(out)
