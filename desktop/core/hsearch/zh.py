"""Chinese goods names: the specs a declaration adds to a name, and the head of a name (the word that says what the
goods are).

A Chinese name puts what the goods are last and what they are for or made of first: 摩托车轮辋 is a 轮辋,
棉制餐桌用织物制品 (table linen) is a 织物制品 and not a 餐桌. A declared name is followed by specs the tariff
never words that way: "12V 60Ah 汽车启动用铅酸蓄电池", "不锈钢球阀 DN50", "白酒 52度".

Words stay the character pairs of :mod:`text`: a word segmenter (jieba 0.42.1 with its own dictionary) gave the
Chinese tuning cases nothing a pair does not (top-5 within a case or two, with and without the synonyms of their
answers, whether its words were features or only found the head) for 42 MB and a 0.75 s dictionary load.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.resources import csv_rows

#: A number with its unit or range (12V, 60Ah, 2.5mm², 450/750V, 52度, 3吨, ≤0.5%): the tariff words sizes in its
#: own way (排气量超过125毫升), so a number says nothing to the search and its unit letters would count as words.
_QUANTITY = re.compile(
    r"[≤≥<>＜＞~～约]?\d+(?:[.,，/×xX*~～\-]\d+)*\s*"
    r"(?:[A-Za-zμΩ°℃%％²³]+|毫米|厘米|公分|千克|公斤|毫升|千瓦|英寸|米|克|吨|升|伏|瓦|安|匹|寸|度|芯|目|号)?"
)
#: A model or size code of letters and digits (DN50, M8, IP65, A4, 0603), and the labels of specs with their value.
_CODE = re.compile(
    r"(?<![A-Za-z])[A-Za-z]{1,4}\d[A-Za-z0-9\-./]*|(?:型号|规格|货号|品牌|牌号)[:：]?\s*[A-Za-z0-9\-./]*"
)
_SEPARATORS = re.compile(r"[\s,，;；:：/|+＋]+")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_BRACKETS = re.compile(r"[（(][^（()）]*[)）]")
#: Where a tariff name's modifier ends: what follows the last 的 or 用 (not 用品, 用具, 用途, 用于) is its head.
_MODIFIER_END = re.compile(r"的|用(?![品具途于])")
_CLAUSE_END = re.compile(r"[，,；;：:。]")


def strip_specs(text: str) -> str:
    """A Chinese name without its quantities and model codes: "12V 60Ah 汽车启动用铅酸蓄电池" becomes
    "汽车启动用铅酸蓄电池"."""
    return " ".join(_QUANTITY.sub(" ", _CODE.sub(" ", text)).split())


def name_head(text: str) -> str:
    """The head of a declared Chinese name: the last Han run of its first part (the name before the specs):
    "运动鞋 橡胶底 布面" → "运动鞋", "布艺沙发 木框架" → "布艺沙发"."""
    for part in _SEPARATORS.split(strip_specs(text)):
        runs = _HAN_RUN.findall(part)
        if runs:
            return str(runs[-1])
    return ""


def text_head(text: str) -> str:
    """The head of a tariff line's or a synonym's Chinese wording: its first clause without what brackets say,
    after its last modifier ("摩托车（包括机器脚踏两用车)用零件、附件" → "零件、附件",
    "其他马，改良种用除外" → "其他马")."""
    clause = _CLAUSE_END.split(_BRACKETS.sub("", text), maxsplit=1)[0]
    parts = _MODIFIER_END.split(clause)
    return parts[-1] if parts[-1].strip() else clause


def head_class(text: str) -> str:
    """The tariff's word for the kind of goods the head of a Chinese name names, from
    resources/hs-synonyms/heads.csv (the longest ending of the head listed there): "实木床" → "卧室用家具",
    "办公椅" → "坐具"; "" for a head it does not list or lists with no class ("台式钻床": a machine tool)."""
    head = name_head(text)
    table = _head_classes()
    for start in range(len(head)):
        kind = table.get(head[start:])
        if kind is not None:
            return _of_material(kind, material(text)) if kind else ""
    return ""


def material(text: str) -> str:
    """The tariff's word for the material of furniture a Chinese name says (resources/hs-synonyms/materials.csv, the
    longest listed word first): "铁艺书架" → "金属", "藤编茶几" → "藤制", "" where it says none listed (wood stays
    with its room: the tariff splits only wooden furniture by room)."""
    for term, word in _materials():
        if term in text:
            return word
    return ""


def _of_material(kind: str, word: str) -> str:
    """Furniture and seats of a material as the tariff words them: only wooden furniture is split by room (卧室用,
    厨房用), metal only into office (办公室用金属家具) and other furniture; seats by their frame (金属框架坐具)."""
    if not word:
        return kind
    if kind.endswith("家具"):
        return ("办公室用" if word == "金属" and kind.startswith("办公室用") else "") + word + "家具"
    return word + kind


@lru_cache(maxsize=1)
def _head_classes() -> dict[str, str]:
    return {r["head"].strip(): r["class"].strip() for r in csv_rows("hs-synonyms", "heads.csv")}


@lru_cache(maxsize=1)
def _materials() -> tuple[tuple[str, str], ...]:
    rows = [(r["term"].strip(), r["material"].strip()) for r in csv_rows("hs-synonyms", "materials.csv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


_WOVEN = re.compile(r"非针织|非钩编|机织|梭织|平织")
_KNITTED = re.compile(r"针织|钩编")


def knitted(text: str) -> bool | None:
    """Whether a Chinese name says its textile goods are knitted or crocheted (针织, 钩编: True), woven or otherwise
    not knitted (机织, 梭织, 非针织: False), or neither (None)."""
    if _WOVEN.search(text):
        return False
    return True if _KNITTED.search(text) else None


#: A character that may end a place before the goods: 云南产咖啡, 四川的腊肉.
_PLACE_TAIL = "产的"
#: A name keeps the place it starts with when fewer Han characters than this would be left.
MIN_GOODS = 2


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """The places and sellers' words of resources/hs-synonyms/zh_places.csv."""
    return frozenset(r["term"].strip() for r in csv_rows("hs-synonyms", "zh_places.csv"))


