"""Rules of the shipment, the rail-sea booking and the company: generic field checks plus document rules."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TypeVar

from pydantic import BaseModel

from desktop.core.model.booking import DocumentPartyRole, LocationFunction, RailSeaBooking
from desktop.core.model.master import Company
from desktop.core.model.shipment import Container, GoodsLine, Shipment
from desktop.core.rules.engine import (
    GENERIC,
    Issue,
    Severity,
    container_problem,
    fmt,
    fmt_day,
    is_reefer,
    issue,
    register,
    register_generic,
    total_differs,
    uscc_problem,
    walk,
)

E, W = Severity.ERROR, Severity.WARNING
DocT = TypeVar("DocT", bound=BaseModel)
Check = Callable[[DocT, date, list[Issue]], None]

register_generic("shipment", "shipment")
register_generic("booking", "booking", tuple(k for k in GENERIC if k != "hs_length"))  # 6-digit HS code
register_generic("company", "company", ("required", "max_length", "pattern", "unknown_code"))

COMPANY_RULES: list[Callable[[Company, date, list[Issue]], None]] = []
SHIPMENT_RULES: list[Callable[[Shipment, date, list[Issue]], None]] = []
BOOKING_RULES: list[Callable[[RailSeaBooking, date, list[Issue]], None]] = []


def _rules(
    target: list[Callable[[DocT, date, list[Issue]], None]],
    scope: str,
    ids: tuple[tuple[str, Severity], ...],
    depends: tuple[str, ...],
) -> Callable[[Check[DocT]], Check[DocT]]:
    def wrap(fn: Check[DocT]) -> Check[DocT]:
        for rule_id, severity in ids:
            register(rule_id, severity, scope, depends)
        target.append(fn)
        return fn

    return wrap


# --- company ---

_SKIP_USCC: dict[type[BaseModel], frozenset[str]] = {Company: frozenset({"uscc"})}


@_rules(COMPANY_RULES, "company", (("company.uscc_format", E), ("company.uscc_check_digit", W)), ("uscc",))
def _company_uscc(c: Company, today: date, out: list[Issue]) -> None:
    if not c.uscc:
        return
    problem = uscc_problem(c.uscc)
    if problem:
        out.append(issue(f"company.uscc_{problem}", "uscc", value=c.uscc[:40]))


def check_company(company: Company, path: str = "") -> list[Issue]:
    """Issues of a company's master data (USCC, customs code, names, codes)."""
    out: list[Issue] = []
    walk(company, path, "company", out, _SKIP_USCC)
    for rule in COMPANY_RULES:
        found: list[Issue] = []
        rule(company, date.today(), found)
        out.extend(Issue(i.rule_id, path + i.field_path, i.severity, i.params) for i in found)
    return out


# --- shipment ---


@_rules(SHIPMENT_RULES, "shipment", (("shipment.no_goods", E),), ("goods",))
def _no_goods(s: Shipment, today: date, out: list[Issue]) -> None:
    if not s.goods:
        out.append(issue("shipment.no_goods", "goods"))


@_rules(
    SHIPMENT_RULES,
    "shipment",
    (("shipment.uscc_format", E), ("shipment.uscc_check_digit", W)),
    ("producer_uscc",),
)
def _producer_uscc(s: Shipment, today: date, out: list[Issue]) -> None:
    if s.producer_uscc:
        problem = uscc_problem(s.producer_uscc)
        if problem:
            out.append(issue(f"shipment.uscc_{problem}", "producer_uscc", value=s.producer_uscc[:40]))


def _weights(net: Decimal | None, gross: Decimal | None, path: str, out: list[Issue]) -> None:
    for name, value in (("net_weight", net), ("gross_weight", gross)):
        if value is not None and value <= 0:
            out.append(issue("shipment.not_positive", path + name, value=fmt(value)))
    if net is not None and gross is not None and net > gross:
        out.append(issue("shipment.net_over_gross", path + "net_weight", net=fmt(net), gross=fmt(gross)))


