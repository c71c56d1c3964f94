"""One HS search for GUI and CLI: the company's own history first, then the Chinese tariff (zh/en), HS 2022 and
the Vietnamese tariff, with names in Chinese and in the user's language and the reasons each candidate matched."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from desktop.core.hsearch import parts, sources, vihead, vileather, vipower, vistate, vitext, zhaspects, zhhead
from desktop.core.hsearch.index import Group, Index, index
from desktop.core.hsearch.partsorder import component_of_goods, head_weights, parts_first
from desktop.core.hsearch.sources import TariffLine, Text
from desktop.core.hsearch.text import features, fold, has_han
from desktop.core.hsearch.vinames import ViName, vietnamese_name
from desktop.core.hsearch.vitext import has_diacritics
from desktop.core.hsearch.zh import head_class, knitted, strip_specs, without_places

HISTORY = "history"
TARIFF = "tariff"
CODE = "code"
#: The reason of a line offered for a code the tariff has no line for (see :func:`nearest_code`).
NEAREST_CODE = "code_nearest"
#: A history entry must match at least this well to be offered before the tariff.
HISTORY_MIN_SCORE = 0.34
_CODE_QUERY = re.compile(r"^[\d.\s]+$")


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a candidate matched: the source (history, synonym, cn_zh, cn_en, hs2022, vn, vn_example), the text
    that matched and the words they share."""

    source: str
    text: str
    words: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """Goods this company declared or keeps in master data: name(s), the 10-digit code and elements used."""

    code: str
    name_zh: str
    name_en: str = ""
    elements: str = ""
    product_id: str = ""
    origin: str = "master"  # "master" (a product) or "declaration" (goods of an earlier declaration)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One answer: ``code`` is the 8-digit line (10 digits for history), ``hs6`` the HS 2022 subheading."""

    code: str
    hs6: str
    name_zh: str
    name_en: str
    name_vi: str
    unit1: str  # GACC unit code of the first legal unit
    unit2: str
    source: str  # history, tariff or code
    score: float
    reasons: tuple[Reason, ...] = ()
    elements: str = ""
    product_id: str = ""
    lines: tuple[str, ...] = field(default=())  # every 8-digit line of the subheading (for choosing another)
    #: The supplementary digits this company's history used on the 8-digit line, most used first (a 10-digit
    #: code the data knows; empty when the split is not known and the user has to say).
    supplements: tuple[str, ...] = ()
    #: Where ``name_vi`` comes from (see :mod:`vinames`): "exact", "nearest" (the Vietnamese line
    #: ``name_vi_line`` of the same subheading nearest to this line), "subheading" (the subheading's first
    #: Vietnamese lines) or "missing" (no Vietnamese name).
    name_vi_match: str = ""
    name_vi_line: str = ""

    def name(self, lang: str) -> str:
        """The name in ``lang`` (zh_CN, en or vi), falling back to English then Chinese."""
        value = {"zh_CN": self.name_zh, "en": self.name_en, "vi": self.name_vi}.get(lang, self.name_en)
        return value or self.name_en or self.name_zh

    def units(self, lang: str) -> list[tuple[str, str]]:
        """The legal units as (GACC code, name in ``lang``)."""
        from desktop.core.codes.tables import table

        names = table("unit")
        return [(u, names.name(u, lang)) for u in (self.unit1, self.unit2) if u]

    def as_dict(self, lang: str) -> dict[str, object]:
        return {
            "code": self.code,
            "hs6": self.hs6,
            "name": self.name(lang),
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "name_vi": self.name_vi,
            "name_vi_match": self.name_vi_match,
            "name_vi_line": self.name_vi_line,
            "unit1": self.unit1,
            "unit2": self.unit2,
            "units": [{"code": code, "name": name} for code, name in self.units(lang)],
            "source": self.source,
            "score": round(self.score, 3),
            "elements": self.elements,
            "product_id": self.product_id,
            "supplements": list(self.supplements),
            "reasons": [
                {"source": r.source, "text": r.text, "words": list(r.words), "note": r.note} for r in self.reasons
            ],
        }


