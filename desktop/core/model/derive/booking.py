"""The rail-sea booking draft derived from a shipment: locations, document parties, requested equipment and
commodities."""

from __future__ import annotations

from decimal import Decimal

from desktop.core.codes.packages import rec21_for
from desktop.core.model.booking import (
    CargoMovement,
    Commodity,
    DocumentParty,
    DocumentPartyRole,
    LocationFunction,
    RailSeaBooking,
    RequestedEquipment,
    ShipmentLocation,
)
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.derive.common import sum_or_none
from desktop.core.model.master import Company, Party
from desktop.core.model.shipment import GoodsLine, Shipment


def _commodity(line: GoodsLine, customs_package: str) -> Commodity:
    return Commodity(
        hs_code=line.commodity_code,
        description=line.name_en or line.name_zh,
        gross_weight_kg=line.gross_weight,
        net_weight_kg=line.net_weight,
        volume_m3=line.volume_m3,
        packages=line.packages,
        package_code=rec21_for(customs_package, line.package_code),
        un_number=line.un_number,
        imo_class=line.imo_class,
        dangerous=line.dangerous.model_copy(deep=True) if line.dangerous is not None else None,
    )


def _part(total: Decimal | None, index: int, count: int) -> Decimal | None:
    """The index-th of count equal parts of a line's weight or volume, to the gram: the parts add up to the total."""
    if total is None or count == 1:
        return total
    milli = Decimal("0.001")
    part = (total * (index + 1) / count).quantize(milli) - (total * index / count).quantize(milli)
    return part.quantize(Decimal(1)) if part == part.to_integral_value() else part.normalize()


def _share(line: GoodsLine, package: str, index: int, count: int) -> Commodity:
    """What one of the count containers a goods line is packed in carries of it (weights, volume and packages
    split evenly, the packages in whole numbers)."""
    commodity = _commodity(line, package)
    if count > 1:
        commodity.gross_weight_kg = _part(line.gross_weight, index, count)
        commodity.net_weight_kg = _part(line.net_weight, index, count)
        commodity.volume_m3 = _part(line.volume_m3, index, count)
        if line.packages is not None:
            commodity.packages = line.packages * (index + 1) // count - line.packages * index // count
    return commodity


def _add(into: Commodity, more: Commodity) -> None:
    into.gross_weight_kg = sum_or_none([into.gross_weight_kg, more.gross_weight_kg])
    into.net_weight_kg = sum_or_none([into.net_weight_kg, more.net_weight_kg])
    into.volume_m3 = sum_or_none([into.volume_m3, more.volume_m3])
    if into.packages is not None and more.packages is not None:
        into.packages += more.packages


def _equipment(shipment: Shipment) -> list[RequestedEquipment]:
    """The requested equipment: the containers grouped by size and the mix of goods they carry. A goods line
    packed in several containers is split over them, so each carries its share and the booking's cargo adds up
    to the shipment's, not to a multiple of it."""
    if not shipment.containers:
        return [RequestedEquipment(
            iso_code="22G1", units=1, dangerous_goods=shipment.dangerous_goods,
            commodities=[_commodity(ln, shipment.package_type) for ln in shipment.goods],
        )]
    carriers: dict[int, int] = {}  # goods line -> how many containers it is packed in
    for box in shipment.containers:
        for n in set(box.goods_lines):
            carriers[n] = carriers.get(n, 0) + 1
    seen: dict[int, int] = {}
    groups: dict[str, RequestedEquipment] = {}
    for box in shipment.containers:
        # DCSA: every unit of a requested equipment carries the same commodity mix, so group by mix too
        lines = sorted(set(box.goods_lines))
        key = "|".join((box.size_type, str(box.reefer_temperature_c), str(box.shipper_owned),
                        box.reefer_settings.model_dump_json() if box.reefer_settings else "",
                        str(box.non_operating_reefer), ",".join(map(str, lines))))
        group = groups.get(key)
        if group is None:
            group = groups[key] = RequestedEquipment(
                iso_code=box.size_type, units=0, shipper_owned=box.shipper_owned,
                reefer_temperature_c=box.reefer_temperature_c,
                reefer_settings=box.reefer_settings.model_copy() if box.reefer_settings else None,
                non_operating_reefer=box.non_operating_reefer,
            )
        fresh = group.units == 0
        valid = [n for n in lines if 1 <= n <= len(shipment.goods)]
        for position, n in enumerate(valid):
            share = _share(shipment.goods[n - 1], shipment.package_type, seen.get(n, 0), carriers[n])
            seen[n] = seen.get(n, 0) + 1
            if fresh:
                group.commodities.append(share)
            else:
                _add(group.commodities[position], share)
        group.units += 1
        if box.number:
            group.container_numbers.append(box.number)
    groups_list = list(groups.values())
    loose = [ln for n, ln in enumerate(shipment.goods, 1) if n not in carriers]
    if loose and groups_list:
        groups_list[0].commodities.extend(_commodity(ln, shipment.package_type) for ln in loose)
    for group in groups_list:
        group.dangerous_goods = any(c.un_number for c in group.commodities)
    return groups_list


