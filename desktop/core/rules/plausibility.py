"""Plausibility warnings on a shipment: cargo mass per container for its size, density of each goods line, declared
value per kg. The limits are data (resources/rules/plausibility.json, sources beside it); a value outside them is
unusual rather than wrong, so every rule here is a warning.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from desktop.core.model.shipment import Shipment
from desktop.core.resources import resource_path
from desktop.core.rules.documents import SHIPMENT_RULES, W, _rules
from desktop.core.rules.engine import Issue, fmt, issue


@cache
def limits() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("rules", "plausibility.json").read_text(encoding="utf-8"))
    return data


def _dec(value: Any) -> Decimal:
    return Decimal(str(value))


def _kg(value: Decimal) -> str:
    return fmt(value.quantize(Decimal(1)))


@_rules(
    SHIPMENT_RULES,
    "shipment",
    (("shipment.container_payload", W), ("shipment.container_volume", W)),
    ("gross_weight", "containers", "goods.*.gross_weight", "goods.*.volume_m3"),
)
def _container_payload(s: Shipment, today: date, out: list[Issue]) -> None:
    """The cargo of each box (its packed goods lines, or the shipment spread evenly) against what its size holds."""
    if not s.containers:
        return
    payload, volume = limits()["container_payload_kg"], limits()["container_volume_m3"]
    assigned = any(box.goods_lines for box in s.containers)
    count = len(s.containers)
    for index, box in enumerate(s.containers):
        size = (box.size_type or "")[:1]
        if size not in payload or box.lcl:
            continue
        if assigned:
            lines = [s.goods[n - 1] for n in box.goods_lines if 1 <= n <= len(s.goods)]
            mass = sum((ln.gross_weight for ln in lines if ln.gross_weight is not None), Decimal(0))
            cube = sum((ln.volume_m3 for ln in lines if ln.volume_m3 is not None), Decimal(0))
        else:
            mass = (s.gross_weight or Decimal(0)) / count
            cube = sum((ln.volume_m3 for ln in s.goods if ln.volume_m3 is not None), Decimal(0)) / count
        path = f"containers.{index}.size_type"
        if mass > _dec(payload[size]):
            out.append(
                issue(
                    "shipment.container_payload",
                    path,
                    mass=_kg(mass),
                    size_type=box.size_type,
                    limit=fmt(_dec(payload[size])),
                )
            )
        room = volume.get((box.size_type or "")[:2], volume.get(size))  # 45.. is a 40 ft high cube
        if room is not None and cube > _dec(room):
            out.append(
                issue(
                    "shipment.container_volume",
                    path,
                    volume=fmt(cube.quantize(Decimal("0.1"))),
                    size_type=box.size_type,
                    limit=fmt(_dec(room)),
                )
            )


@_rules(SHIPMENT_RULES, "shipment", (("goods.density", W),), ("goods.*.gross_weight", "goods.*.volume_m3"))
def _density(s: Shipment, today: date, out: list[Issue]) -> None:
    bounds = limits()["density_kg_per_m3"]
    low, high = _dec(bounds["min"]), _dec(bounds["max"])
    for index, line in enumerate(s.goods):
        if line.gross_weight is None or not line.volume_m3 or line.volume_m3 <= 0 or line.gross_weight <= 0:
            continue
        density = line.gross_weight / line.volume_m3
        if not low <= density <= high:
            out.append(
                issue(
                    "goods.density",
                    f"goods.{index}.volume_m3",
                    density=_kg(density),
                    low=fmt(low),
                    high=fmt(high),
                )
            )


@_rules(SHIPMENT_RULES, "shipment", (("goods.value_per_kg", W),), ("currency", "goods.*.total", "goods.*.net_weight"))
def _value_per_kg(s: Shipment, today: date, out: list[Issue]) -> None:
    rate = limits()["usd_per_unit"].get(s.currency)
    if rate is None:
        return
    bounds = limits()["value_per_kg_usd"]
    low, high = _dec(bounds["min"]), _dec(bounds["max"])
    for index, line in enumerate(s.goods):
        if line.total is None or line.net_weight is None or line.net_weight <= 0 or line.total <= 0:
            continue
        try:
            per_kg = line.total / line.net_weight
            usd = per_kg * _dec(rate)
        except (InvalidOperation, ArithmeticError):
            continue
        if not low <= usd <= high:
            out.append(
                issue(
                    "goods.value_per_kg",
                    f"goods.{index}.total",
                    value=fmt(per_kg.quantize(Decimal("0.01"))),
                    currency=s.currency,
                    usd=fmt(usd.quantize(Decimal("0.01"))),
                )
            )
