"""Word-level bridge from everyday Vietnamese, Chinese and English words into the English wording of HS 2022 and
the Chinese tariff.

The Vietnamese tariff has no heading texts (thousands of its lines read just "Loại khác"), so "tỏi tươi" finds
nothing there; translated word by word ("garlic fresh") it meets "Vegetables, alliaceous; garlic, fresh or
chilled". An English "laptop" becomes "portable automatic data processing machines" the same way. The words live
in resources/hs-synonyms/lexicon.csv, each with its source.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable

from desktop.core.hsearch.text import fold, stem
from desktop.core.resources import open_text

_SYLLABLE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+[a-z]\w*", re.IGNORECASE)
_HAN = re.compile(r"[\u3400-\u9fff]")
MAX_SYLLABLES = 4
MAX_HAN = 4
#: A Chinese name is translated only when the word list knows at least this share of its Han characters.
MIN_HAN_COVERED = 0.5
#: ... and one of the last two Han characters of its name, its head (what the goods are: "不锈钢指甲剪" translated as
#: "stainless steel" would find stainless-steel wire and scrap, never a nail clipper; 鲜大蒜头 is known by 蒜).
HEAD_KNOWN = True
#: Of a Vietnamese name's first words (where it says what the goods are), those the lexicon does not know stay in
#: its English, so the English texts miss them as the Vietnamese texts would: "lon đựng trà" (a tea can) is
#: "lon đựng tea", not "tea". Later words the lexicon does not know (models, brands, sizes) are left out.
KEEP_FIRST = 3


def _english_key(words: list[str]) -> str:
    return " ".join(stem(w) for w in words)


class Lexicon:
    def __init__(self) -> None:
        self.vi_exact: dict[str, str] = {}
        self.vi_folded: dict[str, str] = {}
        self.zh: dict[str, str] = {}
        self.en: dict[str, str] = {}
        with open_text("hs-synonyms", "lexicon.csv", newline="") as f:
            for row in csv.DictReader(f):
                term, en = row["term"].strip(), row["en"].strip()
                if row["lang"] == "zh_CN":
                    self.zh[term] = en
                elif row["lang"] == "vi":
                    self.vi_exact[term.lower()] = en
                    # typed without diacritics, a word reads as its first row ("may" is máy, not mây)
                    self.vi_folded.setdefault(fold(term), en)
                elif row["lang"] == "en":
                    self.en[_english_key(term.lower().split())] = en

    def vietnamese_terms(self) -> list[str]:
        """The Vietnamese words and phrases of the word list, as written."""
        return list(self.vi_exact)

    def translate(
        self, text: str, english: bool = False, known: Callable[[str], bool] = lambda w: False, keep: bool = False
    ) -> str:
        """Tariff English for the words of ``text`` the lexicon knows ("" if none): Chinese when it has Han
        characters, else English when ``english`` (the user types English), else Vietnamese, whose queries
        often hold English words too ("laptop", "LED"). An English phrase all of whose words the tariff wording
        knows (``known``: a stemmed word) is left as typed: "table" needs no help, "laptop" does. ``keep``
        keeps the unknown words among a Vietnamese text's first :data:`KEEP_FIRST` (see there)."""
        if _HAN.search(text):
            return self._chinese(text)
        if english:
            return self._english(text, known)
        return self._vietnamese(text, keep)

    def _english(self, text: str, known: Callable[[str], bool]) -> str:
        words = _SYLLABLE.findall(text.lower())
        out: list[str] = []
        k = 0
        while k < len(words):
            for n in range(min(MAX_SYLLABLES, len(words) - k), 0, -1):
                phrase = words[k : k + n]
                en = self.en.get(_english_key(phrase))
                if en is not None and not all(known(stem(w)) for w in phrase):
                    out.append(en)
                    k += n
                    break
            else:  # a word the lexicon does not know stays: the English texts may well have it
                out.append(words[k])
                k += 1
        return " ".join(out) if len(out) < len(words) or out != words else ""

    def _vietnamese(self, text: str, keep: bool = False) -> str:
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
                if en is None and phrase.isascii():
                    en = self.en.get(_english_key(words[k : k + n]))
                if en is not None:
                    out.append(en)
                    k += n
                    break
            else:
                if keep and k < KEEP_FIRST:
                    out.append(words[k])
                k += 1
        return " ".join(out)

    def _chinese(self, text: str) -> str:
        out: list[str] = []
        covered = 0
        k = 0
        last = _last_han(text)  # the head is known when one of its last two characters is
        head_known = last < 1
        while k < len(text):
            for n in range(min(MAX_HAN, len(text) - k), 0, -1):
                en = self.zh.get(text[k : k + n])
                if en is not None:
                    out.append(en)
                    covered += n
                    head_known = head_known or (k <= last < k + n) or (k <= last - 1 < k + n)
                    k += n
                    break
            else:
                if text[k].isascii() and text[k].isalnum():  # a Latin word inside Chinese: "LED吊灯", "USB数据线"
                    m = re.match(r"[A-Za-z][A-Za-z0-9-]*", text[k:])
                    if m:
                        en = self.en.get(_english_key([m.group(0).lower()]))
                        if en is not None:
                            out.append(en)
                        k += len(m.group(0))
                        continue
                k += 1
        if covered < MIN_HAN_COVERED * len(_HAN.findall(text)) or (HEAD_KNOWN and not head_known):
            return ""  # 收银机 is no "machines": a word or two of a name the list does not know say nothing alone
        return " ".join(out)


def _last_han(text: str) -> int:
    """Where the last Han character of the name before its specs is (-1 for none): the head of a Chinese name."""
    from desktop.core.hsearch.zh import name_head

    head = name_head(text)
    return text.rfind(head) + len(head) - 1 if head else -1
