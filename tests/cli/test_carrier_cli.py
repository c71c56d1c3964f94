"""corridor-desk carrier add / submit / sync / cancel against the sandbox carrier, each run in its own process."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.sandbox.carrier import DECIDE_AFTER
from tests.cli.test_drafts_cli import ASOF, no_traceback, run
from tests.conftest import SAMPLES


@pytest.fixture
def sandbox() -> Iterator[Any]:
    from desktop.sandbox.server import run_embedded

    handle = run_embedded()
    try:
        yield handle
    finally:
        handle.stop()


def test_a_booking_goes_to_the_carrier_and_comes_back_confirmed(
        sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = uuid.uuid4().hex
    monkeypatch.setenv("CORRIDOR_CARRIER_KEY", key)
    data = ["--data-dir", str(tmp_path)]
    assert run("import", SAMPLES / "motorcycle-parts-chongqing-haiphong.json", *data, *ASOF).returncode == 0
    added = run("carrier", "add", "beibu", sandbox.url, "--code", "BBGL", "--contract", "SC-2026-7", *data)
    no_traceback(added)
    assert added.returncode == 0 and "beibu" in added.stdout
    assert "SC-2026-7" in run("carrier", "list", *data).stdout
    refused = run("carrier", "submit", "SH-2026-0001-B", "--carrier", "nobody", *data)
    assert refused.returncode == 2 and "No carrier nobody" in refused.stderr

    sent = run("carrier", "submit", "SH-2026-0001-B", "--carrier", "beibu", *data)
    no_traceback(sent)
    assert sent.returncode == 0, sent.stderr
    assert "booking SH-2026-0001-B: Requested" in sent.stdout
    [held] = sandbox.sandbox.query("SELECT body FROM dcsa_bookings WHERE api_key = ?", (key,))
    assert '"serviceContractReference": "SC-2026-7"' in held["body"] and '"carrierCode": "BBGL"' in held["body"]

    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    synced = run("carrier", "sync", "--carrier", "beibu", *data)
    no_traceback(synced)
    assert synced.returncode == 0 and "1 status change." in synced.stdout
    cancelled = run("carrier", "cancel", "SH-2026-0001-B", "--carrier", "beibu", "--reason", "cargo late", *data)
    no_traceback(cancelled)
    # confirmed: the carrier is asked to cancel, and says it received the request
    assert cancelled.returncode == 0 and "The carrier received the cancellation." in cancelled.stdout
    [asked] = sandbox.sandbox.query("SELECT status, cancellation_status FROM dcsa_bookings WHERE api_key = ?", (key,))
    assert (asked["status"], asked["cancellation_status"]) == ("CONFIRMED", "CANCELLATION_RECEIVED")
    sandbox.sandbox.clock.advance(DECIDE_AFTER + 1)
    synced = run("carrier", "sync", "--carrier", "beibu", *data)
    assert synced.returncode == 0 and "1 status change." in synced.stdout
    again = run("carrier", "cancel", "SH-2026-0001-B", "--carrier", "beibu", *data)  # cancelled: nothing to cancel
    no_traceback(again)
    assert again.returncode == 1 and "present state: CANCELLED" in again.stderr


def test_link_takes_only_a_reference_the_carrier_holds_for_this_booking(
        sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = uuid.uuid4().hex
    monkeypatch.setenv("CORRIDOR_CARRIER_KEY", key)
    data = ["--data-dir", str(tmp_path)]
    assert run("import", SAMPLES / "motorcycle-parts-chongqing-haiphong.json", *data, *ASOF).returncode == 0
    assert run("carrier", "add", "beibu", sandbox.url, "--contract", "SC-2026-7", *data).returncode == 0
    unknown = run("carrier", "link", "SH-2026-0001-B", "NOPE", "--carrier", "beibu", *data)
    no_traceback(unknown)
    assert unknown.returncode == 1 and "does not know this booking" in unknown.stderr
