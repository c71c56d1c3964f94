"""Derivation: the declaration(s), booking, invoice and packing list made from one shipment.

Nothing is typed twice: every value here comes from the shipment and the company master data. Refreshing a
derived draft recomputes it and then puts back the fields the user set directly on the draft (``overrides``).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from desktop.core.codes.inspection import certificate_requests, ciq_office, export_inspected, licence_codes
from desktop.core.codes.packages import rec21_for
from desktop.core.codes.ports import domestic_port_for, exit_customs_for, foreign_port_for
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
from desktop.core.model.declaration import (
    MAX_ITEMS,
    DeclarationContainer,
    DeclarationItem,
    ExportDeclaration,
    LicenceDocument,
    RequestedCertificate,
)
from desktop.core.model.filing import EDITABLE
from desktop.core.model.master import Company, Party
from desktop.core.model.paths import get_path, set_path
from desktop.core.model.shipment import Container, GoodsLine, PreCarriage, Shipment

#: Corridor land border crossings: goods leaving here go by rail or road, not by sea.
LAND_BORDER_LOCODES = frozenset({"CNPIN", "CNHKM", "CNMHN", "CNRUI"})
#: Legal units measured by weight: the legal quantity is then the net weight.
KG_UNITS = frozenset({"035"})
#: Fields that belong to the draft itself and survive a refresh untouched.
DRAFT_STATE = ("id", "status", "client_seq_no", "customs_no", "carrier_booking_reference", "receipts",
               "overrides", "attachments")

CENT = Decimal("0.01")
DraftT = TypeVar("DraftT", ExportDeclaration, RailSeaBooking)


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def levy_nature_for(customs_code: str) -> str:
    """The levy nature of general trade implied by the 6th character of the customs code."""
    sixth = customs_code[5:6]
    return {"2": "602", "3": "601", "4": "603"}.get(sixth, "101")


def customs_container_size(iso_size_type: str) -> str:
    """The customs container size code for an ISO 6346 size-type code (22G1 -> 21, 45R1 -> 12 ...)."""
    if len(iso_size_type) < 3:
        return ""
    long_box = iso_size_type[0] in "4L"
    kind = iso_size_type[2]
    if kind == "G":
        return "11" if long_box else "21"
    if kind == "R":
        return "12" if long_box else "22"
    if kind == "T":
        return "13" if long_box else "23"
    return "32" if long_box else "31"


def transport_mode_for(shipment: Shipment) -> str:
    """Transport mode at the exit: waterway from a seaport, rail or road at a land border."""
    if shipment.route.port_of_loading in LAND_BORDER_LOCODES:
        return "3" if shipment.route.pre_carriage == PreCarriage.RAIL else "4"
    return "2"


def _means_of_transport(shipment: Shipment) -> str:
    return shipment.route.vessel if transport_mode_for(shipment) == "2" else shipment.route.train_no


def _transport_document(shipment: Shipment) -> str:
    if transport_mode_for(shipment) == "2":
        return shipment.route.bill_no
    return shipment.route.rail_waybill or shipment.route.bill_no


def _sum(values: Sequence[Decimal | None]) -> Decimal | None:
    if not values or any(v is None for v in values):
        return None
    return sum((v for v in values if v is not None), Decimal(0))


def _sum_int(values: Sequence[int | None]) -> int | None:
    if not values or any(v is None for v in values):
        return None
    return sum(v for v in values if v is not None)


def _legal_quantity(line: GoodsLine, unit: str, explicit: Decimal | None) -> Decimal | None:
    if explicit is not None:
        return explicit
    if not unit:
        return None
    if unit == line.unit:
        return line.quantity
    if unit in KG_UNITS:
        return line.net_weight
    return None


def _item(g_no: int, line: GoodsLine, shipment: Shipment, company: Company) -> DeclarationItem:
    total = line.total
    if total is None and line.quantity is not None and line.unit_price is not None:
        total = money(line.quantity * line.unit_price)
    inspected = export_inspected(line.commodity_code)
    return DeclarationItem(
        g_no=g_no,
        code_ts=line.commodity_code,
        g_name=line.name_zh,
        g_model=line.declaration_elements,
        quantity=line.quantity,
        unit=line.unit,
        legal_quantity_1=_legal_quantity(line, line.legal_unit_1, line.legal_quantity_1),
        legal_unit_1=line.legal_unit_1,
        legal_quantity_2=_legal_quantity(line, line.legal_unit_2, line.legal_quantity_2),
        legal_unit_2=line.legal_unit_2,
        unit_price=line.unit_price,
        total=total,
        currency=shipment.currency,
        origin_country=line.origin_country,
        destination_country=shipment.destination_country,
        source_district=line.source_district or company.source_district,
        duty_mode="1",
        g_name_en=line.name_en,
        un_code=line.un_number,
        dang_name=_dangerous_name(line),
        dang_pack_type=str(line.dangerous.packing_group or "") if line.dangerous else "",
        dang_pack_spec=line.dangerous.imo_packaging_code if line.dangerous else "",
        ciq_code=inspected.ciq_code if inspected else "",
        ciq_name=line.name_zh if inspected else "",
        goods_attr=inspected.goods_attr if inspected else "",
        purpose=inspected.purpose if inspected else "",
    )


def _licences(shipment: Shipment, lines: Sequence[GoodsLine]) -> list[LicenceDocument]:
    """The licence documents (随附单证) the goods' supervision conditions ask for, once each."""
    codes: list[str] = []
    for line in lines:
        rule = export_inspected(line.commodity_code)
        for code in licence_codes(rule.conditions) if rule is not None else []:
            if code not in codes:
                codes.append(code)
    number = {"B": shipment.inspection_record_no}
    return [LicenceDocument(code=c, number=number.get(c, "")) for c in codes]


