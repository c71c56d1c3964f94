"""Keyboard use: Ctrl+S saves, Ctrl+F searches, Ctrl+K switches company, Ctrl+Enter submits; tab order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.ui.mainwindow import QuickSwitcher
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import type_into


def test_shortcuts(make_app: Any, qtbot: Any, monkeypatch: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot, "demo-forwarder")
    w = ctx.window
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5_000)
    # Ctrl+F focuses the search box of the list
    page = w.lists["shipment"]
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    # Ctrl+S saves the open editor
    editor = w.new_shipment()
    type_into(qtbot, editor.header.editor("reference"), "KB-0001")
    assert editor.dirty
    qtbot.keyClick(editor.header.editor("reference").editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(ctx, qtbot)
    assert not editor.dirty and ctx.backend.store.shipments.get(editor.doc_id).reference == "KB-0001"
    # Ctrl+K opens the quick switcher; the chosen company becomes current
    chosen: list[str] = []

    def fake_exec(self: QuickSwitcher) -> int:
        self.filter.setText("云岭")
        chosen.append(self.chosen())
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QuickSwitcher, "exec", fake_exec)
    qtbot.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert chosen == ["km-yunling-produce"] and w.company_id == "km-yunling-produce"


def test_ctrl_enter_submits_and_tab_order(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    ctx.backend.import_samples("cq-jiangling")
    w.switch_company("cq-jiangling")
    settle(ctx, qtbot)
    decl_id = ctx.backend.store.declarations.ids()[0]
    w.open_document("declaration", decl_id)
    settle(ctx, qtbot)
    editor = w.editor_for("declaration", decl_id)
    assert editor is not None and not [i for i in editor.issues if str(i.severity) == "error"]
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5_000)
    first = editor.header.editor("custom_master").editor
    first.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.header.editor("ie_port").editor.line
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: str(editor.document.status) == "received", timeout=15_000)
