"""Rail-sea schedules and bookings over HTTP: search, create, confirm with containers, decline, cancel, list."""

from __future__ import annotations

from stdnum import iso6346

from desktop.sandbox.server import SandboxHandle
from tests.sandbox.conftest import assert_problem, booking_body, login

QUERY = {"origin": "CNCKG", "port_of_loading": "CNQZH", "port_of_discharge": "VNHPH", "date": "2026-12-10"}


def test_schedule_search_is_deterministic_and_plausible(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    first = client.get("/v1/schedules", params=QUERY).json()
    assert first == client.get("/v1/schedules", params=QUERY).json()
    assert len(first) >= 4
    for service in first:
        assert service["cutoff"] < service["rail_departure"] < service["etd"] < service["eta"]
        assert service["rail_departure"][:10] >= "2026-12-10"
        assert service["transit_days"] >= 3 and service["price"]["currency"] == "USD"
        assert float(service["price"]["amount"]) > 0 and service["vessel"] and service["train_no"]
    assert len({s["service_code"] for s in first}) == len(first)
    assert [s["rail_departure"] for s in first] == sorted(s["rail_departure"] for s in first)
    for pod in ("SGSIN", "MYPKG", "VNSGN", "THLCH", "IDJKT"):
        assert client.get("/v1/schedules", params={**QUERY, "port_of_discharge": pod}).json(), pod
    assert client.get("/v1/schedules", params={**QUERY, "port_of_discharge": "USNYC"}).json() == []
    bad = client.get("/v1/schedules", params={**QUERY, "date": "someday"})
    assert assert_problem(bad, 422, "validation-failed")["errors"][0]["field"] == "date"
    missing = assert_problem(client.get("/v1/schedules", params={"origin": "CNCKG"}), 422, "validation-failed")
    assert {e["field"] for e in missing["errors"]} == {"port_of_loading", "port_of_discharge", "date"}


def test_booking_is_confirmed_with_train_vessel_containers_and_through_document(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    service = client.get("/v1/schedules", params=QUERY).json()[1]
    body = booking_body(seq="BK-1", service_code=service["service_code"])
    body["booking"]["equipment"][0]["units"] = 3
    body["booking"]["equipment"][0]["container_numbers"] = []
    created = client.create("/v1/bookings", body)
    assert created.status_code == 201, created.text
    filing = created.json()
    assert filing["status"] == "requested" and filing["kind"] == "booking"
    sandbox.advance(119)
    assert client.get(f"/v1/bookings/{filing['id']}").json()["status"] == "requested"
    sandbox.advance(1)
    confirmed = client.get(f"/v1/bookings/{filing['id']}").json()
    assert confirmed["status"] == "confirmed"
    assert confirmed["train_no"] == service["train_no"]
    assert (confirmed["vessel_name"], confirmed["voyage_no"]) == (service["vessel"], service["voyage"])
    assert len(confirmed["container_numbers"]) == 3
    assert all(iso6346.is_valid(n) for n in confirmed["container_numbers"])
    assert len(set(confirmed["container_numbers"])) == 3
    assert confirmed["through_document_no"] and confirmed["carrier_booking_reference"]
    assert confirmed["booking"]["client_seq_no"] == "BK-1"
    assert [r["message_code"] for r in confirmed["receipts"]] == ["booking.requested", "booking.confirmed"]
    by_seq = client.get("/v1/bookings/by-client-seq/BK-1", params={"company_id": "cq-jiangling"}).json()
    assert by_seq["id"] == filing["id"]


def test_shipper_owned_containers_keep_their_numbers(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    body = booking_body()
    body["booking"]["equipment"][0].update(shipper_owned=True, units=1, container_numbers=["CSQU3054383"])
    filing = client.create("/v1/bookings", body).json()
    sandbox.advance(120)
    assert client.get(f"/v1/bookings/{filing['id']}").json()["container_numbers"] == ["CSQU3054383"]


def test_declined_scenario_and_cancel(sandbox: SandboxHandle) -> None:
    sandbox.set_scenario("demo-exporter", "declined")
    client = login(sandbox, "demo-exporter")
    declined = client.create("/v1/bookings", booking_body()).json()
    sandbox.advance(120)
    got = client.get(f"/v1/bookings/{declined['id']}").json()
    assert got["status"] == "declined" and got["receipts"][-1]["message_code"] == "booking.no_capacity"
    assert got["container_numbers"] == []
    assert_problem(client.post(f"/v1/bookings/{declined['id']}/cancel"), 409, "invalid-state")

    sandbox.set_scenario("demo-exporter", "happy")
    booked = client.create("/v1/bookings", booking_body()).json()
    sandbox.advance(120)
    cancelled = client.post(f"/v1/bookings/{booked['id']}/cancel")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert client.post(f"/v1/bookings/{booked['id']}/cancel").json()["status"] == "cancelled"
    listed = client.get("/v1/bookings", params={"status": "cancelled"}).json()["items"]
    assert [b["id"] for b in listed] == [booked["id"]]
    assert len(client.get("/v1/bookings").json()["items"]) == 2
    assert client.get("/v1/declarations").json()["items"] == []  # the kinds do not mix


def test_a_booking_breaking_the_rules_is_refused(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    body = booking_body(requested_departure=None)
    problem = assert_problem(client.create("/v1/bookings", body), 422, "validation-failed")
    assert "requested_departure" in {e["field"] for e in problem["errors"]}
