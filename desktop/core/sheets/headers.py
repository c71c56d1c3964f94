"""Header words -> model fields, built from the fields' single definitions plus the synonyms in resources/sheets.

A field is known by its name, its import column, its label in every language (the ``Field`` catalogue) and
the synonyms of ``resources/sheets/headers.json``. Matching folds case, width, spaces and punctuation, and
tries again without a trailing unit in brackets, so ``毛重（KGS）``, ``G.W. (kg)`` and ``Gross weight`` all
find ``gross_weight``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel

from desktop.core import i18n
from desktop.core.model.fields import LABEL_CONTEXT, field_specs
from desktop.core.model.shipment import GoodsLine, Shipment
from desktop.core.resources import resource_path

LINE_NUMBER = "#line"  # the pseudo-field of an item number column (序号, No., STT)
#: Goods line fields an invoice never carries as columns.
GOODS_SKIP = frozenset({"product_id"})
#: Shipment fields read from the cells above the goods table (label then value).
SHIPMENT_FIELDS = ("invoice_no", "invoice_date", "contract_no", "reference", "currency", "incoterm", "marks",
                   "trade_country", "destination_country", "package_type", "producer_name", "remarks",
                   "consignee.name", "consignee.address")

_BRACKET = re.compile(r"[(（\[【].*?[)）\]】]\s*$")
_DROP = re.compile(r"[\s.:：*#_/\\'’\-–,，;；]+")


def fold_header(text: str) -> str:
    """A header reduced to what tells it apart: NFKC, lower case, no spaces or punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _DROP.sub("", text)


def _bare(text: str) -> str:
    """The header without a trailing bracket (``Gross weight (kg)`` -> ``Gross weight``)."""
    return _BRACKET.sub("", unicodedata.normalize("NFKC", text).strip())


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("sheets", "headers.json").read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Folded header -> field name for one model, with the words of totals rows."""

    words: dict[str, str]
    totals: frozenset[str]

    def field_for(self, header: str) -> str | None:
        if not header.strip():
            return None
        found = self.words.get(fold_header(header))
        if found is None:
            found = self.words.get(fold_header(_bare(header)))
        return found

    def is_totals(self, text: str) -> bool:
        folded = fold_header(text)
        return bool(folded) and (folded in self.totals or any(folded.startswith(t) for t in self.totals))


def _add(words: dict[str, str], key: str | None, name: str, bare: bool) -> None:
    if key:
        folded = fold_header(_bare(key) if bare else key)
        if folded and folded not in words:
            words[folded] = name


def _vocabulary(model: type[BaseModel], section: str, names: tuple[str, ...] | None,
                skip: frozenset[str]) -> Vocabulary:
    synonyms: dict[str, list[str]] = _data().get(section, {})
    specs = field_specs(model)
    chosen = [n for n in (names or tuple(specs)) if n not in skip]
    keys: dict[str, list[str]] = {}
    for name in chosen:
        if name not in specs:  # a party's field (consignee.name): known by its synonyms only
            keys[name] = list(synonyms.get(name, []))
            continue
        spec = specs[name]
        labels = [spec.column or "", name, spec.label,
                  *(i18n.translate(LABEL_CONTEXT, spec.label, lang) for lang in i18n.LANGUAGES)]
        keys[name] = [*synonyms.get(name, []), *labels]
    if section == "goods_line":
        keys[LINE_NUMBER] = list(_data().get("line_number", []))
    words: dict[str, str] = {}
    # whole words before words without their bracket, synonyms (what invoices say) before labels
    for bare in (False, True):
        for name, found in keys.items():
            for word in found:
                _add(words, word, name, bare)
    totals = frozenset(fold_header(w) for w in _data().get("totals", []))
    return Vocabulary(words, totals)


@cache
def goods_vocabulary() -> Vocabulary:
    return _vocabulary(GoodsLine, "goods_line", None, GOODS_SKIP)


@cache
def shipment_vocabulary() -> Vocabulary:
    return _vocabulary(Shipment, "shipment", SHIPMENT_FIELDS, frozenset())


@cache
def unit_words() -> dict[str, str]:
    """Folded unit word (code, name in any language, abbreviation) -> customs unit code."""
    from desktop.core.codes import tables

    out: dict[str, str] = {}
    for code, words in _data().get("units", {}).items():
        for word in words:
            out.setdefault(fold_header(word), code)
    for entry in tables.table("unit"):
        for key in (entry.code, entry.zh_CN, entry.en, entry.vi):
            if key:
                out.setdefault(fold_header(key), entry.code)
    return out


def template_headers(lang: str) -> list[tuple[str, str]]:
    """(field name, header in ``lang``) for the goods template: the fields' labels as the catalogue has them."""
    specs = field_specs(GoodsLine)
    return [(name, i18n.translate(LABEL_CONTEXT, spec.label, lang))
            for name, spec in specs.items() if name not in GOODS_SKIP]
