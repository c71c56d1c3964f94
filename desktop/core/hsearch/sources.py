"""The reference data the HS search reads: the Chinese tariff, HS 2022, the Vietnamese tariff, Vietnamese
declared-goods examples and the synonym file, each from resources/ (see the SOURCE.md beside each file)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.core.resources import csv_rows

#: Where a text comes from; the search reports it as the reason a candidate matched.
SYNONYM, CN_ZH, CN_EN, HS2022, VN_TARIFF, VN_EXAMPLE = "synonym", "cn_zh", "cn_en", "hs2022", "vn", "vn_example"


@dataclass(frozen=True, slots=True)
class TariffLine:
    """An 8-digit line of the Chinese tariff (税则号列) with both legal units as GACC unit codes."""

    code8: str
    hs6: str
    name_zh: str
    name_en: str
    unit1: str
    unit2: str


@dataclass(frozen=True, slots=True)
class Text:
    """One searchable text: its source, the HS 2022 subheading it stands for and (when known) the 8-digit line."""

    source: str
    hs6: str
    code8: str
    text: str
    weight: float = 1.0
    note: str = ""
    lang: str = ""  # the language of its Latin words: "vi", "en", or "" (unknown, or Chinese)


def _rows(*parts: str) -> Iterator[dict[str, str]]:
    yield from csv_rows(*parts)


def cn_tariff() -> list[TariffLine]:
    return [
        TariffLine(
            r["code8"], r["hs6"], r["name_zh"].strip(), r["name_en"].strip(),
            r["unit1_decl_code"].strip(), r["unit2_decl_code"].strip(),
        )
        for r in _rows("cn-tariff", "cn_commodity_codes_8digit_2023.csv")
    ]


def hs2022() -> dict[str, str]:
    """HS 2022 6-digit subheading → English description."""
    return {
        r["hscode"]: r["description"].strip()
        for r in _rows("hs2022", "harmonized-system.csv")
        if r["level"] == "6" and r["hscode"].isdigit()
    }


def vn_tariff() -> tuple[list[Text], dict[str, int]]:
    """The Vietnamese tariff's lines that say what they hold, and how many lines each subheading has in all
    (with the "Loại khác" ones: a subheading with one line is not split, its line's name is the subheading's)."""
    out = []
    counts: dict[str, int] = {}
    for r in _rows("vn-ahtn", "vn_tariff_8digit_2026.csv"):
        if r["code8"].startswith("98"):
            continue  # chapter 98 is national, not HS
        counts[r["hs6"]] = counts.get(r["hs6"], 0) + 1
        leaf = r["desc_vi_leaf"].strip()
        if leaf.rstrip(":").strip().lower() in ("loại khác", "khác"):
            continue  # "Other" says nothing alone
        out.append(Text(VN_TARIFF, r["hs6"], "", leaf, note=r["code8"], lang="vi"))
    return out, counts


#: An example's name with its material and use says more than the name alone, but less surely.
DESCRIBED_WEIGHT = 0.85
#: The start of a declared description (what the goods are, in the declarant's words) counts less again.
DECLARED_WEIGHT = 0.8
DECLARED_WORDS = 12
_CLAUSE = re.compile(r"[,;(.:]\s|[,;(:]")


def vn_examples(skip_rows: frozenset[int] = frozenset()) -> list[Text]:
    """Names Vietnamese importers declared goods under (hs6 of their code); repeated names carry more weight.
    ``skip_rows`` (1-based data rows of the file) are left out: the rows the search is evaluated on. Each text's
    note says where it comes from: the declared code and the first row of the file that has it."""
    seen: dict[tuple[str, str], list[int]] = {}  # (hs6, name) -> [declarations, first row]
    described: dict[tuple[str, str], str] = {}
    declared: dict[tuple[str, str], str] = {}
    notes: dict[int, str] = {}
    for n, r in enumerate(_rows("product-names", "vn_declared_goods_examples.csv"), start=1):
        if n in skip_rows:
            continue
        name = r["product_name_vi"].strip()
        key = (r["hs8_vn"][:6], name)
        if key[1]:
            notes[n] = f"{r['hs8_vn']}, product-names row {n}"
            seen.setdefault(key, [0, n])[0] += int(r["declaration_count"] or 1)
            extra = " ".join(x for x in (r["material_vi"].strip(), r["use_vi"].strip()) if x)
            if extra:
                described.setdefault((key[0], f"{name} {extra}"), notes[n])
            said = declared_wording(r["sample_description_vi"])
            if said and fold_key(said) != fold_key(name):
                declared.setdefault((key[0], said), notes[n])
    return [
        Text(VN_EXAMPLE, hs6, "", name, 1.0 if count >= 3 else 0.95, notes[first], "vi")
        for (hs6, name), (count, first) in seen.items()
    ] + [Text(VN_EXAMPLE, hs6, "", text, DESCRIBED_WEIGHT, note, "vi") for (hs6, text), note in described.items()] + [
        Text(VN_EXAMPLE, hs6, "", text, DECLARED_WEIGHT, note, "vi") for (hs6, text), note in declared.items()
    ]


def declared_wording(description: str) -> str:
    """What a declared goods description says the goods are: its start, up to the first comma, semicolon,
    bracket, full stop or colon (the model, size, brand and maker follow), at most :data:`DECLARED_WORDS` words."""
    head = _CLAUSE.split(description.strip(), maxsplit=1)[0]
    return " ".join(head.split()[:DECLARED_WORDS])


def fold_key(text: str) -> str:
    return " ".join(text.lower().split())


def synonyms() -> list[Text]:
    """Everyday trade names the tariff wording lacks (resources/hs-synonyms/synonyms.csv)."""
    out = []
    for r in _rows("hs-synonyms", "synonyms.csv"):
        code = r["code"].strip()
        lang = r["lang"] if r["lang"] in ("vi", "en") else ""
        out.append(
            Text(SYNONYM, code[:6], code if len(code) == 8 else "", r["term"].strip(), note=r["source"], lang=lang)
        )
    return out
