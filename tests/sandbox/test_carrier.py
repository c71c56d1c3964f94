"""The sandbox as a DCSA carrier, over real HTTP: every answer checked against BKG 2.0.4 and read by the parser;
only the routes the definition has; its scenarios set by a trainer only."""

from __future__ import annotations

import uuid
from typing import Any

import yaml

from desktop.core.dcsa import CarrierTerms, create_booking, parse_booking, parse_create_response
from desktop.core.model import exchange
from desktop.core.model.derive import derive_booking
from desktop.core.resources import resource_path
from desktop.sandbox.carrier import DECIDE_AFTER, build_router
from desktop.sandbox.server import SandboxHandle
from tests.carrierctl import set_carrier_scenario
from tests.conftest import SAMPLES
from tests.core.dcsa.schema import errors
from tests.sandbox.conftest import Client, login

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
    set_carrier_scenario(sandbox.url, key, "decline")
    declined = booked(client, body())
    set_carrier_scenario(sandbox.url, key, "amend")
    amended = booked(client, body("km-yunling-produce-reefer-kunming-hochiminh.json"))
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    assert parse_booking(state(client, declined)).booking_status == "DECLINED"
    pending = parse_booking(state(client, amended))
    # UseCase 6: the carrier confirmed the booking (its reference) and asks for changes to it
    assert pending.booking_status == "PENDING_AMENDMENT" and pending.feedbacks and pending.booking_reference
    assert client.put(f"/v2/bookings/{declined}", json=body()).status_code == 409
    assert client.put(f"/v2/bookings/{amended}", json=body()).status_code == 202
    # the reply leaves the booking PENDING_AMENDMENT with amendedBookingStatus AMENDMENT_RECEIVED (BKG 2.0.4,
    # PUT /v2/bookings: "bookingStatus will stay as PENDING_AMENDMENT"; it used to go back to UPDATE_RECEIVED)
    replied = parse_booking(state(client, amended))
    assert (replied.booking_status, replied.amended_booking_status) == ("PENDING_AMENDMENT", "AMENDMENT_RECEIVED")
    assert not replied.feedbacks  # answered
    assert client.get(f"/v2/bookings/{amended}", params={"amendedContent": "true"}).status_code == 404
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    confirmed = parse_booking(state(client, amended))
    assert (confirmed.booking_status, confirmed.amended_booking_status) == ("CONFIRMED", "AMENDMENT_CONFIRMED")
    assert confirmed.booking_reference == pending.booking_reference
    # a confirmed booking is not cancelled with bookingStatus (409) but asked to be, on the carrier's reference
    assert client.patch(f"/v2/bookings/{amended}", json={"bookingStatus": "CANCELLED"}).status_code == 409
    ask = {"bookingCancellationStatus": "CANCELLATION_RECEIVED", "reason": "cargo late"}
    assert client.patch(f"/v2/bookings/{amended}", json=ask).status_code == 400  # the request reference
    assert client.patch(f"/v2/bookings/{confirmed.booking_reference}", json=ask).status_code == 202
    asked = state(client, amended)
    assert (asked["bookingStatus"], asked["bookingCancellationStatus"]) == ("CONFIRMED", "CANCELLATION_RECEIVED")
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    done = state(client, amended)
    assert (done["bookingStatus"], done["bookingCancellationStatus"]) == ("CANCELLED", "CANCELLATION_CONFIRMED")


