"""Certificates requested from the inspection office (申请单证) on the declaration editor: the Kunming fruit sample's
phytosanitary certificate is listed beside its licence, and the counts are changed with the keys a user presses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from desktop.ui.editors import DeclarationEditor
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import current_editor


def test_phytosanitary_certificate_request_is_shown_and_its_copies_typed(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    ctx.backend.import_samples(w.company_id)
    settle(ctx, qtbot)
    w.switch_company("km-yunling-produce")
    ctx.backend.import_samples(w.company_id)
    settle(ctx, qtbot)
    decl = next(d for d in ctx.backend.store.declarations.list(w.company_id) if d.request_certs)
    assert [(r.code, r.originals, r.copies) for r in decl.request_certs] == [("18", 1, 1)]
    w.activateWindow()
    w.open_document("declaration", decl.id)
    qtbot.waitUntil(lambda: isinstance(current_editor(ctx, "declaration"), DeclarationEditor), timeout=15_000)
    editor = current_editor(ctx, "declaration")
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.request_certs.parentWidget()))
    assert editor.request_certs.isVisible() and editor.licences.isVisible()
    table, view = editor.request_certs.table, editor.request_certs.view
    assert table.rowCount() == 1 and table.data(table.index(0, 0)).startswith("18")
    view.setFocus()
    view.setCurrentIndex(table.index(0, table.names.index("copies")))
    for ch in "3":
        qtbot.keyClick(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(10)
    assert editor.document.request_certs[0].copies == 3
    editor.save_button.click()
    qtbot.waitUntil(lambda: ctx.backend.store.declarations.get(decl.id).request_certs[0].copies == 3,
                    timeout=15_000)


def test_a_status_refresh_landing_while_a_cell_is_typed_into_keeps_the_typing(make_app: Any, qtbot: Any) -> None:
    """The store's copy is read again when a receipt arrives; if it lands while the user is typing into a cell,
    the cell stays open with its text and the Enter that follows saves it."""
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    w.switch_company("km-yunling-produce")
    ctx.backend.import_samples(w.company_id)
    settle(ctx, qtbot)
    decl = next(d for d in ctx.backend.store.declarations.list(w.company_id) if d.request_certs)
    w.activateWindow()
    w.open_document("declaration", decl.id)
    qtbot.waitUntil(lambda: isinstance(current_editor(ctx, "declaration"), DeclarationEditor), timeout=15_000)
    editor = current_editor(ctx, "declaration")
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.request_certs.parentWidget()))
    table, view = editor.request_certs.table, editor.request_certs.view
    view.setFocus()
    view.setCurrentIndex(table.index(0, table.names.index("copies")))
    qtbot.keyClick(QApplication.focusWidget(), "4")
    assert view.state() == QAbstractItemView.State.EditingState
    editor.refresh_from_store()
    qtbot.waitUntil(lambda: editor.ctx.runner.pending == 0, timeout=15_000)  # the store's copy has been delivered
    assert view.state() == QAbstractItemView.State.EditingState, "the refresh closed the cell being typed into"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.request_certs[0].copies == 4, timeout=5_000)
