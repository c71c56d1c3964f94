"""English source messages of the DCSA error codes and of the unmet written conditions of a CreateBooking."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "dcsa.bad_payload": "The carrier sent a {what} that does not follow DCSA Booking 2.0: {detail}",
    "dcsa.contract_missing": "The carrier needs a service contract or a quotation reference.",
    "dcsa.contract_both": "Send either the service contract or the quotation reference, not both.",
    "dcsa.schedule_missing": "Give the requested departure or the voyage.",
    "dcsa.vessel_missing": "A voyage number without a service needs the vessel.",
    "dcsa.declared_value_currency": "The declared value needs its currency.",
    # carrier answers and the statuses they bring (timeline messages)
    "dcsa.received": "The carrier received the booking request.",
    "dcsa.update_received": "The carrier received the amendment.",
    "dcsa.pending_update": "The carrier asks for more information before it confirms.",
    "dcsa.pending_amendment": "The carrier asks for an amendment of the booking.",
    "dcsa.confirmed": "The carrier confirmed the booking.",
    "dcsa.completed": "The carrier completed the booking.",
    "dcsa.declined": "The carrier declined the booking.",
    "dcsa.rejected": "The carrier rejected the booking request.",
    "dcsa.cancelled": "The booking is cancelled at the carrier.",
    "dcsa.amendment_received": "The carrier received the amendment of the confirmed booking; the booking stands "
    "as confirmed until the carrier decides.",
    "dcsa.amendment_confirmed": "The carrier confirmed the amendment: the booking is now as amended.",
    "dcsa.amendment_declined": "The carrier declined the amendment: the booking stands as confirmed before it.",
    "dcsa.amendment_cancelled": "The amendment was withdrawn: the booking stands as confirmed before it.",
    "dcsa.cancellation_received": "The carrier received the cancellation.",
    "dcsa.cancellation_confirmed": "The carrier confirmed the cancellation.",
    "dcsa.cancellation_declined": "The carrier declined the cancellation.",
    "dcsa.unauthorized": "Carrier {carrier} refused the API key; check it in the carrier settings.",
    "dcsa.not_found": "Carrier {carrier} does not know this booking.",
    "dcsa.conflict": "The carrier cannot change the booking in its present state: {detail}",
    "dcsa.refused": "Carrier {carrier} refused the booking: {detail}",
    "dcsa.outcome_unknown": "Carrier {carrier} may have received booking {reference}, but its answer was lost and "
    "DCSA gives no way to ask. Ask the carrier: link the reference it gives you, or send the booking again if it "
    "has none.",
    "dcsa.bad_reference": "Give the carrier's booking reference or booking request reference (at most 100 "
    "characters).",
    "dcsa.not_ours": "The carrier's booking {reference} is not this booking: it carries the reference {own}.",
    "dcsa.tls_failed": "The certificate of carrier {carrier} ({url}) could not be verified; nothing was sent.",
    "dcsa.not_dcsa": "{url} does not answer as a DCSA Booking 2.0 API; check the base URL (the part before /v2).",
    "dcsa.feedback": "The carrier: {message}",
    "outbox.in_flight": "Sent; the answer has not arrived yet.",
}