def test_a_request_is_cancelled_before_confirmation_and_a_cancellation_can_be_declined(
        sandbox: SandboxHandle) -> None:
    key = uuid.uuid4().hex
    client = carrier(sandbox, key)
    early = booked(client, body())
    assert client.patch(f"/v2/bookings/{early}", json={"bookingStatus": "CANCELLED", "reason": "x"}).status_code \
        == 202
    assert parse_booking(state(client, early)).booking_status == "CANCELLED"
    for bad in ({}, {"bookingStatus": "DONE"}, {"bookingStatus": "CANCELLED", "amendedBookingStatus":
                                                "AMENDMENT_CANCELLED"}, [1], {"bookingStatus": "CANCELLED",
                                                                            "reason": "r" * 5001}):
        answer = client.patch(f"/v2/bookings/{early}", json=bad)
        assert answer.status_code == 400 and errors(answer.json(), "ErrorResponse") == [], bad
    set_carrier_scenario(sandbox.url, key, "decline-cancellation")
    kept = booked(client, body())
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    reference = parse_booking(state(client, kept)).booking_reference
    assert client.patch(f"/v2/bookings/{reference}",
                        json={"bookingCancellationStatus": "CANCELLATION_RECEIVED"}).status_code == 202
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    found = state(client, kept)
    assert (found["bookingStatus"], found["bookingCancellationStatus"]) == ("CONFIRMED", "CANCELLATION_DECLINED")


def test_only_the_routes_dcsa_defines_a_repeated_post_is_a_new_request(sandbox: SandboxHandle) -> None:
    client = carrier(sandbox)
    payload = body()
    first = booked(client, payload, key="k-1")
    assert booked(client, payload, key="k-1") != first  # DCSA defines no Idempotency-Key
    search = client.get("/v2/bookings", params={"referenceType": "CR", "referenceValue": "SH-2026-0307-B"})
    assert search.status_code == 405  # and no search of bookings
    served = {(r.path.replace("{reference}", "{bookingReference}"), m.lower())
              for r in build_router().routes for m in getattr(r, "methods", ())}
    spec = yaml.safe_load(resource_path("dcsa", "BKG_v2.0.4.yaml").read_text(encoding="utf-8"))
    defined = {(path, method) for path, item in spec["paths"].items() for method in item
               if method in ("get", "put", "post", "patch", "delete")}
    defined.discard(("/v2/booking-notifications", "post"))  # the carrier calls the customer there, not back
    assert served == defined


def test_only_a_trainer_sets_the_carrier_scenario(sandbox: SandboxHandle) -> None:
    key = uuid.uuid4().hex
    trainee = login(sandbox, "demo-exporter")
    answer = trainee.put("/v1/sandbox/carrier-scenario", json={"api_key": key, "scenario": "decline"})
    assert answer.status_code == 403 and answer.headers["content-type"].startswith("application/problem+json")
    assert Client(sandbox.url).put("/v1/sandbox/carrier-scenario",
                                   json={"api_key": key, "scenario": "decline"}).status_code == 401
    bearer = carrier(sandbox, key)  # the carrier API key is no sandbox login either
    assert bearer.put("/v1/sandbox/carrier-scenario", json={"api_key": key, "scenario": "decline"}).status_code \
        == 401
    trainer = login(sandbox, "trainer")
    assert trainer.put("/v1/sandbox/carrier-scenario", json={"api_key": key, "scenario": "nonsense"}).status_code \
        == 400
    ref = booked(bearer, body())
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    assert parse_booking(state(bearer, ref)).booking_status == "CONFIRMED"  # nothing was set
    assert trainer.put("/v1/sandbox/carrier-scenario", json={"api_key": "*", "scenario": "decline"}).status_code \
        == 204
    declined = booked(bearer, body())
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    assert parse_booking(state(bearer, declined)).booking_status == "DECLINED"  # the class's scenario


def test_bad_requests_get_a_dcsa_error_response(sandbox: SandboxHandle) -> None:
    client = carrier(sandbox)
    answer = client.post("/v2/bookings", json={"receiptTypeAtOrigin": "CY"})
    assert answer.status_code == 400 and errors(answer.json(), "ErrorResponse") == []
    anonymous = Client(sandbox.url).post("/v2/bookings", json=body())
    assert anonymous.status_code == 401