def search(query: str, lang: str = "en", history: Sequence[HistoryEntry] = (), limit: int = 20) -> list[Candidate]:
    """Candidates for ``query`` best first: matching history, then tariff subheadings (one per subheading)."""
    text = query.strip()
    if not text:
        return []
    ix = index()
    if _CODE_QUERY.match(text):
        digits = re.sub(r"\D", "", text)
        return _with_supplements(_by_code(ix, digits, history, limit), history) if digits else []
    if has_han(text):  # a declared Chinese name's quantities and model codes say nothing to the tariff
        text = without_places(strip_specs(text) or text)
    latin = _latin_lang(text, lang)
    read = ix.readings.restore(text) if latin == "vi" and not has_diacritics(text) else text
    if latin == "vi":  # "cái", "sản phẩm" ... before the name and "các loại", "hàng mới 100%" ... after it go
        guessed = read is not text
        text, read = vitext.trim(text, read)
        if not guessed:
            read = text
    wanted = features(read, latin)
    if not wanted:
        return []
    out = _history(ix, features(text), history)
    seen = {c.code[:8] for c in out}
    said = _without_qualifier(text) if latin == "vi" else text
    english = ix.lexicon.translate(said, latin == "en", ix.tariff_words.__contains__, keep=latin == "vi")
    if english and has_han(text) and zhhead.head_untranslated(ix, text):
        english = ""  # the 柴油 inside 生物柴油 is no diesel
    scale = _vietnamese_purpose(read) if latin == "vi" else {}
    if latin == "vi":
        scale.update(_vietnamese_qualifier(read))
    if read is not text:  # the words as written were only guessed: they count less than typed ones
        scale.update((f, scale.get(f, 1.0) * READ_WEIGHT) for f in wanted if f[0] == "v")
    boost = head_weights(text) if latin != "vi" else _vietnamese_head(read)
    if has_han(text):  # the tariff words the kind of goods, not the piece: 实木床 is 卧室用木家具
        kind = features(head_class(text)) - wanted
        wanted |= kind
        boost.update((f, CLASS_WEIGHT) for f in kind)
    typed = vitext.written_forms(read) if latin == "vi" and read is text else None  # diacritics as typed
    found = ix.groups(wanted, features(english) if english else None, boost, scale, typed)
    if has_han(text):  # the use a name says can outweigh its goods: 橡胶汽车脚垫 are rubber mats before a car's
        found = _with_goods_of_any_use(ix, text, found)
    if has_han(text):  # a glass tea table is no wooden furniture, a car's door handle no building's
        found = zhaspects.rerank(ix, text, found)
        found = zhhead.head_decides(ix, text, found)  # a 摩托车尾灯 is a lamp, not a motorcycle
    elif latin == "vi":  # "Laptop văn phòng" is a laptop, not office supplies
        found = vihead.head_decides(ix, read, found)
    whole = parts.whole_of(text)  # a Chinese name, whatever the language of the UI
    if whole:
        found = parts_first(ix, whole, found)
    elif has_han(text):
        found = component_of_goods(ix, text, found)
    knit = knitted(text) if has_han(text) else vitext.knitted(read) if latin == "vi" else None
    if knit is not None:  # chapter 61 is knitted or crocheted clothing, chapter 62 the same goods not knitted
        other = "62" if knit else "61"
        found = [g for g in found if g.hs6[:2] != other] + [g for g in found if g.hs6[:2] == other]
    elif latin == "vi":  # a garment named without its fabric may be knitted or not: offer both
        by_hs6 = {g.hs6: g for g in found}
        found = [by_hs6.get(h) or Group(h) for h in vitext.with_woven_twins([g.hs6 for g in found], ix.hs_names)]
    vehicle = vitext.vehicle(read) if latin == "vi" else None
    if vehicle is not None:  # brake pads for a car are no motorcycle parts, whatever the fabric words say
        off = [g for g in found if vitext.disagrees(vehicle, ix.hs_names.get(g.hs6, ""))]
        found = [g for g in found if g not in off] + off
    if latin == "vi":  # "Quạt điện" names fans, not the switches of 8536 "dùng cho quạt điện"
        found = _served_last(found, vitext.head(read))
    metal = vitext.metal(read) if latin == "vi" else None
    if metal is not None:  # steel nails are no copper nails
        off = [g for g in found if vitext.metal_disagrees(metal, ix.hs_names.get(g.hs6, ""))]
        found = [g for g in found if g not in off] + off
    kept = vistate.state(read) if latin == "vi" else None
    if kept is not None:  # dried squid is no frozen squid, roasted coffee no coffee "not roasted"
        off = [g for g in found if vistate.state_disagrees(kept, ix.hs_names.get(g.hs6, ""))]
        found = [g for g in found if g not in off] + off
    if latin == "vi" and vileather.says_leather(read):  # a leather handbag is no plastic or textile one
        off = [g for g in found if vileather.not_leather(ix.hs_names.get(g.hs6, ""))]
        found = [g for g in found if g not in off] + off
    drive = vipower.power(read) if latin == "vi" else None
    if drive is not None:  # a petrol chain saw is no electric saw, an electric one no non-electric chain saw
        off = [g for g in found if vipower.power_disagrees(drive, ix.hs_names.get(g.hs6, ""))]
        found = [g for g in found if g not in off] + off
    wearer = vitext.wearer(read) if latin == "vi" else None
    if wearer is not None:  # women's shorts are no men's or boys' trousers
        off = [g for g in found if vitext.wearer_disagrees(wearer, ix.hs_names.get(g.hs6, ""))]
        found = [g for g in found if g not in off] + off
    for group in found:
        if len(out) >= limit:
            break
        candidate = _from_group(ix, group)
        if candidate is not None and candidate.code not in seen:
            out.append(candidate)
    return _with_supplements(out[:limit], history)


