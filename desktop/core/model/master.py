"""Master data of a workspace: companies, their parties (consignees, notify parties) and products."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from desktop.core.model.fields import Model, spec_field

USCC_PATTERN = r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$"
CUSTOMS_CODE_PATTERN = r"^[0-9A-Z]{10}$"
COMMODITY_CODE_PATTERN = r"^\d{10}$"


class CompanyRole(StrEnum):
    EXPORTER = "exporter"
    AGENT = "agent"


class PartyRole(StrEnum):
    SHIPPER = "shipper"
    CONSIGNEE = "consignee"
    NOTIFY = "notify"


class Company(Model):
    """A company of the workspace: the exporter itself or, for a forwarder, one of its clients."""

    id: str = spec_field("Company ID", default="")
    uscc: str = spec_field(
        "Unified social credit code", default="", max_length=18, pattern=USCC_PATTERN, required=True,
        help="18-character unified social credit code (GB 32100-2015).", column="USCC",
    )
    customs_code: str = spec_field(
        "Customs enterprise code", default="", max_length=10, pattern=CUSTOMS_CODE_PATTERN, required=True,
        help="10-character customs registration code; its 6th character is the economic type.",
    )
    name_zh: str = spec_field("Company name (Chinese)", default="", max_length=100, required=True)
    name_en: str = spec_field("Company name (English)", default="", max_length=200)
    address: str = spec_field("Address", default="", max_length=200)
    role: CompanyRole = spec_field("Company role", default=CompanyRole.EXPORTER)
    customs_district: str = spec_field(
        "Default customs office", default="", code="customs_district", max_length=4,
        help="Customs office where this company usually declares.",
    )
    source_district: str = spec_field(
        "Domestic source of goods", default="", max_length=5, pattern=r"^\d{5}$",
        help="5-digit code of the domestic place the goods come from.",
    )
    ciq_code: str = spec_field(
        "Inspection registration code", default="", max_length=10, pattern=r"^[0-9A-Z]{10}$",
        help="The company's 10-character inspection and quarantine code, for goods inspected before export.",
    )


class Party(Model):
    """A trading partner kept in a company's master data and copied onto shipments."""

    id: str = spec_field("Party ID", default="")
    role: PartyRole = spec_field("Party role", default=PartyRole.CONSIGNEE)
    name: str = spec_field("Name", default="", max_length=200, required=True, column="Name")
    name_local: str = spec_field(
        "Local name", default="", max_length=200, help="Name in the party's own language (Chinese, Vietnamese ...)."
    )
    address: str = spec_field("Address", default="", max_length=300, column="Address")
    street: str = spec_field(
        "Street", default="", max_length=70, help="Street and house number as a carrier's booking needs them."
    )
    street_number: str = spec_field("Street number", default="", max_length=50)
    post_code: str = spec_field("Post code", default="", max_length=10)
    city: str = spec_field("City", default="", max_length=35)
    state_region: str = spec_field("State / province", default="", max_length=65)
    country: str = spec_field("Country", default="", code="country", max_length=3, column="Country")
    aeo_code: str = spec_field(
        "AEO code", default="", max_length=30,
        help="The overseas consignee's AEO code, or NO when it has none.",
    )
    tax_id: str = spec_field("Tax ID", default="", max_length=40)
    contact: str = spec_field("Contact", default="", max_length=100)
    phone: str = spec_field("Phone", default="", max_length=40)
    email: str = spec_field("E-mail", default="", max_length=100)


class Product(Model):
    """A product a company exports, with its customs classification, reused on every shipment."""

    id: str = spec_field("Product ID", default="")
    name_zh: str = spec_field("Product name (Chinese)", default="", max_length=255, required=True, column="名称")
    name_en: str = spec_field("Product name (English)", default="", max_length=255, column="Name")
    commodity_code: str = spec_field(
        "Commodity code", default="", code="hs", max_length=10, pattern=COMMODITY_CODE_PATTERN, required=True,
        help="10-digit Chinese commodity code; the first 6 digits are the HS 2022 subheading.", column="HS",
    )
    declaration_elements: str = spec_field(
        "Declaration elements", default="", max_length=255,
        help="Specification and model as the declaration elements require, separated by |.",
    )
    declared_unit: str = spec_field("Declared unit", default="", code="unit", max_length=3)
    legal_unit_1: str = spec_field("First legal unit", default="", code="unit", max_length=3)
    legal_unit_2: str = spec_field("Second legal unit", default="", code="unit", max_length=3)
    origin_country: str = spec_field("Country of origin", default="CHN", code="country", max_length=3)
    unit_price: Decimal | None = spec_field("Default unit price", default=None)
    currency: str = spec_field("Currency", default="USD", code="currency", max_length=3)
    net_weight_per_unit: Decimal | None = spec_field("Net weight per unit (kg)", default=None)
