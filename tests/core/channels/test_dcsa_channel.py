"""The DCSA carrier channel against the sandbox carrier over real HTTP, with faults between them (tests/faultproxy).

The carrier here ignores Idempotency-Key (the hard case): only the lookup by our own reference keeps a retried
create from booking twice. Every case counts the bookings the carrier holds: 0 lost, 0 doubled.
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
import requests

from desktop.core.channels.dcsa import CarrierProfile, DcsaChannel
from desktop.core.model.filing import FilingStatus
from desktop.core.outbox import Outbox, OutboxSender
from desktop.core.services import drafts
from desktop.core.store.store import Store
from desktop.sandbox.carrier import DECIDE_AFTER
from tests.conftest import ROOT, SAMPLES
from tests.faultproxy import FaultProxy

SAMPLE = "cq-yutu-coatings-dangerous-goods-chongqing-haiphong.json"


def set_scenario(url: str, key: str, scenario: str) -> None:
    answer = requests.put(f"{url}/v2/sandbox/carrier-scenario", json={"scenario": scenario},
                          headers={"Authorization": f"Bearer {key}"}, timeout=10)
    assert answer.status_code == 204


def held(sandbox: Any, key: str) -> int:
    return int(sandbox.sandbox.query_one("SELECT COUNT(*) FROM dcsa_bookings WHERE api_key = ?", (key,))[0])


@pytest.fixture
def key(sandbox: Any) -> str:
    api_key = uuid.uuid4().hex
    set_scenario(sandbox.url, api_key, "ignore-idempotency")
    return api_key


@pytest.fixture
def proxy(sandbox: Any) -> Iterator[FaultProxy]:
    upstream = urlsplit(sandbox.url)
    with FaultProxy((upstream.hostname or "127.0.0.1", upstream.port or 80), delay=3.0) as p:
        yield p


def booking_in(store: Store) -> str:
    result = drafts.import_file(store, SAMPLES / SAMPLE, author="t")
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
    set_scenario(sandbox.url, key, "amend")
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
    remote = outbox.rows_for("booking", booking_id)[0].remote_id
    outbox.apply_remote("booking", booking_id, channel.cancel(remote, "cargo not ready"))
    assert store.bookings.get(booking_id).status is FilingStatus.CANCELLED
    assert held(sandbox, key) == 1
    channel.close()


@pytest.mark.parametrize("fault", ["drop", "delay", "reset", "429", "503", "html", "truncate"])
def test_a_faulty_first_attempt_books_once(store: Store, sandbox: Any, key: str, proxy: FaultProxy,
                                           fault: str) -> None:
    booking_id = booking_in(store)
    outbox, send = sender(store, proxy.url, key, read_timeout=1.5)
    outbox.submit("booking", booking_id)
    proxy.add(fault, "/v2/bookings", "POST")
    first = send.drain()
    assert first.sent == 0 and outbox.pending_count() == 1, first.errors
    recorded = held(sandbox, key)
    assert recorded == (1 if fault in ("drop", "delay", "truncate") else 0)
    time.sleep(3.2 if fault == "delay" else 0)  # let the held answer go before the retry
    second = send.drain()
    assert second.sent == 1 and outbox.pending_count() == 0, second.errors
    assert second.replayed == (1 if recorded else 0)  # found by its own reference, not posted again
    assert held(sandbox, key) == 1
    assert store.bookings.get(booking_id).status is FilingStatus.REQUESTED
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
    with Store.open(db) as store:  # the restart: queued, noted as sent once, looked up before anything else
        outbox, send = sender(store, sandbox.url, key)
        [row] = outbox.pending()
        assert row.first_attempt_at
        result = send.drain()
        assert (result.sent, result.replayed) == (1, 1), result.errors
        assert store.bookings.get(booking_id).status is FilingStatus.REQUESTED
        send.channel.close()
    assert held(sandbox, key) == 1


def test_a_carrier_without_the_lookup_is_never_sent_a_create_twice(store: Store, sandbox: Any,
                                                                  proxy: FaultProxy) -> None:
    key = uuid.uuid4().hex
    set_scenario(sandbox.url, key, "no-lookup")
    booking_id = booking_in(store)
    outbox, send = sender(store, proxy.url, key, read_timeout=1.5)
    outbox.submit("booking", booking_id)
    proxy.add("drop", "/v2/bookings", "POST")  # recorded by the carrier, the answer lost
    assert send.drain().sent == 0 and held(sandbox, key) == 1
    second = send.drain()
    assert second.failed == 1 and second.errors[0].code == "dcsa.outcome_unknown"
    booking = store.bookings.get(booking_id)
    assert booking.status is FilingStatus.FAILED and booking.receipts[-1].message_code == "dcsa.outcome_unknown"
    assert held(sandbox, key) == 1
    send.channel.close()


def test_a_lookup_whose_answer_breaks_off_is_retried_not_a_crash(store: Store, sandbox: Any, key: str,
                                                                 proxy: FaultProxy) -> None:
    booking_id = booking_in(store)
    outbox, send = sender(store, proxy.url, key, read_timeout=1.5)
    outbox.submit("booking", booking_id)
    proxy.add("drop", "/v2/bookings", "POST")
    send.drain()
    proxy.add("truncate", "/v2/bookings", "GET")  # the lookup before the retry: half an answer, then a reset
    second = send.drain()
    assert second.sent == 0 and second.errors[0].code == "platform.bad_response" and outbox.pending_count() == 1
    third = send.drain()
    assert (third.sent, third.replayed) == (1, 1) and held(sandbox, key) == 1
    send.channel.close()
