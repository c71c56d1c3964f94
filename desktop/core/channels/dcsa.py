"""A DCSA Booking 2.0 carrier as a channel: submit, follow, amend and cancel bookings at the carrier's API.

The carrier is a :class:`CarrierProfile` (its base URL, carrier code and default contract); the API key lives in
the OS keyring (:func:`api_keys`).

Never doubled, with only what DCSA Booking 2.0.4 defines. The definition has no search of bookings (no lookup by
the customer's own reference) and no ``Idempotency-Key``: the only handle on a booking request is the
``carrierBookingRequestReference`` the carrier returns to the create, and the only lookup is
``GET /v2/bookings/{bookingReference}``. So:

* the reference of a create is kept in the outbox the moment its answer arrives; before a create is sent again
  (a restart, a retry, an edit of a booking whose first version may have left), a kept reference is read back with
  that GET and the booking counts as delivered;
* before each POST the row is marked in flight, durably; a POST whose failure proves the carrier did not take it
  (no connection made, 429, 503) is marked ``received=no`` and may be sent again;
* any other failure (a timeout, a reset or a broken answer after the request left, a 5xx, a kill -9 mid-request)
  leaves no way to ask the carrier, so the create is never sent again by itself: the row fails with
  ``dcsa.outcome_unknown`` and the user asks the carrier, then either links the carrier's reference
  (:meth:`DcsaChannel.link`, which checks that the booking carries our own reference) or sends it again.

``Idempotency-Key`` is still sent: a carrier that honours it replays, one that does not is covered above.
The carrier has no event feed the app can reach (notifications go to a callback URL, which a desktop has not):
:meth:`DcsaChannel.receipts` reads every followed booking with the GET and reports what changed.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import requests
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

from desktop.core.channels.base import Delivery
from desktop.core.channels.dcsa_receipts import filing_of, receipt_of, status_of
from desktop.core.credentials import CredentialStore
from desktop.core.dcsa import CarrierBookingState, CarrierTerms, create_booking, parse_booking, parse_create_response
from desktop.core.dcsa.booking_in import (
    CANCELLED,
    CONFIRMED,
    PENDING_AMENDMENT,
    PENDING_UPDATE,
    RECEIVED,
    UPDATE_RECEIVED,
    DcsaError,
)
from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.filing import FilingStatus
from desktop.core.platform import errors as perr
from desktop.core.platform.models import Event, EventPage, Filing, WireReceipt
from desktop.core.platform.transport import make_session, send

if TYPE_CHECKING:
    from desktop.core.outbox import Outbox, OutboxRow

API_KEY_LOGIN = "api-key"
MAX_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class CarrierProfile:
    """One carrier's DCSA endpoint and what every booking to it carries."""

    name: str
    base_url: str
    carrier_code: str = ""
    code_list_provider: str = "SMDG"
    service_contract_reference: str = ""
    contract_quotation_reference: str = ""

    @property
    def environment(self) -> str:
        return f"carrier-{self.name}"

    def terms(self) -> CarrierTerms:
        return CarrierTerms(self.carrier_code, self.code_list_provider, self.service_contract_reference,
                            self.contract_quotation_reference)


def api_keys(profile: CarrierProfile) -> CredentialStore:
    """The keyring entry of the carrier's API key (login ``api-key``)."""
    return CredentialStore(profile.environment)