def _party(role: DocumentPartyRole, p: Party) -> DocumentParty:
    return DocumentParty(
        role=role, name=p.name, address=p.address, street=p.street, street_number=p.street_number,
        post_code=p.post_code, city=p.city, state_region=p.state_region, country=p.country, tax_id=p.tax_id,
        contact=p.contact, phone=p.phone, email=p.email,
    )


def _booking_agent(company: Company) -> DocumentParty:
    """The company that makes the booking: the forwarder (declaring agent) or the exporter itself."""
    return DocumentParty(
        role=DocumentPartyRole.BOOKING_AGENT, name=company.name_en or company.name_zh, address=company.address,
        country="CHN", tax_id=company.uscc,
    )


def derive_booking(
    shipment: Shipment, declaration: ExportDeclaration | None = None, *,
    company: Company | None = None, agent: Company | None = None,
) -> RailSeaBooking:
    """A fresh rail-sea booking draft for the shipment.

    The booking agent is ``agent`` (a forwarder booking for its client) or else ``company`` (the exporter booking
    for itself); with neither the booking has no agent and the rules say so.
    """
    route = shipment.route
    locations = [
        ShipmentLocation(function=fn, locode=code)
        for fn, code in (
            (LocationFunction.PLACE_OF_RECEIPT, route.place_of_receipt),
            (LocationFunction.PORT_OF_LOADING, route.port_of_loading),
            (LocationFunction.PORT_OF_DISCHARGE, route.port_of_discharge),
            (LocationFunction.PLACE_OF_DELIVERY, route.place_of_delivery),
        )
        if code
    ]
    parties = []
    booker = agent or company
    if booker is not None:
        parties.append(_booking_agent(booker))
    parties.append(_party(DocumentPartyRole.SHIPPER, shipment.shipper))
    parties.append(_party(DocumentPartyRole.CONSIGNEE, shipment.consignee))
    if shipment.notify_party is not None and shipment.notify_party.name:
        parties.append(_party(DocumentPartyRole.NOTIFY, shipment.notify_party))
    declared_value = sum_or_none([ln.total for ln in shipment.goods])
    reference = ""
    if declaration is not None:
        reference = declaration.customs_no or declaration.client_seq_no
    movement = (CargoMovement.LCL if shipment.containers and all(c.lcl for c in shipment.containers)
                else CargoMovement.FCL)
    return RailSeaBooking(
        id=f"{shipment.id}-B" if shipment.id else "",
        company_id=shipment.company_id,
        shipment_id=shipment.id,
        incoterm=shipment.incoterm,
        requested_departure=route.requested_departure,
        pre_carriage=route.pre_carriage,
        rail_origin_station=route.rail_origin_station,
        locations=locations,
        document_parties=parties,
        equipment=_equipment(shipment),
        export_declaration_reference=reference,
        declared_value=declared_value,
        declared_currency=shipment.currency,
        train_no=route.train_no,
        rail_waybill=route.rail_waybill,
        vessel_name=route.vessel,
        voyage_no=route.voyage,
        through_document_no=route.bill_no,
        cargo_movement_type_at_origin=movement,
        cargo_movement_type_at_destination=movement,
    )
