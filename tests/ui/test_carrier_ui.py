"""Send to carrier from the booking editor: the booking reaches the sandbox carrier, its confirmation comes back
into the editor through the app's own sync; Cancel goes to the carrier; the changes a carrier asks for unlock the
form and go back as an amendment; after a lost answer the user links the reference the carrier gives."""

from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.core.channels.dcsa import CarrierProfile
from desktop.core.model.filing import FilingStatus
from desktop.core.services import carrier
from desktop.sandbox.carrier import DECIDE_AFTER
from tests.carrierctl import set_carrier_scenario
from tests.faultproxy import FaultProxy
from tests.ui.conftest import settle
from tests.ui.helpers import type_into
from tests.ui.test_languages import _open_everything

SHOTS = Path(os.environ["CORRIDOR_SCREENSHOTS"]) if os.environ.get("CORRIDOR_SCREENSHOTS") else None


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


def follow(ctx: Any, qtbot: Any, editor: Any) -> None:
    ctx.runner.run(ctx.backend.follow_carriers, on_done=lambda _n: None, owner=editor)
    settle(ctx, qtbot)


def test_the_changes_a_carrier_asks_for_are_shown_and_go_back_as_an_amendment(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    _, _, editor = _open_everything(ctx, qtbot)
    editor.ctx.window.show_message = lambda text: None
    key = uuid.uuid4().hex
    set_carrier_scenario(ctx.sandbox.url, key, "amend")
    carrier.save_carrier(ctx.backend.store, CarrierProfile("sbx", ctx.sandbox.url, service_contract_reference="SC-9"),
                         key)
    qtbot.mouseClick(editor.carrier_button, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: editor.document.status is FilingStatus.REQUESTED, timeout=15_000)
    assert editor.carrier_panel.isHidden() and not editor.editable
    ctx.sandbox.advance(DECIDE_AFTER + 1)
    follow(ctx, qtbot, editor)
    qtbot.waitUntil(lambda: editor.carrier_panel.mode == "amend", timeout=15_000)
    panel = editor.carrier_panel
    assert panel.isVisibleTo(editor) and panel.feedback.count() == 1
    item = panel.feedback.item(0)
    assert item.text() == ("Requested departure: No equipment on the requested sailing: ask for a departure at "
                           "least 7 days later.")
    assert editor.editable and not editor.submit_button.isEnabled()  # the amendment goes to the carrier
    assert editor.carrier_button.text() == "Send the amendment to the &carrier" and editor.carrier_button.isEnabled()
    panel.feedback.itemClicked.emit(item)  # the user picks the line: the field to change gets the focus
    field = editor.header.editor("requested_departure")
    qtbot.waitUntil(lambda: field.hasFocus() or field.isAncestorOf(editor.focusWidget()), timeout=5_000)
    if SHOTS:
        from desktop.ui import lang

        for language in ("zh_CN", "vi", "en"):
            lang.switch(ctx, language)
            for size in ((1280, 800), (1024, 768)):
                editor.resize(size[0] - 200, size[1] - 90)  # the editor's share of the window
                qtbot.wait(50)
                editor.grab().save(str(SHOTS / f"carrier-amend-{language}-{size[0]}.png"))
    type_into(qtbot, editor.header.editor("remarks"), "DEPART ONE WEEK LATER")
    qtbot.mouseClick(editor.carrier_button, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    # DCSA's UseCase 6: the reply keeps the booking PENDING_AMENDMENT, with the amendment received (it used to
    # go back to UPDATE_RECEIVED, which BKG 2.0.4 defines for replies before confirmation only)
    qtbot.waitUntil(lambda: at_carrier(ctx, key).get("amendedBookingStatus") == "AMENDMENT_RECEIVED", timeout=15_000)
    assert at_carrier(ctx, key)["bookingStatus"] == "PENDING_AMENDMENT"
    assert editor.document.remarks.endswith("DEPART ONE WEEK LATER")  # saved, and sent as the amendment
    ctx.sandbox.advance(DECIDE_AFTER + 1)
    follow(ctx, qtbot, editor)
    qtbot.waitUntil(lambda: editor.document.status is FilingStatus.CONFIRMED, timeout=15_000)
    assert editor.carrier_panel.isHidden() and not editor.carrier_amending and not editor.editable


def test_after_a_lost_answer_the_user_links_the_reference_the_carrier_gives(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    _, _, editor = _open_everything(ctx, qtbot)
    editor.ctx.window.show_message = lambda text: None
    errors: list[object] = []
    editor.ctx.window.show_error = errors.append
    key = uuid.uuid4().hex
    upstream = urlsplit(ctx.sandbox.url)
    with FaultProxy((upstream.hostname or "127.0.0.1", upstream.port or 80)) as proxy:
        carrier.save_carrier(ctx.backend.store, CarrierProfile("sbx", proxy.url, service_contract_reference="SC-9"),
                             key)
        proxy.add("drop", "/v2/bookings", "POST")  # the carrier records it, its answer is lost
        qtbot.mouseClick(editor.carrier_button, Qt.MouseButton.LeftButton)
        settle(ctx, qtbot)
        follow(ctx, qtbot, editor)  # the next pass: never posted again, the user is asked
        qtbot.waitUntil(lambda: editor.carrier_panel.mode == "link", timeout=15_000)
        assert editor.document.status is FilingStatus.FAILED
        with sqlite3.connect(f"file:{ctx.sandbox.db_path}?mode=ro", uri=True) as db:  # the carrier's own records
            held = db.execute("SELECT request_ref FROM dcsa_bookings WHERE api_key = ?", (key,)).fetchall()
        assert len(held) == 1
        qtbot.mouseClick(editor.carrier_button, Qt.MouseButton.LeftButton)  # Send again asks first
        box = editor.confirm_box
        assert box is not None and box.isVisible()
        qtbot.mouseClick(box.findChild(QPushButton, "cancel"), Qt.MouseButton.LeftButton)
        panel = editor.carrier_panel
        qtbot.keyClicks(panel.reference, "NOT-" + held[0][0])
        qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
        settle(ctx, qtbot)
        qtbot.waitUntil(lambda: bool(errors), timeout=15_000)  # a reference the carrier does not know
        assert "does not know this booking" in lang_text(errors[-1])
        panel.reference.clear()
        qtbot.keyClicks(panel.reference, held[0][0])
        qtbot.keyClick(panel.reference, Qt.Key.Key_Return)
        settle(ctx, qtbot)
        qtbot.waitUntil(lambda: editor.document.status is FilingStatus.REQUESTED, timeout=15_000)
        assert editor.carrier_panel.isHidden()
    with sqlite3.connect(f"file:{ctx.sandbox.db_path}?mode=ro", uri=True) as db:
        assert db.execute("SELECT COUNT(*) FROM dcsa_bookings WHERE api_key = ?", (key,)).fetchone()[0] == 1


def lang_text(exc: object) -> str:
    from desktop.ui import lang

    return lang.error_text(exc) if isinstance(exc, BaseException) else str(exc)


def test_a_refused_api_key_at_send_time_is_said_plainly_and_the_booking_goes_once_the_key_is_good(
        make_app: Any, qtbot: Any) -> None:
    from desktop.ui import lang

    ctx = make_app()
    _, _, editor = _open_everything(ctx, qtbot)
    errors: list[object] = []
    editor.ctx.window.show_message = lambda text: None
    editor.ctx.window.show_error = errors.append
    key = uuid.uuid4().hex
    set_carrier_scenario(ctx.sandbox.url, key, "refuse-key")
    store = ctx.backend.store
    carrier.save_carrier(store, CarrierProfile("sbx", ctx.sandbox.url, service_contract_reference="SC-9"), key)
    type_into(qtbot, editor.header.editor("remarks"), "Keep dry")
    qtbot.mouseClick(editor.carrier_button, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    assert lang.error_text(errors[0]) == "Carrier sbx refused the API key; check it in the carrier settings."
    stored = store.bookings.get(editor.doc_id)
    assert stored.remarks == "Keep dry"  # the edit was saved before sending: nothing typed is lost
    assert editor.carrier_button.isEnabled(), "the user can send again once the key is put right"
    set_carrier_scenario(ctx.sandbox.url, key, "confirm")  # the carrier takes the key again
    qtbot.mouseClick(editor.carrier_button, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: editor.document.status is FilingStatus.REQUESTED, timeout=15_000)
    assert at_carrier(ctx, key)["bookingStatus"] == "RECEIVED"


def test_a_confirmed_booking_is_amended_at_the_carrier_and_its_decision_shows_in_the_timeline(
        make_app: Any, qtbot: Any) -> None:
    from tests.core.dcsa.schema import errors as dcsa_errors

    ctx = make_app()
    _, _, editor = _open_everything(ctx, qtbot)
    editor.ctx.window.show_message = lambda text: None
    key = uuid.uuid4().hex
    carrier.save_carrier(ctx.backend.store, CarrierProfile("sbx", ctx.sandbox.url, service_contract_reference="SC-9"),
                         key)
    assert not editor.amend_button.isEnabled()  # nothing confirmed yet
    qtbot.mouseClick(editor.carrier_button, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: editor.document.status is FilingStatus.REQUESTED, timeout=15_000)
    assert not editor.amend_button.isEnabled()
    ctx.sandbox.advance(DECIDE_AFTER + 1)
    follow(ctx, qtbot, editor)
    qtbot.waitUntil(lambda: editor.document.status is FilingStatus.CONFIRMED, timeout=15_000)
    assert not editor.editable and editor.amend_button.isEnabled()
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    assert editor.editable and not editor.submit_button.isEnabled() and not editor.amend_button.isEnabled()
    assert editor.carrier_button.text() == "Send the amendment to the &carrier" and editor.carrier_button.isEnabled()
    type_into(qtbot, editor.header.editor("voyage_no"), "2650S")
    qtbot.mouseClick(editor.carrier_button, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: editor.document.receipts[-1].message_code == "dcsa.amendment_received", timeout=15_000)
    held = at_carrier(ctx, key)
    assert (held["bookingStatus"], held["amendedBookingStatus"]) == ("CONFIRMED", "AMENDMENT_RECEIVED")
    amended = requests.get(f"{ctx.sandbox.url}/v2/bookings/{held['carrierBookingReference']}", timeout=10,
                           params={"amendedContent": "true"}, headers={"Authorization": f"Bearer {key}"}).json()
    assert dcsa_errors(amended, "Booking") == [] and amended["carrierExportVoyageNumber"] == "2650S"
    assert held["carrierExportVoyageNumber"] != "2650S"  # the confirmed booking stands meanwhile
    assert editor.document.status is FilingStatus.CONFIRMED and not editor.editable
    assert not editor.amend_button.isEnabled()  # the carrier is deciding
    timeline = editor.timeline
    qtbot.waitUntil(lambda: "amendment of the confirmed booking" in _timeline_text(timeline), timeout=5_000)
    ctx.sandbox.advance(DECIDE_AFTER + 1)
    follow(ctx, qtbot, editor)
    qtbot.waitUntil(lambda: editor.document.receipts[-1].message_code == "dcsa.amendment_confirmed",
                    timeout=15_000)
    assert editor.document.status is FilingStatus.CONFIRMED and editor.amend_button.isEnabled()
    qtbot.waitUntil(lambda: "confirmed the amendment" in _timeline_text(timeline), timeout=5_000)
    assert at_carrier(ctx, key)["carrierExportVoyageNumber"] == "2650S"  # the amendment is the booking now


def _timeline_text(timeline: Any) -> str:
    return " ".join(timeline.item(row).text() for row in range(timeline.count()))