class DcsaChannel:
    """Bookings of one outbox (environment ``carrier-<name>``) delivered to one DCSA carrier."""

    def __init__(self, profile: CarrierProfile, api_key: str, outbox: Outbox | None = None, *,
                 session: requests.Session | None = None, connect_timeout: float = 5.0,
                 read_timeout: float = 20.0, deadline: float = 40.0) -> None:
        self.profile = profile
        self.outbox = outbox
        self._key = api_key
        self._session = session or make_session(4)
        self._timeouts = (connect_timeout, read_timeout, deadline)
        self._seen: dict[str, str] = {}
        self._seq = 0

    @property
    def name(self) -> str:
        return f"dcsa:{self.profile.name}"

    @property
    def environment(self) -> str:
        return self.profile.environment

    # -- HTTP

    def _call(self, method: str, path: str, *, body: Any = None, params: dict[str, str] | None = None,
              key: str = "") -> Any:
        headers = {"Authorization": f"Bearer {self._key}", "API-Version": "2", "Accept": "application/json"}
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if key:
            headers["Idempotency-Key"] = key
        connect, read, deadline = self._timeouts
        try:
            raw = send(self._session, method, self.profile.base_url.rstrip("/") + path, headers=headers, data=data,
                       files=None, params=params, connect_timeout=connect, read_timeout=read,
                       deadline=time.monotonic() + deadline, max_bytes=MAX_BYTES)
        except requests.exceptions.ChunkedEncodingError as exc:  # the answer broke off mid-body
            raise perr.BadResponse("platform.bad_response", reason="truncated", status=0) from exc
        except requests.exceptions.ContentDecodingError as exc:
            raise perr.BadResponse("platform.bad_response", reason="undecodable", status=0) from exc
        except perr.Unreachable as exc:
            if isinstance(exc.__cause__, requests.exceptions.SSLError):  # never sent: the certificate failed
                raise perr.Unreachable("dcsa.tls_failed", carrier=self.profile.name,
                                       url=self.profile.base_url) from exc
            raise
        retry = _retry_after(raw.header("retry-after"))
        if raw.status in (200, 201, 202):
            try:
                return json.loads(raw.body) if raw.body else None
            except ValueError:
                raise perr.BadResponse("platform.bad_response", status=raw.status) from None
        if raw.status == 204:
            return None
        detail = _error_text(raw.body)
        if raw.status == 429:
            raise perr.RateLimited("platform.rate_limited", status=429, retry_after=retry)
        if raw.status in (502, 503, 504):
            raise perr.Unavailable("platform.unavailable", status=raw.status, retry_after=retry)
        if raw.status >= 500:
            raise perr.InternalError("platform.internal_error", status=raw.status)
        if raw.status in (401, 403):
            raise perr.Forbidden("dcsa.unauthorized", status=raw.status, carrier=self.profile.name)
        if raw.status == 404:
            raise perr.NotFound("dcsa.not_found", status=404, carrier=self.profile.name,
                                dcsa_answer=_is_dcsa_error(raw.body))
        if raw.status == 409:
            raise perr.InvalidState("dcsa.conflict", status=409, detail=detail)
        raise perr.ValidationFailed("dcsa.refused", status=raw.status, carrier=self.profile.name, detail=detail)

    # -- the channel interface

    def deliver(self, row: OutboxRow) -> Delivery:
        booking = _booking(row)
        body = create_booking(booking, self.profile.terms())
        if row.action == "amend":
            self._call("PUT", f"/v2/bookings/{row.remote_id}", body=body)
            return Delivery(self.fetch(row.kind, row.remote_id))
        found = self.find(row)  # a kept reference is read back; an unknown outcome is never sent again
        if found is not None:
            return Delivery(found, replayed=True)
        if self.outbox is not None:
            self.outbox.record_in_flight(row)  # durable before the POST leaves: a restart knows it may have arrived
        try:
            answer = self._call("POST", "/v2/bookings", body=body, key=row.idempotency_key)
        except perr.PlatformError as exc:
            if _not_received(exc):
                exc.params["received"] = "no"  # kept with the row: this create may be sent again
            raise
        try:
            reference = parse_create_response(answer)
        except DcsaError as exc:
            raise perr.BadResponse("platform.bad_response", status=202) from exc
        return Delivery(Filing(
            id=reference, client_seq_no=row.client_seq_no, company_id=row.company_id,
            status=FilingStatus.REQUESTED.value,
            receipts=[WireReceipt(status=FilingStatus.REQUESTED.value, message_code="dcsa.received")]))

    def find(self, row: OutboxRow) -> Filing | None:
        """The carrier's booking of this row's own reference, if one of its creates got a reference back; None when
        no create of it can have reached the carrier; ``dcsa.outcome_unknown`` when one may have and DCSA gives no
        way to ask."""
        reference = self._kept_reference(row)
        if reference:
            state = _state(self._call("GET", f"/v2/bookings/{reference}"))
            return filing_of(state, row.client_seq_no, row.company_id)
        if self._may_have_arrived(row):
            raise perr.PlatformError("dcsa.outcome_unknown", carrier=self.profile.name,
                                     reference=row.client_seq_no[:35])
        return None

    def link(self, reference: str, client_seq_no: str, company_id: str = "") -> Filing:
        """The carrier's booking ``reference`` (as the carrier gave it to the user), checked to be the booking of
        our own reference ``client_seq_no`` before it is taken as ours."""
        reference = reference.strip()
        if not reference or len(reference) > 100:
            raise perr.ValidationFailed("dcsa.bad_reference", reference=reference[:100])
        state = _state(self._call("GET", f"/v2/bookings/{reference}"))
        if state.own_reference != client_seq_no[:35]:
            raise perr.ValidationFailed("dcsa.not_ours", reference=reference, own=state.own_reference or "-")
        return filing_of(state, client_seq_no, company_id)

    def fetch(self, kind: str, filing_id: str) -> Filing:
        state = _state(self._call("GET", f"/v2/bookings/{filing_id}"))
        return filing_of(state)

    def receipts(self, cursor: int, wait: float = 0) -> EventPage:
        """What changed at the carrier for every booking this outbox follows (one GET each)."""
        events: list[Event] = []
        for remote_id, client_seq_no, company_id in self._followed():
            state = _state(self._call("GET", f"/v2/bookings/{remote_id}"))
            mark = "|".join((state.booking_status, state.amended_booking_status, state.cancellation_status,
                             state.booking_reference))
            if self._seen.get(remote_id) == mark:
                continue
            self._seen[remote_id] = mark
            self._seq += 1
            status = status_of(state).value
            events.append(Event(
                seq=cursor + len(events) + 1, kind="booking", id=remote_id, company_id=company_id,
                client_seq_no=client_seq_no or state.own_reference, status=status,
                receipt=receipt_of(state)))
        return EventPage(events=events, next_cursor=cursor + len(events))

    def cancel(self, remote_id: str, reason: str = "") -> Filing:
        """Cancel the booking as ``CancelBookingRequest`` says: before confirmation ``bookingStatus: CANCELLED`` on
        the request reference; once confirmed a request to cancel (``bookingCancellationStatus:
        CANCELLATION_RECEIVED``) on the carrier booking reference, which the carrier then confirms or declines.
        Returns the carrier's booking as it reads after the request."""
        state = _state(self._call("GET", f"/v2/bookings/{remote_id}"))
        body: dict[str, str]
        if state.booking_status in (CONFIRMED, PENDING_AMENDMENT) and state.booking_reference:
            path, body = state.booking_reference, {"bookingCancellationStatus": "CANCELLATION_RECEIVED"}
        elif state.booking_status in (RECEIVED, PENDING_UPDATE, UPDATE_RECEIVED):
            path, body = state.request_reference or remote_id, {"bookingStatus": CANCELLED}
        else:
            raise perr.InvalidState("dcsa.conflict", status=409, detail=state.booking_status)
        if reason:
            body["reason"] = reason[:5000]
        self._call("PATCH", f"/v2/bookings/{path}", body=body)
        return self.fetch("booking", remote_id)

    def check(self) -> None:
        """Test the connection as DCSA allows (it defines no status route): read a booking that cannot exist and
        expect the carrier's DCSA "not found" answer. Raises ``dcsa.unauthorized`` for a refused key,
        ``dcsa.tls_failed`` for a certificate that does not verify, ``dcsa.not_dcsa`` for a server that does not
        answer as a DCSA Booking 2.0 API, and the network errors."""
        try:
            self._call("GET", "/v2/bookings/CORRIDOR-DESK-CONNECTION-TEST")
        except perr.NotFound as exc:
            if exc.params.get("dcsa_answer"):
                return
            raise perr.PlatformError("dcsa.not_dcsa", carrier=self.profile.name, url=self.profile.base_url) \
                from None
        except (perr.BadResponse, perr.ValidationFailed, perr.InvalidState):
            raise perr.PlatformError("dcsa.not_dcsa", carrier=self.profile.name, url=self.profile.base_url) \
                from None
        raise perr.PlatformError("dcsa.not_dcsa", carrier=self.profile.name, url=self.profile.base_url)

    def close(self) -> None:
        self._session.close()

    def _followed(self) -> list[tuple[str, str, str]]:
        if self.outbox is None:
            return []
        rows = self.outbox.store.connection().execute(
            "SELECT remote_id, client_seq_no, company_id FROM filing_links WHERE environment = ? AND kind = ?"
            " AND status NOT IN (?, ?) ORDER BY remote_id",
            (self.environment, "booking", FilingStatus.DECLINED.value, FilingStatus.CANCELLED.value),
        ).fetchall()
        return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    def _kept_reference(self, row: OutboxRow) -> str:
        """The carrier's reference of a create of this own reference that got its answer (this row or another)."""
        if self.outbox is None:
            return ""
        found = self.outbox.store.connection().execute(
            "SELECT remote_id FROM filing_links WHERE environment = ? AND kind = ? AND client_seq_no = ?"
            " AND company_id = ? AND status NOT IN (?, ?) ORDER BY updated_at DESC LIMIT 1",
            (self.environment, row.kind, row.client_seq_no, row.company_id, FilingStatus.DECLINED.value,
             FilingStatus.CANCELLED.value)).fetchone()
        return str(found[0]) if found else row.remote_id

    def _may_have_arrived(self, row: OutboxRow) -> bool:
        """Whether a create of this own reference left, and its failure does not prove the carrier never took it.

        Rows that already failed with an unknown outcome are left out: the user was told, asked the carrier and
        sent the booking again on purpose."""
        if self.outbox is None:
            return bool(row.first_attempt_at)
        rows = self.outbox.store.connection().execute(
            "SELECT last_error, last_error_params FROM outbox WHERE environment = ? AND kind = ? AND"
            " client_seq_no = ? AND company_id = ? AND action = 'create' AND first_attempt_at != '' AND state != ?",
            (self.environment, row.kind, row.client_seq_no, row.company_id, "failed")).fetchall()
        for last_error, params in rows:
            try:
                received = json.loads(params or "{}").get("received")
            except (ValueError, AttributeError):
                received = None
            if not (last_error and received == "no"):
                return True
        return False


