"""The rail-sea shipment booking, modelled on DCSA Booking 2.0 with the corridor's rail leg."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import model_validator

from desktop.core.model.cargo import DangerousGoods, ReeferSettings
from desktop.core.model.fields import Model, spec_field
from desktop.core.model.filing import FilingStatus, Receipt
from desktop.core.model.kinds import (
    CargoMovement as CargoMovement,
)
from desktop.core.model.kinds import (
    DocumentPartyRole as DocumentPartyRole,
)
from desktop.core.model.kinds import (
    FreightPayment as FreightPayment,
)
from desktop.core.model.kinds import (
    LocationFunction as LocationFunction,
)
from desktop.core.model.kinds import (
    ReceiptDeliveryType as ReceiptDeliveryType,
)
from desktop.core.model.kinds import (
    TransportDocumentType as TransportDocumentType,
)
from desktop.core.model.shipment import LOCODE_PATTERN, PreCarriage


class ShipmentLocation(Model):
    function: LocationFunction = spec_field("Location type", default=LocationFunction.PORT_OF_LOADING)
    locode: str = spec_field(
        "UN/LOCODE", default="", code="locode", max_length=5, pattern=LOCODE_PATTERN, required=True
    )


class DocumentParty(Model):
    """A party of the booking; lengths are DCSA's, the free-text address goes as address lines."""

    role: DocumentPartyRole = spec_field("Party function", default=DocumentPartyRole.SHIPPER)
    name: str = spec_field("Name", default="", max_length=70, required=True)
    address: str = spec_field("Address", default="", max_length=300)
    street: str = spec_field("Street", default="", max_length=70)
    street_number: str = spec_field("Street number", default="", max_length=50)
    post_code: str = spec_field("Post code", default="", max_length=10)
    city: str = spec_field("City", default="", max_length=35)
    state_region: str = spec_field("State / province", default="", max_length=65)
    country: str = spec_field("Country", default="", code="country", max_length=3)
    tax_id: str = spec_field("Tax ID", default="", max_length=40)
    contact: str = spec_field("Contact", default="", max_length=35)
    phone: str = spec_field("Phone", default="", max_length=30)
    email: str = spec_field("E-mail", default="", max_length=100)


class Commodity(Model):
    hs_code: str = spec_field(
        "HS code",
        default="",
        code="hs",
        max_length=10,
        pattern=r"^\d{6,10}$",
        required=True,
        help="The full commodity code (6 to 10 digits).",
    )
    description: str = spec_field("Commodity", default="", max_length=255, required=True)
    gross_weight_kg: Decimal | None = spec_field("Gross weight (kg)", default=None, required=True)
    net_weight_kg: Decimal | None = spec_field("Net weight (kg)", default=None)
    volume_m3: Decimal | None = spec_field("Volume (m³)", default=None)
    packages: int | None = spec_field("Packages", default=None)
    package_code: str = spec_field("Package type (Rec 21)", default="", code="rec21_package", max_length=2)
    un_number: str = spec_field("UN number", default="", max_length=4, pattern=r"^\d{4}$")
    imo_class: str = spec_field("IMO hazard class", default="", code="imo_class", max_length=4)
    dangerous: DangerousGoods | None = spec_field("Dangerous goods details", default=None)


class RequestedEquipment(Model):
    iso_code: str = spec_field("Equipment size-type", default="22G1", code="iso_size_type", max_length=4, required=True)
    units: int = spec_field("Units", default=1)
    shipper_owned: bool = spec_field("Shipper-owned", default=False)
    container_numbers: list[str] = spec_field("Container numbers", default_factory=list)
    reefer_temperature_c: Decimal | None = spec_field("Reefer set temperature (°C)", default=None)
    reefer_settings: ReeferSettings | None = spec_field("Reefer settings", default=None)
    non_operating_reefer: bool = spec_field("Non-operating reefer", default=False)
    dangerous_goods: bool = spec_field("Dangerous goods", default=False)
    commodities: list[Commodity] = spec_field("Commodities", default_factory=list)


class CutOff(Model):
    """A deadline the carrier set for the confirmed booking (DCSA cut-off time code, e.g. FCO, VCO, DCO)."""

    code: str = spec_field("Cut-off", default="", max_length=3)
    at: datetime | None = spec_field("Cut-off time", default=None)


