"""A value the form cannot read (letters in a number, a bad date) is never saved as empty: Save, Ctrl+S, closing the
tab or the app and deriving all refuse, point at the field and keep the typed text; a crash keeps it too."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.editors import ShipmentEditor
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import type_into
from tests.ui.test_menus import answer_box, close_tab
from tests.ui.test_sheet import goto, key, keys


def _saved_shipment(ctx: Any, qtbot: Any) -> ShipmentEditor:
    log_in(ctx, qtbot)
    ctx.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ctx.window, timeout=5_000)
    editor = ctx.window.new_shipment()
    type_into(qtbot, editor.header.editor("reference"), "JL-UNREAD-1")
    type_into(qtbot, editor.header.editor("gross_weight"), "100")
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.dirty and not editor.never_saved, timeout=10_000)
    assert ctx.backend.shipment(editor.doc_id).gross_weight == Decimal("100")
    return editor


def test_letters_in_a_number_field_are_not_saved_as_empty(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    editor = _saved_shipment(ctx, qtbot)
    gross = editor.header.editor("gross_weight")
    type_into(qtbot, gross, "12kg")
    editor.header.editor("reference").editor.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    settle(ctx, qtbot)
    assert ctx.backend.shipment(editor.doc_id).gross_weight == Decimal("100")  # not overwritten with nothing
    assert gross.editor.text() == "12kg" and editor.dirty
    assert editor.status_label.text().startswith("Not saved: Gross weight (kg) cannot be read.")
    assert QApplication.focusWidget() is gross.editor  # the cursor is on the field to fix
    listed = [editor.issue_list.item(n).text() for n in range(editor.issue_list.count())]
    assert any("“12kg” is not a number" in text for text in listed)  # in the issue list at once
    assert "“12kg” is not a number" in ctx.window.statusBar().currentMessage()
    editor.save_button.click()  # the button refuses the same way
    settle(ctx, qtbot)
    assert ctx.backend.shipment(editor.doc_id).gross_weight == Decimal("100")
    editor.derive_decl_button.click()  # deriving saves the shipment first: refused too
    settle(ctx, qtbot)
    assert not any(k[0] == "declaration" for k in ctx.window.editors)
    assert ctx.backend.shipment(editor.doc_id).gross_weight == Decimal("100")
    # closing the tab with Save: refused, the tab stays open with the text
    seen = answer_box(qtbot, "save")
    close_tab(ctx, editor)
    assert seen and ctx.window.editor_for("shipment", editor.doc_id) is editor
    settle(ctx, qtbot)
    assert ctx.backend.shipment(editor.doc_id).gross_weight == Decimal("100")
    assert gross.editor.text() == "12kg"
    # closing the app with Save: refused as well, the window stays
    answer_box(qtbot, "save")
    ctx.window.menus.quit_action.trigger()
    assert ctx.window.isVisible() and ctx.window.editor_for("shipment", editor.doc_id) is editor
    # discard and reopen: the stored weight is still there
    answer_box(qtbot, "discard")
    close_tab(ctx, editor)
    settle(ctx, qtbot)
    ctx.window.open_document("shipment", editor.doc_id)
    qtbot.waitUntil(lambda: ctx.window.editor_for("shipment", editor.doc_id) is not None, timeout=10_000)
    again = ctx.window.editor_for("shipment", editor.doc_id)
    assert again.document.gross_weight == Decimal("100")
    # fixed, it saves
    type_into(qtbot, again.header.editor("gross_weight"), "120")
    again.save_button.click()
    qtbot.waitUntil(lambda: not again.dirty, timeout=10_000)
    assert ctx.backend.shipment(editor.doc_id).gross_weight == Decimal("120")
    assert not again.status_label.text().startswith("Not saved")


def test_unreadable_goods_cell_is_not_saved_as_empty(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    editor = _saved_shipment(ctx, qtbot)
    editor.tabs.setCurrentWidget(editor.goods)
    editor.goods.add_button.click()
    goto(editor, 0, "quantity")
    keys(qtbot, "40")
    key(qtbot, Qt.Key.Key_Return)
    assert editor.document.goods[0].quantity == Decimal("40")  # edits after a save still reach the document
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=10_000)
    assert ctx.backend.shipment(editor.doc_id).goods[0].quantity == Decimal("40")
    goto(editor, 0, "quantity")
    keys(qtbot, "4O")  # the letter O for a zero
    key(qtbot, Qt.Key.Key_Return)
    assert editor.goods.table.raw_text(0, "quantity") == "4O"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(ctx, qtbot)
    assert ctx.backend.shipment(editor.doc_id).goods[0].quantity == Decimal("40")
    assert editor.status_label.text().startswith("Not saved: ") and "Quantity" in editor.status_label.text()
    view = editor.goods.view
    assert view.hasFocus() and view.currentIndex() == editor.goods.table.index(0, editor.goods.table.names.index(
        "quantity"))


def test_unreadable_text_survives_a_crash(make_app: Any, qtbot: Any, data_dir: Path) -> None:
    ctx = make_app()
    editor = _saved_shipment(ctx, qtbot)
    departure = editor.route.editor("route.requested_departure")
    type_into(qtbot, departure, "10.12.2026x")
    editor.write_recovery()
    ctx.window.shutdown = lambda: None  # a crash: nothing is closed or saved
    ctx.runner.shutdown()
    ctx.backend.close()
    ctx.sandbox.stop()
    ctx.sandbox = None
    ctx.closed = True
    again = make_app()
    qtbot.waitUntil(lambda: bool(again.window.companies), timeout=15_000)
    settle(again, qtbot)
    restored = again.window.editor_for("shipment", editor.doc_id)
    assert restored is not None and restored.dirty
    field = restored.route.editor("route.requested_departure")
    assert field.editor.text() == "10.12.2026x" and "is not a date" in field.marker.toolTip()
    restored.save_button.click()
    settle(again, qtbot)
    assert restored.status_label.text().startswith("Not saved")