def _request_certs(lines: Sequence[GoodsLine]) -> list[RequestedCertificate]:
    """The certificates (申请单证) the inspection rules of the goods ask for, once each."""
    out: list[RequestedCertificate] = []
    for line in lines:
        rule = export_inspected(line.commodity_code)
        for req in certificate_requests(rule.certificates) if rule is not None else []:
            if all(r.code != req.code for r in out):
                out.append(RequestedCertificate(code=req.code, originals=req.originals, copies=req.copies))
    return out


def _dangerous_name(line: GoodsLine) -> str:
    """危险货物名称: the proper shipping name, with the technical name in brackets where there is one."""
    dg = line.dangerous
    if dg is None or not dg.proper_shipping_name:
        return ""
    return f"{dg.proper_shipping_name} ({dg.technical_name})" if dg.technical_name else dg.proper_shipping_name


def _containers(containers: Sequence[Container], line_numbers: dict[int, int]) -> list[DeclarationContainer]:
    """Containers of one declaration part; goods line numbers become that part's item numbers."""
    out = []
    for box in containers:
        items = sorted(line_numbers[n] for n in box.goods_lines if n in line_numbers)
        if box.goods_lines and not items:
            continue  # this container carries only goods of another part
        out.append(DeclarationContainer(
            number=box.number, size_code=customs_container_size(box.size_type), tare_kg=box.tare_kg,
            lcl=box.lcl, items=items,
        ))
    return out


