"""The export goods declaration (出口货物报关单): header boxes in the order of the printed form, and item lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.core.model.fields import Model, spec_field
from desktop.core.model.filing import FilingStatus, Receipt
from desktop.core.model.master import COMMODITY_CODE_PATTERN, CUSTOMS_CODE_PATTERN, USCC_PATTERN

MAX_ITEMS = 50


class DeclarationItem(Model):
    """One item line (表体) of the declaration."""

    g_no: int = spec_field("Item no.", default=1)
    code_ts: str = spec_field(
        "Commodity code", default="", code="hs", max_length=10, pattern=COMMODITY_CODE_PATTERN, required=True
    )
    g_name: str = spec_field("Goods name", default="", max_length=255, required=True)
    g_model: str = spec_field(
        "Specification and model", default="", max_length=255, required=True,
        help="The declaration elements, separated by |.",
    )
    quantity: Decimal | None = spec_field("Declared quantity", default=None, required=True)
    unit: str = spec_field("Declared unit", default="", code="unit", max_length=3, required=True)
    legal_quantity_1: Decimal | None = spec_field("First legal quantity", default=None, required=True)
    legal_unit_1: str = spec_field("First legal unit", default="", code="unit", max_length=3, required=True)
    legal_quantity_2: Decimal | None = spec_field("Second legal quantity", default=None)
    legal_unit_2: str = spec_field("Second legal unit", default="", code="unit", max_length=3)
    unit_price: Decimal | None = spec_field("Unit price", default=None, required=True)
    total: Decimal | None = spec_field("Total price", default=None, required=True)
    currency: str = spec_field("Currency", default="", code="currency", max_length=3, required=True)
    origin_country: str = spec_field("Country of origin", default="CHN", code="country", max_length=3, required=True)
    destination_country: str = spec_field(
        "Final destination country", default="", code="country", max_length=3, required=True
    )
    source_district: str = spec_field(
        "Domestic source of goods", default="", max_length=5, pattern=r"^\d{5}$", required=True
    )
    duty_mode: str = spec_field("Duty mode", default="1", code="duty_mode", max_length=1, required=True)
    g_name_en: str = spec_field("Goods name (English)", default="", max_length=255)
    ciq_code: str = spec_field(
        "Inspection code", default="", max_length=3, pattern=r"^\d{3}$",
        help="3-digit inspection and quarantine code under the commodity code, for goods under inspection.",
    )
    ciq_name: str = spec_field("Inspection name", default="", max_length=255)
    goods_attr: str = spec_field(
        "Goods attributes", default="", max_length=50, help="Goods attribute codes, separated by commas.",
    )
    purpose: str = spec_field("Purpose code", default="", max_length=2, pattern=r"^\d{2}$")
    goods_brand: str = spec_field("Brand", default="", max_length=255)
    goods_model: str = spec_field("Model", default="", max_length=255)
    un_code: str = spec_field(
        "UN number", default="", max_length=4, pattern=r"^\d{4}$", help="Dangerous goods: the 4-digit UN number."
    )
    dang_name: str = spec_field("Dangerous goods name", default="", max_length=255)
    dang_pack_type: str = spec_field("Dangerous goods packing group", default="", max_length=4)
    dang_pack_spec: str = spec_field("Dangerous goods packaging", default="", max_length=24)


class DeclarationContainer(Model):
    """A container as the declaration lists it."""

    number: str = spec_field("Container number", default="", max_length=11, required=True)
    size_code: str = spec_field("Container size", default="", code="container_size", max_length=2, required=True)
    tare_kg: Decimal | None = spec_field("Tare weight (kg)", default=None)
    lcl: bool = spec_field("LCL", default=False)
    items: list[int] = spec_field("Item numbers", default_factory=list)


class Attachment(Model):
    """A document attached to the declaration (随附单证)."""

    edoc_code: str = spec_field("Attachment type", default="", code="edoc", max_length=8, required=True)
    file_name: str = spec_field("File name", default="", max_length=255)
    edoc_id: str = spec_field("Attachment number", default="", max_length=64)
    sha256: str = spec_field("SHA-256", default="")


class LicenceDocument(Model):
    """A licence or certificate the goods need (随附单证: code and number)."""

    code: str = spec_field("Document code", default="", code="licence_doc", max_length=2, required=True)
    number: str = spec_field("Document number", default="", max_length=32, required=True)


class RequestedCertificate(Model):
    """A certificate the declarant asks the inspection office to issue (申请单证: code, originals and copies)."""

    code: str = spec_field("Certificate", default="", code="request_cert", max_length=2, required=True)
    originals: int = spec_field("Originals", default=1, required=True)
    copies: int = spec_field("Copies", default=0)


#: The fee marks' codes, said once for the three of them.
FEE_MARK_HELP = "How the amount is given: 1 a rate (%), 2 an amount per unit, 3 the total amount."


class ExportDeclaration(Model):
    """An export declaration draft derived from a shipment (≤ 50 items; larger shipments give several)."""

    id: str = spec_field("Declaration ID", default="")
    company_id: str = spec_field("Company", default="")
    shipment_id: str = spec_field("Shipment", default="")
    part: int = spec_field("Part", default=1, help="Which declaration of the shipment this is, from 1.")
    parts: int = spec_field("Parts", default=1)
    status: FilingStatus = spec_field("Status", default=FilingStatus.DRAFT)
    client_seq_no: str = spec_field("Client sequence number", default="", max_length=36)
    customs_no: str = spec_field("Customs declaration number", default="", max_length=18)
    overrides: list[str] = spec_field(
        "Edited fields", default_factory=list,
        help="Fields set directly on this declaration; refreshing from the shipment keeps them.",
    )
    receipts: list[Receipt] = spec_field("Receipts", default_factory=list)

    # --- header, in the order of the printed form ---
    custom_master: str = spec_field(
        "Declaring customs", default="", code="customs_district", max_length=4, required=True
    )
    ie_port: str = spec_field("Customs of exit", default="", code="customs_district", max_length=4, required=True)
    manual_no: str = spec_field("Record number", default="", max_length=12)
    contr_no: str = spec_field("Contract number", default="", max_length=32, required=True)
    ie_date: date | None = spec_field("Export date", default=None)
    d_date: date | None = spec_field("Declaration date", default=None)
    trade_co_scc: str = spec_field(
        "Domestic shipper USCC", default="", max_length=18, pattern=USCC_PATTERN, required=True
    )
    trade_code: str = spec_field(
        "Domestic shipper customs code", default="", max_length=10, pattern=CUSTOMS_CODE_PATTERN, required=True
    )
    trade_name: str = spec_field("Domestic shipper", default="", max_length=100, required=True)
    trade_name_en: str = spec_field("Domestic shipper (English)", default="", max_length=150)
    consignee_code: str = spec_field("Overseas consignee code", default="NO", max_length=30, required=True)
    consignee_name: str = spec_field("Overseas consignee", default="", max_length=100, required=True)
    owner_code_scc: str = spec_field("Producer / seller USCC", default="", max_length=18, pattern=USCC_PATTERN)
    owner_code: str = spec_field(
        "Producer / seller customs code", default="", max_length=10, pattern=CUSTOMS_CODE_PATTERN
    )
    owner_name: str = spec_field("Producer / seller", default="", max_length=100, required=True)
    agent_code: str = spec_field(
        "Declaring agent customs code", default="", max_length=10, pattern=CUSTOMS_CODE_PATTERN
    )
    agent_code_scc: str = spec_field("Declaring agent USCC", default="", max_length=18, pattern=USCC_PATTERN)
    agent_name: str = spec_field("Declaring agent", default="", max_length=100)
    traf_mode: str = spec_field("Transport mode", default="", code="transport_mode", max_length=1, required=True)
    traf_name: str = spec_field("Means of transport", default="", max_length=50)
    voyage_no: str = spec_field("Voyage number", default="", max_length=32)
    bill_no: str = spec_field("Bill of lading / waybill", default="", max_length=32)
    trade_mode: str = spec_field("Supervision mode", default="0110", code="trade_mode", max_length=4, required=True)
    cut_mode: str = spec_field("Levy nature", default="101", code="cut_mode", max_length=3, required=True)
    license_no: str = spec_field("Licence number", default="", max_length=20)
    trade_area_code: str = spec_field("Trading country", default="", code="country", max_length=3, required=True)
    trade_country: str = spec_field(
        "Country of arrival", default="", code="country", max_length=3, required=True
    )
    distinate_port: str = spec_field("Port of destination", default="", code="locode", max_length=6, required=True)
    enty_port_code: str = spec_field("Port of departure", default="", code="locode", max_length=6, required=True)
    distinate_port_customs: str = spec_field(
        "Port of destination (customs code)", default="", code="port_foreign", max_length=6,
        pattern=r"^[0-9A-Z]{6}$",
        help="The port code from the customs port table (not the UN/LOCODE), as the Single Window wants it.",
    )
    enty_port_customs: str = spec_field(
        "Port of departure (customs code)", default="", code="port_domestic", max_length=6, pattern=r"^\d{6}$",
        help="The 6-digit domestic port code of the port the goods leave China from.",
    )
    trans_mode: str = spec_field(
        "Transaction mode", default="", code="transaction_mode", max_length=1, required=True
    )
    fee_mark: str = spec_field("Freight mark", default="", code="fee_mark", max_length=1, help=FEE_MARK_HELP)
    fee_rate: Decimal | None = spec_field("Freight", default=None)
    fee_curr: str = spec_field("Freight currency", default="", code="currency", max_length=3)
    insur_mark: str = spec_field("Insurance mark", default="", code="fee_mark", max_length=1, help=FEE_MARK_HELP)
    insur_rate: Decimal | None = spec_field("Insurance", default=None)
    insur_curr: str = spec_field("Insurance currency", default="", code="currency", max_length=3)
    other_mark: str = spec_field("Other charges mark", default="", code="fee_mark", max_length=1, help=FEE_MARK_HELP)
    other_rate: Decimal | None = spec_field("Other charges", default=None)
    other_curr: str = spec_field("Other charges currency", default="", code="currency", max_length=3)
    pack_no: int | None = spec_field("Number of packages", default=None, required=True)
    wrap_type: str = spec_field("Package type", default="", code="package_type", max_length=2, required=True)
    gross_wt: Decimal | None = spec_field("Gross weight (kg)", default=None, required=True)
    net_wt: Decimal | None = spec_field("Net weight (kg)", default=None, required=True)
    entry_type: str = spec_field("Entry type", default="M", code="entry_type", max_length=1)
    dec_type: str = spec_field(
        "Declaration type flags", default="", max_length=6,
        help="Special declaration flags (单据类型), empty for an ordinary declaration.",
    )
    promise_items: str = spec_field(
        "Confirmed statements", default="", max_length=10, pattern=r"^[019]*$",
        help="One digit per statement: 1 yes, 0 no, 9 not applicable.",
    )
    goods_place: str = spec_field(
        "Place where the goods are stored", default="", max_length=100,
        help="Where customs can inspect the goods (terminal, yard or warehouse).",
    )
    desp_date: date | None = spec_field("Departure date", default=None)
    org_code: str = spec_field(
        "Inspection office (accepting)", default="", max_length=6, pattern=r"^\d{6}$",
        help="For goods under inspection: the 6-digit inspection office that accepts the declaration.",
    )
    insp_org_code: str = spec_field("Inspection office (port)", default="", max_length=6, pattern=r"^\d{6}$")
    purp_org_code: str = spec_field(
        "Inspection office (destination)", default="", max_length=6, pattern=r"^\d{6}$"
    )
    vsa_org_code: str = spec_field("Certificate issuing office", default="", max_length=6, pattern=r"^\d{6}$")
    trade_ciq_code: str = spec_field("Domestic shipper inspection code", default="", max_length=10)
    owner_ciq_code: str = spec_field("Producer / seller inspection code", default="", max_length=10)
    decl_ciq_code: str = spec_field("Declaring agent inspection code", default="", max_length=10)
    mark_no: str = spec_field("Marks and numbers", default="N/M", max_length=400, required=True)
    note_s: str = spec_field("Remarks", default="", max_length=255)
    currency: str = spec_field("Currency", default="", code="currency", max_length=3, required=True)
    declared_total: Decimal | None = spec_field("Total value", default=None, required=True)
    licences: list[LicenceDocument] = spec_field("Licences and certificates", default_factory=list)
    request_certs: list[RequestedCertificate] = spec_field(
        "Certificates requested", default_factory=list,
        help="Certificates the inspection office is asked to issue for goods under inspection (e.g. phytosanitary).",
    )
    attachments: list[Attachment] = spec_field("Attached documents", default_factory=list)
    containers: list[DeclarationContainer] = spec_field("Containers", default_factory=list)
    items: list[DeclarationItem] = spec_field("Items", default_factory=list)
