"""The export declaration print, laid out like the customs export goods declaration form (出口货物报关单).

Header boxes follow the order of the printed form; item lines follow in a table whose header repeats on
continuation pages. A shipment of more than 50 lines gives several declarations: each starts on a new page.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, PageBreak, Spacer

from desktop.core.documents.base import (
    N_,
    Cell,
    Labels,
    box,
    clean,
    code_name,
    form,
    head,
    item_table,
    para,
    title,
    txt,
)
from desktop.core.documents.build import Built
from desktop.core.documents.source import DocumentSource
from desktop.core.model.declaration import DeclarationContainer, DeclarationItem, ExportDeclaration

D = ExportDeclaration
I = DeclarationItem  # noqa: E741 - short alias of the item model


def _party(name: str, *codes: str) -> list[str]:
    return [name, " / ".join(c for c in codes if c)]


def _fee(curr: str, amount: Decimal | None, mark: str, lb: Labels) -> str:
    if not (curr or amount or mark):
        return ""
    return "/".join((curr, lb.money(amount) if amount is not None else "", mark))


def _header(decl: ExportDeclaration, lb: Labels) -> list[Flowable]:
    f = lb.field
    code = lb.code
    attachments = "; ".join(
        " ".join(p for p in (code("edoc", a.edoc_code), a.file_name) if p) for a in decl.attachments
    )
    containers = "; ".join(_container_text(c, lb) for c in decl.containers)
    return form([
        ([box(f(D, "client_seq_no"), decl.client_seq_no), box(f(D, "customs_no"), decl.customs_no),
          box(f(D, "custom_master"), code("customs_district", decl.custom_master)),
          box(f(D, "part"),
              lb.text(N_("Document", "Part {part} of {parts}"), part=decl.part, parts=decl.parts))],
         (3, 3, 2.4, 1.6)),
        ([box(f(D, "trade_name"), *_party(decl.trade_name, decl.trade_co_scc, decl.trade_code)),
          box(f(D, "ie_port"), code("customs_district", decl.ie_port)),
          box(f(D, "ie_date"), lb.day(decl.ie_date)), box(f(D, "d_date"), lb.day(decl.d_date)),
          box(f(D, "manual_no"), decl.manual_no)],
         (4, 1.6, 1.4, 1.4, 1.6)),
        ([box(f(D, "consignee_name"), *_party(decl.consignee_name, decl.consignee_code)),
          box(f(D, "traf_mode"), code("transport_mode", decl.traf_mode)),
          box(lb.doc(N_("Document", "Means of transport and voyage number")),
              " / ".join(v for v in (decl.traf_name, decl.voyage_no) if v)),
          box(f(D, "bill_no"), decl.bill_no)],
         (4, 1.5, 2.5, 2)),
        ([box(f(D, "owner_name"), *_party(decl.owner_name, decl.owner_code_scc)),
          box(f(D, "trade_mode"), code("trade_mode", decl.trade_mode)),
          box(f(D, "cut_mode"), code("cut_mode", decl.cut_mode)),
          box(f(D, "license_no"), decl.license_no)],
         (4, 2, 2, 2)),
        ([box(f(D, "contr_no"), decl.contr_no),
          box(f(D, "trade_area_code"), code("country", decl.trade_area_code)),
          box(f(D, "trade_country"), code("country", decl.trade_country)),
          box(f(D, "distinate_port"), code("locode", decl.distinate_port)),
          box(f(D, "enty_port_code"), code("locode", decl.enty_port_code))],
         (2.4, 1.9, 1.9, 1.9, 1.9)),
        ([box(f(D, "wrap_type"), code("package_type", decl.wrap_type)),
          box(f(D, "pack_no"), lb.num(decl.pack_no)),
          box(f(D, "gross_wt"), lb.num(decl.gross_wt)), box(f(D, "net_wt"), lb.num(decl.net_wt)),
          box(f(D, "trans_mode"), code("transaction_mode", decl.trans_mode)),
          box(f(D, "fee_rate"), _fee(decl.fee_curr, decl.fee_rate, decl.fee_mark, lb)),
          box(f(D, "insur_rate"), _fee(decl.insur_curr, decl.insur_rate, decl.insur_mark, lb)),
          box(f(D, "other_rate"), _fee(decl.other_curr, decl.other_rate, decl.other_mark, lb))],
         (2.2, 1.1, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3)),
        ([box(lb.field(D, "attachments"), attachments)], (1,)),
        ([box(lb.doc(N_("Document", "Marks and remarks")), decl.mark_no, decl.note_s),
          box(lb.field(D, "containers"), containers)],
         (1, 1)),
    ])


def _container_text(c: DeclarationContainer, lb: Labels) -> str:
    parts = [c.number, lb.code("container_size", c.size_code)]
    if c.tare_kg is not None:
        parts.append(f"{lb.num(c.tare_kg)} kg")
    if c.lcl:
        parts.append(lb.field(DeclarationContainer, "lcl").primary)
    if c.items:
        parts.append(",".join(str(i) for i in c.items))
    return " ".join(p for p in parts if p)


def _quantities(item: DeclarationItem, lb: Labels) -> str:
    """The form's 数量及单位 box: line 1 the first legal quantity, line 2 the second (blank when the commodity
    has none), line 3 the declared (成交) quantity; a draft without legal quantities shows the declared one."""

    def line(qty: Decimal | None, unit: str) -> str:
        if qty is None and not unit:
            return ""
        name = code_name("unit", unit, lb.code_lang) if unit else ""
        return f"{lb.num(qty)} {name or unit}".strip()

    legal_1 = line(item.legal_quantity_1, item.legal_unit_1)
    legal_2 = line(item.legal_quantity_2, item.legal_unit_2)
    declared = line(item.quantity, item.unit)
    if not (legal_1 or legal_2):
        return declared
    return "\n".join((legal_1, legal_2, declared))


def _items(decl: ExportDeclaration, lb: Labels) -> list[Flowable]:
    f = lb.field
    header = [
        head(f(I, "g_no")), head(f(I, "code_ts")),
        head(lb.doc(N_("Document", "Goods name and specification"))), head(lb.doc(N_("Document", "Quantity and unit"))),
        head(lb.fields(I, "unit_price", "total", "currency")),
        head(f(I, "origin_country")), head(f(I, "destination_country")), head(f(I, "source_district")),
        head(f(I, "duty_mode")),
    ]
    rows = [
        [txt(it.g_no, "center"), txt(it.code_ts), txt(f"{clean(it.g_name)}\n{clean(it.g_model)}"),
         txt(_quantities(it, lb), "num"),
         txt(f"{lb.price(it.unit_price)}\n{lb.money(it.total)}\n{it.currency}", "num"),
         txt(lb.code("country", it.origin_country)), txt(lb.code("country", it.destination_country)),
         txt(it.source_district), txt(code_name("duty_mode", it.duty_mode, lb.code_lang) or it.duty_mode)]
        for it in decl.items
    ]
    total_label = lb.doc(N_("Document", "Total")).inline()
    amount = txt(f"{lb.money(decl.declared_total)}\n{decl.currency}", "num")
    totals: list[list[Cell]] = [[txt(total_label), "", "", "", amount, "", "", "", ""]]
    table = item_table(header, rows, (9, 19, 52, 23, 24, 17, 17, 14, 14), totals)
    last = len(rows) + 1
    table.setStyle([("SPAN", (0, last), (3, last))])
    return [table]


def _footer(decl: ExportDeclaration, lb: Labels) -> list[Flowable]:
    statement = lb.sentence(N_(
        "Document",
        "We declare that the above is true and accept the legal responsibility for declaring truthfully and "
        "paying taxes according to law.",
    ))
    return form([
        ([box(lb.doc(N_("Document", "Declarant")), "\n\n"),
          box(lb.doc(N_("Document", "Declaring unit (seal)")),
              *_party(decl.agent_name, decl.agent_code_scc) if decl.agent_name else
              _party(decl.trade_name, decl.trade_co_scc), "\n"),
          box(lb.doc(N_("Document", "Customs endorsement and seal")), "\n\n")],
         (1, 1, 1.2)),
        ([para(statement, "small")], (1,)),
    ])


def build(source: DocumentSource, lb: Labels) -> Built:
    declarations = source.the_declarations()
    heading = lb.doc(
        N_("Document", "Export Goods Declaration of the Customs of the People's Republic of China")
    )
    story: list[Flowable] = []
    for index, decl in enumerate(declarations):
        if index:
            story.append(PageBreak())
        story += title(heading)
        story.append(Spacer(1, 4))
        story += _header(decl, lb)
        story += _items(decl, lb)
        story += _footer(decl, lb)
    first = declarations[0]
    reference = first.customs_no or first.client_seq_no or first.contr_no
    return Built(title=heading.inline(), reference=reference, story=story,
                 running=f"{heading.primary} · {reference}")
