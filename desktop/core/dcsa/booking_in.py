"""The carrier's DCSA payloads -> what the app keeps: references, status, vessel / voyage, cut-offs, feedback.

Reads ``CreateBookingResponse``, ``Booking`` (GET) and ``BookingNotification`` (CloudEvents envelope). Unknown
keys are ignored (a carrier may send more); a payload that is not what the definition says raises
:class:`DcsaError` with code ``dcsa.bad_payload``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from desktop.core.dcsa.booking_out import OWN_REFERENCE_TYPE
from desktop.core.errors import CoreError

#: bookingStatus values (DCSA Booking 2.0).
RECEIVED, PENDING_UPDATE, UPDATE_RECEIVED = "RECEIVED", "PENDING_UPDATE", "UPDATE_RECEIVED"
CONFIRMED, PENDING_AMENDMENT, COMPLETED = "CONFIRMED", "PENDING_AMENDMENT", "COMPLETED"
REJECTED, DECLINED, CANCELLED = "REJECTED", "DECLINED", "CANCELLED"
FINAL_STATUSES = frozenset({REJECTED, DECLINED, CANCELLED, COMPLETED})


class DcsaError(CoreError):
    """A carrier payload that does not follow the DCSA definition."""


class _In(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class _Feedback(_In):
    severity: str = Field(max_length=50)
    code: str = Field(max_length=50)
    message: str = Field(max_length=5000)
    json_path: str = Field(default="", alias="jsonPath", max_length=500)
    property: str = Field(default="", max_length=100)


#: the CreateBooking property a carrier's feedback points at (``jsonPath``) -> the booking's field, so the user is
#: taken to what to change; a path not listed stays with the carrier's words only.
FEEDBACK_FIELDS = {
    "expectedDepartureDate": "requested_departure", "vessel": "vessel_name", "vesselIMONumber": "vessel_imo",
    "carrierExportVoyageNumber": "voyage_no", "carrierServiceCode": "service_code",
    "serviceContractReference": "service_contract_reference",
    "contractQuotationReference": "contract_quotation_reference",
    "receiptTypeAtOrigin": "receipt_type_at_origin", "deliveryTypeAtDestination": "delivery_type_at_destination",
    "cargoMovementTypeAtOrigin": "cargo_movement_type_at_origin",
    "cargoMovementTypeAtDestination": "cargo_movement_type_at_destination",
    "isEquipmentSubstitutionAllowed": "equipment_substitution_allowed",
    "transportDocumentTypeCode": "transport_document_type", "incoTerms": "incoterm",
    "declaredValue": "declared_value", "requestedEquipments": "equipment", "documentParties": "document_parties",
    "exportDeclarationReference": "export_declaration_reference",
}


def feedback_field(json_path: str) -> str:
    """The booking field of a feedback's ``jsonPath`` (``$.expectedDepartureDate`` -> ``requested_departure``)."""
    first = json_path.removeprefix("$").lstrip(".").split(".")[0].split("[")[0]
    return FEEDBACK_FIELDS.get(first, "")


class _Reference(_In):
    type: str
    value: str


class _Transport(_In):
    stage: str = Field(alias="transportPlanStage")
    sequence: int = Field(alias="transportPlanStageSequenceNumber")
    vessel_name: str = Field(default="", alias="vesselName", max_length=50)
    vessel_imo: str = Field(default="", alias="vesselIMONumber", max_length=8)
    export_voyage: str = Field(default="", alias="carrierExportVoyageNumber", max_length=50)
    mode: str = Field(default="", alias="modeOfTransport")


class _CutOff(_In):
    code: str = Field(alias="cutOffDateTimeCode", max_length=3)
    at: datetime = Field(alias="cutOffDateTime")


