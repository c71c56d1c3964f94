"""Titles name records by their references, never internal ids; receipt and activity times say which clock."""

from __future__ import annotations

import re
from typing import Any

from desktop.ui.editors import BookingEditor, DeclarationEditor
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import current_editor, type_into

HEX_ID = re.compile(r"[0-9a-f]{32}")


def test_titles_use_references_not_ids(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    editor = w.new_shipment()
    assert w.pages["shipments"].tabText(w.pages["shipments"].indexOf(editor)) == "New shipment"
    type_into(qtbot, editor.header.editor("reference"), "JL-TITLE-1")  # no contract number yet
    editor.derive_decl_button.click()
    qtbot.waitUntil(lambda: isinstance(current_editor(ctx, "declaration"), DeclarationEditor), timeout=15_000)
    settle(ctx, qtbot)
    decl = current_editor(ctx, "declaration")
    section = w.pages["declarations"]
    assert section.tabText(section.indexOf(decl)) == "Declaration for JL-TITLE-1"
    assert decl.show_documents().windowTitle() == "Documents of Declaration for JL-TITLE-1"
    decl.documents_dialog.close()
    w.show_section("shipments")
    w.pages["shipments"].setCurrentWidget(editor)
    editor.derive_booking_button.click()
    qtbot.waitUntil(lambda: isinstance(current_editor(ctx, "booking"), BookingEditor), timeout=15_000)
    settle(ctx, qtbot)
    booking = current_editor(ctx, "booking")
    assert w.pages["bookings"].tabText(w.pages["bookings"].indexOf(booking)) == "Booking for JL-TITLE-1"
    # a status change names the filing by its reference
    w._on_bridge_filing_changed("declaration", decl.doc_id, "submitted")
    qtbot.waitUntil(lambda: "JL-TITLE-1" in w.statusBar().currentMessage(), timeout=3_000)
    message = w.statusBar().currentMessage()
    assert "JL-TITLE-1" in message and not HEX_ID.search(message), message
    w.editors.pop(("declaration", decl.doc_id))  # as if the tab were closed: the name comes from the store
    assert w.filing_name("declaration", decl.doc_id) == "JL-TITLE-1"
    for name in ("shipments", "declarations", "bookings"):
        texts = [w.pages[name].tabText(i) for i in range(w.pages[name].count())]
        assert not any(HEX_ID.search(t) for t in texts), texts


def test_receipt_and_activity_times_say_which_clock(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    ctx.backend.import_samples("cq-jiangling")
    settle(ctx, qtbot)
    decl_id = ctx.backend.store.declarations.ids()[0]
    w.open_document("declaration", decl_id)
    settle(ctx, qtbot)
    decl = w.editor_for("declaration", decl_id)
    decl.submit_button.click()
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: bool(decl.document.receipts), timeout=15_000)
    decl.show_timeline()
    assert decl.timeline.item(0).text().startswith("Receipt times: the sandbox clock")
    w.show_section("activity")
    page = w.page("activity")
    assert page.clock_note.text().startswith("Times: this computer's clock")
