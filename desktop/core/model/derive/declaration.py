"""The export declaration draft(s) derived from a shipment: one per 50 goods lines, with items, licences,
requested certificates and containers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from desktop.core.codes.inspection import certificate_requests, ciq_office, export_inspected, licence_codes
from desktop.core.codes.ports import domestic_port_for, exit_customs_for, foreign_port_for
from desktop.core.model.declaration import (
    MAX_ITEMS,
    DeclarationContainer,
    DeclarationItem,
    ExportDeclaration,
    LicenceDocument,
    RequestedCertificate,
)
from desktop.core.model.derive.codes import (
    customs_container_size,
    levy_nature_for,
    means_of_transport,
    transport_document,
    transport_mode_for,
)
from desktop.core.model.derive.common import money, sum_ints_or_none, sum_or_none
from desktop.core.model.master import Company
from desktop.core.model.shipment import Container, GoodsLine, Shipment

#: Legal units measured by weight: the legal quantity is then the net weight.
KG_UNITS = frozenset({"035"})


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
            pack_no = sum_ints_or_none([ln.packages for ln in lines])
            gross = sum_or_none([ln.gross_weight for ln in lines])
            net = sum_or_none([ln.net_weight for ln in lines])
        totals = [it.total for it in items]
        inspected = any(it.ciq_code for it in items)
        declaring = company.customs_district or exit_customs
        declarant = agent or company
        declared_total = sum_or_none(totals)
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
            traf_name=means_of_transport(shipment),
            voyage_no=shipment.route.voyage if transport_mode_for(shipment) == "2" else "",
            bill_no=transport_document(shipment),
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