@_rules(
    SHIPMENT_RULES,
    "shipment",
    (("shipment.net_over_gross", E), ("shipment.not_positive", E)),
    (
        "net_weight",
        "gross_weight",
        "package_count",
        "goods.*.net_weight",
        "goods.*.gross_weight",
        "goods.*.quantity",
        "goods.*.unit_price",
        "goods.*.total",
        "goods.*.packages",
    ),
)
def _shipment_weights(s: Shipment, today: date, out: list[Issue]) -> None:
    _weights(s.net_weight, s.gross_weight, "", out)
    if s.package_count is not None and s.package_count <= 0:
        out.append(issue("shipment.not_positive", "package_count", value=s.package_count))
    for index, line in enumerate(s.goods):
        _weights(line.net_weight, line.gross_weight, f"goods.{index}.", out)
        for name in ("quantity", "unit_price", "total", "packages"):
            value = line.__dict__.get(name)
            if value is not None and value <= 0:
                out.append(issue("shipment.not_positive", f"goods.{index}.{name}", value=fmt(value)))


@_rules(SHIPMENT_RULES, "shipment", (("shipment.single_package", E),), ("package_type", "package_count"))
def _shipment_single(s: Shipment, today: date, out: list[Issue]) -> None:
    if s.package_type in ("00", "01") and s.package_count is not None and s.package_count != 1:
        out.append(issue("shipment.single_package", "package_count", wrap_type=s.package_type, count=s.package_count))


@_rules(
    SHIPMENT_RULES,
    "shipment",
    (("item.total_mismatch", E),),
    ("goods.*.quantity", "goods.*.unit_price", "goods.*.total"),
)
def _line_totals(s: Shipment, today: date, out: list[Issue]) -> None:
    for index, line in enumerate(s.goods):
        expected = total_differs(line.quantity, line.unit_price, line.total)
        if expected is not None:
            out.append(
                issue(
                    "item.total_mismatch",
                    f"goods.{index}.total",
                    total=fmt(line.total),
                    expected=fmt(expected),
                    quantity=fmt(line.quantity),
                    unit_price=fmt(line.unit_price),
                )
            )


def _sum(values: list[Decimal | None]) -> Decimal | None:
    if not values or any(v is None for v in values):
        return None
    try:
        return sum((v for v in values if v is not None), Decimal(0))
    except ArithmeticError:  # absurd magnitudes: other rules report them
        return None


@_rules(
    SHIPMENT_RULES,
    "shipment",
    (("shipment.sum_mismatch", W),),
    (
        "net_weight",
        "gross_weight",
        "package_count",
        "goods.*.net_weight",
        "goods.*.gross_weight",
        "goods.*.packages",
    ),
)
def _sums(s: Shipment, today: date, out: list[Issue]) -> None:
    pairs: tuple[tuple[str, Decimal | int | None, list[Decimal | None]], ...] = (
        ("net_weight", s.net_weight, [ln.net_weight for ln in s.goods]),
        ("gross_weight", s.gross_weight, [ln.gross_weight for ln in s.goods]),
        (
            "package_count",
            s.package_count,
            [Decimal(ln.packages) if ln.packages is not None else None for ln in s.goods],
        ),
    )
    for name, header, lines in pairs:
        summed = _sum(lines)
        if header is not None and summed is not None and Decimal(header) != summed:
            out.append(issue("shipment.sum_mismatch", name, value=fmt(header), sum=fmt(summed)))


@_rules(
    SHIPMENT_RULES,
    "shipment",
    (
        ("container.check_digit", E),
        ("container.format", E),
        ("shipment.container_goods_line", E),
        ("shipment.reefer_temperature", E),
        ("shipment.goods_line_not_packed", W),
    ),
    (
        "containers.*.number",
        "containers.*.goods_lines",
        "containers.*.size_type",
        "containers.*.reefer_temperature_c",
        "goods",
    ),
)
def _containers(s: Shipment, today: date, out: list[Issue]) -> None:
    packed: set[int] = set()
    count = len(s.goods)
    for index, box in enumerate(s.containers):
        _container_number(box, f"containers.{index}.number", out)
        for n in box.goods_lines:
            if not 1 <= n <= count:
                out.append(
                    issue(
                        "shipment.container_goods_line",
                        f"containers.{index}.goods_lines",
                        line=n,
                        count=count,
                    )
                )
                break
        packed.update(box.goods_lines)
        if is_reefer(box.size_type) and box.reefer_temperature_c is None:
            out.append(
                issue(
                    "shipment.reefer_temperature",
                    f"containers.{index}.reefer_temperature_c",
                    size_type=box.size_type,
                )
            )
    if s.containers and any(box.goods_lines for box in s.containers):
        for n in range(1, count + 1):
            if n not in packed:
                out.append(issue("shipment.goods_line_not_packed", f"goods.{n - 1}", line=n))


