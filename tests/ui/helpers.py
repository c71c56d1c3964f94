"""Driving the real widgets: typing into generated fields, waiting for editors and statuses."""

from __future__ import annotations

from typing import Any

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
