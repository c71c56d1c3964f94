"""Driving the real widgets: typing into generated fields, waiting for editors and statuses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.ui.codepick import CodeEdit
from desktop.ui.forms import FieldEditor


def type_into(qtbot: Any, fe: FieldEditor, text: str) -> None:
    """Type like a user: key clicks for ASCII, per-character text for Chinese/Vietnamese (see DESIGN.md)."""
    editor = fe.editor
    target = editor.line if isinstance(editor, CodeEdit) else editor
    if not isinstance(target, QLineEdit):
        fe.set_text(text)
        return
    target.setFocus()
    target.selectAll()
    target.del_()
    if text.isascii():
        qtbot.keyClicks(target, text)
    else:
        target.setText(text)
        target.textEdited.emit(text)
    target.editingFinished.emit()


def current_editor(ctx: Any, kind: str) -> Any:
    section = ctx.window.pages[{"shipment": "shipments", "declaration": "declarations", "booking": "bookings"}[kind]]
    return section.currentWidget()


def switch_with_ctrl_k(qtbot: Any, window: Any, company_id: str, timeout_ms: int = 10_000) -> None:
    """Switch company as a user does from the keyboard: Ctrl+K, type the company's customs code, Enter."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from desktop.ui.quickswitch import QuickSwitcher

    code = next(c.customs_code for c in window.companies if c.id == company_id)
    timer = QTimer(window)
    timer.setInterval(20)
    waited = [0]

    def poll() -> None:
        box = QApplication.activeModalWidget()
        waited[0] += 20
        if isinstance(box, QuickSwitcher):
            timer.stop()
            qtbot.keyClicks(box.filter, code)
            qtbot.keyClick(box.filter, Qt.Key.Key_Return)
            if box.isVisible():
                box.reject()
        elif waited[0] > timeout_ms:
            timer.stop()
            if isinstance(box, QDialog):
                box.reject()

    timer.timeout.connect(poll)
    timer.start()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    timer.stop()
    assert window.company_id == company_id
