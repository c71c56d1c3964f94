"""The DCSA carrier channel against the sandbox carrier over real HTTP, with faults between them (tests/faultproxy).

The carrier does only what DCSA Booking 2.0.4 defines: no Idempotency-Key, no search by our own reference. A create
whose failure proves the carrier never took it is sent again; any other is never sent twice: the user is asked,
and links the carrier's reference (checked to be ours) or sends again. Every case counts the bookings the carrier
holds: 0 lost, 0 doubled.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from desktop.core.channels.dcsa import CarrierProfile, DcsaChannel
from desktop.core.model.filing import FilingStatus
from desktop.core.outbox import Outbox, OutboxSender
from desktop.core.platform.errors import PlatformError
from desktop.core.services import carrier, drafts
from desktop.core.store.store import Store
from desktop.sandbox.carrier import DECIDE_AFTER
from tests.carrierctl import set_carrier_scenario
from tests.conftest import ROOT, SAMPLES
from tests.faultproxy import FaultProxy

SAMPLE = "cq-yutu-coatings-dangerous-goods-chongqing-haiphong.json"


def held(sandbox: Any, key: str) -> int:
    return int(sandbox.sandbox.query_one("SELECT COUNT(*) FROM dcsa_bookings WHERE api_key = ?", (key,))[0])


@pytest.fixture
def key(sandbox: Any) -> str:
    return uuid.uuid4().hex


def held_reference(sandbox: Any, key: str) -> str:
    return str(sandbox.sandbox.query_one("SELECT request_ref FROM dcsa_bookings WHERE api_key = ?", (key,))[0])


@pytest.fixture
def proxy(sandbox: Any) -> Iterator[FaultProxy]:
    upstream = urlsplit(sandbox.url)
    with FaultProxy((upstream.hostname or "127.0.0.1", upstream.port or 80), delay=3.0) as p:
        yield p


def booking_in(store: Store, sample: str = SAMPLE) -> str:
    result = drafts.import_file(store, SAMPLES / sample, author="t")
    assert result.derived is not None and result.derived.booking is not None
    return result.derived.booking.id


def sender(store: Store, url: str, key: str, read_timeout: float = 5.0) -> tuple[Outbox, OutboxSender]:
    profile = CarrierProfile("cslt", url, carrier_code="CSLT", service_contract_reference="SC-BEIBU-2026-01")
    outbox = Outbox(store, profile.environment)
    channel = DcsaChannel(profile, key, outbox, read_timeout=read_timeout, deadline=read_timeout + 2)
    return outbox, OutboxSender(outbox, channel)


def test_submit_confirm_and_the_confirmation_lands_on_the_booking(store: Store, sandbox: Any, key: str) -> None:
    booking_id = booking_in(store)
    outbox, send = sender(store, sandbox.url, key)
    outbox.submit("booking", booking_id)
    assert send.drain().sent == 1
    assert store.bookings.get(booking_id).status is FilingStatus.REQUESTED
    assert send.poll_events() == 0  # nothing new at the carrier yet
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    assert send.poll_events() == 1
    booking = store.bookings.get(booking_id)
    assert booking.status is FilingStatus.CONFIRMED and booking.carrier_booking_reference.startswith("SBX")
    assert (booking.vessel_name, booking.voyage_no) == ("BEIBU GULF PIONEER", "2613S")
    assert [c.code for c in booking.cut_offs] == ["FCO", "DCO"] and all(c.at for c in booking.cut_offs)
    assert [r.message_code for r in booking.receipts] == ["dcsa.received", "dcsa.confirmed"]
    assert send.poll_events() == 0 and held(sandbox, key) == 1
    send.channel.close()


def test_decline_and_amendment_requests_reach_the_timeline(store: Store, sandbox: Any) -> None:
    key = uuid.uuid4().hex
    set_carrier_scenario(sandbox.url, key, "amend")
    booking_id = booking_in(store)
    outbox, send = sender(store, sandbox.url, key)
    outbox.submit("booking", booking_id)
    send.drain()
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    send.poll_events()
    booking = store.bookings.get(booking_id)
    assert booking.status is FilingStatus.REQUESTED and booking.receipts[-1].message_code == "dcsa.pending_amendment"
    outbox.submit("booking", booking_id, action="amend")  # the user amends: PUT, then confirmed
    assert send.drain().sent == 1
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    send.poll_events()
    assert store.bookings.get(booking_id).status is FilingStatus.CONFIRMED
    channel = send.channel
    assert isinstance(channel, DcsaChannel)
    remote = outbox.remote_id("booking", booking_id)
    outbox.apply_remote("booking", booking_id, channel.cancel(remote, "cargo not ready"))  # confirmed: a request
    booking = store.bookings.get(booking_id)
    assert booking.status is FilingStatus.CONFIRMED
    assert booking.receipts[-1].message_code == "dcsa.cancellation_received"
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    assert send.poll_events() == 1
    booking = store.bookings.get(booking_id)
    assert booking.status is FilingStatus.CANCELLED
    assert booking.receipts[-1].message_code == "dcsa.cancellation_confirmed"
    assert held(sandbox, key) == 1
    channel.close()


def test_a_request_not_yet_confirmed_is_cancelled_at_once(store: Store, sandbox: Any, key: str) -> None:
    booking_id = booking_in(store)
    outbox, send = sender(store, sandbox.url, key)
    outbox.submit("booking", booking_id)
    send.drain()
    channel = send.channel
    assert isinstance(channel, DcsaChannel)
    outbox.apply_remote("booking", booking_id, channel.cancel(outbox.remote_id("booking", booking_id)))
    booking = store.bookings.get(booking_id)
    assert booking.status is FilingStatus.CANCELLED and booking.receipts[-1].message_code == "dcsa.cancelled"
    channel.close()


@pytest.mark.parametrize("fault", ["429", "503"])
def test_a_create_the_carrier_did_not_take_is_sent_again_once(store: Store, sandbox: Any, key: str,
                                                               proxy: FaultProxy, fault: str) -> None:
    booking_id = booking_in(store)
    outbox, send = sender(store, proxy.url, key, read_timeout=1.5)
    outbox.submit("booking", booking_id)
    proxy.add(fault, "/v2/bookings", "POST")
    first = send.drain()
    assert first.sent == 0 and outbox.pending_count() == 1 and held(sandbox, key) == 0, first.errors
    assert outbox.pending()[0].last_error_params["received"] == "no"
    second = send.drain()
    assert (second.sent, second.replayed) == (1, 0) and outbox.pending_count() == 0, second.errors
    assert held(sandbox, key) == 1
    assert store.bookings.get(booking_id).status is FilingStatus.REQUESTED
    send.channel.close()


def test_a_carrier_that_cannot_be_reached_gets_the_create_when_it_is_back(store: Store, sandbox: Any,
                                                                         key: str) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    booking_id = booking_in(store)
    outbox, send = sender(store, dead, key)
    outbox.submit("booking", booking_id)
    assert send.drain().errors[0].code == "platform.unreachable" and outbox.pending_count() == 1
    send.channel.close()
    _, send = sender(store, sandbox.url, key)
    assert send.drain().sent == 1 and held(sandbox, key) == 1
    send.channel.close()


@pytest.mark.parametrize("fault", ["drop", "delay", "truncate", "reset", "html"])
def test_a_create_whose_outcome_is_unknown_is_never_sent_again_by_itself(
        store: Store, sandbox: Any, key: str, proxy: FaultProxy, fault: str) -> None:
    booking_id = booking_in(store)
    outbox, send = sender(store, proxy.url, key, read_timeout=1.5)
    outbox.submit("booking", booking_id)
    proxy.add(fault, "/v2/bookings", "POST")
    first = send.drain()
    assert first.sent == 0 and outbox.pending_count() == 1, first.errors
    recorded = held(sandbox, key)
    assert recorded == (1 if fault in ("drop", "delay", "truncate") else 0)
    time.sleep(3.2 if fault == "delay" else 0)  # let the held answer go before the next pass
    second = send.drain()
    assert second.failed == 1 and second.errors[0].code == "dcsa.outcome_unknown" and outbox.pending_count() == 0
    booking = store.bookings.get(booking_id)
    assert booking.status is FilingStatus.FAILED and booking.receipts[-1].message_code == "dcsa.outcome_unknown"
    assert held(sandbox, key) == recorded  # not posted again
    link = carrier.CarrierLink(send.channel.profile, outbox, send.channel, send)  # type: ignore[attr-defined]
    if recorded:  # the user asks the carrier and links the reference it gives
        booking = carrier.link_reference(link, booking_id, held_reference(sandbox, key))
        assert booking.status is FilingStatus.REQUESTED
    else:  # the carrier has none: the user sends it again, once
        assert carrier.submit_booking(link, booking_id).sent == 1
    assert held(sandbox, key) == 1
    assert store.bookings.get(booking_id).status is FilingStatus.REQUESTED
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    assert send.poll_events() == 1 and store.bookings.get(booking_id).status is FilingStatus.CONFIRMED
    send.channel.close()


CHILD = """
import sys
from pathlib import Path
from desktop.core.channels.dcsa import CarrierProfile, DcsaChannel
from desktop.core.outbox import Outbox, OutboxSender
from desktop.core.store.store import Store

