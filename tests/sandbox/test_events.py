"""The event feed: cursor, every status change with its receipt, long poll woken by new events."""

from __future__ import annotations

import threading
import time

import requests

from desktop.sandbox.server import SandboxHandle, run_embedded
from tests.sandbox.conftest import assert_problem, booking_body, declaration_body, login


def test_feed_carries_every_status_change_in_order(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    declared = client.create("/v1/declarations", declaration_body(seq="EV-1")).json()
    booked = client.create("/v1/bookings", booking_body(seq="EV-B")).json()
    sandbox.advance(300)
    page = client.get("/v1/events").json()
    events = page["events"]
    assert [e["seq"] for e in events] == sorted(e["seq"] for e in events)
    mine = [(e["kind"], e["status"]) for e in events if e["id"] == declared["id"]]
    assert mine == [("declaration", "received"), ("declaration", "accepted"), ("declaration", "released")]
    assert [e["status"] for e in events if e["id"] == booked["id"]] == ["requested", "confirmed"]
    accepted = next(e for e in events if e["status"] == "accepted")
    assert accepted["client_seq_no"] == "EV-1" and len(accepted["customs_no"]) == 18
    assert accepted["receipt"]["status"] == "accepted" and accepted["receipt"]["message_code"] == "customs.accepted"
    assert page["next_cursor"] == events[-1]["seq"]
    # the cursor: nothing new, the same cursor back
    again = client.get("/v1/events", params={"cursor": page["next_cursor"]}).json()
    assert again == {"events": [], "next_cursor": page["next_cursor"]}
    # paging with a limit
    first_two = client.get("/v1/events", params={"limit": 2}).json()
    assert [e["seq"] for e in first_two["events"]] == [e["seq"] for e in events[:2]]
    rest = client.get("/v1/events", params={"cursor": first_two["next_cursor"]}).json()
    assert [e["seq"] for e in rest["events"]] == [e["seq"] for e in events[2:]]


def test_long_poll_wakes_on_a_new_event(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    cursor = client.get("/v1/events").json()["next_cursor"]
    result: dict[str, object] = {}

    def poll() -> None:
        started = time.monotonic()
        result["page"] = client.get("/v1/events", params={"cursor": cursor, "wait": 25}).json()
        result["took"] = time.monotonic() - started

    poller = threading.Thread(target=poll)
    poller.start()
    _until_waiting(sandbox, 1)
    login(sandbox, "demo-exporter").create("/v1/declarations", declaration_body(seq="WAKE"))
    poller.join(timeout=20)
    assert not poller.is_alive()
    page = result["page"]
    assert isinstance(page, dict) and [e["client_seq_no"] for e in page["events"]] == ["WAKE"]
    assert isinstance(result["took"], float) and result["took"] < 20


def test_long_poll_is_not_woken_by_other_tenants(sandbox: SandboxHandle) -> None:
    exporter = login(sandbox, "demo-exporter")
    forwarder = login(sandbox, "demo-forwarder")
    result: dict[str, object] = {}
    poller = threading.Thread(target=lambda: result.update(page=exporter.get("/v1/events", params={"wait": 1}).json()))
    poller.start()
    _until_waiting(sandbox, 1)
    forwarder.create("/v1/declarations", declaration_body("km-yunling-produce"))
    poller.join(timeout=10)
    page = result["page"]
    assert isinstance(page, dict) and page["events"] == [] and page["next_cursor"] == 1


def test_long_poll_limits(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    assert_problem(client.get("/v1/events", params={"wait": 31}), 422, "validation-failed")
    started = time.monotonic()
    assert client.get("/v1/events", params={"wait": 0.2}).json() == {"events": [], "next_cursor": 0}
    assert time.monotonic() - started >= 0.15


def test_stopping_the_server_releases_pollers() -> None:
    handle = run_embedded()
    client = login(handle, "demo-exporter")
    outcome: dict[str, object] = {}

    def poll() -> None:
        try:
            outcome["status"] = client.get("/v1/events", params={"wait": 30}).status_code
        except requests.RequestException as exc:  # the server went away: also fine, as long as it is quick
            outcome["status"] = type(exc).__name__

    poller = threading.Thread(target=poll)
    poller.start()
    _until_waiting(handle, 1)
    started = time.monotonic()
    handle.stop()
    poller.join(timeout=10)
    assert not poller.is_alive() and time.monotonic() - started < 10
    assert outcome["status"] in (200, "ConnectionError")


def _until_waiting(handle: SandboxHandle, count: int) -> None:
    """Hand-shake: wait until ``count`` long polls are parked on the server."""
    deadline = time.monotonic() + 10
    while len(handle.sandbox.bus._waiters) < count:
        assert time.monotonic() < deadline, "the long poll never parked"
        time.sleep(0.005)


def test_fifty_parked_long_polls_do_not_block_other_calls(sandbox: SandboxHandle) -> None:
    token = login(sandbox, "demo-forwarder").tokens["access_token"]
    results: list[int] = []
    lock = threading.Lock()

    def poll() -> None:
        with requests.Session() as session:
            answer = session.get(
                f"{sandbox.url}/v1/events",
                params={"wait": 20},
                timeout=30,
                headers={"Authorization": f"Bearer {token}"},
            )
            with lock:
                results.append(len(answer.json()["events"]))

    pollers = [threading.Thread(target=poll) for _ in range(50)]
    for t in pollers:
        t.start()
    _until_waiting(sandbox, 50)
    other = login(sandbox, "demo-forwarder")
    started = time.monotonic()
    assert other.get("/v1/me").status_code == 200
    created = other.create("/v1/declarations", declaration_body("cd-tianfu-ceramics"))
    assert created.status_code == 201
    assert time.monotonic() - started < 5
    for t in pollers:
        t.join(timeout=20)
    assert results == [1] * 50
