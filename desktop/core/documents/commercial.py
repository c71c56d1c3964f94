"""The commercial invoice and the packing list of a shipment (``derive_invoice``, ``derive_packing_list``)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.core.documents.base import (
    N_,
    Cell,
    Labels,
    box,
    form,
    head,
    item_table,
    section,
    title,
    txt,
)
from desktop.core.documents.build import Built
from desktop.core.documents.source import DocumentKind, DocumentSource
from desktop.core.model.derive import derive_invoice, derive_packing_list
from desktop.core.model.master import Company, Party
from desktop.core.model.shipment import Container, GoodsLine, Shipment


def _names(lb: Labels, zh: str, en: str) -> str:
    """Both goods names, the document's main language first."""
    first, second = (zh, en) if lb.primary == "zh_CN" else (en, zh)
    return "\n".join(n for n in (first, second) if n)


def _seller(company: Company) -> list[str]:
    return [company.name_zh, company.name_en, company.address, company.uscc]


def _buyer(party: Party, lb: Labels) -> list[str]:
    country = lb.code("country", party.country)
    return [party.name, party.name_local, party.address, country, party.tax_id]


def _unit(lb: Labels, unit: str) -> str:
    name = lb.code("unit", unit)
    return name.split(" ", 1)[1] if " " in name else name


def build_invoice(source: DocumentSource, lb: Labels) -> Built:
    shipment, company = source.require_shipment(DocumentKind.INVOICE)
    data = derive_invoice(shipment, company)
    heading = lb.doc(N_("Document", "Commercial Invoice"))
    f = lb.field
    terms = " ".join(p for p in (data.incoterm, lb.code("locode", data.named_place)) if p)
    story: list[Flowable] = [*title(heading), Spacer(1, 4)]
    story += form([
        ([box(lb.doc(N_("Document", "Seller")), *_seller(company)),
          box(f(Shipment, "invoice_no"), data.invoice_no),
          box(f(Shipment, "invoice_date"), lb.day(data.invoice_date))],
         (3, 1.5, 1.5)),
        ([box(lb.doc(N_("Document", "Buyer")), *_buyer(shipment.consignee, lb)),
          box(f(Shipment, "contract_no"), data.contract_no),
          box(lb.doc(N_("Document", "Terms of delivery")), terms)],
         (3, 1.5, 1.5)),
        ([box(f(Shipment, "reference"), shipment.reference),
          box(lb.field(type(shipment.route), "port_of_loading"), lb.code("locode", data.port_of_loading)),
          box(lb.field(type(shipment.route), "port_of_discharge"), lb.code("locode", data.port_of_discharge)),
          box(f(Shipment, "currency"), lb.code("currency", data.currency))],
         (1.5, 1.5, 1.5, 1.5)),
    ])
    header = [
        head(lb.doc(N_("Document", "No."))), head(lb.doc(N_("Document", "Description of goods"))),
        head(f(GoodsLine, "commodity_code")), head(f(GoodsLine, "quantity")), head(f(GoodsLine, "unit")),
        head(f(GoodsLine, "unit_price")), head(lb.doc(N_("Document", "Amount"))),
    ]
    rows = [
        [txt(n, "center"), txt(_names(lb, ln.description_zh, ln.description_en)), txt(ln.hs_code),
         txt(lb.num(ln.quantity), "num"), txt(_unit(lb, ln.unit)), txt(lb.price(ln.unit_price), "num"),
         txt(lb.money(ln.total), "num")]
        for n, ln in enumerate(data.lines, 1)
    ]
    totals: list[list[Any]] = []
    for label, amount in ((f(Shipment, "freight_amount"), data.freight),
                          (f(Shipment, "insurance_amount"), data.insurance)):
        if amount is not None:
            totals.append([txt(label.inline()), "", "", "", "", "", txt(lb.money(amount), "num")])
    total_label = lb.doc(N_("Document", "Total")).inline()
    total_row = [txt(f"{total_label} ({data.currency})"), "", "", "", "", "", txt(lb.money(data.total), "num")]
    totals.append(total_row)
    table = item_table(header, rows, (9, 70, 22, 20, 15, 20, 28), totals)
    first_total = len(rows) + 1
    table.setStyle([("SPAN", (0, r), (5, r)) for r in range(first_total, first_total + len(totals))])
    story.append(table)
    story.append(Spacer(1, 6))
    story.append(KeepTogether(form([
        ([box(f(Shipment, "marks"), shipment.marks), box(f(Shipment, "remarks"), shipment.remarks),
          box(lb.doc(N_("Document", "Authorised signature")), company.name_zh or company.name_en, "\n\n")],
         (2, 2, 2)),
    ])))
    return Built(title=heading.inline(), reference=data.invoice_no, story=story,
                 running=f"{heading.primary} · {data.invoice_no}", subject=shipment.reference)


