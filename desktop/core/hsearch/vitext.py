"""Vietnamese words for the HS search: stop words by their written form, and the reading of a query typed without
diacritics.

Folded, Vietnamese syllables merge: "den" is đến (to) and đèn (lamp), "tu" từ (from) and tủ (cabinet), "giay"
giày (shoes) and giấy (paper). So a stop word is one only as written ("đến", not "đèn"), and a query typed without
diacritics is read as the Vietnamese texts of the index write the same syllables next to each other
(:class:`Readings`): "tu dung do" reads "tủ đựng đồ" because the declared goods say so, "giay the thao" "giày thể
thao". The reading decides the stop words and adds the written words as features, which count less than the
words a user typed with diacritics.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

from desktop.core.resources import csv_rows

#: Vietnamese words that say nothing about the goods, as written.
STOP = frozenset((
    "và", "hoặc", "của", "các", "cho", "bằng", "với", "loại", "khác", "từ", "đến", "là", "một", "những", "được",
    "trong", "trên", "có", "không", "đã",
))
#: Folded words that are a stop word whatever their diacritics (for a text typed without any and not read).
FOLDED_STOP = frozenset(("va", "hoac", "cac", "duoc", "khong", "nhung", "mot", "loai", "khac"))
_WORD = re.compile(r"[^\W\d_]+")
#: How many words' worth of a written form's share of all words smooths the pairs the texts have (see
#: Readings.read): with it, "hop nhua" reads "hộp nhựa" though "hợp" is written three times as often, and "hat rang"
#: "hạt rang", not "hạt răng". 30 read most of 1,500 Vietnamese texts of the index, folded, back as written, when the
#: rest made the model (86 % of the texts, word for word; 78 % before, weighing each word's count as much).
SMOOTHING = 30.0
END_WEIGHT = 0.5


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", word.replace("đ", "d")) if not unicodedata.combining(ch)
    )


@lru_cache(maxsize=1)
def _variants() -> tuple[re.Pattern[str], dict[str, str]]:
    """Words the Vietnamese tariff writes otherwise (resources/hs-synonyms/vi_variants.csv), longest first."""
    rows = csv_rows("hs-synonyms", "vi_variants.csv")
    table = {unicodedata.normalize("NFC", r["variant"].lower()): r["tariff"] for r in rows}
    alternatives = "|".join(re.escape(v) for v in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])"), table


def as_tariff_writes(text: str) -> str:
    """Lower-case Vietnamese ``text`` with the words the tariff writes otherwise written its way ("xe hơi" is its
    "ô tô", "inox" its "thép không gỉ"), so a name and the tariff lines and declared names written either way meet,
    as the Han variants of the Chinese texts do."""
    pattern, table = _variants()
    return pattern.sub(lambda m: table[m.group(0)], text)


def has_diacritics(text: str) -> bool:
    return any(not ch.isascii() and ch.isalpha() and fold_word(ch) != ch for ch in text)


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", unicodedata.normalize("NFKC", text).lower()))


def written_forms(text: str) -> dict[str, str]:
    """The folded word feature (``w:``) of each word of a Vietnamese ``text`` written with diacritics, and the
    feature of the word as written (``v:``): "kính mát" → {"w:kinh": "v:kính", "w:mat": "v:mát"}."""
    from desktop.core.hsearch.text import features

    out = {}
    for word in words(text):
        fs = features(word, "vi")
        folded, written = [f for f in fs if f[0] == "w"], [f for f in fs if f[0] == "v"]
        if len(folded) == 1 and len(written) == 1:
            out[folded[0]] = written[0]
    return out


class Readings:
    """How the Vietnamese texts write each folded syllable, alone and beside its neighbour."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.unigram: Counter[str] = Counter()
        self.bigram: Counter[tuple[str, str]] = Counter()
        self.first: Counter[str] = Counter()
        self.last: Counter[str] = Counter()
        forms: dict[str, set[str]] = defaultdict(set)
        for text in texts:
            if not has_diacritics(text):
                continue  # a text typed without diacritics says nothing about how they are written
            seq = words(text)
            self.unigram.update(seq)
            self.bigram.update(pairwise(seq))
            self.first.update(seq[:1])
            self.last.update(seq[-1:])
            for w in seq:
                forms[fold_word(w)].add(w)
        self.forms = {f: tuple(sorted(ws, key=lambda w: -self.unigram[w])) for f, ws in forms.items()}
        self.total = sum(self.unigram.values())
        self.texts = sum(self.first.values())

    def read(self, folded: list[str]) -> list[str]:
        """The likeliest written form of each folded word (Viterbi over a word-pair model of the texts: how often
        a form follows the form before it, smoothed by how often it is written at all, and how often a text
        begins with the first, and the last how often one ends with it); a word the texts never write stays as typed."""
        if not folded:
            return []
        options = [self.forms.get(w, (w,))[:8] for w in folded]
        # best[k][c] = (score, back-pointer) for option c at position k
        best: list[list[tuple[float, int]]] = [[(self._begins(c), -1) for c in options[0]]]
        for k in range(1, len(options)):
            row = []
            for c in options[k]:
                alone = SMOOTHING * self._alone(c)
                follows = [
                    (best[k - 1][j][0] + math.log((self.bigram[(p, c)] + alone) / (self.unigram[p] + SMOOTHING)), j)
                    for j, p in enumerate(options[k - 1])
                ]
                row.append(max(follows))
            best.append(row)
        j = max(range(len(options[-1])), key=lambda i: best[-1][i][0] + self._ends(options[-1][i]))
        out = []
        for k in range(len(options) - 1, -1, -1):
            out.append(options[k][j])
            j = best[k][j][1]
        return out[::-1]

    def _alone(self, written: str) -> float:
        """The share of the texts' words that are ``written`` (half a word for one they never write)."""
        return (self.unigram[written] + 0.5) / (self.total + 1)

    def _begins(self, written: str) -> float:
        """How likely a name begins with ``written``: how often texts begin with it, smoothed likewise."""
        return math.log((self.first[written] + SMOOTHING * self._alone(written)) / (self.texts + SMOOTHING))

    def _ends(self, written: str) -> float:
        """How likely a name ends with ``written`` (few end with "đã", already): how often the texts end with it
        against how often they write it, smoothed by the share of words that end a text."""
        if not END_WEIGHT:
            return 0.0
        ending = self.texts / max(1, self.total)
        return END_WEIGHT * math.log((self.last[written] + SMOOTHING * ending) / (self.unigram[written] + SMOOTHING))

    def restore(self, text: str) -> str:
        """``text`` with its words read as the texts write them ("den led" → "đèn led")."""
        found = list(_WORD.finditer(text))
        reading = self.read([fold_word(m.group(0).lower()) for m in found])
        out, last = [], 0
        for m, written in zip(found, reading, strict=True):
            out += [text[last : m.start()], written if written != m.group(0).lower() else m.group(0)]
            last = m.end()
        return "".join([*out, text[last:]])


