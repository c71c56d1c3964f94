"""The choice (enum) fields of the shipment and the booking, apart from their models: the lists and the choice
names need them without building any model class."""

from __future__ import annotations

from enum import StrEnum


class PreCarriage(StrEnum):
    RAIL = "RAIL"
    TRUCK = "TRUCK"


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
    BOOKING_AGENT = "BA"
    SHIPPER = "OS"
    CONSIGNEE = "CN"
    NOTIFY = "N1"
