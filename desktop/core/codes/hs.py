"""HS 2022 nomenclature (6-digit, English): existence checks and a ranked text search for the HS lookup."""

from __future__ import annotations

import bisect
import csv
import re
import threading
from dataclasses import dataclass

from desktop.core.resources import open_text

_lock = threading.Lock()
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class HsEntry:
    code: str  # 2, 4 or 6 digits
    description: str
    level: int  # 2 chapter, 4 heading, 6 subheading
    parent: str


class _Nomenclature:
    def __init__(self) -> None:
        self.entries: dict[str, HsEntry] = {}
        self.subheadings: frozenset[str] = frozenset()
        self.ordered: list[HsEntry] = []
        self.lowered: list[str] = []
        with open_text("hs2022", "harmonized-system.csv", encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                code = row["hscode"].strip()
                if not code.isdigit() or row["section"].strip() == "TOTAL":
                    continue  # chapter 99 "not specified according to kind" is a statistics bucket, not HS
                entry = HsEntry(code, row["description"].strip(), int(row["level"]), row["parent"].strip())
                self.entries[code] = entry
                self.ordered.append(entry)
        self.subheadings = frozenset(c for c, e in self.entries.items() if e.level == 6)
        self.lowered = [e.description.lower() for e in self.ordered]
        # one text with every description, to find the candidates of a word with str.find instead of a loop
        self.blob = "\n".join(self.lowered)
        self.starts: list[int] = []
        offset = 0
        for low in self.lowered:
            self.starts.append(offset)
            offset += len(low) + 1

    def candidates(self, word: str) -> list[int]:
        """Indices of the descriptions that contain ``word``, in order."""
        found: list[int] = []
        pos = self.blob.find(word)
        while pos >= 0:
            index = bisect.bisect_right(self.starts, pos) - 1
            found.append(index)
            next_start = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.blob)
            pos = self.blob.find(word, next_start)
        return found


_nomenclature: _Nomenclature | None = None


def _data() -> _Nomenclature:
    global _nomenclature
    if _nomenclature is None:
        with _lock:
            if _nomenclature is None:
                _nomenclature = _Nomenclature()
    return _nomenclature


def subheadings() -> frozenset[str]:
    """Every 6-digit HS 2022 subheading."""
    return _data().subheadings


def exists(six: str) -> bool:
    """Whether the first 6 digits of ``six`` are an HS 2022 subheading."""
    return six[:6] in _data().subheadings if len(six) >= 6 else False


def get(code: str) -> HsEntry | None:
    """The entry for a 2-, 4- or 6-digit code (a 10-digit code gives its 6-digit subheading)."""
    code = code.strip()
    data = _data()
    if len(code) > 6 and code.isdigit():
        code = code[:6]
    return data.entries.get(code)


def description(code: str) -> str:
    """The English description of the subheading, heading or chapter of ``code``; empty when unknown."""
    entry = get(code)
    return entry.description if entry is not None else ""


def search(text: str, limit: int = 20) -> list[HsEntry]:
    """Entries whose code starts with ``text`` (digits) or whose description holds every word, best first.

    Ranking: code prefix (shorter codes first), then descriptions where the words start the text, then others;
    subheadings before headings before chapters among equal matches.
    """
    query = text.strip().lower().replace(".", "")
    if not query:
        return []
    data = _data()
    if query.isdigit():
        hits = [e for e in data.ordered if e.code.startswith(query[:6])]
        hits.sort(key=lambda e: (len(e.code), e.code))
        return hits[:limit]
    words = _WORD.findall(query)
    if not words:
        return []
    scored: list[tuple[int, int, int, HsEntry]] = []
    at_word = re.compile(r"\b" + re.escape(words[0]))
    rest = sorted(words, key=len, reverse=True)
    for index in data.candidates(rest[0]):
        low = data.lowered[index]
        if not all(w in low for w in rest[1:]):
            continue
        entry = data.ordered[index]
        rank = 0 if low.startswith(words[0]) else (1 if at_word.search(low) else 2)
        scored.append((rank, -entry.level, index, entry))
    scored.sort(key=lambda s: s[:3])
    return [s[3] for s in scored[:limit]]