class _Booking(_In):
    booking_status: str = Field(alias="bookingStatus", max_length=50)
    amended_booking_status: str = Field(default="", alias="amendedBookingStatus", max_length=50)
    cancellation_status: str = Field(default="", alias="bookingCancellationStatus", max_length=50)
    request_reference: str = Field(default="", alias="carrierBookingRequestReference", max_length=100)
    booking_reference: str = Field(default="", alias="carrierBookingReference", max_length=35)
    feedbacks: list[_Feedback] = Field(default_factory=list)
    references: list[_Reference] = Field(default_factory=list)
    transport_plan: list[_Transport] = Field(default_factory=list, alias="transportPlan")
    cut_offs: list[_CutOff] = Field(default_factory=list, alias="shipmentCutOffTimes")


class _Notification(_In):
    id: str = Field(max_length=100)
    type: str
    time: datetime
    data: dict[str, Any]


@dataclass
class CarrierBookingState:
    """What the carrier says about one booking."""

    booking_status: str
    request_reference: str = ""
    booking_reference: str = ""
    amended_booking_status: str = ""
    cancellation_status: str = ""
    own_reference: str = ""
    vessel_name: str = ""
    vessel_imo: str = ""
    voyage: str = ""
    cut_offs: list[tuple[str, datetime]] = field(default_factory=list)
    #: the carrier's feedback: (severity, code, message, booking field or '')
    feedbacks: list[tuple[str, str, str, str]] = field(default_factory=list)
    event_id: str = ""
    event_time: datetime | None = None

    @property
    def is_final(self) -> bool:
        return self.booking_status in FINAL_STATUSES


def _model(cls: type[BaseModel], payload: Any, what: str) -> Any:
    if not isinstance(payload, dict):
        raise DcsaError("dcsa.bad_payload", what=what, detail="not a JSON object")
    try:
        return cls.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise DcsaError("dcsa.bad_payload", what=what, detail=f"{where}: {first.get('msg', '')}") from None


def parse_create_response(payload: Any) -> str:
    """The ``carrierBookingRequestReference`` of a 202 answer to a create."""
    if not isinstance(payload, dict) or not isinstance(payload.get("carrierBookingRequestReference"), str) or not (
            payload["carrierBookingRequestReference"].strip()):
        raise DcsaError("dcsa.bad_payload", what="CreateBookingResponse", detail="carrierBookingRequestReference")
    return str(payload["carrierBookingRequestReference"])[:100]


def _state(b: _Booking) -> CarrierBookingState:
    main = sorted((t for t in b.transport_plan if t.stage == "MNC"), key=lambda t: t.sequence)
    vessel = main[0] if main else None
    own = next((r.value for r in b.references if r.type == OWN_REFERENCE_TYPE), "")
    return CarrierBookingState(
        booking_status=b.booking_status, request_reference=b.request_reference,
        booking_reference=b.booking_reference, amended_booking_status=b.amended_booking_status,
        cancellation_status=b.cancellation_status, own_reference=own,
        vessel_name=vessel.vessel_name if vessel else "", vessel_imo=vessel.vessel_imo if vessel else "",
        voyage=vessel.export_voyage if vessel else "",
        cut_offs=[(c.code, c.at) for c in b.cut_offs],
        feedbacks=[(f.severity, f.code, f.message, feedback_field(f.json_path or f.property)) for f in b.feedbacks],
    )


def parse_booking(payload: Any) -> CarrierBookingState:
    """A ``Booking`` as GET /v2/bookings/{reference} returns it."""
    return _state(_model(_Booking, payload, "Booking"))


def parse_notification(payload: Any) -> CarrierBookingState:
    """A ``BookingNotification``: its data (and the full booking when the carrier sends it along)."""
    note: _Notification = _model(_Notification, payload, "BookingNotification")
    if note.type != "org.dcsa.booking.v2":
        raise DcsaError("dcsa.bad_payload", what="BookingNotification", detail=f"type {note.type[:40]}")
    data = dict(note.data)
    full = data.get("booking")
    merged = {**full, **{k: v for k, v in data.items() if k != "booking"}} if isinstance(full, dict) else data
    state = _state(_model(_Booking, merged, "BookingNotification.data"))
    state.event_id, state.event_time = note.id, note.time
    return state
