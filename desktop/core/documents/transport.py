"""The rail-sea booking request and the multimodal through bill of lading draft (一单制).

Both print the booking (given, or derived from the shipment with ``derive_booking``); the bill adds the marks,
packages and container seals of the shipment: rail leg and sea leg under one through document number.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.core.documents.base import (
    N_,
    Labels,
    box,
    clean,
    code_name,
    form,
    head,
    item_table,
    para,
    section,
    title,
    txt,
)
from desktop.core.documents.build import Built
from desktop.core.documents.source import DocumentKind, DocumentSource
from desktop.core.model.booking import (
    Commodity,
    DocumentParty,
    DocumentPartyRole,
    LocationFunction,
    RailSeaBooking,
    RequestedEquipment,
)
from desktop.core.model.shipment import Container, GoodsLine, Route, Shipment

B = RailSeaBooking


def _sum(values: list[Decimal | None]) -> Decimal | None:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


def _party(booking: RailSeaBooking, role: DocumentPartyRole) -> DocumentParty | None:
    return next((p for p in booking.document_parties if p.role == role), None)


def _party_lines(party: DocumentParty | None, lb: Labels, local: str = "") -> list[str]:
    if party is None:
        return []
    return [party.name, local, party.address, lb.code("country", party.country), party.tax_id]


def _location(booking: RailSeaBooking, fn: LocationFunction, lb: Labels) -> str:
    found = next((loc.locode for loc in booking.locations if loc.function == fn), "")
    return lb.code("locode", found)


RAIL_LEG = (LocationFunction.PLACE_OF_RECEIPT, LocationFunction.PORT_OF_LOADING)
SEA_LEG = (LocationFunction.PORT_OF_LOADING, LocationFunction.PORT_OF_DISCHARGE)


def _leg(booking: RailSeaBooking, ends: tuple[LocationFunction, LocationFunction]) -> str:
    codes = [next((loc.locode for loc in booking.locations if loc.function == fn), "") for fn in ends]
    return " → ".join(c for c in codes if c)


def _yes_no(lb: Labels, value: bool) -> str:
    return lb.text(N_("Document", "Yes") if value else N_("Document", "No"))


def _local_names(shipment: Shipment | None) -> dict[DocumentPartyRole, str]:
    if shipment is None:
        return {}
    names = {DocumentPartyRole.SHIPPER: shipment.shipper.name_local,
             DocumentPartyRole.CONSIGNEE: shipment.consignee.name_local}
    if shipment.notify_party is not None:
        names[DocumentPartyRole.NOTIFY] = shipment.notify_party.name_local
    return names


def _commodities(booking: RailSeaBooking) -> list[tuple[RequestedEquipment, Commodity]]:
    return [(eq, c) for eq in booking.equipment for c in eq.commodities]


def _dg(c: Commodity) -> str:
    return " ".join(p for p in (f"UN{c.un_number}" if c.un_number else "", c.imo_class) if p)


def build_booking(source: DocumentSource, lb: Labels) -> Built:
    booking = source.the_booking(DocumentKind.BOOKING)
    shipment = source.shipment
    heading = lb.doc(N_("Document", "Rail-Sea Booking Request"))
    f = lb.field
    local = _local_names(shipment)
    reference = booking.carrier_booking_reference or booking.through_document_no or (
        shipment.reference if shipment is not None else booking.id)
    story: list[Flowable] = [*title(heading), Spacer(1, 4)]
    parties = [
        box(lb.field(Shipment, role_field), *_party_lines(
            _party(booking, role), lb, local.get(role, "")))
        for role, role_field in (
            (DocumentPartyRole.SHIPPER, "shipper"),
            (DocumentPartyRole.CONSIGNEE, "consignee"),
            (DocumentPartyRole.NOTIFY, "notify_party"),
        )
    ]
    story += form([
        ([parties[0], box(f(B, "carrier_booking_reference"), booking.carrier_booking_reference),
          box(f(B, "through_document_no"), booking.through_document_no)], (3, 1.5, 1.5)),
        ([parties[1], box(f(Shipment, "reference"), shipment.reference if shipment else ""),
          box(f(B, "export_declaration_reference"), booking.export_declaration_reference)], (3, 1.5, 1.5)),
        ([parties[2], box(f(B, "requested_departure"), lb.day(booking.requested_departure)),
          box(f(B, "service_code"), booking.service_code)], (3, 1.5, 1.5)),
    ])
    story += [Spacer(1, 5), section(lb.doc(N_("Document", "Route and schedule"))), Spacer(1, 2)]
    story += form([
        ([box(f(Route, "place_of_receipt"), _location(booking, LocationFunction.PLACE_OF_RECEIPT, lb)),
          box(f(Route, "port_of_loading"), _location(booking, LocationFunction.PORT_OF_LOADING, lb)),
          box(f(Route, "port_of_discharge"), _location(booking, LocationFunction.PORT_OF_DISCHARGE, lb)),
          box(f(Route, "place_of_delivery"), _location(booking, LocationFunction.PLACE_OF_DELIVERY, lb))],
         (1, 1, 1, 1)),
        ([box(lb.doc(N_("Document", "Rail leg")), lb.choice(booking.pre_carriage), _leg(booking, RAIL_LEG)),
          box(f(B, "rail_origin_station"), booking.rail_origin_station),
          box(f(B, "train_no"), booking.train_no), box(f(B, "rail_waybill"), booking.rail_waybill)],
         (1, 1, 1, 1)),
        ([box(lb.doc(N_("Document", "Sea leg")), _leg(booking, SEA_LEG)),
          box(f(B, "vessel_name"), booking.vessel_name), box(f(B, "voyage_no"), booking.voyage_no),
          box(f(B, "incoterm"), lb.code("incoterm", booking.incoterm))],
         (1, 1, 1, 1)),
    ])
    story += [Spacer(1, 5), section(lb.doc(N_("Document", "Booking terms"))), Spacer(1, 2)]
    story += form([
        ([box(f(B, "receipt_type_at_origin"), lb.choice(booking.receipt_type_at_origin)),
          box(f(B, "delivery_type_at_destination"), lb.choice(booking.delivery_type_at_destination)),
          box(f(B, "cargo_movement_type_at_origin"), lb.choice(booking.cargo_movement_type_at_origin)),
          box(f(B, "cargo_movement_type_at_destination"), lb.choice(booking.cargo_movement_type_at_destination)),
          box(f(B, "transport_document_type"), lb.choice(booking.transport_document_type)),
          box(f(B, "freight_payment"), lb.choice(booking.freight_payment))],
         (1, 1, 1, 1, 1, 1)),
        ([box(f(B, "equipment_substitution_allowed"), _yes_no(lb, booking.equipment_substitution_allowed)),
          box(f(B, "export_declaration_required"), _yes_no(lb, booking.export_declaration_required)),
          box(f(B, "declared_value"), " ".join(p for p in (booking.declared_currency,
                                                             lb.money(booking.declared_value)) if p)
              if booking.ad_valorem_cover else ""),
          box(f(B, "equipment"), *(_equipment_text(eq, lb) for eq in booking.equipment))],
         (1, 1, 1, 2)),
    ])
    story += [Spacer(1, 5), section(f(B, "equipment")), Spacer(1, 2)]
    header = [
        head(lb.doc(N_("Document", "No."))), head(f(RequestedEquipment, "iso_code")),
        head(f(Commodity, "hs_code")), head(f(Commodity, "description")), head(f(Commodity, "packages")),
        head(f(Commodity, "gross_weight_kg")), head(f(Commodity, "volume_m3")),
        head(f(Commodity, "un_number")),
    ]
    pairs = _commodities(booking)
    rows = [
        [txt(n, "center"), txt(eq.iso_code), txt(c.hs_code), txt(c.description),
         txt(_packages(c.packages, c.package_code, lb), "num"),
         txt(lb.num(c.gross_weight_kg), "num"), txt(lb.num(c.volume_m3), "num"), txt(_dg(c))]
        for n, (eq, c) in enumerate(pairs, 1)
    ]
    packages = [c.packages for _, c in pairs if c.packages is not None]
    totals = [[txt(lb.doc(N_("Document", "Total")).inline()), "", "", "",
               txt(lb.num(sum(packages)) if packages else "", "num"),
               txt(lb.num(_sum([c.gross_weight_kg for _, c in pairs])), "num"),
               txt(lb.num(_sum([c.volume_m3 for _, c in pairs])), "num"), ""]]
    table = item_table(header, rows, (9, 18, 19, 59, 28, 22, 18, 16), totals)
    table.setStyle([("SPAN", (0, len(rows) + 1), (3, len(rows) + 1))])
    story.append(table)
    story.append(Spacer(1, 6))
    requester = source.company_or_blank()
    story.append(KeepTogether(form([
        ([box(f(B, "remarks"), booking.remarks),
          box(lb.doc(N_("Document", "Requested by")), requester.name_zh or requester.name_en, "\n\n"),
          box(lb.doc(N_("Document", "Carrier use")), "\n\n")],
         (2, 2, 1.5)),
    ])))
    return Built(title=heading.inline(), reference=reference, story=story,
                 running=f"{heading.primary} · {reference}",
                 subject=shipment.reference if shipment is not None else reference)


def _equipment_text(eq: RequestedEquipment, lb: Labels) -> str:
    parts = [f"{eq.units} × {lb.code('iso_size_type', eq.iso_code)}"]
    if eq.container_numbers:
        parts.append(", ".join(eq.container_numbers))
    if eq.reefer_temperature_c is not None:
        parts.append(f"{lb.num(eq.reefer_temperature_c)} °C")
    return " · ".join(parts)


# ------------------------------------------------------------------------------------------------ bill

def _cargo_rows(shipment: Shipment | None, booking: RailSeaBooking, lb: Labels) -> list[list[Any]]:
    """One row per goods line of the shipment (or per booked commodity when there is no shipment)."""
    if shipment is not None and shipment.goods:
        seals = {n: box_ for box_ in shipment.containers for n in box_.goods_lines}
        rows = []
        for n, ln in enumerate(shipment.goods, 1):
            container = seals.get(n)
            rows.append([
                txt(n, "center"), txt(_goods_name(ln, lb)), txt(ln.commodity_code),
                txt(_packages(ln.packages, shipment.package_type, lb), "num"),
                txt(_container_seal(container)), txt(lb.num(ln.gross_weight), "num"),
                txt(lb.num(ln.volume_m3), "num"),
            ])
        return rows
    return [
        [txt(n, "center"), txt(c.description), txt(c.hs_code),
         txt(_packages(c.packages, c.package_code, lb), "num"),
         txt(", ".join(eq.container_numbers)), txt(lb.num(c.gross_weight_kg), "num"),
         txt(lb.num(c.volume_m3), "num")]
        for n, (eq, c) in enumerate(_commodities(booking), 1)
    ]


def _packages(count: int | None, kind: str, lb: Labels) -> str:
    name = code_name("package_type", kind, lb.code_lang) or kind
    return " ".join(p for p in (lb.num(count), name) if p)


def _goods_name(line: GoodsLine, lb: Labels) -> str:
    first, second = (line.name_zh, line.name_en) if lb.primary == "zh_CN" else (line.name_en, line.name_zh)
    return "\n".join(n for n in (first, second) if n)


def _container_seal(container: Container | None) -> str:
    if container is None:
        return ""
    return "\n".join(p for p in (container.number, container.seal) if p)


def _bill_totals(
    shipment: Shipment | None, booking: RailSeaBooking, lb: Labels
) -> tuple[str, Decimal | None, Decimal | None]:
    if shipment is not None:
        packages = shipment.package_count
        if packages is None:
            counted = [ln.packages for ln in shipment.goods if ln.packages is not None]
            packages = sum(counted) if counted else None
        gross = shipment.gross_weight if shipment.gross_weight is not None else _sum(
            [ln.gross_weight for ln in shipment.goods])
        return lb.num(packages), gross, _sum([ln.volume_m3 for ln in shipment.goods])
    pairs = _commodities(booking)
    counted = [c.packages for _, c in pairs if c.packages is not None]
    return (lb.num(sum(counted)) if counted else "", _sum([c.gross_weight_kg for _, c in pairs]),
            _sum([c.volume_m3 for _, c in pairs]))


def build_bill(source: DocumentSource, lb: Labels) -> Built:
    booking = source.the_booking(DocumentKind.BILL)
    shipment = source.shipment
    heading = lb.doc(N_("Document", "Multimodal Through Bill of Lading (Draft)"))
    f = lb.field
    local = _local_names(shipment)
    number_ = booking.through_document_no or booking.carrier_booking_reference
    story: list[Flowable] = [*title(heading, lb.sentence(
        N_("Document", "Rail and sea carriage under one through document number (一单制)."))), Spacer(1, 4)]

    def party(role: DocumentPartyRole, name: str) -> list[Flowable]:
        return box(lb.field(Shipment, name), *_party_lines(_party(booking, role), lb, local.get(role, "")))

    containers = shipment.containers if shipment is not None else []
    story += form([
        ([party(DocumentPartyRole.SHIPPER, "shipper"), box(f(B, "through_document_no"), number_),
          box(f(B, "carrier_booking_reference"), booking.carrier_booking_reference)], (3, 1.5, 1.5)),
        ([party(DocumentPartyRole.CONSIGNEE, "consignee"),
          box(f(B, "export_declaration_reference"), booking.export_declaration_reference),
          box(f(Shipment, "reference"), shipment.reference if shipment else "")], (3, 1.5, 1.5)),
        ([party(DocumentPartyRole.NOTIFY, "notify_party"),
          box(f(B, "transport_document_type"), lb.choice(booking.transport_document_type)),
          box(f(B, "freight_payment"), lb.choice(booking.freight_payment))], (3, 1.5, 1.5)),
        ([box(f(B, "pre_carriage"), lb.choice(booking.pre_carriage)),
          box(f(Route, "place_of_receipt"), _location(booking, LocationFunction.PLACE_OF_RECEIPT, lb)),
          box(f(B, "rail_origin_station"), booking.rail_origin_station),
          box(f(B, "train_no"), booking.train_no), box(f(B, "rail_waybill"), booking.rail_waybill)],
         (1, 1.2, 1.2, 1, 1.2)),
        ([box(lb.doc(N_("Document", "Ocean vessel / voyage")),
              " / ".join(p for p in (booking.vessel_name, booking.voyage_no) if p)),
          box(f(Route, "port_of_loading"), _location(booking, LocationFunction.PORT_OF_LOADING, lb)),
          box(f(Route, "port_of_discharge"), _location(booking, LocationFunction.PORT_OF_DISCHARGE, lb)),
          box(f(Route, "place_of_delivery"), _location(booking, LocationFunction.PLACE_OF_DELIVERY, lb))],
         (1.6, 1.2, 1.2, 1.2)),
        ([box(f(Shipment, "marks"), shipment.marks if shipment is not None else ""),
          box(lb.doc(N_("Document", "Container / seal numbers")),
              *(" ".join(p for p in (c.number, c.size_type, c.seal) if p) for c in containers))],
         (1, 1)),
    ])
    header = [
        head(lb.doc(N_("Document", "No."))), head(lb.doc(N_("Document", "Description of goods"))),
        head(f(GoodsLine, "commodity_code")), head(lb.doc(N_("Document", "Number and kind of packages"))),
        head(lb.doc(N_("Document", "Container / seal numbers"))), head(f(GoodsLine, "gross_weight")),
        head(lb.doc(N_("Document", "Measurement (m³)"))),
    ]
    rows = _cargo_rows(shipment, booking, lb)
    packages, gross, volume = _bill_totals(shipment, booking, lb)
    totals = [[txt(lb.doc(N_("Document", "Total")).inline()), "", "", txt(packages, "num"), "",
               txt(lb.num(gross), "num"), txt(lb.num(volume), "num")]]
    table = item_table(header, rows, (9, 53, 21, 34, 30, 20, 22), totals)
    table.setStyle([("SPAN", (0, len(rows) + 1), (2, len(rows) + 1))])
    story.append(table)
    story.append(Spacer(1, 6))
    draft = lb.sentence(N_("Document", "Draft for checking — not negotiable"))
    story.append(KeepTogether(form([
        ([box(lb.doc(N_("Document", "Freight and charges")), lb.choice(booking.freight_payment),
              lb.code("incoterm", booking.incoterm)),
          box(lb.doc(N_("Document", "Place and date of issue")),
              _location(booking, LocationFunction.PLACE_OF_RECEIPT, lb), lb.day(booking.requested_departure)),
          box(lb.doc(N_("Document", "Signed for the multimodal transport operator")), "\n\n")],
         (1.5, 1.5, 2)),
        ([para(draft, "small")], (1,)),
    ])))
    return Built(title=heading.inline(), reference=number_, story=story,
                 running=f"{heading.primary} · {number_}",
                 subject=shipment.reference if shipment is not None else clean(number_))