store = Store.open(Path(sys.argv[1]))
profile = CarrierProfile("cslt", sys.argv[2], service_contract_reference="SC-BEIBU-2026-01")
outbox = Outbox(store, profile.environment)
outbox.submit("booking", sys.argv[4])
print("QUEUED", flush=True)
OutboxSender(outbox, DcsaChannel(profile, sys.argv[3], outbox, read_timeout=60, deadline=90)).drain()
print("DELIVERED", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_while_the_carrier_answer_is_on_its_way_then_restart_books_once(
        tmp_path: Path, sandbox: Any, key: str) -> None:
    db = tmp_path / "workspace.sqlite3"
    with Store.open(db) as store:
        booking_id = booking_in(store)
    upstream = urlsplit(sandbox.url)
    with FaultProxy((upstream.hostname or "127.0.0.1", upstream.port or 80), delay=30.0) as proxy:
        proxy.add("delay", "/v2/bookings", "POST")  # the carrier records it; its answer is held back
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), proxy.url, key, booking_id], cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "QUEUED"
            end = time.monotonic() + 30
            while held(sandbox, key) == 0:
                assert time.monotonic() < end, "the child never reached the carrier"
                time.sleep(0.02)
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            for stream in (child.stdout, child.stderr):
                if stream:
                    stream.close()
        assert child.returncode == -signal.SIGKILL
    with Store.open(db) as store:  # the restart: in flight when killed, so never posted again by itself
        outbox, send = sender(store, sandbox.url, key)
        [row] = outbox.pending()
        assert row.first_attempt_at and row.last_error == "outbox.in_flight"
        result = send.drain()
        assert result.failed == 1 and result.errors[0].code == "dcsa.outcome_unknown", result.errors
        assert held(sandbox, key) == 1
        link = carrier.CarrierLink(send.channel.profile, outbox, send.channel, send)  # type: ignore[attr-defined]
        with pytest.raises(PlatformError) as refused:  # a reference the carrier does not know links nothing
            carrier.link_reference(link, booking_id, "NO-SUCH-REF")
        assert refused.value.code == "dcsa.not_found"
        booking = carrier.link_reference(link, booking_id, held_reference(sandbox, key))
        assert booking.status is FilingStatus.REQUESTED
        send.channel.close()
    assert held(sandbox, key) == 1


