"""Goods under export inspection (检验检疫): the CIQ defaults of a goods line, the licence documents its supervision
conditions ask for, the certificates to request, and the inspection office codes of a customs office.

Rules are data: resources/rules/inspection.json (by commodity-code prefix, the longest match wins) and the
``ciq_org`` of each office in resources/codes/customs_district.json; their sources are in the SOURCE.md files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop.core.resources import resource_path


@dataclass(frozen=True, slots=True)
class InspectionRule:
    hs_prefix: str
    conditions: str  # supervision conditions: A inspected on import, B on export
    ciq_code: str
    goods_attr: str
    purpose: str
    certificates: tuple[str, ...]

    @property
    def on_export(self) -> bool:
        return "B" in self.conditions


@cache
def _data() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(resource_path("rules", "inspection.json").read_text(encoding="utf-8"))
    return raw


@cache
def _rules() -> tuple[InspectionRule, ...]:
    rules = [
        InspectionRule(
            hs_prefix=str(r["hs_prefix"]), conditions=str(r["conditions"]), ciq_code=str(r.get("ciq_code", "")),
            goods_attr=str(r.get("goods_attr", "")), purpose=str(r.get("purpose", "")),
            certificates=tuple(str(c) for c in r.get("certificates", [])),
        )
        for r in _data()["rules"]
    ]
    return tuple(sorted(rules, key=lambda r: -len(r.hs_prefix)))


def rule_for(commodity_code: str) -> InspectionRule | None:
    """The inspection rule of a commodity code (longest prefix first); None for goods not inspected."""
    code = commodity_code.strip()
    if not code:
        return None
    for rule in _rules():
        if code.startswith(rule.hs_prefix):
            return rule
    return None


def export_inspected(commodity_code: str) -> InspectionRule | None:
    """The rule of goods that are inspected before export (supervision condition B), else None."""
    rule = rule_for(commodity_code)
    return rule if rule is not None and rule.on_export else None


def licence_codes(conditions: str) -> list[str]:
    """The licence document codes (随附单证) the supervision conditions ask for on an export."""
    table: dict[str, dict[str, str]] = _data()["licence_for_condition"]
    return [table[c]["code"] for c in conditions if c in table]


@dataclass(frozen=True, slots=True)
class CertificateRequest:
    """A certificate to ask the inspection office for: its 申请单证 code and how many originals and copies."""

    code: str
    originals: int
    copies: int


def certificate_requests(kinds: tuple[str, ...]) -> list[CertificateRequest]:
    """The certificate requests of a rule's ``certificates`` (kinds the rule data does not list are skipped)."""
    table: dict[str, dict[str, Any]] = _data().get("certificate_requests", {})
    return [
        CertificateRequest(str(table[k]["code"]), int(table[k].get("originals", 1)), int(table[k].get("copies", 0)))
        for k in kinds if k in table
    ]


@cache
def _ciq_orgs() -> dict[str, str]:
    raw = json.loads(resource_path("codes", "customs_district.json").read_text(encoding="utf-8"))
    return {str(e["code"]): str(e["ciq_org"]) for e in raw["entries"] if e.get("ciq_org")}


def ciq_office(customs_office: str) -> str:
    """The inspection office code (检验检疫机关) of a customs office, or of its head office; "" when unknown."""
    orgs = _ciq_orgs()
    if customs_office in orgs:
        return orgs[customs_office]
    return orgs.get(f"{customs_office[:2]}00", "") if len(customs_office) == 4 else ""
