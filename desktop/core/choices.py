"""Display names of the choice (enum) fields, defined once: English sources translated in their context.

Forms, lists, tables and documents show ``name(value, lang)`` (or the UI's Qt translation of ``source(value)``)
instead of the raw code. Filing statuses use the context "Status", every other choice "Choice".
"""

from __future__ import annotations

from enum import Enum

from desktop.core import i18n
from desktop.core.model.filing import FilingStatus
from desktop.core.model.kinds import (
    CargoMovement,
    DocumentPartyRole,
    FreightPayment,
    LocationFunction,
    PreCarriage,
    ReceiptDeliveryType,
    TransportDocumentType,
)
from desktop.core.model.master import CompanyRole, PartyRole


def N_(context: str, source: str) -> str:
    """Mark ``source`` for extraction into the catalogue under ``context``; returns it unchanged."""
    del context
    return source


STATUS_CONTEXT = "Status"
CHOICE_CONTEXT = "Choice"

#: enum type -> {value: English source}
NAMES: dict[type[Enum], dict[str, str]] = {
    PreCarriage: {
        PreCarriage.RAIL: N_("Choice", "Rail"),
        PreCarriage.TRUCK: N_("Choice", "Truck"),
    },
    ReceiptDeliveryType: {
        ReceiptDeliveryType.CY: N_("Choice", "Container yard (CY)"),
        ReceiptDeliveryType.SD: N_("Choice", "Store door (SD)"),
        ReceiptDeliveryType.CFS: N_("Choice", "Container freight station (CFS)"),
    },
    CargoMovement: {
        CargoMovement.FCL: N_("Choice", "Full container load (FCL)"),
        CargoMovement.LCL: N_("Choice", "Less than container load (LCL)"),
    },
    TransportDocumentType: {
        TransportDocumentType.BOL: N_("Choice", "Bill of lading"),
        TransportDocumentType.SWB: N_("Choice", "Sea waybill"),
    },
    FreightPayment: {
        FreightPayment.PREPAID: N_("Choice", "Prepaid"),
        FreightPayment.COLLECT: N_("Choice", "Collect"),
    },
    LocationFunction: {
        LocationFunction.PLACE_OF_RECEIPT: N_("Choice", "Place of receipt"),
        LocationFunction.PORT_OF_LOADING: N_("Choice", "Port of loading"),
        LocationFunction.PORT_OF_DISCHARGE: N_("Choice", "Port of discharge"),
        LocationFunction.PLACE_OF_DELIVERY: N_("Choice", "Place of delivery"),
    },
    CompanyRole: {
        CompanyRole.EXPORTER: N_("Choice", "Exporter"),
        CompanyRole.AGENT: N_("Choice", "Declaring agent"),
    },
    PartyRole: {
        PartyRole.SHIPPER: N_("Choice", "Shipper"),
        PartyRole.CONSIGNEE: N_("Choice", "Consignee"),
        PartyRole.NOTIFY: N_("Choice", "Notify party"),
    },
    DocumentPartyRole: {
        DocumentPartyRole.BOOKING_AGENT: N_("Choice", "Booking agent"),
        DocumentPartyRole.SHIPPER: N_("Choice", "Shipper"),
        DocumentPartyRole.CONSIGNEE: N_("Choice", "Consignee"),
        DocumentPartyRole.NOTIFY: N_("Choice", "Notify party"),
    },
    FilingStatus: {
        FilingStatus.DRAFT: N_("Status", "Draft"),
        FilingStatus.QUEUED: N_("Status", "Queued"),
        FilingStatus.RECEIVED: N_("Status", "Received"),
        FilingStatus.ACCEPTED: N_("Status", "Accepted"),
        FilingStatus.INSPECTION: N_("Status", "Inspection"),
        FilingStatus.RELEASED: N_("Status", "Released"),
        FilingStatus.REJECTED: N_("Status", "Rejected"),
        FilingStatus.WITHDRAWN: N_("Status", "Withdrawn"),
        FilingStatus.FAILED: N_("Status", "Failed"),
        FilingStatus.REQUESTED: N_("Status", "Requested"),
        FilingStatus.CONFIRMED: N_("Status", "Confirmed"),
        FilingStatus.DECLINED: N_("Status", "Declined"),
        FilingStatus.CANCELLED: N_("Status", "Cancelled"),
    },
}


def context(value: Enum) -> str:
    return STATUS_CONTEXT if isinstance(value, FilingStatus) else CHOICE_CONTEXT


def source(value: Enum) -> str | None:
    """The English source name of a choice, or None for an enum without display names."""
    return NAMES.get(type(value), {}).get(str(value.value))


def name(value: Enum, lang: str) -> str:
    """The display name of a choice in ``lang`` (its raw value when it has none)."""
    text = source(value)
    if text is None:
        return str(value.value)
    return i18n.translate(context(value), text, lang)


def status_name(status: str, lang: str) -> str:
    """The display name of a filing status given as its string value."""
    try:
        return name(FilingStatus(status), lang)
    except ValueError:
        return status
