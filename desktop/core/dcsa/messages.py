"""English source messages of the DCSA error codes and of the unmet written conditions of a CreateBooking."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "dcsa.bad_payload": "The carrier sent a {what} that does not follow DCSA Booking 2.0: {detail}",
    "dcsa.contract_missing": "The carrier needs a service contract or a quotation reference.",
    "dcsa.contract_both": "Send either the service contract or the quotation reference, not both.",
    "dcsa.schedule_missing": "Give the requested departure or the voyage.",
    "dcsa.vessel_missing": "A voyage number without a service needs the vessel.",
    "dcsa.declared_value_currency": "The declared value needs its currency.",
}