_KNITTED = re.compile(r"\bdet kim\b")
#: ... and the fabrics that are woven whatever the name says else: denim (jean) and khaki drill are woven twills
#: (HS 2022 5209.42 "denim", a woven fabric of cotton). "Quần bò" (jeans) is not among them: importers declare
#: knitted ones under chapter 61 too.
_WOVEN = re.compile(r"\b(?:det thoi|kaki|khaki|jeans?|denim)\b")


def knitted(text: str) -> bool | None:
    """Whether a Vietnamese name says its textile goods are knitted ("dệt kim": True) or woven ("dệt thoi":
    False), with or without diacritics, or neither or both (None)."""
    folded = " ".join(fold_word(w) for w in words(text))
    knit, woven = _KNITTED.search(folded) is not None, _WOVEN.search(folded) is not None
    return None if knit == woven else knit


#: Words that count things before a noun ("quả sầu riêng", "chiếc ô tô"): not part of the head.
CLASSIFIERS = frozenset(("quả", "trái", "cái", "chiếc"))
#: How many words of a Vietnamese name make its head (what the goods are: "bộ lọc khí nén" is a "bộ lọc").
HEAD_WORDS = 2


def head(text: str) -> str:
    """The head of a Vietnamese name or tariff line: its first words, before any purpose word or comma."""
    first = re.split(r"[,;:(]|\b(?:đựng|để|dùng|dành|của|cho|bằng)\b", text.strip(), maxsplit=1)[0].split()
    while first and first[0].lower() in CLASSIFIERS and len(first) > 1:
        first = first[1:]
    return " ".join(first[:HEAD_WORDS])


