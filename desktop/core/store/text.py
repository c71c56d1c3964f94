"""Search text: folding (case, width, Vietnamese diacritics) and what gets indexed for each kind of record.

The index holds *folded* text and queries are folded the same way, so ``hai phong`` finds ``Hải Phòng``,
``ＡＢＣ`` finds ``abc`` and ``CQMOTO`` finds ``cqmoto``. Chinese characters pass through unchanged; the
trigram tokenizer finds any substring of 3 or more characters, shorter queries are answered by a substring
scan.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

_SPECIAL = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o"})


#: Han, kana and Hangul letters: scripts written without spaces between words (no punctuation such as ・).
CJK = re.compile(
    r"[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\uac00-\ud7a3\U00020000-\U0003134f]+"
)


def cjk_tokens(folded: str) -> str:
    """The CJK characters of ``folded`` one per token (``x`` between runs), for the 1-2 character index.

    ``"摩托车 engine 链条"`` -> ``"摩 托 车 x 链 条"``: a phrase query ``"链 条"`` then matches exactly where the
    two characters stand side by side.
    """
    return " x ".join(" ".join(run) for run in CJK.findall(folded))


def is_cjk(word: str) -> bool:
    return CJK.fullmatch(word) is not None


class _Marks(dict[int, int | None]):
    """``str.translate`` table dropping combining marks: each character is looked up once, then remembered."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _Marks()


def fold(text: str) -> str:
    """Lower-case, half-width, without diacritics; whitespace runs become one space."""
    if not text:
        return ""
    text = text.translate(_SPECIAL)
    if not text.isascii():  # ASCII has nothing to decompose, no marks and nothing to compose
        text = unicodedata.normalize("NFC", unicodedata.normalize("NFKD", text).translate(_MARKS))
    return " ".join(text.casefold().split())


def _join(values: Iterable[Any]) -> str:
    seen: list[str] = []
    for value in values:
        if value is None:
            continue
        s = str(value).strip()
        if s and s not in seen:
            seen.append(s)
    return fold("\n".join(seen))


def _party(p: Any) -> list[Any]:
    if not isinstance(p, Mapping):
        return []
    return [p.get("name"), p.get("name_local"), p.get("tax_id"), p.get("aeo_code")]


def _items(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def shipment_text(d: Mapping[str, Any]) -> str:
    route = d.get("route") if isinstance(d.get("route"), Mapping) else {}
    assert isinstance(route, Mapping)
    values: list[Any] = [
        d.get("reference"),
        d.get("contract_no"),
        d.get("invoice_no"),
        d.get("producer_name"),
        d.get("producer_uscc"),
        *_party(d.get("shipper")),
        *_party(d.get("consignee")),
        *_party(d.get("notify_party")),
        route.get("bill_no"),
        route.get("rail_waybill"),
        route.get("train_no"),
        route.get("vessel"),
        route.get("rail_origin_station"),
        d.get("remarks"),
    ]
    for g in _items(d.get("goods")):
        values += [g.get("name_zh"), g.get("name_en"), g.get("commodity_code")]
    for c in _items(d.get("containers")):
        values += [c.get("number"), c.get("seal")]
    return _join(values)


def declaration_text(d: Mapping[str, Any]) -> str:
    values: list[Any] = [
        d.get("customs_no"),
        d.get("client_seq_no"),
        d.get("contr_no"),
        d.get("bill_no"),
        d.get("traf_name"),
        d.get("trade_name"),
        d.get("trade_co_scc"),
        d.get("trade_code"),
        d.get("consignee_name"),
        d.get("owner_name"),
        d.get("agent_name"),
        d.get("license_no"),
        d.get("manual_no"),
        d.get("note_s"),
    ]
    for item in _items(d.get("items")):
        values += [item.get("g_name"), item.get("code_ts")]
    for c in _items(d.get("containers")):
        values.append(c.get("number"))
    return _join(values)


def booking_text(d: Mapping[str, Any]) -> str:
    values: list[Any] = [
        d.get("carrier_booking_reference"),
        d.get("client_seq_no"),
        d.get("through_document_no"),
        d.get("export_declaration_reference"),
        d.get("train_no"),
        d.get("rail_waybill"),
        d.get("vessel_name"),
        d.get("voyage_no"),
        d.get("service_code"),
        d.get("rail_origin_station"),
        d.get("remarks"),
    ]
    for p in _items(d.get("document_parties")):
        values += [p.get("name"), p.get("tax_id")]
    for eq in _items(d.get("equipment")):
        values += list(eq.get("container_numbers") or [])
        for c in _items(eq.get("commodities")):
            values += [c.get("description"), c.get("hs_code"), c.get("un_number")]
    return _join(values)


def product_text(d: Mapping[str, Any]) -> str:
    return _join([d.get("name_zh"), d.get("name_en"), d.get("commodity_code"), d.get("declaration_elements")])


def party_text(d: Mapping[str, Any]) -> str:
    return _join([d.get("name"), d.get("name_local"), d.get("tax_id"), d.get("country")])


TEXT_OF = {"shipment": shipment_text, "declaration": declaration_text, "booking": booking_text}