#: How much a subheading found only by a Chinese name without its use words counts (see _with_goods_of_any_use).
ANY_USE = 0.8


def _with_goods_of_any_use(ix: Index, text: str, found: list[Group]) -> list[Group]:
    """``found`` and the subheadings the name finds without the words that say what its goods are for
    (:func:`zhaspects.without_use`) that it did not find with them, counting :data:`ANY_USE` of their score."""
    rest = zhaspects.without_use(text)
    if not rest:
        return found
    have = {g.hs6 for g in found}
    more = [Group(g.hs6, g.hits, g.score * ANY_USE) for g in ix.groups(features(rest), None, head_weights(rest))]
    added = [g for g in more if g.hs6 not in have]
    return sorted(found + added, key=lambda g: (-g.score, g.hs6)) if added else found


#: A subheading whose Vietnamese texts name the goods of a query only as what they serve keeps its place when a text
#: of another language found it with at least this share of that text's score (854340 "Thiết bị điện tử dùng cho
#: thuốc lá điện tử" is also "electronic cigarettes" in English).
SERVED_KEPT_SHARE = 0.4


def _served_last(found: list[Group], name_head: str, among: int = 10) -> list[Group]:
    """``found`` with the subheadings among its first ``among`` whose Vietnamese texts have the head of the name
    only as what their goods serve (see :func:`vitext.only_served`) after the rest, unless a text of another
    language found them too (see :data:`SERVED_KEPT_SHARE`)."""
    off = []
    for group in found[:among]:
        said = [
            (vitext.only_served(name_head, h.text.text), h.score) for h in group.hits.values() if h.text.lang == "vi"
        ]
        served = max((score for s, score in said if s), default=0.0)
        others = max((h.score for h in group.hits.values() if h.text.lang != "vi"), default=0.0)
        if served and all(s is not False for s, _ in said) and others < SERVED_KEPT_SHARE * served:
            off.append(group)
    return [g for g in found if g not in off] + off if off else found


