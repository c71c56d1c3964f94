"""The rail-sea shipment booking, modelled on DCSA Booking 2.0 with the corridor's rail leg."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from desktop.core.model.fields import Model, spec_field
from desktop.core.model.filing import FilingStatus, Receipt
from desktop.core.model.shipment import LOCODE_PATTERN, PreCarriage


class ReceiptDeliveryType(StrEnum):
    CY = "CY"
    SD = "SD"
    CFS = "CFS"


class CargoMovement(StrEnum):
    FCL = "FCL"
    LCL = "LCL"


class TransportDocumentType(StrEnum):
    BOL = "BOL"
    SWB = "SWB"


class FreightPayment(StrEnum):
    PREPAID = "PRE"
    COLLECT = "COL"


class LocationFunction(StrEnum):
    PLACE_OF_RECEIPT = "PRE"
    PORT_OF_LOADING = "POL"
    PORT_OF_DISCHARGE = "POD"
    PLACE_OF_DELIVERY = "PDE"


class DocumentPartyRole(StrEnum):
    SHIPPER = "OS"
    CONSIGNEE = "CN"
    NOTIFY = "N1"


class ShipmentLocation(Model):
    function: LocationFunction = spec_field("Location type", default=LocationFunction.PORT_OF_LOADING)
    locode: str = spec_field(
        "UN/LOCODE", default="", code="locode", max_length=5, pattern=LOCODE_PATTERN, required=True
    )


class DocumentParty(Model):
    role: DocumentPartyRole = spec_field("Party function", default=DocumentPartyRole.SHIPPER)
    name: str = spec_field("Name", default="", max_length=200, required=True)
    address: str = spec_field("Address", default="", max_length=300)
    country: str = spec_field("Country", default="", code="country", max_length=3)
    tax_id: str = spec_field("Tax ID", default="", max_length=40)


class Commodity(Model):
    hs_code: str = spec_field("HS code", default="", code="hs", max_length=6, pattern=r"^\d{6}$", required=True)
    description: str = spec_field("Commodity", default="", max_length=255, required=True)
    gross_weight_kg: Decimal | None = spec_field("Gross weight (kg)", default=None, required=True)
    volume_m3: Decimal | None = spec_field("Volume (m³)", default=None)
    packages: int | None = spec_field("Packages", default=None)
    package_code: str = spec_field("Package type", default="", code="package_type", max_length=2)
    un_number: str = spec_field("UN number", default="", max_length=4, pattern=r"^\d{4}$")
    imo_class: str = spec_field("IMO hazard class", default="", code="imo_class", max_length=4)


class RequestedEquipment(Model):
    iso_code: str = spec_field("Equipment size-type", default="22G1", code="iso_size_type", max_length=4, required=True)
    units: int = spec_field("Units", default=1)
    shipper_owned: bool = spec_field("Shipper-owned", default=False)
    container_numbers: list[str] = spec_field("Container numbers", default_factory=list)
    reefer_temperature_c: Decimal | None = spec_field("Reefer set temperature (°C)", default=None)
    dangerous_goods: bool = spec_field("Dangerous goods", default=False)
    commodities: list[Commodity] = spec_field("Commodities", default_factory=list)


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
    cargo_movement_type: CargoMovement = spec_field("Cargo movement", default=CargoMovement.FCL)
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
    declared_value: Decimal | None = spec_field("Declared value", default=None)
    declared_currency: str = spec_field("Declared value currency", default="", code="currency", max_length=3)
    through_document_no: str = spec_field("Through document number", default="", max_length=35)
    train_no: str = spec_field("Train", default="", max_length=35)
    rail_waybill: str = spec_field("Rail waybill", default="", max_length=35)
    vessel_name: str = spec_field("Vessel", default="", max_length=50)
    voyage_no: str = spec_field("Voyage", default="", max_length=20)
    remarks: str = spec_field("Remarks", default="", max_length=500)
