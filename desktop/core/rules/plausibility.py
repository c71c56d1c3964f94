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

from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.shipment import Shipment
from desktop.core.resources import resource_path
from desktop.core.rules.documents import BOOKING_RULES, SHIPMENT_RULES, W, _rules
from desktop.core.rules.engine import Issue, fmt, issue


@cache
def limits() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("rules", "plausibility.json").read_text(encoding="utf-8"))
    return data


def _dec(value: Any) -> Decimal:
    return Decimal(str(value))


def _rounded(value: Decimal, step: str) -> str:
    """``value`` to ``step`` (1, 0.1, 0.01) for a message; a number too large to round is shown as it is."""
    try:
        return fmt(value.quantize(Decimal(step)))
    except InvalidOperation:
        return fmt(value)


def _kg(value: Decimal) -> str:
    return _rounded(value, "1")


def payload_kg(size_type: str) -> Decimal | None:
    """The cargo a box of ISO 6346 ``size_type`` normally carries: its own row (22G1, 45G1, 45R1 ...), else a row of
    the same length, height and type group (45R8 as 45R1), else its length (2, 4, L); None for an unknown length."""
    table = limits()["container_payload_kg"]
    code = (size_type or "").strip().upper()
    if code in table:
        return _dec(table[code])
    similar = next((key for key in table if len(key) == 4 and len(code) >= 3 and key[:3] == code[:3]), None)
    if similar is not None:
        return _dec(table[similar])
    return _dec(table[code[:1]]) if code[:1] in table else None


def _box_load(s: Shipment, lines: list[int] | None, holders: dict[int, int], count: int) -> tuple[Decimal, Decimal]:
    """Mass and volume in one box: its packed goods lines (each shared among the boxes it is in), or, when no box
    lists its lines (``lines`` None), the shipment spread evenly over ``count`` boxes."""
    if lines is None:
        mass = (s.gross_weight or Decimal(0)) / count
        cube = sum((ln.volume_m3 for ln in s.goods if ln.volume_m3 is not None), Decimal(0)) / count
        return mass, cube
    mass, cube = Decimal(0), Decimal(0)
    for n in set(lines):
        if 1 <= n <= len(s.goods):
            line = s.goods[n - 1]
            mass += (line.gross_weight or Decimal(0)) / holders[n]
            cube += (line.volume_m3 or Decimal(0)) / holders[n]
    return mass, cube


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
    volume = limits()["container_volume_m3"]
    assigned = any(box.goods_lines for box in s.containers)
    count = len(s.containers)
    holders: dict[int, int] = {}  # goods line -> how many boxes it is packed in (its mass is shared among them)
    for box in s.containers:
        for n in set(box.goods_lines):
            holders[n] = holders.get(n, 0) + 1
    for index, box in enumerate(s.containers):
        size = (box.size_type or "")[:1]
        limit = payload_kg(box.size_type or "")
        if limit is None or box.lcl:
            continue
        try:
            mass, cube = _box_load(s, box.goods_lines if assigned else None, holders, count)
        except ArithmeticError:  # a figure past what a Decimal holds is no cargo to weigh against a box
            continue
        path = f"containers.{index}.size_type"
        if mass > limit:
            out.append(
                issue(
                    "shipment.container_payload",
                    path,
                    mass=_kg(mass),
                    size_type=box.size_type,
                    limit=fmt(limit),
                )
            )
        room = volume.get((box.size_type or "")[:2], volume.get(size))  # 45.. is a 40 ft high cube
        if room is not None and cube > _dec(room):
            out.append(
                issue(
                    "shipment.container_volume",
                    path,
                    volume=_rounded(cube, "0.1"),
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
        try:
            density = line.gross_weight / line.volume_m3
        except ArithmeticError:  # past what a Decimal holds: no density to judge
            continue
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
                    value=_rounded(per_kg, "0.01"),
                    currency=s.currency,
                    usd=_rounded(usd, "0.01"),
                )
            )


@_rules(
    BOOKING_RULES,
    "booking",
    (("booking.equipment_payload", W),),
    ("equipment.*.iso_code", "equipment.*.units", "equipment.*.commodities.*.gross_weight_kg"),
)
def _equipment_payload(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    """The cargo booked on each equipment line, spread over its units, against what one box of its size carries."""
    for index, equipment in enumerate(b.equipment):
        limit = payload_kg(equipment.iso_code)
        units = max(equipment.units, 1)
        try:
            mass = sum((c.gross_weight_kg for c in equipment.commodities if c.gross_weight_kg is not None), Decimal(0))
            over = limit is not None and mass / units > limit
        except ArithmeticError:  # past what a Decimal holds: no load to weigh against a box
            continue
        if over:
            out.append(
                issue(
                    "booking.equipment_payload",
                    f"equipment.{index}.units",
                    mass=_kg(mass / units),
                    size_type=equipment.iso_code,
                    limit=fmt(limit),
                    units=fmt(units),
                )
            )
