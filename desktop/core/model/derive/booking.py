"""The rail-sea booking draft derived from a shipment: locations, document parties, requested equipment and
commodities."""

from __future__ import annotations

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


def _equipment(shipment: Shipment) -> list[RequestedEquipment]:
    if not shipment.containers:
        return [RequestedEquipment(
            iso_code="22G1", units=1, dangerous_goods=shipment.dangerous_goods,
            commodities=[_commodity(ln, shipment.package_type) for ln in shipment.goods],
        )]
    groups: dict[str, RequestedEquipment] = {}
    for box in shipment.containers:
        # DCSA: every unit of a requested equipment carries the same commodity mix, so group by mix too
        key = "|".join((box.size_type, str(box.reefer_temperature_c), str(box.shipper_owned),
                        box.reefer_settings.model_dump_json() if box.reefer_settings else "",
                        str(box.non_operating_reefer), ",".join(map(str, sorted(box.goods_lines)))))
        group = groups.get(key)
        if group is None:
            group = groups[key] = RequestedEquipment(
                iso_code=box.size_type, units=0, shipper_owned=box.shipper_owned,
                reefer_temperature_c=box.reefer_temperature_c,
                reefer_settings=box.reefer_settings.model_copy() if box.reefer_settings else None,
                non_operating_reefer=box.non_operating_reefer,
            )
            for n in sorted(box.goods_lines):
                if 1 <= n <= len(shipment.goods):
                    group.commodities.append(_commodity(shipment.goods[n - 1], shipment.package_type))
        group.units += 1
        if box.number:
            group.container_numbers.append(box.number)
    groups_list = list(groups.values())
    packed = {n for box in shipment.containers for n in box.goods_lines}
    loose = [ln for n, ln in enumerate(shipment.goods, 1) if n not in packed]
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
