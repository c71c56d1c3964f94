"""How a DCSA Booking 2.0 booking as the carrier reads it shows in the app: its status, receipt and filing."""

from __future__ import annotations

from desktop.core.dcsa import CarrierBookingState
from desktop.core.model.filing import FilingStatus
from desktop.core.platform.models import CarrierFiling, WireCutOff, WireFieldError, WireReceipt

#: DCSA booking status -> the app's booking status
STATUS = {
    "RECEIVED": FilingStatus.REQUESTED, "PENDING_UPDATE": FilingStatus.REQUESTED,
    "UPDATE_RECEIVED": FilingStatus.REQUESTED, "PENDING_AMENDMENT": FilingStatus.REQUESTED,
    "CONFIRMED": FilingStatus.CONFIRMED, "COMPLETED": FilingStatus.CONFIRMED,
    "DECLINED": FilingStatus.DECLINED, "REJECTED": FilingStatus.DECLINED, "CANCELLED": FilingStatus.CANCELLED,
}


def status_of(state: CarrierBookingState) -> FilingStatus:
    return STATUS.get(state.booking_status, FilingStatus.REQUESTED)


def receipt_code(state: CarrierBookingState) -> str:
    """The message of a carrier status in the timeline (``dcsa.confirmed``, ``dcsa.pending_amendment`` ...): a
    cancellation's status first, then an amendment's of a confirmed booking (``dcsa.amendment_received``,
    ``_confirmed``, ``_declined``, ``_cancelled``), else the booking's."""
    if state.booking_status == "PENDING_AMENDMENT":  # the carrier's ask (UseCase 6) and the reply to it
        if state.amended_booking_status == "AMENDMENT_RECEIVED":
            return "dcsa.update_received"  # the reply is received, not yet decided
        if state.amended_booking_status == "AMENDMENT_DECLINED":
            return "dcsa.pending_amendment"  # the reply was declined: the ask stands
    status = state.cancellation_status or state.amended_booking_status or state.booking_status
    return "dcsa." + status.lower()


def receipt_of(state: CarrierBookingState) -> WireReceipt:
    """The carrier's status as a receipt, its feedback (what to change, pinned to the field) as the field errors."""
    status = status_of(state).value
    return WireReceipt(status=status, message_code=receipt_code(state), errors=[
        WireFieldError(field=where, code="dcsa.feedback",
                       params={"severity": severity, "feedback": code, "message": message[:1000]})
        for severity, code, message, where in state.feedbacks])


def filing_of(state: CarrierBookingState, client_seq_no: str = "", company_id: str = "") -> CarrierFiling:
    return CarrierFiling(
        id=state.request_reference, client_seq_no=client_seq_no or state.own_reference, company_id=company_id,
        status=status_of(state).value, carrier_booking_reference=state.booking_reference,
        vessel_name=state.vessel_name, voyage_no=state.voyage,
        cut_offs=[WireCutOff(code=code, at=at) for code, at in state.cut_offs],
        receipts=[receipt_of(state)],
    )