def _leading_place(text: str) -> int:
    """How long the longest place or seller's word ``text`` starts with is (with a 产 or 的 that ends it), or 0."""
    places = _places()
    for n in range(min(len(text), 5), 0, -1):
        if text[:n] in places:
            return n + 1 if n < len(text) and text[n] in _PLACE_TAIL else n
    return 0


def without_places(text: str) -> str:
    """A Chinese name without the places and sellers' words it starts with, which the tariff never words:
    "广西沙田柚" → "沙田柚", "新款高档钢质防盗门" → "钢质防盗门"; the name unchanged where less than
    :data:`MIN_GOODS` Han characters would be left ("和田玉")."""
    rest = text
    while True:
        n = _leading_place(rest)
        left = rest[n:].lstrip()
        if not n or sum(len(r) for r in _HAN_RUN.findall(left)) < MIN_GOODS:
            return rest
        rest = left


#: What a tariff line says it does not cover: a bracket saying so ("（玉米除外）", "（不包括翼尖）"), a clause
#: ending in 除外 ("改良种用除外", "但品目1516的产品除外") and a clause starting with 不包括 or 不含 ("不含生物柴油";
#: not 不含或含有, which says either).
_EXCLUDED = (
    re.compile(r"[（(][^（()）]*(?:除外|不包括|不含(?!或))[^（()）]*[)）]"),
    re.compile(r"(?:^|(?<=[，,；;]))[^，,；;。（()）]*除外(?=[，,；;。]|$)"),
    re.compile(r"[，,；;]\s*但?(?:不包括|不含(?!或))[^，,；;。]*"),
)


def without_exclusions(text: str) -> str:
    """A tariff line's Chinese wording without what it says it does not cover, which a name must not find it by:
    "柴油,不含生物柴油" → "柴油" (生物柴油 is 3826), "其他冻杂碎（牛、猪杂碎除外）" → "其他冻杂碎"; the wording
    unchanged where nothing would be left."""
    out = text
    for pattern in _EXCLUDED:
        out = pattern.sub("", out)
    return out if _HAN_RUN.search(out) else text
