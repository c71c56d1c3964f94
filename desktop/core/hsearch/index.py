"""The HS search index: every text of :mod:`sources` as a feature set, an inverted index over the features, and
the scoring of one query against it (weighted coverage of the query × precision of the text)."""

from __future__ import annotations

import math
import threading
from collections import defaultdict
from dataclasses import dataclass, field

from desktop.core.hsearch import sources
from desktop.core.hsearch.sources import CN_EN, CN_ZH, HS2022, TariffLine, Text
from desktop.core.hsearch.text import features

#: How much each kind of feature counts (before IDF): a single Han character says least.
KIND_WEIGHT = {"c": 0.45, "b": 1.0, "w": 1.0, "p": 1.3}
#: How much a match in each source counts: a synonym or the tariff's own wording beats a declared example.
SOURCE_WEIGHT = {
    sources.SYNONYM: 1.0, CN_ZH: 1.0, CN_EN: 0.97, HS2022: 0.93, sources.VN_TARIFF: 0.95,
    sources.VN_EXAMPLE: 0.9,
}
#: A query feature the data never has weighs as if this many texts had it.
UNKNOWN_DF = 20
COVERAGE_EXPONENT = 0.7
PRECISION_EXPONENT = 0.3


@dataclass(slots=True)
class Hit:
    """The best text of one source for one subheading."""

    text: Text
    score: float
    matched: frozenset[str]


@dataclass(slots=True)
class Group:
    """Everything one query matched under one HS 2022 subheading."""

    hs6: str
    hits: dict[str, Hit] = field(default_factory=dict)
    score: float = 0.0


class Index:
    def __init__(self) -> None:
        self.lines = sources.cn_tariff()
        self.line_by_code: dict[str, TariffLine] = {ln.code8: ln for ln in self.lines}
        self.lines_by_hs6: dict[str, list[TariffLine]] = defaultdict(list)
        for ln in self.lines:
            self.lines_by_hs6[ln.hs6].append(ln)
        self.hs_names = sources.hs2022()
        texts: list[Text] = []
        for ln in self.lines:
            texts.append(Text(CN_ZH, ln.hs6, ln.code8, ln.name_zh))
            if ln.name_en:
                texts.append(Text(CN_EN, ln.hs6, ln.code8, ln.name_en))
        texts += [Text(HS2022, hs6, "", name) for hs6, name in self.hs_names.items()]
        self.vn = sources.vn_tariff()
        self.vn_by_hs6: dict[str, list[Text]] = defaultdict(list)
        for t in self.vn:
            self.vn_by_hs6[t.hs6].append(t)
        texts += self.vn
        texts += sources.vn_examples()
        texts += sources.synonyms()
        self.texts = texts
        postings: dict[str, list[int]] = defaultdict(list)
        feature_sets = []
        for i, t in enumerate(texts):
            fs = features(t.text)
            feature_sets.append(fs)
            for f in fs:
                postings[f].append(i)
        n = len(texts)
        self.weight = {f: KIND_WEIGHT[f[0]] * math.log(1 + n / len(ids)) for f, ids in postings.items()}
        self.postings = {f: tuple(ids) for f, ids in postings.items()}
        self.norm = [sum(self.weight[f] ** 2 for f in fs) or 1.0 for fs in feature_sets]
        self.feature_sets = feature_sets

    def feature_weight(self, feature: str) -> float:
        """Weight of a query feature. One the data never has still counts against coverage, as a rare word
        would (a word pair the data never has counts nothing: its words count already)."""
        known = self.weight.get(feature)
        if known is not None:
            return known
        return 0.0 if feature[0] == "p" else KIND_WEIGHT[feature[0]] * math.log(1 + len(self.texts) / UNKNOWN_DF)

    def score_texts(self, query: set[str]) -> dict[int, tuple[float, frozenset[str]]]:
        """Text index → (score, matched features) for every text sharing a feature with the query."""
        qnorm = sum(self.feature_weight(f) ** 2 for f in query) or 1.0
        dots: dict[int, float] = defaultdict(float)
        for f in query:
            ids = self.postings.get(f)
            if not ids:
                continue
            w2 = self.weight[f] ** 2
            for i in ids:
                dots[i] += w2
        out = {}
        for i, dot in dots.items():
            coverage = dot / qnorm
            if coverage < 0.2:
                continue
            precision = dot / self.norm[i]
            score = coverage**COVERAGE_EXPONENT * precision**PRECISION_EXPONENT
            out[i] = (score, frozenset(query & self.feature_sets[i]))
        return out

    def groups(self, query: set[str]) -> list[Group]:
        """Subheadings the query matched, best first."""
        by_hs6: dict[str, Group] = {}
        for i, (score, matched) in self.score_texts(query).items():
            t = self.texts[i]
            weighted = score * SOURCE_WEIGHT[t.source] * t.weight
            group = by_hs6.get(t.hs6)
            if group is None:
                group = by_hs6[t.hs6] = Group(t.hs6)
            hit = group.hits.get(t.source)
            if hit is None or weighted > hit.score:
                group.hits[t.source] = Hit(t, weighted, matched)
        for group in by_hs6.values():
            scores = sorted((h.score for h in group.hits.values()), reverse=True)
            group.score = scores[0] + 0.08 * sum(scores[1:3])
        return sorted(by_hs6.values(), key=lambda g: (-g.score, g.hs6))


_index: Index | None = None
_lock = threading.Lock()


def index() -> Index:
    """The one index, built on first use (about a second) and kept."""
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = Index()
    return _index