#: Words that count or announce goods before their name ("cái quạt trần", "chiếc ô tô", "mặt hàng nồi inox"), as
#: written. A classifier goes whatever follows; the others only before a name of two words or more. "Sản phẩm"
#: stays: before a material it says the goods are articles of it ("sản phẩm thép rèn", forged steel articles).
LEADING_CLASSIFIERS = (("cái",), ("chiếc",))
LEADING_FILLERS = (("mặt", "hàng"), ("hàng", "hóa"), ("hàng", "hoá"), ("các", "loại"), ("loại",))
#: What declarations add after the name ("... các loại", "... hàng mới 100%", "(mới 100%)", "hàng xuất khẩu"), as
#: written: it says nothing about what the goods are.
_TRAILING = re.compile(
    r"[\s,;(\-]*(?:\b(?:là\s+)?hàng\s+)?(?:\bmới\s*100\s*%|\bcác\s+loại|\b(?:xuất|nhập)\s+khẩu)[\s.)]*$", re.IGNORECASE
)


def trim(text: str, read: str) -> tuple[str, str]:
    """``text`` (as typed) and ``read`` (its reading with diacritics, the same words) without the words before and
    after the name of the goods that say nothing about them (see :data:`LEADING_FILLERS`, :data:`_TRAILING`)."""
    typed, written = list(_WORD.finditer(text)), list(_WORD.finditer(read))
    if len(typed) != len(written):
        return text, read
    seq = [m.group(0).lower() for m in written]
    start, end = 0, len(seq)
    m = _TRAILING.search(read)
    if m is not None and m.start() > 0:
        kept = sum(1 for w in written if w.end() <= m.start())
        if kept:
            end = kept
    for lead in (*LEADING_CLASSIFIERS, *LEADING_FILLERS):
        n = len(lead)
        need = 1 if lead in LEADING_CLASSIFIERS else 2
        if tuple(seq[start : start + n]) == lead and end - start - n >= need:
            start += n
            break
    if (start, end) == (0, len(seq)):
        return text, read
    t0, t1 = typed[start].start(), typed[end - 1].end()
    r0, r1 = written[start].start(), written[end - 1].end()
    return text[t0:t1], read[r0:r1]


_FIBRES = ("cotton", "wool", "synthetic", "man-made", "artificial", "silk")


def woven_twin(hs6: str, names: Mapping[str, str]) -> str | None:
    """The subheading of chapter 62 for the same garments of the same fibre as the knitted subheading ``hs6`` of
    chapter 61 (6104.62 women's cotton trousers, knitted → 6204.62, not knitted), where HS 2022 numbers it alike
    and names the same goods and fibre (``names``: HS 2022 texts by subheading), else None."""
    twin = "62" + hs6[2:]
    if hs6[:2] != "61" or hs6 not in names or twin not in names:
        return None
    knit, woven = names[hs6].lower(), names[twin].lower()
    if knit.split(";")[0].split()[0] != woven.split(";")[0].split()[0]:
        return None
    return twin if [f in knit for f in _FIBRES] == [f in woven for f in _FIBRES] else None


