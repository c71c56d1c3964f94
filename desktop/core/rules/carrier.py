"""Rules a carrier's booking system (DCSA Booking 2.0) adds: dangerous goods details, contract, declared value,
package codes. Registered into the shipment and booking rule lists."""

from __future__ import annotations

from datetime import date

from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.shipment import Shipment
from desktop.core.rules.documents import BOOKING_RULES, SHIPMENT_RULES, E, W, _rules
from desktop.core.rules.engine import Issue, issue


@_rules(SHIPMENT_RULES, "shipment", (("shipment.dg_details", E),), ("goods.*.un_number", "goods.*.dangerous"))
def _shipment_dg_details(s: Shipment, today: date, out: list[Issue]) -> None:
    for index, line in enumerate(s.goods):
        if line.un_number and line.dangerous is None:
            out.append(issue("shipment.dg_details", f"goods.{index}.dangerous", un_number=line.un_number))


@_rules(
    BOOKING_RULES, "booking", (("booking.dg_details", E), ("booking.dg_weight", E)),
    ("equipment.*.commodities.*.un_number", "equipment.*.commodities.*.dangerous",
     "equipment.*.commodities.*.gross_weight_kg"),
)
def _booking_dg_details(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    for index, eq in enumerate(b.equipment):
        for k, com in enumerate(eq.commodities):
            path = f"equipment.{index}.commodities.{k}."
            if com.un_number and com.dangerous is None:
                out.append(issue("booking.dg_details", path + "dangerous", un_number=com.un_number))
            elif com.dangerous is not None and com.dangerous.gross_weight_kg is None and com.gross_weight_kg is None:
                out.append(issue("booking.dg_weight", path + "dangerous.gross_weight_kg"))


@_rules(
    BOOKING_RULES, "booking", (("booking.contract_both", E),),
    ("service_contract_reference", "contract_quotation_reference"),
)
def _contract(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    # no contract at all is left to the carrier profile's default (the DCSA export names it when still missing)
    if b.service_contract_reference and b.contract_quotation_reference:
        out.append(issue("booking.contract_both", "contract_quotation_reference"))


@_rules(BOOKING_RULES, "booking", (("booking.declared_value_missing", E),), ("ad_valorem_cover", "declared_value"))
def _ad_valorem(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    if b.ad_valorem_cover and b.declared_value is None:
        out.append(issue("booking.declared_value_missing", "declared_value"))


@_rules(
    BOOKING_RULES, "booking", (("booking.package_code_missing", W),),
    ("equipment.*.commodities.*.packages", "equipment.*.commodities.*.package_code"),
)
def _package_code(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    for index, eq in enumerate(b.equipment):
        for k, com in enumerate(eq.commodities):
            if com.packages and not com.package_code:
                out.append(issue("booking.package_code_missing", f"equipment.{index}.commodities.{k}.package_code"))


@_rules(
    BOOKING_RULES, "booking", (("booking.party_address_incomplete", E),),
    ("document_parties.*.street", "document_parties.*.city", "document_parties.*.country"),
)
def _party_address(b: RailSeaBooking, today: date, out: list[Issue]) -> None:
    # DCSA's structured address needs street, city and country together; without any of them the free-text
    # address goes as address lines instead
    for index, p in enumerate(b.document_parties):
        if not (p.street or p.street_number or p.post_code or p.city):
            continue
        for name in ("street", "city", "country"):
            if not getattr(p, name):
                out.append(issue("booking.party_address_incomplete", f"document_parties.{index}.{name}",
                                 party=p.name))


@_rules(
    SHIPMENT_RULES, "shipment", (("shipment.party_address_incomplete", E),),
    ("shipper.street", "shipper.city", "shipper.country", "consignee.street", "consignee.city", "consignee.country"),
)
def _shipment_party_address(s: Shipment, today: date, out: list[Issue]) -> None:
    for role in ("shipper", "consignee"):
        p = getattr(s, role)
        if p is None or not (p.street or p.street_number or p.post_code or p.city):
            continue
        for name in ("street", "city", "country"):
            if not getattr(p, name):
                out.append(issue("shipment.party_address_incomplete", f"{role}.{name}", party=p.name))