def _booking(row: OutboxRow) -> RailSeaBooking:
    data = json.loads(row.payload)
    booking = RailSeaBooking.model_validate(data["booking"])
    booking.client_seq_no = row.client_seq_no  # the own reference the carrier is asked to keep (CR)
    return booking


def _state(payload: Any) -> CarrierBookingState:
    try:
        return parse_booking(payload)
    except DcsaError as exc:
        raise perr.BadResponse("platform.bad_response", status=200, detail=exc.params.get("detail", "")) from exc


def _not_received(exc: perr.PlatformError) -> bool:
    """Whether a failed POST certainly never reached the carrier: no connection was made, or the carrier
    answered 429 / 503 (not processed). A timeout, a reset after connecting, a 502 / 504 from a gateway, a 500 or a
    broken answer could each come after the carrier took the request."""
    if isinstance(exc, perr.RateLimited) or (isinstance(exc, perr.Unavailable) and exc.status == 503):
        return True
    if exc.code == "dcsa.tls_failed":  # the handshake failed: the request was never sent
        return True
    cause = exc.__cause__
    if isinstance(cause, requests.exceptions.ConnectTimeout):
        return True
    if isinstance(exc, perr.Unreachable) and isinstance(cause, requests.exceptions.ConnectionError):
        reason = getattr(cause.args[0], "reason", None) if cause.args else None
        return isinstance(reason, (NewConnectionError, NameResolutionError, ConnectTimeoutError))
    return False


def _is_dcsa_error(body: bytes) -> bool:
    """Whether ``body`` is a DCSA ``ErrorResponse`` (statusCode, errors[])."""
    try:
        data = json.loads(body)
    except ValueError:
        return False
    return isinstance(data, dict) and isinstance(data.get("statusCode"), int) and isinstance(data.get("errors"), list)


def _retry_after(value: str) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def _error_text(body: bytes) -> str:
    try:
        data = json.loads(body)
        first = data.get("errors", [{}])[0] if isinstance(data, dict) else {}
        return str(first.get("errorCodeMessage") or first.get("errorCodeText") or "")[:200]
    except (ValueError, AttributeError, IndexError, TypeError):
        return ""
