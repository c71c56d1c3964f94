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
    held = requests.get(f"{ctx.sandbox.url}/v2/bookings", timeout=10, headers={"Authorization": f"Bearer {key}"},
                        params={"referenceType": "CR", "referenceValue": editor.document.client_seq_no}).json()
    assert len(held) == 1 and held[0]["bookingStatus"] == "RECEIVED"
    assert not editor.carrier_button.isEnabled()
    ctx.sandbox.advance(DECIDE_AFTER + 1)
    ctx.runner.run(ctx.backend.follow_carriers, on_done=lambda _n: None, owner=editor)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: store.bookings.get(editor.doc_id).status is FilingStatus.CONFIRMED, timeout=15_000)
    qtbot.waitUntil(lambda: editor.document.status is FilingStatus.CONFIRMED, timeout=15_000)
    assert editor.document.carrier_booking_reference and editor.cut_off_list.count() == 2