def with_woven_twins(found: Sequence[str], names: Mapping[str, str], among: int = 5) -> list[str]:
    """``found`` (subheadings, best first) with the woven twin of each knitted one among its first ``among`` right
    after it, unless it comes before: a garment named without its fabric (dệt kim, dệt thoi) may be either."""
    out = list(found)
    for hs6 in list(out[:among]):
        twin = woven_twin(hs6, names)
        if twin is None or twin in out[: out.index(hs6)]:
            continue
        if twin in out:
            out.remove(twin)
        out.insert(out.index(hs6) + 1, twin)
    return out


#: The vehicles a Vietnamese name can say its goods are for (folded words), and how HS 2022 texts name them.
_VEHICLE_WORDS = (
    ("car", re.compile(r"\b(?:o to|oto|xe hoi|xe tai|xe con|xe khach|xe buyt)\b")),
    ("motorcycle", re.compile(r"\b(?:xe may|mo to|moto|xe gan may|xe mo to)\b")),
    ("bicycle", re.compile(r"\b(?:xe dap)\b")),
)
#: The words of HS 2022 texts that say their goods are for vehicles, and those that agree with each kind:
#: "cycles or motor vehicles" (8512.20) serves a motorcycle too, vehicle parts (8708, 87.01 to 87.05) only cars.
_VEHICLE_TEXT = re.compile(
    r"\b(?:vehicle parts|motor vehicles?|motor cars?|lorries|buses|motorcycles?|(?:bi)?cycles?)\b"
)
_AGREES = {
    "car": re.compile(r"\b(?:vehicle parts|motor vehicles?|motor cars?|lorries|buses)\b"),
    "motorcycle": re.compile(r"\b(?:motorcycles?|motor vehicles?|cycles)\b"),
    "bicycle": re.compile(r"\b(?:bicycles?|cycles)\b"),
}


def vehicle(text: str) -> str | None:
    """The one vehicle a Vietnamese name says its goods are for ("má phanh ô tô": car), else None."""
    folded = " ".join(fold_word(w) for w in words(text))
    said = {kind for kind, pattern in _VEHICLE_WORDS if pattern.search(folded)}
    return said.pop() if len(said) == 1 else None


def disagrees(kind: str, english: str) -> bool:
    """Whether an HS 2022 text names the goods of vehicles, none of them of ``kind`` (see :func:`vehicle`)."""
    english = english.lower()
    return _VEHICLE_TEXT.search(english) is not None and _AGREES[kind].search(english) is None


#: Who a Vietnamese name says its goods are for, as written (the folded "nam" is also năm, a year, and "nu" nụ,
#: a bud): men and boys, women and girls, or babies.
_WEARERS = (
    ("men", re.compile(r"\b(?:nam(?: giới)?|đàn ông|bé trai|trẻ em trai|con trai|em trai)\b")),
    ("women", re.compile(r"\b(?:nữ(?: giới)?|phụ nữ|đàn bà|bé gái|trẻ em gái|con gái|em gái)\b")),
    ("babies", re.compile(r"\b(?:trẻ sơ sinh|sơ sinh|em bé)\b")),
)
#: "Nam" in a place or direction says nothing of a wearer: Việt Nam, Hà Nam, miền Nam, Nam Định, Nam Phi ...
_NAM_PLACE = re.compile(
    r"\b(?:việt|hà|quảng|miền|phương|hướng|đông|tây|hải) nam\b|\bnam (?:định|bộ|phi|mỹ|á|cực|kinh|hàn|trung|sơn"
    r"|châm|việt|tư|ninh)\b"
)
#: How HS 2022 texts name the wearers of garments.
_WEARER_TEXT = {
    "men": re.compile(r"\bmen's or boys'"),
    "women": re.compile(r"\bwomen's or girls'"),
    "babies": re.compile(r"\bbabies'"),
}


