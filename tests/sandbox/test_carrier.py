"""The sandbox as a DCSA carrier, over real HTTP: every answer checked against BKG 2.0.4 and read by the parser."""

from __future__ import annotations

import uuid
from typing import Any

from desktop.core.dcsa import CarrierTerms, create_booking, parse_booking, parse_create_response
from desktop.core.model import exchange
from desktop.core.model.derive import derive_booking
from desktop.sandbox.carrier import DECIDE_AFTER
from desktop.sandbox.server import SandboxHandle
from tests.conftest import SAMPLES
from tests.core.dcsa.schema import errors
from tests.sandbox.conftest import Client

TERMS = CarrierTerms(carrier_code="CSLT", service_contract_reference="SC-BEIBU-2026-01")


def body(name: str = "cq-yutu-coatings-dangerous-goods-chongqing-haiphong.json") -> dict[str, Any]:
    doc = exchange.read(SAMPLES / name)
    assert doc.shipment is not None
    return create_booking(derive_booking(doc.shipment, company=doc.company, agent=doc.agent), TERMS)


def carrier(handle: SandboxHandle, key: str = "") -> Client:
    client = Client(handle.url)
    client.headers["Authorization"] = f"Bearer {key or uuid.uuid4().hex}"
    client.headers["API-Version"] = "2"
    return client


def booked(client: Client, payload: dict[str, Any], key: str = "") -> str:
    answer = client.post("/v2/bookings", json=payload, headers={"Idempotency-Key": key or str(uuid.uuid4())})
    assert answer.status_code == 202, answer.text
    assert errors(answer.json(), "CreateBookingResponse") == []
    return parse_create_response(answer.json())


def state(client: Client, ref: str) -> dict[str, Any]:
    answer = client.get(f"/v2/bookings/{ref}")
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()
    assert errors(found, "Booking") == []
    return found


def test_a_booking_is_received_then_confirmed_on_the_sandbox_clock(sandbox: SandboxHandle) -> None:
    client = carrier(sandbox)
    ref = booked(client, body())
    assert parse_booking(state(client, ref)).booking_status == "RECEIVED"
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    confirmed = parse_booking(state(client, ref))
    assert confirmed.booking_status == "CONFIRMED" and confirmed.booking_reference
    assert (confirmed.vessel_name, confirmed.voyage) == ("BEIBU GULF PIONEER", "2613S")
    assert [code for code, _ in confirmed.cut_offs] == ["FCO", "DCO"]
    assert confirmed.own_reference == "SH-2026-0307-B"
    # the carrier booking reference finds it too; another API key does not
    assert parse_booking(state(client, confirmed.booking_reference)).request_reference == ref
    assert carrier(sandbox).get(f"/v2/bookings/{ref}").status_code == 404


def test_decline_amend_and_cancel_scenarios(sandbox: SandboxHandle) -> None:
    key = uuid.uuid4().hex
    client = carrier(sandbox, key)
    assert client.put("/v2/sandbox/carrier-scenario", json={"scenario": "decline"}).status_code == 204
    declined = booked(client, body())
    assert client.put("/v2/sandbox/carrier-scenario", json={"scenario": "amend"}).status_code == 204
    amended = booked(client, body("km-yunling-produce-reefer-kunming-hochiminh.json"))
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    assert parse_booking(state(client, declined)).booking_status == "DECLINED"
    pending = parse_booking(state(client, amended))
    assert pending.booking_status == "PENDING_AMENDMENT" and pending.feedbacks
    assert client.put(f"/v2/bookings/{declined}", json=body()).status_code == 409
    assert client.put(f"/v2/bookings/{amended}", json=body()).status_code == 202
    assert parse_booking(state(client, amended)).booking_status == "UPDATE_RECEIVED"
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    assert parse_booking(state(client, amended)).booking_status == "CONFIRMED"
    assert client.patch(f"/v2/bookings/{amended}", json={"bookingStatus": "CANCELLED"}).status_code == 202
    assert parse_booking(state(client, amended)).booking_status == "CANCELLED"


def test_idempotency_key_replays_unless_the_carrier_ignores_it_then_the_own_reference_finds_it(
        sandbox: SandboxHandle) -> None:
    client = carrier(sandbox)
    payload = body()
    first = booked(client, payload, key="k-1")
    assert booked(client, payload, key="k-1") == first
    assert client.put("/v2/sandbox/carrier-scenario", json={"scenario": "ignore-idempotency"}).status_code == 204
    assert booked(client, payload, key="k-1") != first  # a carrier that ignores the key files it again
    found = client.get("/v2/bookings", params={"referenceType": "CR", "referenceValue": "SH-2026-0307-B"}).json()
    assert parse_booking(found[0]).request_reference == first
    assert all(errors(b, "Booking") == [] for b in found)


def test_bad_requests_get_a_dcsa_error_response(sandbox: SandboxHandle) -> None:
    client = carrier(sandbox)
    answer = client.post("/v2/bookings", json={"receiptTypeAtOrigin": "CY"})
    assert answer.status_code == 400 and errors(answer.json(), "ErrorResponse") == []
    anonymous = Client(sandbox.url).post("/v2/bookings", json=body())
    assert anonymous.status_code == 401
