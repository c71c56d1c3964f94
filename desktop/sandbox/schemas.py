"""Request and response bodies of the API (they also document the contract in the generated OpenAPI)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TokenRequest(Body):
    grant_type: Literal["password", "refresh_token"]
    username: str | None = Field(None, max_length=64)
    password: str | None = Field(None, max_length=256)
    verification_code: str | None = Field(None, max_length=16)
    refresh_token: str | None = Field(None, max_length=512)


class RevokeRequest(Body):
    token: str = Field(max_length=512)
    token_type_hint: Literal["access_token", "refresh_token"] | None = None


class DeclarationCreate(Body):
    company_id: str = Field(min_length=1, max_length=64)
    client_seq_no: str = Field(min_length=1, max_length=36)
    declaration: ExportDeclaration


class DeclarationAmend(Body):
    declaration: ExportDeclaration


class BookingCreate(Body):
    company_id: str = Field(min_length=1, max_length=64)
    client_seq_no: str = Field(min_length=1, max_length=36)
    booking: RailSeaBooking


class ClockAdvance(Body):
    seconds: float = Field(ge=0, le=10 * 365 * 24 * 3600)


class ScenarioRequest(Body):
    username: str | None = Field(
        None, description="Whose scenario (trainer only): a trainee, '*' for the whole class; default the caller."
    )
    scenario: Literal[
        "happy", "rejection", "inspection", "slow", "flaky-503", "throttle-429", "short-token", "declined"
    ]
    delay: float = Field(2.0, ge=0, le=120, description="slow: seconds every answer is held back (real time).")
    every: int = Field(2, ge=1, le=100, description="flaky-503 / throttle-429: every n-th request fails.")
    retry_after: int = Field(1, ge=0, le=3600, description="flaky-503 / throttle-429: the Retry-After seconds.")
    token_ttl: int = Field(5, ge=0, le=3600, description="short-token: access token lifetime (sandbox seconds).")
    verification: bool | None = Field(None, description="Require a verification code at login (None: unchanged).")


class FaultRequest(Body):
    username: str | None = Field(
        None, description="Whose next creating POST (trainer only): a user, '*' anyone; default the caller."
    )
    kind: Literal["drop-after-commit", "delay-after-commit", "hold-in-flight"]
    seconds: float = Field(0.0, ge=0, le=120)
    count: int = Field(1, ge=1, le=100)


class FieldErrorOut(BaseModel):
    field: str
    code: str
    params: dict[str, Any] = Field(default_factory=dict)


class ProblemOut(BaseModel):
    """RFC 9457 problem details (application/problem+json)."""

    type: str
    title: str
    status: int
    detail: str = ""
    errors: list[FieldErrorOut] = Field(default_factory=list)
    challenge: dict[str, Any] | None = None
    existing_id: str | None = None
    current_status: str | None = None


class TokenPairOut(BaseModel):
    access_token: str
    token_type: str = "Bearer"
    expires_in: int
    refresh_token: str
    refresh_expires_in: int


class CompanyOut(BaseModel):
    id: str
    uscc: str
    customs_code: str
    name_zh: str
    name_en: str
    district: str
    role: str
    relation: Literal["own", "client", "trainer"]


class MeOut(BaseModel):
    username: str
    display_name: str
    roles: list[str]
    companies: list[CompanyOut]
    scenario: str


class ReceiptOut(BaseModel):
    status: str
    at: str
    message_code: str
    errors: list[FieldErrorOut] = Field(default_factory=list)
    note: str = Field("", description="The counterpart's own words on this receipt (customs' note), as they came.")


class AttachmentOut(BaseModel):
    id: str
    edoc_code: str
    file_name: str
    sha256: str
    size: int
    created_at: str


class FilingOut(BaseModel):
    """A declaration or a booking as the platform holds it. GET by id adds the document itself."""

    id: str
    kind: Literal["declaration", "booking"]
    client_seq_no: str
    company_id: str
    status: str
    customs_no: str = ""
    receipts: list[ReceiptOut]
    created_at: str
    updated_at: str
    warnings: list[FieldErrorOut] = Field(default_factory=list)
    attachments: list[AttachmentOut] | None = None
    carrier_booking_reference: str | None = None
    through_document_no: str | None = None
    train_no: str | None = None
    rail_waybill: str | None = None
    vessel_name: str | None = None
    voyage_no: str | None = None
    service_code: str | None = None
    container_numbers: list[str] | None = None
    declaration: ExportDeclaration | None = None
    booking: RailSeaBooking | None = None


class FilingPageOut(BaseModel):
    items: list[FilingOut]
    next_cursor: str | None


class PriceOut(BaseModel):
    amount: str
    currency: str


class ScheduleOut(BaseModel):
    service_code: str
    origin: str
    origin_station: str
    port_of_loading: str
    port_of_discharge: str
    train_no: str
    rail_departure: str
    cutoff: str
    vessel: str
    voyage: str
    etd: str
    eta: str
    transit_days: int
    price: PriceOut


class EventOut(BaseModel):
    seq: int
    at: str
    kind: Literal["declaration", "booking"]
    id: str
    company_id: str
    client_seq_no: str
    status: str
    customs_no: str
    receipt: ReceiptOut


class EventPageOut(BaseModel):
    events: list[EventOut]
    next_cursor: int


class HealthOut(BaseModel):
    status: str
    version: str
    sandbox: bool
    clock: str


class CodeTableInfoOut(BaseModel):
    name: str
    version: str
    etag: str


class CodeEntryOut(BaseModel):
    code: str
    zh_CN: str
    en: str
    vi: str
    note: str = ""


class CodeTableOut(BaseModel):
    name: str
    version: str
    source: str
    entries: list[CodeEntryOut]


class ClockOut(BaseModel):
    clock: str
    applied: int = 0


class SingleWindowScenarioRequest(Body):
    scenario: Literal["happy", "rejection", "inspection", "slow", "upload-fail"] = Field(
        description="How the sandbox's Single Window client answers the next declarations: happy (imported, "
                    "accepted, released), rejection (returned for correction), inspection (inspection notice "
                    "before release), slow (ten times the timings), upload-fail (each first attempt to FailBox)."
    )
    reject_code: Literal["Z", "E", "H", "Y", "D"] = Field(
        default="Z",
        description="The customs receipt code (CHANNEL) of a rejection: Z returned for correction, E not accepted, "
                    "H held for a manual declaration, Y declaration failed, D deleted by customs.",
    )


class SingleWindowOut(BaseModel):
    scenario: str
    reject_code: str
    imp_path: str


class ScenarioOut(BaseModel):
    username: str
    scenario: str
    params: dict[str, Any]
    verification: bool


class VerificationCodeOut(BaseModel):
    username: str
    code: str
    challenge_id: str


class SeatsRequest(Body):
    count: int = Field(ge=1, le=200, description="Seats seat-01 .. seat-NN (existing seats are kept as they are).")
    password: str = Field(min_length=4, max_length=128, description="The password of new seats.")


class SeatsOut(BaseModel):
    seats: list[str]


class TraineeOut(BaseModel):
    username: str
    display_name: str
    scenario: str
    params: dict[str, Any]
    verification: bool
    companies: list[str]
    filings: dict[str, dict[str, int]] = Field(description="kind -> status -> how many")
    last_activity: str | None


class ClassFilingOut(FilingOut):
    trainee: str


class ResetOut(BaseModel):
    filings_removed: int
    trainees: int
