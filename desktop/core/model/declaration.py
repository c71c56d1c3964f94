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
    sha256: str = spec_field("SHA-256", default="")


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
    consignee_code: str = spec_field("Overseas consignee code", default="NO", max_length=30, required=True)
    consignee_name: str = spec_field("Overseas consignee", default="", max_length=100, required=True)
    owner_code_scc: str = spec_field("Producer / seller USCC", default="", max_length=18, pattern=USCC_PATTERN)
    owner_name: str = spec_field("Producer / seller", default="", max_length=100, required=True)
    agent_code_scc: str = spec_field("Declaring agent USCC", default="", max_length=18, pattern=USCC_PATTERN)
    agent_name: str = spec_field("Declaring agent", default="", max_length=100)
    traf_mode: str = spec_field("Transport mode", default="", code="transport_mode", max_length=1, required=True)
    traf_name: str = spec_field("Means of transport", default="", max_length=50)
    voyage_no: str = spec_field("Voyage number", default="", max_length=32)
    bill_no: str = spec_field("Bill of lading / waybill", default="", max_length=32)
    trade_mode: str = spec_field("Supervision mode", default="0110", code="trade_mode", max_length=4, required=True)
    cut_mode: str = spec_field("Levy nature", default="101", code="cut_mode", max_length=3, required=True)
    license_no: str = spec_field("Licence number", default="", max_length=20)
    trade_country: str = spec_field("Trading country", default="", code="country", max_length=3, required=True)
    trade_area_code: str = spec_field(
        "Country of arrival", default="", code="country", max_length=3, required=True
    )
    distinate_port: str = spec_field("Port of destination", default="", code="locode", max_length=6, required=True)
    enty_port_code: str = spec_field("Port of departure", default="", code="locode", max_length=6, required=True)
    trans_mode: str = spec_field(
        "Transaction mode", default="", code="transaction_mode", max_length=1, required=True
    )
    fee_mark: str = spec_field("Freight mark", default="", code="fee_mark", max_length=1)
    fee_rate: Decimal | None = spec_field("Freight", default=None)
    fee_curr: str = spec_field("Freight currency", default="", code="currency", max_length=3)
    insur_mark: str = spec_field("Insurance mark", default="", code="fee_mark", max_length=1)
    insur_rate: Decimal | None = spec_field("Insurance", default=None)
    insur_curr: str = spec_field("Insurance currency", default="", code="currency", max_length=3)
    other_mark: str = spec_field("Other charges mark", default="", code="fee_mark", max_length=1)
    other_rate: Decimal | None = spec_field("Other charges", default=None)
    other_curr: str = spec_field("Other charges currency", default="", code="currency", max_length=3)
    pack_no: int | None = spec_field("Number of packages", default=None, required=True)
    wrap_type: str = spec_field("Package type", default="", code="package_type", max_length=2, required=True)
    gross_wt: Decimal | None = spec_field("Gross weight (kg)", default=None, required=True)
    net_wt: Decimal | None = spec_field("Net weight (kg)", default=None, required=True)
    entry_type: str = spec_field("Entry type", default="M", code="entry_type", max_length=1)
    mark_no: str = spec_field("Marks and numbers", default="N/M", max_length=400, required=True)
    note_s: str = spec_field("Remarks", default="", max_length=255)
    currency: str = spec_field("Currency", default="", code="currency", max_length=3, required=True)
    declared_total: Decimal | None = spec_field("Total value", default=None, required=True)
    attachments: list[Attachment] = spec_field("Attached documents", default_factory=list)
    containers: list[DeclarationContainer] = spec_field("Containers", default_factory=list)
    items: list[DeclarationItem] = spec_field("Items", default_factory=list)
