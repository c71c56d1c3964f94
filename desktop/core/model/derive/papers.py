"""What the commercial invoice and the packing list show, derived from a shipment."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.core.model.derive.common import money, sum_ints_or_none, sum_or_none
from desktop.core.model.master import Company
from desktop.core.model.shipment import Container, Shipment


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
        total=sum_or_none([ln.total for ln in lines]),
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
        total_packages=shipment.package_count if shipment.package_count is not None else sum_ints_or_none(
            [ln.packages for ln in lines]),
        total_net=shipment.net_weight if shipment.net_weight is not None else sum_or_none(
            [ln.net_weight for ln in lines]),
        total_gross=shipment.gross_weight if shipment.gross_weight is not None else sum_or_none(
            [ln.gross_weight for ln in lines]),
        total_volume=sum_or_none([ln.volume_m3 for ln in lines]),
    )
