"""Filing status shared by declarations and bookings, and the platform receipts that move it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from desktop.core.model.fields import Model, spec_field


class FilingStatus(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"  # in the outbox, not yet acknowledged by the platform
    RECEIVED = "received"  # the platform stored it (入库成功)
    ACCEPTED = "accepted"  # customs accepted it and gave a number
    INSPECTION = "inspection"
    RELEASED = "released"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    FAILED = "failed"  # a final error from the platform before it was stored
    # bookings
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    DECLINED = "declined"
    CANCELLED = "cancelled"


#: Statuses in which a draft may still be edited and refreshed from its shipment.
EDITABLE = frozenset({FilingStatus.DRAFT, FilingStatus.REJECTED, FilingStatus.FAILED})


class FieldError(Model):
    """A problem the platform (or a rule) pins to one field."""

    field: str = spec_field("Field", default="")
    code: str = spec_field("Error code", default="")
    params: dict[str, str | int | float] = spec_field("Parameters", default_factory=dict)


class Receipt(Model):
    """A status change reported by the platform."""

    status: FilingStatus = spec_field("Status", default=FilingStatus.RECEIVED)
    at: datetime | None = spec_field("Time", default=None)
    message_code: str = spec_field("Message", default="")
    errors: list[FieldError] = spec_field("Field errors", default_factory=list)
    note: str = spec_field("Note", default="", help="The counterpart's own words on this receipt, as they came.")