def derive_declarations(
    shipment: Shipment, company: Company, agent: Company | None = None, today: date | None = None
) -> list[ExportDeclaration]:
    """Fresh declaration drafts for the shipment, one per 50 goods lines."""
    chunks = [shipment.goods[i:i + MAX_ITEMS] for i in range(0, len(shipment.goods), MAX_ITEMS)] or [[]]
    parts = len(chunks)
    freight = shipment.freight_amount if shipment.transaction_mode in ("1", "2") else None
    insurance = shipment.insurance_amount if shipment.transaction_mode in ("1", "4") else None
    route = shipment.route
    exit_customs = exit_customs_for(route.port_of_loading, route.exit_customs)
    departure = domestic_port_for(route.port_of_loading)
    destination = foreign_port_for(route.place_of_delivery, route.port_of_discharge)
    declarations = []
    for index, lines in enumerate(chunks):
        first = index * MAX_ITEMS + 1
        numbers = {first + k: k + 1 for k in range(len(lines))}
        items = [_item(k + 1, line, shipment, company) for k, line in enumerate(lines)]
        if parts == 1:
            pack_no, gross, net = shipment.package_count, shipment.gross_weight, shipment.net_weight
        else:
            pack_no = _sum_int([ln.packages for ln in lines])
            gross = _sum([ln.gross_weight for ln in lines])
            net = _sum([ln.net_weight for ln in lines])
        totals = [it.total for it in items]
        inspected = any(it.ciq_code for it in items)
        declaring = company.customs_district or exit_customs
        declarant = agent or company
        declared_total = _sum(totals)
        declarations.append(ExportDeclaration(
            id=f"{shipment.id}-D{index + 1}" if shipment.id else "",
            company_id=shipment.company_id or company.id,
            shipment_id=shipment.id,
            part=index + 1,
            parts=parts,
            custom_master=declaring,
            ie_port=exit_customs,
            contr_no=shipment.contract_no,
            d_date=today,
            ie_date=shipment.route.requested_departure,
            trade_co_scc=company.uscc,
            trade_code=company.customs_code,
            trade_name=company.name_zh,
            trade_name_en=company.name_en,
            consignee_code=shipment.consignee.aeo_code or "NO",
            consignee_name=shipment.consignee.name,
            owner_code_scc=shipment.producer_uscc or company.uscc,
            owner_code=company.customs_code if shipment.producer_uscc in ("", company.uscc) else "",
            owner_name=shipment.producer_name or company.name_zh,
            agent_code=(agent or company).customs_code,  # an exporter declaring itself is its own agent
            agent_code_scc=(agent or company).uscc,
            agent_name=(agent or company).name_zh,
            traf_mode=transport_mode_for(shipment),
            traf_name=_means_of_transport(shipment),
            voyage_no=shipment.route.voyage if transport_mode_for(shipment) == "2" else "",
            bill_no=_transport_document(shipment),
            trade_mode="0110",
            cut_mode=levy_nature_for(company.customs_code),
            trade_country=shipment.destination_country,
            trade_area_code=shipment.trade_country,
            goods_place=shipment.route.rail_origin_station,
            desp_date=shipment.route.requested_departure,
            distinate_port=shipment.route.port_of_discharge,
            enty_port_code=shipment.route.port_of_loading,
            distinate_port_customs=destination.code if destination is not None else "",
            enty_port_customs=departure.code if departure is not None else "",
            trans_mode=shipment.transaction_mode,
            fee_mark="3" if freight is not None and index == 0 else "",
            fee_rate=freight if index == 0 else None,
            fee_curr=shipment.currency if freight is not None and index == 0 else "",
            insur_mark="3" if insurance is not None and index == 0 else "",
            insur_rate=insurance if index == 0 else None,
            insur_curr=shipment.currency if insurance is not None and index == 0 else "",
            pack_no=pack_no,
            wrap_type=shipment.package_type,
            gross_wt=gross,
            net_wt=net,
            mark_no=shipment.marks or "N/M",
            note_s=shipment.remarks,
            currency=shipment.currency,
            declared_total=declared_total,
            org_code=ciq_office(declaring) if inspected else "",
            insp_org_code=ciq_office(exit_customs) if inspected else "",
            vsa_org_code=ciq_office(declaring) if inspected else "",
            trade_ciq_code=company.ciq_code if inspected else "",
            owner_ciq_code=company.ciq_code if inspected and shipment.producer_uscc in ("", company.uscc) else "",
            decl_ciq_code=declarant.ciq_code if inspected else "",
            licences=_licences(shipment, lines),
            request_certs=_request_certs(lines),
            containers=_containers(shipment.containers, numbers),
            items=items,
        ))
    return declarations


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
    declared_value = _sum([ln.total for ln in shipment.goods])
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


def refresh(existing: DraftT, fresh: DraftT) -> DraftT:
    """``fresh`` with the draft's own state and every field the user set directly on ``existing`` kept.

    A draft that is no longer editable (submitted, released ...) is returned unchanged.
    """
    if existing.status not in EDITABLE:
        return existing
    result = fresh.model_copy(deep=True)
    for name in DRAFT_STATE:
        if name in type(existing).model_fields:
            setattr(result, name, copy.deepcopy(getattr(existing, name)))
    for path in existing.overrides:
        sentinel = object()
        value = get_path(existing, path, sentinel)
        if value is not sentinel:
            set_path(result, path, copy.deepcopy(value))
    return result