def _container_rows(containers: list[Container], lb: Labels) -> list[list[Cell]]:
    return [
        [txt(c.number), txt(lb.code("iso_size_type", c.size_type)), txt(c.seal),
         txt(lb.num(c.tare_kg), "num"), txt(", ".join(str(n) for n in c.goods_lines))]
        for c in containers
    ]


def build_packing_list(source: DocumentSource, lb: Labels) -> Built:
    shipment, company = source.require_shipment(DocumentKind.PACKING_LIST)
    data = derive_packing_list(shipment, company)
    heading = lb.doc(N_("Document", "Packing List"))
    f = lb.field
    story: list[Flowable] = [*title(heading), Spacer(1, 4)]
    story += form([
        ([box(lb.doc(N_("Document", "Seller")), *_seller(company)),
          box(f(Shipment, "invoice_no"), data.invoice_no), box(f(Shipment, "invoice_date"),
                                                              lb.day(shipment.invoice_date))],
         (3, 1.5, 1.5)),
        ([box(lb.doc(N_("Document", "Buyer")), *_buyer(shipment.consignee, lb)),
          box(f(Shipment, "contract_no"), data.contract_no),
          box(f(Shipment, "package_type"), lb.code("package_type", data.package_type))],
         (3, 1.5, 1.5)),
        ([box(f(Shipment, "marks"), data.marks)], (1,)),
    ])
    header = [
        head(lb.doc(N_("Document", "No."))), head(lb.doc(N_("Document", "Description of goods"))),
        head(f(GoodsLine, "packages")), head(f(GoodsLine, "net_weight")), head(f(GoodsLine, "gross_weight")),
        head(f(GoodsLine, "volume_m3")),
    ]
    rows = [
        [txt(n, "center"), txt(_names(lb, ln.description_zh, ln.description_en)),
         txt(lb.num(ln.packages), "num"), txt(lb.num(ln.net_weight), "num"),
         txt(lb.num(ln.gross_weight), "num"), txt(lb.num(ln.volume_m3), "num")]
        for n, ln in enumerate(data.lines, 1)
    ]
    total_label = lb.doc(N_("Document", "Total")).inline()
    totals = [[txt(total_label), "", txt(lb.num(data.total_packages), "num"),
               txt(lb.num(data.total_net), "num"), txt(lb.num(data.total_gross), "num"),
               txt(lb.num(data.total_volume), "num")]]
    table = item_table(header, rows, (9, 83, 22, 25, 25, 22), totals)
    table.setStyle([("SPAN", (0, len(rows) + 1), (1, len(rows) + 1))])
    story.append(table)
    if data.containers:
        story.append(Spacer(1, 6))
        story.append(section(f(Shipment, "containers")))
        story.append(Spacer(1, 2))
        c_header = [head(f(Container, "number")), head(f(Container, "size_type")), head(f(Container, "seal")),
                    head(f(Container, "tare_kg")), head(f(Container, "goods_lines"))]
        story.append(item_table(c_header, _container_rows(data.containers, lb),
                                (35, 40, 35, 25, 51)))
    return Built(title=heading.inline(), reference=data.invoice_no, story=story,
                 running=f"{heading.primary} · {data.invoice_no}", subject=shipment.reference)
