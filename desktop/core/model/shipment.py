"""The shipment: the hub every document and filing is derived from."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.core.model.cargo import DangerousGoods, ReeferSettings
from desktop.core.model.fields import Model, spec_field
from desktop.core.model.kinds import PreCarriage as PreCarriage
from desktop.core.model.master import Party

CONTAINER_NO_PATTERN = r"^[A-Z]{3}[UJZ]\d{7}$"
LOCODE_PATTERN = r"^[A-Z]{2}[A-Z2-9]{3}$"


class GoodsLine(Model):
    """One line of goods on a shipment."""

    product_id: str = spec_field("Product", default="")
    commodity_code: str = spec_field(
        "Commodity code",
        default="",
        code="hs",
        max_length=10,
        pattern=r"^\d{10}$",
        required=True,
        column="HS",
    )
    name_zh: str = spec_field("Goods name (Chinese)", default="", max_length=255, required=True, column="名称")
    name_en: str = spec_field("Goods name (English)", default="", max_length=255, column="Name")
    declaration_elements: str = spec_field("Declaration elements", default="", max_length=255, column="Elements")
    quantity: Decimal | None = spec_field("Quantity", default=None, required=True, column="Qty")
    unit: str = spec_field("Unit", default="", code="unit", max_length=3, required=True, column="Unit")
    legal_quantity_1: Decimal | None = spec_field("First legal quantity", default=None)
    legal_unit_1: str = spec_field("First legal unit", default="", code="unit", max_length=3)
    legal_quantity_2: Decimal | None = spec_field("Second legal quantity", default=None)
    legal_unit_2: str = spec_field("Second legal unit", default="", code="unit", max_length=3)
    unit_price: Decimal | None = spec_field("Unit price", default=None, required=True, column="Price")
    total: Decimal | None = spec_field("Total amount", default=None, required=True, column="Total")
    net_weight: Decimal | None = spec_field("Net weight (kg)", default=None, column="Net kg")
    gross_weight: Decimal | None = spec_field("Gross weight (kg)", default=None, column="Gross kg")
    packages: int | None = spec_field("Packages", default=None, column="Packages")
    volume_m3: Decimal | None = spec_field("Volume (m³)", default=None, column="m3")
    origin_country: str = spec_field("Country of origin", default="CHN", code="country", max_length=3)
    source_district: str = spec_field(
        "Domestic source of goods",
        default="",
        max_length=5,
        pattern=r"^\d{5}$",
        help="5-digit code of the domestic place the goods come from.",
    )
    un_number: str = spec_field(
        "UN number", default="", max_length=4, pattern=r"^\d{4}$", help="Dangerous goods: the 4-digit UN number."
    )
    imo_class: str = spec_field(
        "IMO hazard class", default="", code="imo_class", max_length=4, help="Dangerous goods: the IMDG class."
    )
    dangerous: DangerousGoods | None = spec_field("Dangerous goods details", default=None)
    package_code: str = spec_field(
        "Package type (Rec 21)",
        default="",
        code="rec21_package",
        max_length=2,
        help="UN/ECE Rec 21 code of this line's outer package for the carrier; from the shipment's package type "
        "when empty.",
    )


class Container(Model):
    """A container on the shipment, with the goods lines packed in it."""

    number: str = spec_field(
        "Container number",
        default="",
        max_length=11,
        pattern=CONTAINER_NO_PATTERN,
        required=True,
        help="ISO 6346: owner code, category, 6 digits and the check digit, e.g. CSQU3054383.",
    )
    size_type: str = spec_field("Size-type", default="22G1", code="iso_size_type", max_length=4, required=True)
    seal: str = spec_field("Seal number", default="", max_length=30)
    tare_kg: Decimal | None = spec_field("Tare weight (kg)", default=None)
    lcl: bool = spec_field("LCL", default=False, help="Less than container load (shared container).")
    goods_lines: list[int] = spec_field(
        "Goods lines", default_factory=list, help="Numbers (from 1) of the goods lines packed in this container."
    )
    reefer_temperature_c: Decimal | None = spec_field("Reefer set temperature (°C)", default=None)
    reefer_settings: ReeferSettings | None = spec_field("Reefer settings", default=None)
    non_operating_reefer: bool = spec_field(
        "Non-operating reefer", default=False, help="A reefer container used for dry cargo, machinery off."
    )
    shipper_owned: bool = spec_field("Shipper-owned", default=False)


class Route(Model):
    """The rail-sea route from place of receipt to place of delivery."""

    place_of_receipt: str = spec_field(
        "Place of receipt", default="", code="locode", max_length=5, pattern=LOCODE_PATTERN, required=True
    )
    rail_origin_station: str = spec_field("Rail origin station", default="", max_length=100)
    pre_carriage: PreCarriage = spec_field("Pre-carriage mode", default=PreCarriage.RAIL)
    port_of_loading: str = spec_field(
        "Port of loading", default="", code="locode", max_length=5, pattern=LOCODE_PATTERN, required=True
    )
    port_of_discharge: str = spec_field(
        "Port of discharge", default="", code="locode", max_length=5, pattern=LOCODE_PATTERN, required=True
    )
    place_of_delivery: str = spec_field(
        "Place of delivery", default="", code="locode", max_length=5, pattern=LOCODE_PATTERN
    )
    exit_customs: str = spec_field(
        "Customs office of exit",
        default="",
        code="customs_district",
        max_length=4,
        help="The customs office where the goods leave China.",
    )
    requested_departure: date | None = spec_field("Requested departure", default=None)
    train_no: str = spec_field("Train", default="", max_length=35)
    rail_waybill: str = spec_field("Rail waybill", default="", max_length=35)
    vessel: str = spec_field("Vessel", default="", max_length=50)
    voyage: str = spec_field("Voyage", default="", max_length=32)
    bill_no: str = spec_field(
        "Transport document number",
        default="",
        max_length=32,
        help="Bill of lading or through (multimodal) document number, known once the booking is confirmed.",
    )


class Shipment(Model):
    """The hub: parties, goods, packages, containers and route, entered once."""

    id: str = spec_field("Shipment ID", default="")
    company_id: str = spec_field("Company", default="")
    reference: str = spec_field("Shipment reference", default="", max_length=40, required=True)
    contract_no: str = spec_field("Contract number", default="", max_length=32, required=True)
    invoice_no: str = spec_field("Invoice number", default="", max_length=32)
    invoice_date: date | None = spec_field("Invoice date", default=None)
    shipper: Party = spec_field("Shipper", default_factory=Party)
    consignee: Party = spec_field("Consignee", default_factory=Party)
    notify_party: Party | None = spec_field("Notify party", default=None)
    producer_uscc: str = spec_field("Producer USCC", default="", max_length=18)
    producer_name: str = spec_field("Producer / seller", default="", max_length=100)
    inspection_record_no: str = spec_field(
        "Inspection e-record number",
        default="",
        max_length=32,
        help="The number customs gives after inspecting goods before export (电子底账); it goes on the declaration "
        "as licence document B.",
    )
    goods: list[GoodsLine] = spec_field("Goods lines", default_factory=list)
    package_type: str = spec_field("Package type", default="", code="package_type", max_length=2, required=True)
    package_count: int | None = spec_field("Number of packages", default=None, required=True)
    gross_weight: Decimal | None = spec_field("Gross weight (kg)", default=None, required=True)
    net_weight: Decimal | None = spec_field("Net weight (kg)", default=None, required=True)
    containers: list[Container] = spec_field("Containers", default_factory=list)
    route: Route = spec_field("Route", default_factory=Route)
    transaction_mode: str = spec_field(
        "Transaction mode", default="3", code="transaction_mode", max_length=1, required=True
    )
    incoterm: str = spec_field("Incoterm", default="FOB", code="incoterm", max_length=3)
    currency: str = spec_field("Currency", default="USD", code="currency", max_length=3, required=True)
    trade_country: str = spec_field("Trading country", default="", code="country", max_length=3, required=True)
    destination_country: str = spec_field("Country of arrival", default="", code="country", max_length=3, required=True)
    marks: str = spec_field("Marks and numbers", default="N/M", max_length=400)
    freight_amount: Decimal | None = spec_field("Freight", default=None)
    insurance_amount: Decimal | None = spec_field("Insurance", default=None)
    dangerous_goods: bool = spec_field("Dangerous goods", default=False)
    remarks: str = spec_field("Remarks", default="", max_length=255)