def _container_number(box: Container, path: str, out: list[Issue]) -> None:
    # the format itself is the field's pattern (shipment.pattern); only the check digit is left
    if box.number and container_problem(box.number) == "check_digit":
        out.append(issue("container.check_digit", path, value=box.number))


@_rules(
    SHIPMENT_RULES,
    "shipment",
    (("shipment.dangerous_goods", E),),
    ("dangerous_goods", "goods.*.un_number", "goods.*.imo_class"),
)
def _shipment_dangerous(s: Shipment, today: date, out: list[Issue]) -> None:
    any_dg = False
    for index, line in enumerate(s.goods):
        any_dg = any_dg or bool(line.un_number)
        _dg_line(line, f"goods.{index}.", "shipment.dangerous_goods", out)
    if s.dangerous_goods and not any_dg and s.goods:
        out.append(issue("shipment.dangerous_goods", "goods.0.un_number"))


def _dg_line(line: GoodsLine, path: str, rule_id: str, out: list[Issue]) -> None:
    if line.un_number and not line.imo_class:
        out.append(issue(rule_id, path + "imo_class"))
    elif line.imo_class and not line.un_number:
        out.append(issue(rule_id, path + "un_number"))


@_rules(SHIPMENT_RULES, "shipment", (("shipment.departure_past", W),), ("route.requested_departure",))
def _shipment_departure(s: Shipment, today: date, out: list[Issue]) -> None:
    departure = s.route.requested_departure
    if departure is not None and departure < today:
        out.append(issue("shipment.departure_past", "route.requested_departure", date=fmt_day(departure)))


#: Incoterms 2020 rule -> the customs transaction mode it is declared as (EXW; FOB for F-terms; C&F for CFR and
#: CPT; CIF for CIF, CIP and the D-terms) [M: the customs filling guide's correspondence table].
INCOTERM_TRANSACTION_MODE = {
    "EXW": "7",
    "FCA": "3",
    "FAS": "3",
    "FOB": "3",
    "CFR": "2",
    "CPT": "2",
    "CIF": "1",
    "CIP": "1",
    "DAP": "1",
    "DPU": "1",
    "DDP": "1",
}


@_rules(SHIPMENT_RULES, "shipment", (("shipment.incoterm_transaction_mode", W),), ("incoterm", "transaction_mode"))
def _incoterm_mode(s: Shipment, today: date, out: list[Issue]) -> None:
    expected = INCOTERM_TRANSACTION_MODE.get(s.incoterm)
    if expected and s.transaction_mode and s.transaction_mode != expected:
        out.append(
            issue(
                "shipment.incoterm_transaction_mode",
                "transaction_mode",
                incoterm=s.incoterm,
                transaction_mode=s.transaction_mode,
                expected=expected,
            )
        )


def check_shipment(shipment: Shipment, company: Company | None = None, today: date | None = None) -> list[Issue]:
    """Issues of the shipment itself, then (when given) of its company under ``company.`` paths.

    The drafts derived from the shipment are checked with :func:`check_declaration` / :func:`check_booking`.
    """
    day = today or date.today()
    out: list[Issue] = []
    walk(shipment, "", "shipment", out)
    for rule in SHIPMENT_RULES:
        rule(shipment, day, out)
    if company is not None:
        out.extend(check_company(company, "company."))
    return out


# --- booking ---


