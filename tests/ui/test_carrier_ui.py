"""Send to carrier from the booking editor: the booking reaches the sandbox carrier, and its confirmation comes
back into the editor through the app's own sync."""

from __future__ import annotations

import uuid
from typing import Any

import requests
from PySide6.QtCore import Qt

from desktop.core.channels.dcsa import CarrierProfile
from desktop.core.model.filing import FilingStatus
from desktop.core.services import carrier
from desktop.sandbox.carrier import DECIDE_AFTER
from tests.ui.conftest import settle
from tests.ui.test_languages import _open_everything


def at_carrier(ctx: Any, key: str) -> dict[str, Any]:
    """The carrier's booking of the one booking the app sent it, read as DCSA defines (GET on its reference)."""
    [(reference,)] = ctx.backend.store.connection().execute(
        "SELECT remote_id FROM filing_links WHERE environment = 'carrier-sbx'").fetchall()
    answer = requests.get(f"{ctx.sandbox.url}/v2/bookings/{reference}", timeout=10,
                          headers={"Authorization": f"Bearer {key}"})
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()
    return found


def test_send_to_carrier_then_the_confirmation_lands_on_the_open_booking(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    _, _, editor = _open_everything(ctx, qtbot)
    editor.ctx.window.show_message = lambda text: None  # no modal box in the test
    key = uuid.uuid4().hex
    store = ctx.backend.store
    carrier.save_carrier(store, CarrierProfile("sbx", ctx.sandbox.url, service_contract_reference="SC-9"), key)
    qtbot.mouseClick(editor.carrier_button, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: editor.document.status is FilingStatus.REQUESTED, timeout=15_000)
    held = at_carrier(ctx, key)
    assert held["bookingStatus"] == "RECEIVED"
    assert {"type": "CR", "value": editor.document.client_seq_no} in held["references"]
    assert not editor.carrier_button.isEnabled()
    ctx.sandbox.advance(DECIDE_AFTER + 1)
    ctx.runner.run(ctx.backend.follow_carriers, on_done=lambda _n: None, owner=editor)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: store.bookings.get(editor.doc_id).status is FilingStatus.CONFIRMED, timeout=15_000)
    qtbot.waitUntil(lambda: editor.document.status is FilingStatus.CONFIRMED, timeout=15_000)
    assert editor.document.carrier_booking_reference and editor.cut_off_list.count() == 2


def test_cancel_of_a_booking_sent_to_a_carrier_goes_to_the_carrier_and_shows_its_answer(
        make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    _, _, editor = _open_everything(ctx, qtbot)
    shown: list[str] = []
    errors: list[object] = []
    editor.ctx.window.show_message = shown.append
    editor.ctx.window.show_error = errors.append
    key = uuid.uuid4().hex
    store = ctx.backend.store
    carrier.save_carrier(store, CarrierProfile("sbx", ctx.sandbox.url, service_contract_reference="SC-9"), key)
    qtbot.mouseClick(editor.carrier_button, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: editor.document.status is FilingStatus.REQUESTED, timeout=15_000)
    ctx.sandbox.advance(DECIDE_AFTER + 1)
    ctx.runner.run(ctx.backend.follow_carriers, on_done=lambda _n: None, owner=editor)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: editor.document.status is FilingStatus.CONFIRMED, timeout=15_000)
    assert editor.cancel_button.isEnabled()
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: bool(shown) or bool(errors), timeout=15_000)
    assert errors == [] and shown[-1] == "The carrier received the cancellation."
    held = at_carrier(ctx, key)
    assert (held["bookingStatus"], held["bookingCancellationStatus"]) == ("CONFIRMED", "CANCELLATION_RECEIVED")
    qtbot.waitUntil(lambda: editor.document.receipts[-1].message_code == "dcsa.cancellation_received",
                    timeout=15_000)
    ctx.sandbox.advance(DECIDE_AFTER + 1)  # the carrier confirms the cancellation: the app's sync brings it
    ctx.runner.run(ctx.backend.follow_carriers, on_done=lambda _n: None, owner=editor)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: editor.document.status is FilingStatus.CANCELLED, timeout=15_000)
    assert not editor.cancel_button.isEnabled()
