"""The sandbox as a DCSA Booking 2.0 carrier: POST / GET / PUT / PATCH /v2/bookings on the sandbox clock.

A booking request is RECEIVED; ``DECIDE_AFTER`` sandbox seconds later the carrier decides by the scenario of the
caller's API key: ``confirm`` (default: a carrier booking reference, the vessel and voyage of the main leg and
the cut-offs), ``decline``, or ``amend`` (UseCase 6: the carrier confirms the booking, giving its reference, and at
once asks for changes to it: PENDING_AMENDMENT, with feedback saying what to change; the shipper's PUT leaves the
booking PENDING_AMENDMENT with ``amendedBookingStatus`` AMENDMENT_RECEIVED, and ``DECIDE_AFTER`` later the reply
becomes the booking, CONFIRMED with AMENDMENT_CONFIRMED, or under ``decline-amendment`` is declined and the
carrier's ask stands). ``decline-cancellation``
confirms bookings but declines a request to cancel a confirmed one. A PUT on a CONFIRMED booking is an amendment
(UseCase 7): the booking stays CONFIRMED with ``amendedBookingStatus`` AMENDMENT_RECEIVED, the amended booking is
kept beside the original (``GET ...?amendedContent=true``) and ``DECIDE_AFTER`` later becomes the booking
(AMENDMENT_CONFIRMED) or, under ``decline-amendment``, is declined (AMENDMENT_DECLINED: the original stands);
until then ``amendedBookingStatus: AMENDMENT_CANCELLED`` on the carrier booking reference withdraws it.
``refuse-key`` plays a carrier that no longer takes the key (revoked or mistyped): every request with it is
answered 401, as is a request without a key.

Only what BKG_v2.0.4.yaml defines is served: POST /v2/bookings, GET / PUT / PATCH /v2/bookings/{bookingReference}
(either reference). DCSA defines no search of bookings and no ``Idempotency-Key``, so this carrier has neither: a
repeated POST is a new booking request, as at a carrier that follows the definition and nothing more.
Cancelling follows ``CancelBookingRequest``: ``bookingStatus: CANCELLED`` on the request reference before the
booking is confirmed (409 after), ``bookingCancellationStatus: CANCELLATION_RECEIVED`` on the carrier booking
reference once it is (decided on the clock: CANCELLATION_CONFIRMED and CANCELLED, or CANCELLATION_DECLINED).
The scenario of an API key is set by a trainer with ``PUT /v1/sandbox/carrier-scenario`` (a sandbox control, like
the other scenarios; not a carrier route). The routes stay out of the platform contract.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from fastapi import APIRouter, FastAPI, Header, Request
from starlette.responses import JSONResponse, Response

from desktop.sandbox.clock import iso
from desktop.sandbox.controls import _trainer
from desktop.sandbox.problems import Problem
from desktop.sandbox.routes_common import ERRORS, SB, User
from desktop.sandbox.state import Sandbox

DECIDE_AFTER = 600.0
SCENARIOS = ("confirm", "decline", "amend", "decline-cancellation", "decline-amendment", "refuse-key")
ACTIVE = ("RECEIVED", "PENDING_UPDATE", "UPDATE_RECEIVED")  # cancelled with bookingStatus
CONFIRMED_LIKE = ("CONFIRMED", "PENDING_AMENDMENT")  # cancelled with bookingCancellationStatus
REQUIRED = ("receiptTypeAtOrigin", "deliveryTypeAtDestination", "cargoMovementTypeAtOrigin",
            "cargoMovementTypeAtDestination", "isEquipmentSubstitutionAllowed", "shipmentLocations",
            "requestedEquipments", "documentParties")
SCHEMA = """
CREATE TABLE IF NOT EXISTS dcsa_bookings (
    request_ref TEXT PRIMARY KEY, api_key TEXT NOT NULL, own_ref TEXT NOT NULL DEFAULT '',
    idempotency_key TEXT NOT NULL DEFAULT '', body TEXT NOT NULL, status TEXT NOT NULL,
    amended_status TEXT NOT NULL DEFAULT '', cancellation_status TEXT NOT NULL DEFAULT '',
    booking_ref TEXT NOT NULL DEFAULT '', scenario TEXT NOT NULL DEFAULT 'confirm', decide_at REAL NOT NULL,
    updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS dcsa_bookings_own ON dcsa_bookings(api_key, own_ref);
CREATE TABLE IF NOT EXISTS dcsa_scenarios (api_key TEXT PRIMARY KEY, scenario TEXT NOT NULL);
"""


def _create_tables(sb: Sandbox) -> None:
    """The carrier's tables, and the column a sandbox file from before amendments lacks (SQLite or PostgreSQL)."""
    sb.conn.executescript(SCHEMA)
    column = "amended_body TEXT NOT NULL DEFAULT ''"
    if isinstance(sb.conn, sqlite3.Connection):
        present = {r[1] for r in sb.conn.execute("PRAGMA table_info(dcsa_bookings)")}
        if "amended_body" not in present:
            sb.conn.execute(f"ALTER TABLE dcsa_bookings ADD COLUMN {column}")
    else:
        sb.conn.execute(f"ALTER TABLE dcsa_bookings ADD COLUMN IF NOT EXISTS {column}")
    sb._dcsa_ready = True  # type: ignore[attr-defined]


def _sandbox(request: Request) -> Sandbox:
    sb: Sandbox = request.app.state.sandbox
    if not getattr(sb, "_dcsa_ready", False):
        with sb.lock:
            _create_tables(sb)
    return sb


def _error(request: Request, status: int, text: str, reason: str, message: str, sb: Sandbox) -> JSONResponse:
    body = {"httpMethod": request.method, "requestUri": request.url.path, "statusCode": status,
            "statusCodeText": text, "errorDateTime": iso(sb.clock.now()),
            "errors": [{"errorCode": 7003 if status == 400 else 7004, "errorCodeText": reason[:100],
                        "errorCodeMessage": message[:5000]}]}
    return JSONResponse(body, status_code=status)


def _key(authorization: str | None) -> str:
    if authorization and authorization[:7].lower() == "bearer " and authorization[7:].strip():
        return authorization[7:].strip()[:200]
    return ""


def _unauthorized(request: Request, sb: Sandbox, api_key: str) -> JSONResponse | None:
    """401 for a request without an API key, or with one the trainer set to ``refuse-key``; else None."""
    if not api_key:
        return _error(request, 401, "Unauthorized", "No API key", "Send the API key as a bearer token.", sb)
    row = sb.query_one("SELECT scenario FROM dcsa_scenarios WHERE api_key = ?", (api_key,))
    if row is not None and row["scenario"] == "refuse-key":
        return _error(request, 401, "Unauthorized", "API key refused", "This API key is not valid.", sb)
    return None


def _scenario(sb: Sandbox, api_key: str) -> str:
    """The scenario a trainer set for this API key, else the one set for every key (``*``), else confirm."""
    row = sb.query_one("SELECT scenario FROM dcsa_scenarios WHERE api_key IN (?, '*') ORDER BY api_key = '*'",
                       (api_key,))
    return str(row["scenario"]) if row is not None else "confirm"


def _own_reference(body: dict[str, Any]) -> str:
    refs = body.get("references")
    for ref in refs if isinstance(refs, list) else []:
        if isinstance(ref, dict) and ref.get("type") == "CR" and isinstance(ref.get("value"), str):
            return str(ref["value"])
    return ""


def _decide(sb: Sandbox, row: Any) -> Any:
    """Apply the carrier's decision once the sandbox clock has passed it; returns the current row."""
    now = sb.clock.now()
    if now < row["decide_at"]:
        return row
    scenario = row["scenario"]  # as set when the booking arrived
    status, booking_ref, cancellation = row["status"], row["booking_ref"], row["cancellation_status"]
    if row["amended_status"] == "AMENDMENT_RECEIVED" and status in CONFIRMED_LIKE:
        confirmed = scenario != "decline-amendment"
        body = row["amended_body"] if confirmed else row["body"]  # a confirmed amendment becomes the booking
        if confirmed:  # the reply to the carrier's ask (UseCase 6) confirms the booking again
            status = "CONFIRMED"
        with sb.tx() as conn:
            conn.execute("UPDATE dcsa_bookings SET status = ?, amended_status = ?, body = ?, updated_at = ?"
                         " WHERE request_ref = ?",
                         (status, "AMENDMENT_CONFIRMED" if confirmed else "AMENDMENT_DECLINED", body, now,
                          row["request_ref"]))
        return sb.query_one("SELECT * FROM dcsa_bookings WHERE request_ref = ?", (row["request_ref"],))
    if cancellation == "CANCELLATION_RECEIVED":
        if scenario == "decline-cancellation":
            cancellation = "CANCELLATION_DECLINED"
        else:
            status, cancellation = "CANCELLED", "CANCELLATION_CONFIRMED"
    elif status in ("RECEIVED", "UPDATE_RECEIVED"):
        status = "CONFIRMED"
        if row["status"] == "RECEIVED" and scenario == "decline":
            status = "DECLINED"
        elif row["status"] == "RECEIVED" and scenario == "amend":
            status = "PENDING_AMENDMENT"  # UseCase 6: confirmed (with its reference), then asked to change
        if status in CONFIRMED_LIKE and not booking_ref:
            booking_ref = "SBX" + row["request_ref"][-9:].upper()
    else:
        return row
    with sb.tx() as conn:
        conn.execute("UPDATE dcsa_bookings SET status = ?, booking_ref = ?, cancellation_status = ?, updated_at = ?"
                     " WHERE request_ref = ?", (status, booking_ref, cancellation, now, row["request_ref"]))
    return sb.query_one("SELECT * FROM dcsa_bookings WHERE request_ref = ?", (row["request_ref"],))


def booking_view(sb: Sandbox, row: Any) -> dict[str, Any]:
    """The carrier's ``Booking``: the request as sent plus status, references and, once confirmed, the plan."""
    body: dict[str, Any] = json.loads(row["body"])
    body["carrierBookingRequestReference"] = row["request_ref"]
    body["bookingStatus"] = row["status"]
    if row["booking_ref"]:
        body["carrierBookingReference"] = row["booking_ref"]
    if row["amended_status"]:
        body["amendedBookingStatus"] = row["amended_status"]
    if row["cancellation_status"]:
        body["bookingCancellationStatus"] = row["cancellation_status"]
    if row["status"] == "PENDING_AMENDMENT" and row["amended_status"] != "AMENDMENT_RECEIVED":  # not answered yet
        body["feedbacks"] = [{"severity": "ERROR", "code": "PROPERTY_VALUE_MUST_CHANGE",
                              "message": "No equipment on the requested sailing: ask for a departure at least 7 days"
                                         " later.", "jsonPath": "$.expectedDepartureDate"}]
    if row["status"] == "CONFIRMED":
        departure = datetime.fromtimestamp(row["decide_at"], UTC).date() + timedelta(days=3)
        locations = {loc.get("locationTypeCode"): loc.get("location", {}) for loc in body["shipmentLocations"]}
        load = locations.get("POL", {}).get("UNLocationCode", "CNQZH")
        discharge = locations.get("POD", {}).get("UNLocationCode", "VNHPH")
        vessel = body.get("vessel", {}).get("name", "BEIBU GULF PIONEER")
        voyage = body.get("carrierExportVoyageNumber", "2612S")
        body["transportPlan"] = [{
            "transportPlanStage": "MNC", "transportPlanStageSequenceNumber": 1,
            "loadLocation": {"UNLocationCode": load}, "dischargeLocation": {"UNLocationCode": discharge},
            "plannedDepartureDate": departure.isoformat(),
            "plannedArrivalDate": (departure + timedelta(days=2)).isoformat(),
            "modeOfTransport": "VESSEL", "vesselName": vessel, "carrierExportVoyageNumber": voyage}]
        cut = datetime.combine(departure - timedelta(days=1), datetime.min.time(), UTC).replace(hour=12)
        body["shipmentCutOffTimes"] = [
            {"cutOffDateTimeCode": "FCO", "cutOffDateTime": cut.strftime("%Y-%m-%dT%H:%M:%SZ")},
            {"cutOffDateTimeCode": "DCO", "cutOffDateTime": (cut - timedelta(hours=24)).strftime(
                "%Y-%m-%dT%H:%M:%SZ")}]
    return body


def build_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.post("/v2/bookings")
    async def create(request: Request, authorization: str | None = Header(None)) -> Response:
        sb = _sandbox(request)
        api_key = _key(authorization)
        refused = _unauthorized(request, sb, api_key)
        if refused is not None:
            return refused
        try:
            body = json.loads(await request.body())
        except ValueError:
            return _error(request, 400, "Bad Request", "Invalid JSON", "The body is not JSON.", sb)
        missing = [k for k in REQUIRED if not isinstance(body, dict) or k not in body]
        if missing:
            return _error(request, 400, "Bad Request", "Missing property", f"Missing: {', '.join(missing)}", sb)
        if not body["documentParties"].get("bookingAgent"):
            return _error(request, 400, "Bad Request", "Missing property", "documentParties.bookingAgent", sb)
        ref = uuid.uuid4().hex[:20].upper()
        now = sb.clock.now()
        with sb.tx() as conn:
            conn.execute(
                "INSERT INTO dcsa_bookings (request_ref, api_key, own_ref, idempotency_key, body, status, scenario,"
                " decide_at, updated_at) VALUES (?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?)",
                (ref, api_key, _own_reference(body), "", json.dumps(body), _scenario(sb, api_key),
                 now + DECIDE_AFTER, now))
        return JSONResponse({"carrierBookingRequestReference": ref}, status_code=202)

    def _row(sb: Sandbox, api_key: str, reference: str) -> Any:
        return sb.query_one(
            "SELECT * FROM dcsa_bookings WHERE api_key = ? AND (request_ref = ? OR (booking_ref != '' AND "
            "booking_ref = ?))", (api_key, reference, reference))

    @router.get("/v2/bookings/{reference}")
    def get(request: Request, reference: str, authorization: str | None = Header(None),
            amendedContent: bool = False) -> Response:  # DCSA's name
        sb = _sandbox(request)
        refused = _unauthorized(request, sb, _key(authorization))
        if refused is not None:
            return refused
        row = _row(sb, _key(authorization), reference)
        if row is None:
            return _error(request, 404, "Not Found", "Unknown booking", reference[:100], sb)
        row = _decide(sb, row)
        if amendedContent:  # the amended booking, while there is one and the carrier asks for none (else 404)
            if row["amended_status"] != "AMENDMENT_RECEIVED" or not row["amended_body"] \
                    or row["status"] == "PENDING_AMENDMENT":
                return _error(request, 404, "Not Found", "No amendment", reference[:100], sb)
            return JSONResponse(booking_view(sb, {**dict(row), "body": row["amended_body"]}))
        return JSONResponse(booking_view(sb, row))

    @router.put("/v2/bookings/{reference}")
    async def update(request: Request, reference: str, authorization: str | None = Header(None)) -> Response:
        sb = _sandbox(request)
        refused = _unauthorized(request, sb, _key(authorization))
        if refused is not None:
            return refused
        row = _row(sb, _key(authorization), reference)
        if row is None:
            return _error(request, 404, "Not Found", "Unknown booking", reference[:100], sb)
        row = _decide(sb, row)
        if row["status"] in ("DECLINED", "REJECTED", "CANCELLED", "COMPLETED"):
            return _error(request, 409, "Conflict", "Booking is final", row["status"], sb)
        try:
            body = json.loads(await request.body())
        except ValueError:
            return _error(request, 400, "Bad Request", "Invalid JSON", "The body is not JSON.", sb)
        now = sb.clock.now()
        if row["status"] in CONFIRMED_LIKE:  # UseCase 7, or the reply to the carrier's ask (UseCase 6)
            if row["cancellation_status"] == "CANCELLATION_RECEIVED":
                return _error(request, 409, "Conflict", "Cancellation requested", row["status"], sb)
            with sb.tx() as conn:
                conn.execute("UPDATE dcsa_bookings SET amended_body = ?, amended_status = 'AMENDMENT_RECEIVED',"
                             " scenario = ?, decide_at = ?, updated_at = ? WHERE request_ref = ?",
                             (json.dumps(body), _scenario(sb, _key(authorization)), now + DECIDE_AFTER, now,
                              row["request_ref"]))
            return JSONResponse({"carrierBookingRequestReference": row["request_ref"]}, status_code=202)
        with sb.tx() as conn:
            conn.execute("UPDATE dcsa_bookings SET body = ?, status = 'UPDATE_RECEIVED', cancellation_status = '',"
                         " decide_at = ?, updated_at = ? WHERE request_ref = ?",
                         (json.dumps(body), now + DECIDE_AFTER, now, row["request_ref"]))
        return JSONResponse({"carrierBookingRequestReference": row["request_ref"]}, status_code=202)

    @router.patch("/v2/bookings/{reference}")
    async def cancel(request: Request, reference: str, authorization: str | None = Header(None)) -> Response:
        sb = _sandbox(request)
        refused = _unauthorized(request, sb, _key(authorization))
        if refused is not None:
            return refused
        row = _row(sb, _key(authorization), reference)
        if row is None:
            return _error(request, 404, "Not Found", "Unknown booking", reference[:100], sb)
        try:
            data = json.loads(await request.body() or b"null")
        except ValueError:
            return _error(request, 400, "Bad Request", "Invalid JSON", "The body is not JSON.", sb)
        problem = _cancel_problem(data)
        if problem:
            return _error(request, 400, "Bad Request", "Invalid CancelBookingRequest", problem, sb)
        row = _decide(sb, row)
        now = sb.clock.now()
        if data.get("bookingStatus") == "CANCELLED":
            if row["status"] not in ACTIVE:
                return _error(request, 409, "Conflict", "Booking cannot be cancelled", row["status"], sb)
            if reference != row["request_ref"]:
                return _error(request, 400, "Bad Request", "Use the carrierBookingRequestReference", reference, sb)
            sql, params = "status = 'CANCELLED'", cast(tuple[Any, ...], ())
        elif data.get("bookingCancellationStatus") == "CANCELLATION_RECEIVED":
            if row["status"] not in CONFIRMED_LIKE:
                return _error(request, 409, "Conflict", "Booking is not confirmed", row["status"], sb)
            if reference != row["booking_ref"]:
                return _error(request, 400, "Bad Request", "Use the carrierBookingReference", reference, sb)
            sql, params = "cancellation_status = 'CANCELLATION_RECEIVED', decide_at = ?", (now + DECIDE_AFTER,)
        else:  # amendedBookingStatus: AMENDMENT_CANCELLED, only of an amendment not yet decided
            if row["amended_status"] != "AMENDMENT_RECEIVED":
                return _error(request, 404, "Not Found", "No amendment to cancel", reference[:100], sb)
            if reference != row["booking_ref"]:
                return _error(request, 400, "Bad Request", "Use the carrierBookingReference", reference, sb)
            sql, params = "amended_status = 'AMENDMENT_CANCELLED', amended_body = ''", ()
        with sb.tx() as conn:
            conn.execute(f"UPDATE dcsa_bookings SET {sql}, updated_at = ? WHERE request_ref = ?",
                         (*params, now, row["request_ref"]))
        return Response(status_code=202)

    return router


def _cancel_problem(data: Any) -> str:
    """What makes ``data`` not a ``CancelBookingRequest`` (exactly one of its three forms, reason <= 5000)."""
    if not isinstance(data, dict):
        return "The body must be a CancelBookingRequest object."
    forms = {"bookingStatus": "CANCELLED", "amendedBookingStatus": "AMENDMENT_CANCELLED",
             "bookingCancellationStatus": "CANCELLATION_RECEIVED"}
    given = [k for k in forms if k in data]
    if len(given) != 1 or data[given[0]] != forms[given[0]]:
        return "Give one of bookingStatus CANCELLED, amendedBookingStatus AMENDMENT_CANCELLED or " \
               "bookingCancellationStatus CANCELLATION_RECEIVED."
    reason = data.get("reason", "")
    if not isinstance(reason, str) or len(reason) > 5000:
        return "reason is a text of at most 5000 characters."
    return ""


def build_controls() -> APIRouter:
    """The trainer's control of the carrier: which scenario an API key (or ``*``, every key) plays."""
    router = APIRouter(prefix="/v1/sandbox", tags=["sandbox"])

    @router.put("/carrier-scenario", responses=ERRORS, status_code=204)
    async def scenario(request: Request, user: User, sb: SB) -> Response:
        _trainer(user, "sets the carrier's scenario")
        _sandbox(request)
        try:
            data = json.loads(await request.body() or b"{}")
        except ValueError:
            raise Problem("malformed-request", "The body is not JSON.") from None
        name = data.get("scenario") if isinstance(data, dict) else None
        api_key = data.get("api_key", "*") if isinstance(data, dict) else None
        if name not in SCENARIOS or not isinstance(api_key, str) or not 0 < len(api_key) <= 200:
            raise Problem("malformed-request", f"Give api_key (or *) and a scenario: one of {', '.join(SCENARIOS)}.")
        with sb.tx() as conn:
            conn.execute("INSERT INTO dcsa_scenarios (api_key, scenario) VALUES (?, ?) ON CONFLICT(api_key) DO "
                         "UPDATE SET scenario = excluded.scenario", (api_key, name))
        return Response(status_code=204)

    return router


def install(app: FastAPI) -> None:
    sb: Sandbox = app.state.sandbox
    with sb.lock:
        _create_tables(sb)
    app.include_router(build_router())
    app.include_router(build_controls())