@_rules(
    BOOKING_RULES,
    "booking",
    (
        ("booking.no_equipment", E),
        ("booking.equipment_units", E),
        ("booking.no_commodities", E),
        ("booking.container_count", W),
    ),
    ("equipment", "equipment.*.units", "equipment.*.commodities", "equipment.*.container_numbers"),
)
def _equipment(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    if not b.equipment:
        out.append(issue("booking.no_equipment", "equipment"))
    for index, eq in enumerate(b.equipment):
        if eq.units < 1:
            out.append(issue("booking.equipment_units", f"equipment.{index}.units", units=eq.units))
        elif len(eq.container_numbers) > eq.units:
            out.append(
                issue(
                    "booking.container_count",
                    f"equipment.{index}.container_numbers",
                    count=len(eq.container_numbers),
                    units=eq.units,
                )
            )
        if not eq.commodities:
            out.append(issue("booking.no_commodities", f"equipment.{index}.commodities"))


@_rules(
    BOOKING_RULES,
    "booking",
    (("container.check_digit", E), ("container.format", E)),
    ("equipment.*.container_numbers",),
)
def _booking_numbers(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    for index, eq in enumerate(b.equipment):
        for k, number in enumerate(eq.container_numbers):
            if not number:
                continue
            problem = container_problem(number)
            if problem:
                out.append(issue(f"container.{problem}", f"equipment.{index}.container_numbers.{k}", value=number[:40]))


@_rules(
    BOOKING_RULES,
    "booking",
    (("booking.reefer_temperature", E),),
    ("equipment.*.iso_code", "equipment.*.reefer_temperature_c"),
)
def _reefer(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    for index, eq in enumerate(b.equipment):
        if is_reefer(eq.iso_code) and eq.reefer_temperature_c is None:
            out.append(
                issue(
                    "booking.reefer_temperature",
                    f"equipment.{index}.reefer_temperature_c",
                    size_type=eq.iso_code,
                )
            )


@_rules(
    BOOKING_RULES,
    "booking",
    (("booking.dangerous_goods", E),),
    (
        "equipment.*.dangerous_goods",
        "equipment.*.commodities.*.un_number",
        "equipment.*.commodities.*.imo_class",
    ),
)
def _booking_dangerous(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    for index, eq in enumerate(b.equipment):
        declared = False
        for k, com in enumerate(eq.commodities):
            path = f"equipment.{index}.commodities.{k}."
            if com.un_number and not com.imo_class:
                out.append(issue("booking.dangerous_goods", path + "imo_class"))
            elif com.imo_class and not com.un_number:
                out.append(issue("booking.dangerous_goods", path + "un_number"))
            declared = declared or bool(com.un_number and com.imo_class)
        if eq.dangerous_goods and not declared and not any(c.un_number or c.imo_class for c in eq.commodities):
            out.append(issue("booking.dangerous_goods", f"equipment.{index}.dangerous_goods"))


@_rules(BOOKING_RULES, "booking", (("booking.departure_past", E),), ("requested_departure",))
def _departure(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    if b.requested_departure is not None and b.requested_departure < today:
        out.append(issue("booking.departure_past", "requested_departure", date=fmt_day(b.requested_departure)))


@_rules(BOOKING_RULES, "booking", (("booking.location_missing", E),), ("locations",))
def _locations(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    present = {loc.function for loc in b.locations if loc.locode}
    for function in (LocationFunction.PORT_OF_LOADING, LocationFunction.PORT_OF_DISCHARGE):
        if function not in present:
            out.append(issue("booking.location_missing", "locations", function=function.value))


@_rules(BOOKING_RULES, "booking", (("booking.party_missing", E),), ("document_parties",))
def _parties(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    present = {p.role for p in b.document_parties}
    for role in (DocumentPartyRole.BOOKING_AGENT, DocumentPartyRole.SHIPPER, DocumentPartyRole.CONSIGNEE):
        if role not in present:
            out.append(issue("booking.party_missing", "document_parties", role=role.value))


@_rules(BOOKING_RULES, "booking", (("booking.declared_currency", E),), ("declared_value", "declared_currency"))
def _declared_value(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    if b.declared_value is not None and not b.declared_currency:
        out.append(issue("booking.declared_currency", "declared_currency"))


def check_booking(booking: RailSeaBooking, today: date | None = None) -> list[Issue]:
    """Every issue of the rail-sea booking."""
    day = today or date.today()
    out: list[Issue] = []
    walk(booking, "", "booking", out)
    for rule in BOOKING_RULES:
        rule(booking, day, out)
    return out