def test_a_reference_that_is_not_this_booking_is_refused(store: Store, sandbox: Any, key: str) -> None:
    first, second = booking_in(store), booking_in(store, "km-yunling-produce-reefer-kunming-hochiminh.json")
    assert first != second
    outbox, send = sender(store, sandbox.url, key)
    outbox.submit("booking", first)
    send.drain()
    theirs = outbox.remote_id("booking", first)
    link = carrier.CarrierLink(send.channel.profile, outbox, send.channel, send)  # type: ignore[attr-defined]
    with pytest.raises(PlatformError) as refused:
        carrier.link_reference(link, second, theirs)
    assert refused.value.code == "dcsa.not_ours"
    assert store.bookings.get(second).status is not FilingStatus.REQUESTED
    send.channel.close()


def test_a_link_whose_answer_breaks_off_links_nothing_then_links(store: Store, sandbox: Any, key: str,
                                                                proxy: FaultProxy) -> None:
    booking_id = booking_in(store)
    outbox, send = sender(store, proxy.url, key, read_timeout=1.5)
    outbox.submit("booking", booking_id)
    proxy.add("drop", "/v2/bookings", "POST")
    send.drain()
    assert send.drain().errors[0].code == "dcsa.outcome_unknown"
    link = carrier.CarrierLink(send.channel.profile, outbox, send.channel, send)  # type: ignore[attr-defined]
    proxy.add("truncate", "/v2/bookings/", "GET")
    with pytest.raises(PlatformError) as broke:
        carrier.link_reference(link, booking_id, held_reference(sandbox, key))
    assert broke.value.code == "platform.bad_response"
    assert store.bookings.get(booking_id).status is FilingStatus.FAILED
    assert carrier.link_reference(link, booking_id, held_reference(sandbox, key)).status is FilingStatus.REQUESTED
    assert held(sandbox, key) == 1
    send.channel.close()