def test_a_refused_api_key_gets_401_on_every_route_and_keeps_what_the_carrier_holds(sandbox: SandboxHandle) -> None:
    key = uuid.uuid4().hex
    client = carrier(sandbox, key)
    ref = booked(client, body())
    set_carrier_scenario(sandbox.url, key, "refuse-key")
    for answer in (client.post("/v2/bookings", json=body()), client.get(f"/v2/bookings/{ref}"),
                   client.put(f"/v2/bookings/{ref}", json=body()),
                   client.patch(f"/v2/bookings/{ref}", json={"bookingStatus": "CANCELLED"})):
        assert answer.status_code == 401, answer.text
        assert errors(answer.json(), "ErrorResponse") == []
        assert answer.json()["errors"][0]["errorCodeText"] == "API key refused"
    set_carrier_scenario(sandbox.url, key, "confirm")  # the key is valid again: the booking is still there
    assert parse_booking(state(client, ref)).booking_status == "RECEIVED"


def test_an_amendment_of_a_confirmed_booking_is_kept_beside_it_and_confirmed_declined_or_cancelled(
    sandbox: SandboxHandle,
) -> None:
    """UseCase 7 of BKG 2.0.4: a PUT on a CONFIRMED booking leaves it CONFIRMED with amendedBookingStatus
    AMENDMENT_RECEIVED; the amended booking is read with ?amendedContent=true until the carrier decides."""
    key = uuid.uuid4().hex
    client = carrier(sandbox, key)
    refs = [booked(client, body()) for _ in range(3)]
    assert client.get(f"/v2/bookings/{refs[0]}", params={"amendedContent": "true"}).status_code == 404  # none yet
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    original = state(client, refs[0])
    assert original["bookingStatus"] == "CONFIRMED" and "amendedBookingStatus" not in original
    amendment = {**body(), "carrierBookingReference": original["carrierBookingReference"],
                 "expectedDepartureDate": "2026-12-20", "carrierExportVoyageNumber": "2650S"}
    assert errors(amendment, "UpdateBooking") == []
    for ref in refs:
        assert client.put(f"/v2/bookings/{ref}", json=amendment).status_code == 202
    received = state(client, refs[0])
    assert (received["bookingStatus"], received["amendedBookingStatus"]) == ("CONFIRMED", "AMENDMENT_RECEIVED")
    assert received["carrierExportVoyageNumber"] == original["carrierExportVoyageNumber"]  # the original stands
    amended = client.get(f"/v2/bookings/{refs[0]}", params={"amendedContent": "true"})
    assert amended.status_code == 200 and errors(amended.json(), "Booking") == []
    assert amended.json()["carrierExportVoyageNumber"] == "2650S"
    # the third withdraws its amendment (on the carrier booking reference only); the second is declined
    third = state(client, refs[2])["carrierBookingReference"]
    withdraw = {"amendedBookingStatus": "AMENDMENT_CANCELLED"}
    assert client.patch(f"/v2/bookings/{refs[2]}", json=withdraw).status_code == 400
    assert client.patch(f"/v2/bookings/{third}", json=withdraw).status_code == 202
    assert state(client, refs[2])["amendedBookingStatus"] == "AMENDMENT_CANCELLED"
    assert client.patch(f"/v2/bookings/{third}", json=withdraw).status_code == 404  # nothing left to withdraw
    set_carrier_scenario(sandbox.url, key, "decline-amendment")
    assert client.put(f"/v2/bookings/{refs[1]}", json=amendment).status_code == 202  # again, now to be declined
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    confirmed, declined = state(client, refs[0]), state(client, refs[1])
    assert (confirmed["bookingStatus"], confirmed["amendedBookingStatus"]) == ("CONFIRMED", "AMENDMENT_CONFIRMED")
    assert confirmed["carrierExportVoyageNumber"] == "2650S"  # the amendment became the booking
    assert (declined["bookingStatus"], declined["amendedBookingStatus"]) == ("CONFIRMED", "AMENDMENT_DECLINED")
    assert declined["carrierExportVoyageNumber"] == original["carrierExportVoyageNumber"]
    assert client.get(f"/v2/bookings/{refs[0]}", params={"amendedContent": "true"}).status_code == 404
    for found in (confirmed, declined):
        assert parse_booking(found).amended_booking_status == found["amendedBookingStatus"]