@dataclass
class InvoiceLine:
    description_zh: str
    description_en: str
    hs_code: str
    quantity: Decimal | None
    unit: str
    unit_price: Decimal | None
    total: Decimal | None


@dataclass
class InvoiceData:
    """What the commercial invoice shows, all of it taken from the shipment."""

    invoice_no: str
    invoice_date: date | None
    contract_no: str
    seller: Company
    buyer_name: str
    buyer_address: str
    buyer_country: str
    incoterm: str
    named_place: str
    currency: str
    port_of_loading: str
    port_of_discharge: str
    lines: list[InvoiceLine] = field(default_factory=list)
    freight: Decimal | None = None
    insurance: Decimal | None = None
    total: Decimal | None = None


@dataclass
class PackingLine:
    description_zh: str
    description_en: str
    packages: int | None
    package_type: str
    net_weight: Decimal | None
    gross_weight: Decimal | None
    volume_m3: Decimal | None


@dataclass
class PackingListData:
    """What the packing list shows: packages, marks, weights, measurements, containers and seals."""

    invoice_no: str
    contract_no: str
    seller: Company
    buyer_name: str
    marks: str
    package_type: str
    lines: list[PackingLine] = field(default_factory=list)
    containers: list[Container] = field(default_factory=list)
    total_packages: int | None = None
    total_net: Decimal | None = None
    total_gross: Decimal | None = None
    total_volume: Decimal | None = None


def derive_invoice(shipment: Shipment, company: Company) -> InvoiceData:
    lines = [
        InvoiceLine(
            description_zh=ln.name_zh, description_en=ln.name_en, hs_code=ln.commodity_code,
            quantity=ln.quantity, unit=ln.unit, unit_price=ln.unit_price,
            total=ln.total if ln.total is not None else (
                money(ln.quantity * ln.unit_price) if ln.quantity is not None and ln.unit_price is not None else None
            ),
        )
        for ln in shipment.goods
    ]
    named_place = shipment.route.port_of_discharge if shipment.incoterm in ("CIF", "CFR") else (
        shipment.route.port_of_loading)
    return InvoiceData(
        invoice_no=shipment.invoice_no or shipment.reference, invoice_date=shipment.invoice_date,
        contract_no=shipment.contract_no, seller=company, buyer_name=shipment.consignee.name,
        buyer_address=shipment.consignee.address, buyer_country=shipment.consignee.country,
        incoterm=shipment.incoterm, named_place=named_place, currency=shipment.currency,
        port_of_loading=shipment.route.port_of_loading, port_of_discharge=shipment.route.port_of_discharge,
        lines=lines, freight=shipment.freight_amount, insurance=shipment.insurance_amount,
        total=_sum([ln.total for ln in lines]),
    )


def derive_packing_list(shipment: Shipment, company: Company) -> PackingListData:
    lines = [
        PackingLine(
            description_zh=ln.name_zh, description_en=ln.name_en, packages=ln.packages,
            package_type=shipment.package_type, net_weight=ln.net_weight, gross_weight=ln.gross_weight,
            volume_m3=ln.volume_m3,
        )
        for ln in shipment.goods
    ]
    return PackingListData(
        invoice_no=shipment.invoice_no or shipment.reference, contract_no=shipment.contract_no, seller=company,
        buyer_name=shipment.consignee.name, marks=shipment.marks or "N/M", package_type=shipment.package_type,
        lines=lines, containers=list(shipment.containers),
        total_packages=shipment.package_count if shipment.package_count is not None else _sum_int(
            [ln.packages for ln in lines]),
        total_net=shipment.net_weight if shipment.net_weight is not None else _sum([ln.net_weight for ln in lines]),
        total_gross=shipment.gross_weight if shipment.gross_weight is not None else _sum(
            [ln.gross_weight for ln in lines]),
        total_volume=_sum([ln.volume_m3 for ln in lines]),
    )