@pytest.mark.parametrize("decision", ["confirm", "decline-amendment"])
def test_an_amendment_of_a_confirmed_booking_is_followed_to_the_carriers_decision(
    store: Store, sandbox: Any, key: str, decision: str
) -> None:
    """UseCase 7: the user amends a CONFIRMED booking; the PUT carries an UpdateBooking the DCSA schema accepts,
    the booking stays confirmed while the carrier decides, and the timeline says what the carrier decided."""
    import json

    from tests.core.dcsa.schema import errors

    booking_id = booking_in(store)
    outbox, send = sender(store, sandbox.url, key)
    outbox.submit("booking", booking_id)
    send.drain()
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    send.poll_events()
    assert store.bookings.get(booking_id).status is FilingStatus.CONFIRMED
    set_carrier_scenario(sandbox.url, key, decision)
    booking = store.bookings.get(booking_id)
    booking.voyage_no = "2650S"  # the user's change, saved on the confirmed booking
    store.bookings.save(booking, "t")
    outbox.submit("booking", booking_id, action="amend")
    assert send.drain().sent == 1
    [row] = sandbox.sandbox.query("SELECT amended_body, amended_status, status FROM dcsa_bookings WHERE api_key = ?",
                                  (key,))
    sent = json.loads(row["amended_body"])
    assert errors(sent, "UpdateBooking") == [] and sent["carrierExportVoyageNumber"] == "2650S"
    assert (row["status"], row["amended_status"]) == ("CONFIRMED", "AMENDMENT_RECEIVED")
    booking = store.bookings.get(booking_id)
    assert booking.status is FilingStatus.CONFIRMED
    assert booking.receipts[-1].message_code == "dcsa.amendment_received"
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    assert send.poll_events() == 1
    booking = store.bookings.get(booking_id)
    codes = [r.message_code for r in booking.receipts]
    expected = "dcsa.amendment_confirmed" if decision == "confirm" else "dcsa.amendment_declined"
    assert codes == ["dcsa.received", "dcsa.confirmed", "dcsa.amendment_received", expected]
    assert booking.status is FilingStatus.CONFIRMED and held(sandbox, key) == 1
    held_voyage = json.loads(sandbox.sandbox.query_one("SELECT body FROM dcsa_bookings WHERE api_key = ?",
                                                       (key,))[0])["carrierExportVoyageNumber"]
    assert (held_voyage == "2650S") is (decision == "confirm")
    assert send.poll_events() == 0
    send.channel.close()


def test_the_reply_to_a_carriers_ask_shows_as_received_and_a_declined_reply_as_the_ask_again() -> None:
    from desktop.core.channels.dcsa_receipts import receipt_code
    from desktop.core.dcsa import CarrierBookingState

    def code(status: str, amended: str = "") -> str:
        return receipt_code(CarrierBookingState(status, amended_booking_status=amended))

    assert code("PENDING_AMENDMENT") == "dcsa.pending_amendment"
    assert code("PENDING_AMENDMENT", "AMENDMENT_RECEIVED") == "dcsa.update_received"  # not "of the confirmed"
    assert code("PENDING_AMENDMENT", "AMENDMENT_DECLINED") == "dcsa.pending_amendment"  # the ask stands
    assert code("CONFIRMED", "AMENDMENT_RECEIVED") == "dcsa.amendment_received"
    assert code("CONFIRMED", "AMENDMENT_CONFIRMED") == "dcsa.amendment_confirmed"