def known_supplements(code8: str, history: Sequence[HistoryEntry]) -> tuple[str, ...]:
    """The supplementary digits the history declared the 8-digit line ``code8`` with, most used first."""
    counts = Counter(e.code[8:] for e in history if len(e.code) == 10 and e.code.isdigit() and e.code[:8] == code8)
    return tuple(s for s, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _with_supplements(found: list[Candidate], history: Sequence[HistoryEntry]) -> list[Candidate]:
    """Tariff lines (8 digits) with the supplementary digits the company's history knows for them."""
    if not history:
        return found
    return [replace(c, supplements=known_supplements(c.code, history)) if len(c.code) == 8 else c for c in found]


#: How much the tariff's word for the kind of goods a Chinese name's head names counts (see :func:`zh.head_class`),
#: where a text has it as its head.
CLASS_WEIGHT = 2.0


#: Vietnamese names put the goods first and what they hold or serve after "đựng", "để", "dùng cho" ...: "hộp đựng
#: trang sức" is a box, not jewellery. The words after such a word count this much.
PURPOSE_WEIGHT = 0.5
_PURPOSE = re.compile(r"\b(?:đựng|để|dùng cho|dùng để|dành cho|dùng trong)\b", re.IGNORECASE)


def _vietnamese_purpose(text: str) -> dict[str, float]:
    """The features only the words after the first purpose word of a Vietnamese name have, weighed less."""
    m = _PURPOSE.search(text)
    if m is None or not text[: m.start()].strip():
        return {}
    head = features(text[: m.start()], "vi")
    return {f: PURPOSE_WEIGHT for f in features(text[m.end() :], "vi") - head}


#: How much the words of a Vietnamese name that only say how its goods are held count ("Gương cầm tay" is a mirror,
#: not one of the hand tools or hand-held blow pipes whose Vietnamese lines say "cầm tay").
QUALIFIER_WEIGHT = 0.3
_QUALIFIER = re.compile(r"\bcầm tay\b", re.IGNORECASE)
#: ... unless the name is of a machine or tool, whose being held in the hand is what 8467 and 8205 say.
_TOOL = re.compile(r"^\s*(?:máy|dụng cụ|bộ dụng cụ)\b", re.IGNORECASE)


def _without_qualifier(text: str) -> str:
    """A Vietnamese name without the words that only say how its goods are held, when it says more."""
    rest = _QUALIFIER.sub(" ", text).strip() if not _TOOL.match(text) else text
    return " ".join(rest.split()) if rest else text


def _vietnamese_qualifier(text: str) -> dict[str, float]:
    """The features only the words of :data:`_QUALIFIER` have in a Vietnamese name that says more, weighed less."""
    m = None if _TOOL.match(text) else _QUALIFIER.search(text)
    rest = (text[: m.start()] + " " + text[m.end() :]).strip() if m else ""
    if m is None or not rest:
        return {}
    return {f: QUALIFIER_WEIGHT for f in features(m.group(0), "vi") - features(rest, "vi")}


#: How much more the head of a Vietnamese name (its first words, see vitext.head) counts where a Vietnamese text
#: has it as its own head.
VI_HEAD_WEIGHT = 1.5


def _vietnamese_head(text: str) -> dict[str, float]:
    """The features of the head of a Vietnamese name longer than its head, weighed more."""
    head = vitext.head(text)
    if len(head.split()) >= len(vitext.words(text)):
        return {}
    return {f: VI_HEAD_WEIGHT for f in features(head, "vi")}


#: How much a word as written counts when it was read from a query typed without diacritics (see vitext).
READ_WEIGHT = 0.5


def _latin_lang(text: str, lang: str) -> str:
    """The language of the query's Latin words: English (see :func:`_typed_english`), Vietnamese when it has
    Vietnamese letters or the UI is Vietnamese, else unknown ("")."""
    if _typed_english(text, lang):
        return "en"
    return "vi" if lang == "vi" or has_diacritics(text) else ""


def _typed_english(text: str, lang: str) -> bool:
    """Whether the lexicon reads ``text`` as English: plain Latin letters in the English UI ("pin" there is a pin,
    not a battery); Vietnamese letters, or plain Latin in the Vietnamese or Chinese UI ("noi com dien"), read as
    Vietnamese."""
    return lang == "en" and fold(text) == text.lower() and not has_han(text)


def _line_names(ix: Index, hs6: str, code8: str, matched: Text | None = None) -> tuple[str, str, ViName]:
    line = ix.line_by_code.get(code8)
    zh = line.name_zh if line else ""
    en = (line.name_en if line else "") or ix.hs_names.get(hs6, "")
    return zh, en, vietnamese_name(ix, hs6, code8, matched)


def _from_group(ix: Index, group: Group) -> Candidate | None:
    lines = ix.lines_by_hs6.get(group.hs6, [])
    if not lines and group.hs6 not in ix.hs_names:
        return None
    best_line: TariffLine | None = None
    for source in (sources.SYNONYM, sources.CN_ZH, sources.CN_EN):
        hit = group.hits.get(source)
        if hit is not None and hit.text.code8 in ix.line_by_code:
            best_line = ix.line_by_code[hit.text.code8]
            break
    if best_line is None and lines:
        best_line = lines[0]
    vn_hit = group.hits.get(sources.VN_TARIFF)
    code8 = best_line.code8 if best_line else group.hs6
    zh, en, vi = _line_names(ix, group.hs6, code8, vn_hit.text if vn_hit else None)
    reasons = tuple(
        Reason(source, hit.text.text, tuple(sorted(f[2:] for f in hit.matched if f[0] in "bw")), hit.text.note)
        for source, hit in sorted(group.hits.items(), key=lambda kv: -kv[1].score)
    )
    return Candidate(
        code=code8,
        hs6=group.hs6,
        name_zh=zh,
        name_en=en,
        name_vi=vi.text,
        name_vi_match=vi.match,
        name_vi_line=vi.line,
        unit1=best_line.unit1 if best_line else "",
        unit2=best_line.unit2 if best_line else "",
        source=TARIFF,
        score=group.score,
        reasons=reasons,
        lines=tuple(ln.code8 for ln in lines),
    )


def _history_candidate(ix: Index, entry: HistoryEntry, score: float, words: tuple[str, ...]) -> Candidate:
    hs6 = entry.code[:6]
    line = ix.line_by_code.get(entry.code[:8])
    if line is None:  # an old or mistyped line: the units of its subheading when all its lines agree
        units = {(ln.unit1, ln.unit2) for ln in ix.lines_by_hs6.get(hs6, [])}
        line = ix.lines_by_hs6[hs6][0] if len(units) == 1 else None
    zh, en, vi = _line_names(ix, hs6, entry.code[:8])
    return Candidate(
        code=entry.code,
        hs6=hs6,
        name_zh=entry.name_zh or zh,
        name_en=entry.name_en or en,
        name_vi=vi.text,
        name_vi_match=vi.match,
        name_vi_line=vi.line,
        unit1=line.unit1 if line else "",
        unit2=line.unit2 if line else "",
        source=HISTORY,
        score=score,
        reasons=(Reason(HISTORY, entry.name_zh or entry.name_en, words, entry.origin),),
        elements=entry.elements,
        product_id=entry.product_id,
        lines=tuple(ln.code8 for ln in ix.lines_by_hs6.get(hs6, [])),
    )


def _history(ix: Index, wanted: set[str], history: Sequence[HistoryEntry]) -> list[Candidate]:
    scored: dict[str, tuple[float, HistoryEntry, tuple[str, ...]]] = {}
    qnorm = sum(ix.feature_weight(f) ** 2 for f in wanted) or 1.0
    for entry in history:
        if not entry.code.isdigit() or len(entry.code) < 6:
            continue
        have = features(f"{entry.name_zh} {entry.name_en}")
        common = wanted & have
        if not common:
            continue
        dot = sum(ix.feature_weight(f) ** 2 for f in common)
        dnorm = sum(ix.feature_weight(f) ** 2 for f in have) or 1.0
        score = (dot / qnorm) ** 0.7 * (dot / dnorm) ** 0.3
        key = f"{entry.code}|{fold(entry.name_zh)}|{entry.elements}"
        if score >= HISTORY_MIN_SCORE and (key not in scored or scored[key][0] < score):
            scored[key] = (score, entry, tuple(sorted(f[2:] for f in common if f[0] in "bw")))
    ranked = sorted(scored.values(), key=lambda s: (-s[0], s[1].origin != "master"))
    return [_history_candidate(ix, entry, score + 1.0, words) for score, entry, words in ranked[:5]]


def _by_code(ix: Index, digits: str, history: Sequence[HistoryEntry], limit: int) -> list[Candidate]:
    """Lines whose code starts with the digits typed. A code the tariff has no line for (69072100 where the lines
    are 69072110 and 69072190) lists the lines of its subheading, or else of its heading, nearest first, each
    with a :data:`NEAREST_CODE` reason naming the code typed and the prefix the lines share."""
    out = [_history_candidate(ix, e, 2.0, ()) for e in history if e.code.startswith(digits[:10])][:5]
    typed = digits[:8]
    lines = [ln for ln in ix.lines if ln.code8.startswith(typed)]
    prefix = typed
    for shorter in (6, 4):
        if lines:
            break
        if len(typed) <= shorter:
            continue
        prefix = typed[:shorter]
        lines = [ln for ln in ix.lines if ln.code8.startswith(prefix)]
        lines.sort(key=lambda ln: (-_common_prefix(ln.code8, typed), abs(int(ln.code8[: len(typed)]) - int(typed))))
    for ln in lines:
        if len(out) >= limit:
            break
        zh, en, vi = _line_names(ix, ln.hs6, ln.code8)
        reason = Reason(CODE, ln.code8) if prefix == typed else Reason(NEAREST_CODE, digits[:10], (), prefix)
        out.append(
            Candidate(
                code=ln.code8,
                hs6=ln.hs6,
                name_zh=zh,
                name_en=en,
                name_vi=vi.text,
                name_vi_match=vi.match,
                name_vi_line=vi.line,
                unit1=ln.unit1,
                unit2=ln.unit2,
                source=CODE,
                score=1.0,
                reasons=(reason,),
                lines=tuple(x.code8 for x in ix.lines_by_hs6.get(ln.hs6, [])),
            )
        )
    return out


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def nearest_code(found: Sequence[Candidate]) -> Reason | None:
    """The :data:`NEAREST_CODE` reason when a code query had no line of its own and the candidates are the lines
    of its subheading (``note`` 6 digits) or heading (4 digits); ``text`` is the code typed."""
    return next((r for c in found for r in c.reasons[:1] if r.source == NEAREST_CODE), None)
