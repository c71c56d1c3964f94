"""Cargo details shared by the shipment and the booking: dangerous goods per goods line, reefer settings.

Entered once on the shipment; the booking (DCSA) and the declaration read the same definitions.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.core.model.fields import Model, spec_field

SUBSIDIARY_RISK_PATTERN = r"^[0-9](\.[0-9])?$"


class DangerousGoods(Model):
    """The IMDG data of one dangerous goods line (the UN number and class are on the line itself)."""

    proper_shipping_name: str = spec_field(
        "Proper shipping name", default="", max_length=250, required=True,
        help="The IMDG proper shipping name of the UN number, e.g. PAINT.",
    )
    technical_name: str = spec_field("Technical name", default="", max_length=250)
    packing_group: int | None = spec_field(
        "Packing group", default=None, help="1, 2 or 3 (I, II, III); empty where the UN entry has none."
    )
    subsidiary_risk_1: str = spec_field(
        "Subsidiary risk", default="", max_length=3, pattern=SUBSIDIARY_RISK_PATTERN
    )
    subsidiary_risk_2: str = spec_field(
        "Second subsidiary risk", default="", max_length=3, pattern=SUBSIDIARY_RISK_PATTERN
    )
    ems_number: str = spec_field("EmS number", default="", max_length=7, help="Emergency schedule, e.g. F-E, S-E.")
    flash_point_c: Decimal | None = spec_field("Flash point (°C)", default=None)
    imo_packaging_code: str = spec_field(
        "UN packaging code", default="", max_length=5, pattern=r"^[A-Z0-9]{1,5}$",
        help="The UN packaging code of the outer package, e.g. 4G or 1A1.",
    )
    marine_pollutant: bool = spec_field("Marine pollutant", default=False)
    limited_quantity: bool = spec_field("Limited quantity", default=False)
    excepted_quantity: bool = spec_field("Excepted quantity", default=False)
    salvage_packings: bool = spec_field("Salvage packing", default=False)
    empty_uncleaned_residue: bool = spec_field("Empty uncleaned (residue)", default=False)
    waste: bool = spec_field("Waste", default=False)
    hot: bool = spec_field("Transported hot", default=False)
    reportable_quantity: bool = spec_field("Reportable quantity", default=False)
    competent_authority_approval: str = spec_field(
        "Competent authority approval", default="", max_length=70,
        help="The approval reference when the competent authority must approve the transport.",
    )
    emergency_contact: str = spec_field("Emergency contact", default="", max_length=255, required=True)
    emergency_phone: str = spec_field(
        "Emergency phone", default="", max_length=30, required=True, help="With the country code, e.g. +86 23 ..."
    )
    emergency_provider: str = spec_field("Emergency response provider", default="", max_length=255)
    emergency_reference: str = spec_field("Emergency response reference", default="", max_length=255)
    gross_weight_kg: Decimal | None = spec_field(
        "Dangerous goods gross weight (kg)", default=None,
        help="Gross weight of the dangerous goods with their packaging; the line's gross weight when empty.",
    )
    net_weight_kg: Decimal | None = spec_field("Dangerous goods net weight (kg)", default=None)


class ReeferSettings(Model):
    """Settings of an operating reefer beyond its set temperature."""

    humidity_percent: Decimal | None = spec_field("Humidity (%)", default=None)
    air_exchange_m3h: Decimal | None = spec_field("Air exchange (m³/h)", default=None)
    o2_percent: Decimal | None = spec_field("O₂ set point (%)", default=None)
    co2_percent: Decimal | None = spec_field("CO₂ set point (%)", default=None)
    ventilation_open: bool = spec_field("Ventilation open", default=False)
    drain_holes_open: bool = spec_field("Drain holes open", default=False)
    pre_cooling: bool = spec_field("Pre-cooling required", default=False)
    generator_set: bool = spec_field("Generator set required", default=False)
    cold_treatment: bool = spec_field("Cold treatment required", default=False)
    controlled_atmosphere: bool = spec_field("Controlled atmosphere required", default=False)
