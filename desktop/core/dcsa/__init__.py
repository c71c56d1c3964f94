"""DCSA Booking 2.0: the CreateBooking a carrier receives and the booking, status and notification payloads it
sends back (definitions: resources/dcsa/BKG_v2.0.4.yaml)."""

from desktop.core.dcsa.booking_in import CarrierBookingState, parse_booking, parse_create_response, parse_notification
from desktop.core.dcsa.booking_out import API_VERSION, CarrierTerms, create_booking, unmet_conditions

__all__ = [
    "API_VERSION",
    "CarrierBookingState",
    "CarrierTerms",
    "create_booking",
    "parse_booking",
    "parse_create_response",
    "parse_notification",
    "unmet_conditions",
]
