"""Pydantic models of the platform's answers (lenient: unknown keys are ignored so the server may grow)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from desktop.core.model.filing import FieldError, FilingStatus, Receipt


class Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", defer_build=True)  # validators built on first use


class TokenPair(Wire):
    access_token: str
    token_type: str = "Bearer"
    expires_in: int = 0
    refresh_token: str = ""
    refresh_expires_in: int = 0


class CompanyRef(Wire):
    id: str
    uscc: str = ""
    customs_code: str = ""
    name_zh: str = ""
    name_en: str = ""
    relation: str = "own"


class Me(Wire):
    username: str
    display_name: str = ""
    roles: list[str] = Field(default_factory=list)
    companies: list[CompanyRef] = Field(default_factory=list)


class WireFieldError(Wire):
    field: str = ""
    code: str = ""
    params: dict[str, Any] = Field(default_factory=dict)

    def to_model(self) -> FieldError:
        clean = {k: v for k, v in self.params.items() if isinstance(v, str | int | float)}
        return FieldError(field=self.field, code=self.code, params=clean)


class WireReceipt(Wire):
    status: str = ""
    at: datetime | None = None
    message_code: str = ""
    errors: list[WireFieldError] = Field(default_factory=list)
    note: str = ""

    def to_model(self) -> Receipt | None:
        try:
            status = FilingStatus(self.status)
        except ValueError:
            return None
        return Receipt(
            status=status, at=self.at, message_code=self.message_code,
            errors=[e.to_model() for e in self.errors], note=self.note,
        )


class WireAttachment(Wire):
    """A document the platform holds on a declaration."""

    edoc_code: str
    file_name: str = ""
    sha256: str = ""


class Filing(Wire):
    """A declaration or booking as the platform holds it (booking-only fields stay empty for declarations)."""

    id: str
    client_seq_no: str = ""
    company_id: str = ""
    status: str = ""
    customs_no: str = ""
    receipts: list[WireReceipt] = Field(default_factory=list)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    attachments: list[WireAttachment] = Field(default_factory=list)  # declarations
    # bookings
    carrier_booking_reference: str = ""
    through_document_no: str = ""
    train_no: str = ""
    rail_waybill: str = ""
    service_code: str = ""
    vessel_name: str = ""
    voyage_no: str = ""
    container_numbers: list[str] = Field(default_factory=list)

    def filing_status(self) -> FilingStatus | None:
        try:
            return FilingStatus(self.status)
        except ValueError:
            return None


class WireCutOff(Wire):
    """A carrier's deadline for a confirmed booking (DCSA cut-off time code and time)."""

    code: str = ""
    at: datetime | None = None


class CarrierFiling(Filing):
    """A booking as a carrier channel reports it: the platform's view plus the carrier's cut-offs."""

    cut_offs: list[WireCutOff] = Field(default_factory=list)


class FilingPage(Wire):
    items: list[Filing] = Field(default_factory=list)
    next_cursor: str | int | None = None


class Price(Wire):
    amount: str = ""
    currency: str = ""


class Schedule(Wire):
    service_code: str
    train_no: str = ""
    rail_departure: str = ""
    cutoff: str = ""
    vessel: str = ""
    voyage: str = ""
    etd: str = ""
    eta: str = ""
    transit_days: int = 0
    price: Price = Field(default_factory=Price)


class Event(Wire):
    seq: int
    at: datetime | None = None
    kind: str
    id: str
    company_id: str = ""
    client_seq_no: str = ""
    status: str = ""
    receipt: WireReceipt | None = None


class EventPage(Wire):
    events: list[Event] = Field(default_factory=list)
    next_cursor: int = 0


class Health(Wire):
    status: str
    version: str = ""
    sandbox: bool = False
    clock: str | None = None


class CodeTableInfo(Wire):
    name: str
    version: str = ""
    etag: str = ""