class RailSeaBooking(Model):
    """A rail-sea booking: rail from the inland terminal, sea from the Beibu Gulf port, one through document."""

    id: str = spec_field("Booking ID", default="")
    company_id: str = spec_field("Company", default="")
    shipment_id: str = spec_field("Shipment", default="")
    status: FilingStatus = spec_field("Status", default=FilingStatus.DRAFT)
    client_seq_no: str = spec_field("Client sequence number", default="", max_length=36)
    carrier_booking_reference: str = spec_field("Booking number", default="", max_length=35)
    overrides: list[str] = spec_field("Edited fields", default_factory=list)
    receipts: list[Receipt] = spec_field("Receipts", default_factory=list)

    receipt_type_at_origin: ReceiptDeliveryType = spec_field("Receipt type", default=ReceiptDeliveryType.CY)
    delivery_type_at_destination: ReceiptDeliveryType = spec_field("Delivery type", default=ReceiptDeliveryType.CY)
    cargo_movement_type_at_origin: CargoMovement = spec_field(
        "Cargo movement at origin", default=CargoMovement.FCL, help="How the cargo is loaded into the container."
    )
    cargo_movement_type_at_destination: CargoMovement = spec_field(
        "Cargo movement at destination",
        default=CargoMovement.FCL,
        help="How the cargo is unloaded out of the container.",
    )
    equipment_substitution_allowed: bool = spec_field("Equipment substitution allowed", default=False)
    transport_document_type: TransportDocumentType = spec_field(
        "Transport document type", default=TransportDocumentType.BOL
    )
    freight_payment: FreightPayment = spec_field("Freight payment", default=FreightPayment.PREPAID)
    incoterm: str = spec_field("Incoterm", default="", code="incoterm", max_length=3)
    requested_departure: date | None = spec_field("Requested departure", default=None, required=True)
    service_code: str = spec_field(
        "Service", default="", max_length=20, help="The rail-sea service chosen from the schedule."
    )
    pre_carriage: PreCarriage = spec_field("Pre-carriage mode", default=PreCarriage.RAIL)
    rail_origin_station: str = spec_field("Rail origin station", default="", max_length=100)
    locations: list[ShipmentLocation] = spec_field("Shipment locations", default_factory=list)
    document_parties: list[DocumentParty] = spec_field("Document parties", default_factory=list)
    equipment: list[RequestedEquipment] = spec_field("Requested equipment", default_factory=list)
    export_declaration_required: bool = spec_field("Export declaration required", default=True)
    export_declaration_reference: str = spec_field("Export declaration reference", default="", max_length=35)
    service_contract_reference: str = spec_field(
        "Service contract",
        default="",
        max_length=30,
        help="The service contract with the carrier; give this or a quotation reference, not both.",
    )
    contract_quotation_reference: str = spec_field("Quotation reference", default="", max_length=35)
    carrier_booking_request_reference: str = spec_field("Booking request reference", default="", max_length=100)
    ad_valorem_cover: bool = spec_field(
        "Ad-valorem cover",
        default=False,
        help="Declare the cargo value to the carrier for ad-valorem liability (a higher freight); off by default.",
    )
    declared_value: Decimal | None = spec_field("Declared value", default=None)
    declared_currency: str = spec_field("Declared value currency", default="", code="currency", max_length=3)
    through_document_no: str = spec_field("Through document number", default="", max_length=35)
    train_no: str = spec_field("Train", default="", max_length=35)
    rail_waybill: str = spec_field("Rail waybill", default="", max_length=35)
    vessel_name: str = spec_field("Vessel", default="", max_length=50)
    vessel_imo: str = spec_field("Vessel IMO number", default="", max_length=8, pattern=r"^\d{7,8}$")
    voyage_no: str = spec_field("Voyage", default="", max_length=50)
    cut_offs: list[CutOff] = spec_field("Cut-offs", default_factory=list)
    remarks: str = spec_field("Remarks", default="", max_length=500)

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        """Bookings saved before the origin/destination split carried one cargo movement type for both."""
        if isinstance(data, dict) and "cargo_movement_type" in data:
            data = dict(data)
            legacy = data.pop("cargo_movement_type")
            data.setdefault("cargo_movement_type_at_origin", legacy)
            data.setdefault("cargo_movement_type_at_destination", legacy)
        return data
