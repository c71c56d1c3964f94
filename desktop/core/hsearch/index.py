"""The HS search index: every text of :mod:`sources` as a feature set, an inverted index over the features, and
the scoring of one query against it (weighted coverage of the query × precision of the text)."""

from __future__ import annotations

import gc
import heapq
import math
import threading
from collections import defaultdict
from dataclasses import dataclass, field

from desktop.core.hsearch import parts, sources, vitext, zhchem
from desktop.core.hsearch.lexicon import Lexicon
from desktop.core.hsearch.sources import CN_EN, CN_ZH, HS2022, TariffLine, Text
from desktop.core.hsearch.text import features, has_han
from desktop.core.hsearch.vitext import Readings
from desktop.core.hsearch.zh import text_head, without_exclusions

#: How much each kind of feature counts (before IDF): a single Han character says least.
KIND_WEIGHT = {"c": 0.45, "b": 1.0, "w": 1.0, "p": 1.3, "v": 0.6}
#: How much a match in each source counts: a name goods were really declared under counts as much as a synonym or
#: the tariff's own wording (its material, use and description count less, see sources.vn_examples).
SOURCE_WEIGHT = {
    sources.SYNONYM: 1.0,
    CN_ZH: 1.0,
    CN_EN: 0.97,
    HS2022: 0.93,
    sources.VN_TARIFF: 0.95,
    sources.VN_EXAMPLE: 1.0,
}
#: A query feature the data never has weighs as if this many texts had it.
UNKNOWN_DF = 20
COVERAGE_EXPONENT = 0.7
#: A match through the lexicon's translation counts this much of a match on the words typed.
TRANSLATED_WEIGHT = 0.85
#: A Vietnamese word typed with diacritics counts this share of its weight in a Vietnamese text that writes the same
#: letters with other diacritics: "kính mát" (sunglasses) is no "kính mắt" (spectacles), "mát" no "mắt".
OTHER_DIACRITICS_SHARE = 0.5
#: A text's norm is at least this many average features: a bare "Tươi" (fresh) line must not match everything.
MIN_FEATURES = 2.5
#: A feature in more texts than this only adds to texts that rarer features of the query found.
COMMON_DF = 1500
#: When no text covers a fifth of the query's weight, texts covering this much are offered instead.
FALLBACK_COVERAGE = 0.05
#: How many of the best-scoring texts are grouped into subheadings.
MAX_TEXTS = 800
PRECISION_EXPONENT = 0.3
#: Each of the next two sources that found the same subheading adds this share of its score.
AGREEMENT = 0.5
#: A subheading with a text whose features are exactly the query's (摩托车减震器 typed, a synonym 摩托车减震器) comes
#: before one that only agrees more widely (汽车减震器 in a synonym and a line of 8708.80).
EXACT_BONUS = 1.0
#: The share of it a Vietnamese declared-goods name declared fewer than three times gets: one importer's code for
#: "Bóng đèn Led" (8539.10, sealed beam lamp units) is no reason to put it before the tariff's LED lamps.
FEW_DECLARED_EXACT_SHARE = 0.5
#: Okapi BM25 over the same features, mixed into the score with this share (normalised by the query's best
#: possible BM25): it rewards texts holding the query's rarest features. b = 0 (no length normalisation) did
#: best on the evaluation set's tuning part with the synonyms for its answers left out; the precision term
#: already weighs the text's length.
BM25_SHARE = 0.5
BM25_K1 = 1.2
BM25_B = 0.0


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
        #: Heading → the subheadings of its parts (see :mod:`parts`).
        self.parts_by_heading = parts.parts_by_heading(self.lines)
        self.parts_subheadings = frozenset(h for hs6s in self.parts_by_heading.values() for h in hs6s)
        self.hs_names = sources.hs2022()
        texts: list[Text] = []
        for ln in self.lines:
            texts.append(Text(CN_ZH, ln.hs6, ln.code8, ln.name_zh))
            texts += [  # 锂的碳酸盐 is what traders call 碳酸锂
                Text(CN_ZH, ln.hs6, ln.code8, name, note=f"{ln.code8} {ln.name_zh}")
                for name in zhchem.everyday_names(ln.code8, ln.name_zh)
            ]
            if ln.name_en:
                texts.append(Text(CN_EN, ln.hs6, ln.code8, ln.name_en))
        texts += [Text(HS2022, hs6, "", name) for hs6, name in self.hs_names.items()]
        self.vn, self.vn_line_count = sources.vn_tariff()
        self.vn_by_hs6: dict[str, list[Text]] = defaultdict(list)
        for t in self.vn:
            self.vn_by_hs6[t.hs6].append(t)
        texts += self.vn
        texts += sources.vn_examples()
        texts += sources.synonyms()
        self.texts = texts
        postings: dict[str, list[int]] = defaultdict(list)
        feature_sets = []
        one: dict[str, str] = {}  # one string object per feature, however many texts have it
        for i, t in enumerate(texts):
            said = without_exclusions(t.text) if t.source == CN_ZH else t.text  # 不含生物柴油 finds no biodiesel
            fs = {one.setdefault(f, f) for f in features(said, t.lang)}
            feature_sets.append(fs)
            for f in fs:
                postings[f].append(i)
        n = len(texts)
        self.weight = {f: KIND_WEIGHT[f[0]] * math.log(1 + n / len(ids)) for f, ids in postings.items()}
        self.postings = {f: tuple(ids) for f, ids in postings.items()}
        norms = [sum(self.weight[f] ** 2 for f in fs) for fs in feature_sets]
        floor = MIN_FEATURES * sum(norms) / max(1, sum(len(fs) for fs in feature_sets))
        self.norm = [max(norm, floor) for norm in norms]
        lengths = [len(fs) for fs in feature_sets]
        average = sum(lengths) / max(1, n)
        #: BM25 term frequency part per text (every feature occurs once in a feature set).
        self.bm25_tf = [(BM25_K1 + 1) / (1 + BM25_K1 * (1 - BM25_B + BM25_B * length / average)) for length in lengths]
        self.bm25_idf = {
            f: KIND_WEIGHT[f[0]] * math.log(1 + (n - len(ids) + 0.5) / (len(ids) + 0.5)) for f, ids in postings.items()
        }
        self.lexicon = Lexicon()
        #: How the Vietnamese texts write their syllables (to read a query typed without diacritics).
        self.readings = Readings([t.text for t in texts if t.lang == "vi"] + self.lexicon.vietnamese_terms())
        #: The words of the English tariff texts (what a query translated by the lexicon is matched against).
        self.tariff_words = frozenset(
            f[2:]
            for t, fs in zip(texts, feature_sets, strict=True)
            if t.source in (CN_EN, HS2022)
            for f in fs
            if f[0] == "w"
        )
        self.feature_sets = feature_sets
        #: The Vietnamese texts written with diacritics (where a word written otherwise is another word).
        self.accented = frozenset(i for i, t in enumerate(texts) if t.lang == "vi" and vitext.has_diacritics(t.text))
        #: The features of the head of each Chinese text (see :func:`zh.text_head`): only there does the head of a
        #: query count more (实木餐桌 is no 棉制餐桌用织物制品).
        self.head_sets: dict[int, frozenset[str]] = {}
        for i, t in enumerate(texts):
            if has_han(t.text):
                self.head_sets[i] = frozenset(one[f] for f in features(text_head(t.text)) & feature_sets[i])
            elif t.lang == "vi":
                self.head_sets[i] = frozenset(one[f] for f in features(vitext.head(t.text), "vi") & feature_sets[i])
        head_postings: dict[str, list[int]] = defaultdict(list)
        for i, head in self.head_sets.items():
            for f in head:
                head_postings[f].append(i)
        #: Feature → the texts that have it in their head.
        self.head_postings = {f: tuple(ids) for f, ids in head_postings.items()}

    def feature_weight(self, feature: str) -> float:
        """Weight of a query feature. One the data never has still counts against coverage, as a rare word
        would (a word pair, or a word as written, the data never has counts nothing: its words count already)."""
        known = self.weight.get(feature)
        if known is not None:
            return known
        return 0.0 if feature[0] in "pbv" else KIND_WEIGHT[feature[0]] * math.log(1 + len(self.texts) / UNKNOWN_DF)

    def score_texts(
        self,
        query: set[str],
        min_coverage: float = 0.2,
        boost: dict[str, float] | None = None,
        scale: dict[str, float] | None = None,
        written: dict[str, str] | None = None,
    ) -> dict[int, tuple[float, frozenset[str]]]:
        """Text index → (score, matched features) for every text sharing a feature with the query; ``boost``
        weighs some query features (the head noun) more where a text has them as its head, ``scale`` weighs
        some (what a Vietnamese name holds, words only read from a query without diacritics) less everywhere;
        ``written`` (a folded word's feature → the ``v:`` feature of the word as the user wrote it) makes a word
        count :data:`OTHER_DIACRITICS_SHARE` in a Vietnamese text that writes it with other diacritics."""
        boost = boost or {}
        scale = scale or {}
        qnorm = sum(self.feature_weight(f) ** 2 * boost.get(f, 1.0) * scale.get(f, 1.0) for f in query) or 1.0
        known = sorted((f for f in query if f in self.postings), key=lambda f: len(self.postings[f]))
        rare = [f for f in known if len(self.postings[f]) <= COMMON_DF]
        common = [f for f in known if len(self.postings[f]) > COMMON_DF]
        if not rare:  # only common words: walk their lists after all
            rare, common = known, []
        dots: dict[int, float] = defaultdict(float)
        heads, head_postings = self.head_sets, self.head_postings
        for f in rare:
            w2 = self.weight[f] ** 2 * scale.get(f, 1.0)
            for i in self.postings[f]:
                dots[i] += w2
            extra = w2 * (boost.get(f, 1.0) - 1.0)
            if extra:  # the head of the query, where a text has it as its own head
                for i in head_postings.get(f, ()):
                    dots[i] += extra
        for f in common:  # a common feature only adds to texts a rarer one found (its list is long)
            w2 = self.weight[f] ** 2 * scale.get(f, 1.0)
            sets = self.feature_sets
            for i in dots:
                if f in sets[i]:
                    dots[i] += w2
            extra = w2 * (boost.get(f, 1.0) - 1.0)
            if extra:
                for i in head_postings.get(f, ()):
                    if i in dots:
                        dots[i] += extra
        for f, as_written in (written or {}).items():
            if f not in self.postings:
                continue
            cut = self.weight[f] ** 2 * scale.get(f, 1.0) * (1 - OTHER_DIACRITICS_SHARE)
            sets, accented = self.feature_sets, self.accented
            for i in dots:
                if i in accented and f in sets[i] and as_written not in sets[i]:
                    dots[i] -= cut
        out = {}
        idf = self.bm25_idf
        bm_max = sum(idf.get(f, 0.0) * boost.get(f, 1.0) * scale.get(f, 1.0) for f in query) * (BM25_K1 + 1) or 1.0
        for i, dot in dots.items():
            coverage = dot / qnorm
            if coverage < min_coverage:
                continue
            precision = dot / self.norm[i]
            score = coverage**COVERAGE_EXPONENT * precision**PRECISION_EXPONENT
            if BM25_SHARE:
                matched = query & self.feature_sets[i]
                head = heads.get(i, frozenset())
                bm = (
                    self.bm25_tf[i]
                    * sum(idf[f] * (boost.get(f, 1.0) if f in head else 1.0) * scale.get(f, 1.0) for f in matched)
                    / bm_max
                )
                score = (1 - BM25_SHARE) * score + BM25_SHARE * bm
            out[i] = (score, frozenset(query & self.feature_sets[i]))
        return out

    def groups(
        self,
        query: set[str],
        translated: set[str] | None = None,
        boost: dict[str, float] | None = None,
        scale: dict[str, float] | None = None,
        written: dict[str, str] | None = None,
    ) -> list[Group]:
        """Subheadings the query matched, best first; ``translated`` (the query's words in English, from the
        lexicon) is matched against the English texts too, counting a little less than the words typed."""
        by_hs6: dict[str, Group] = {}
        found = self.score_texts(query, boost=boost, scale=scale, written=written)
        if not found:  # nothing covers a fair part of the query: offer what shares anything with it
            found = self.score_texts(query, FALLBACK_COVERAGE, boost, scale, written)
        scored = [(i, score, matched, 1.0) for i, (score, matched) in found.items()]
        if translated:
            scored += [
                (i, score, matched, TRANSLATED_WEIGHT)
                for i, (score, matched) in self.score_texts(translated).items()
                if self.texts[i].source in (CN_EN, HS2022)
            ]
        texts = self.texts
        weighted_all = [
            (score * SOURCE_WEIGHT[texts[i].source] * texts[i].weight * factor, i, matched)
            for i, score, matched, factor in scored
        ]
        if len(weighted_all) > MAX_TEXTS:  # only the best texts can make the first pages
            weighted_all = heapq.nlargest(MAX_TEXTS, weighted_all, key=lambda w: w[0])
        for weighted, i, matched in weighted_all:
            t = texts[i]
            group = by_hs6.get(t.hs6)
            if group is None:
                group = by_hs6[t.hs6] = Group(t.hs6)
            hit = group.hits.get(t.source)
            if hit is None or weighted > hit.score:
                group.hits[t.source] = Hit(t, weighted, matched)
        for group in by_hs6.values():
            scores = sorted((h.score for h in group.hits.values()), reverse=True)
            group.score = scores[0] + AGREEMENT * sum(scores[1:3])
            hits = group.hits.values()
            exact = [h for h in hits if h.matched == query and features(h.text.text, h.text.lang) == query]
            if exact:  # a name that is the query, word for word: agreement elsewhere is noise
                group.score += max(_exact_bonus(h.text) for h in exact)
        return sorted(by_hs6.values(), key=lambda g: (-g.score, g.hs6))


def _exact_bonus(text: Text) -> float:
    few = text.source == sources.VN_EXAMPLE and text.weight < 1.0
    return EXACT_BONUS * (FEW_DECLARED_EXACT_SHARE if few else 1.0)


_index: Index | None = None
_lock = threading.Lock()


def index() -> Index:
    """The one index, built on first use (about a second) and kept."""
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                _index = Index()
                # The index lives as long as the process: keep the collector from walking its million objects
                # at every full collection (a 200 ms pause in the middle of a query otherwise).
                gc.freeze()
    return _index
