"""Moving the cursor in an editor: to the field of an issue, to the first field, through scroll areas and tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QTabWidget, QWidget


def focus_path(owner: Any, path: str) -> bool:
    """Bring the field of ``path`` into view and focus it."""
    for form in owner.forms:
        if path in form.editors:
            reveal(owner, form)
            form.focus_path(path)
            return True
    for t in owner.tables:
        if t.focus_path(path):
            reveal(owner, t)
            t.focus_path(path)
            return True
    return False


def focus_first(owner: Any) -> None:
    """Put the cursor in the first field of the first form."""
    for form in owner.forms:
        for fe in form.editors.values():
            if fe.editor.isEnabled():
                reveal(owner, form)
                if QApplication.activeWindow() is not owner.window() and QApplication.activePopupWidget() is None:
                    owner.window().activateWindow()  # a closed suggestion list may still hold the activation
                fe.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return


def focus_first_unless_placed(owner: Any, placed: QWidget | None) -> None:
    """``focus_first`` run a moment after the editor opened: a user who meanwhile clicked into another field
    or began typing into a cell (a busy machine delays the moment) is left where they are. ``placed`` is where
    the focus was when the editor opened."""
    focus = QApplication.focusWidget()
    if focus is not None and focus is not placed and focus is not owner and owner.isAncestorOf(focus):
        return
    if any(t.view.state() == QAbstractItemView.State.EditingState for t in owner.tables):
        return
    focus_first(owner)


def reveal(owner: QWidget, widget: QWidget) -> None:
    """Scroll ``widget`` into view and bring forward every tab it sits in, up to ``owner``."""
    node: QWidget | None = widget
    while node is not None and node is not owner:
        parent = node.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        grand = parent.parentWidget() if parent is not None else None
        if isinstance(grand, QTabWidget):
            grand.setCurrentWidget(node)
        node = parent