def wearer(text: str) -> str | None:
    """The one wearer a Vietnamese name (with its diacritics) says its goods are for ("quần short nữ": women,
    "áo sơ mi bé trai": men, for men's or boys'), else None."""
    written = " ".join(words(text))
    written = _NAM_PLACE.sub(" ", written)
    said = {kind for kind, pattern in _WEARERS if pattern.search(written)}
    return said.pop() if len(said) == 1 else None


def wearer_disagrees(kind: str, english: str) -> bool:
    """Whether an HS 2022 text names the goods of wearers, none of them ``kind`` (see :func:`wearer`): 6103.42
    men's or boys' trousers are not for a woman; 6104.62, for women or girls, not for a baby."""
    said = {k for k, pattern in _WEARER_TEXT.items() if pattern.search(english.lower())}
    return bool(said) and kind not in said


#: Words after which a Vietnamese tariff line names what its goods serve, not what they are ("Công tắc ... thích
#: hợp dùng cho nồi cơm điện" is a switch).
_SERVES = re.compile(r"\b(?:dùng|sử dụng|dành|thích hợp) (?:cho|trong)\b")
#: After these, a line names goods it holds again ("dùng cho động vật (kể cả dây dắt ...)").
_HOLDS = re.compile(r"\b(?:kể cả|bao gồm)\b")


def only_served(name_head: str, text: str) -> bool | None:
    """Whether the Vietnamese ``text`` has the head of a name (its words in a row, with or without diacritics)
    only after a purpose word ("dùng cho", "sử dụng trong" ...), as goods it serves (True), also where it names
    goods it is or holds (before any purpose word, or after "kể cả": False), or not at all (None)."""
    wanted = [fold_word(w) for w in words(name_head)]
    if not wanted:
        return None
    seq = words(text)
    folded = [fold_word(w) for w in seq]
    n, found, served = len(wanted), False, True
    for k in range(len(folded) - n + 1):
        if folded[k : k + n] == wanted:
            found = True
            before = " ".join(seq[:k])
            purpose = [m.end() for m in _SERVES.finditer(before)]
            served = served and bool(purpose) and _HOLDS.search(before, purpose[-1]) is None
    return (found and served) if found else None


#: The base metals a Vietnamese name says its goods are of (as written, after :func:`as_tariff_writes`: inox is
#: "thép không gỉ"), and the first words of the HS 2022 texts of chapters 72 to 81 for each.
_METAL_WORDS = (("steel", re.compile(r"\b(?:thép|sắt|gang)\b")), ("aluminium", re.compile(r"\bnhôm\b")))
_METAL_TEXT = re.compile(
    r"^(?:(?P<steel>iron|steel|cast iron|ferrous|ferro-alloys|pig iron)|(?P<aluminium>aluminium)|copper|nickel|lead"
    r"|zinc|tin|tungsten|molybdenum|tantalum|magnesium|cobalt|bismuth|cadmium|titanium|zirconium|antimony"
    r"|manganese|beryllium|chromium|germanium|vanadium|gallium|hafnium|indium|niobium|rhenium|thallium|metals)\b"
)


def metal(text: str) -> str | None:
    """The one base metal a Vietnamese name says its goods are of ("đinh thép": steel, "chảo nhôm": aluminium)."""
    written = as_tariff_writes(" ".join(words(text)))
    said = {kind for kind, pattern in _METAL_WORDS if pattern.search(written)}
    return said.pop() if len(said) == 1 else None


def metal_disagrees(kind: str, english: str) -> bool:
    """Whether an HS 2022 text is of the goods of a base metal other than ``kind`` (see :func:`metal`): 7415.10
    "Copper; nails ..." for steel nails, while 7317 "Iron or steel; nails ..." and texts of no metal agree."""
    m = _METAL_TEXT.match(english.lower().split(";")[0].strip())
    return m is not None and m.group(kind) is None
