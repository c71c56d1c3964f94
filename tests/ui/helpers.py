"""Driving the real widgets: typing into generated fields, waiting for editors and statuses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from desktop.ui.codepick import CodeEdit
from desktop.ui.forms import FieldEditor

#: the answerers of :func:`when_modal` still waiting; the UI conftest stops them all when a test ends
_WAITING: list[QTimer] = []


def when_modal(kind: type, act: Callable[[Any], None], timeout_ms: int = 20_000,
               match: Callable[[Any], bool] = lambda _box: True, close_after: bool = True) -> None:
    """Run ``act(dialog)`` once, on the next modal dialog of ``kind`` (for which ``match`` holds) as soon as it
    shows; it runs its own event loop, so the answer has to come from a timer. A dialog ``act`` left open is
    rejected, unless ``close_after`` is false (a file dialog accepts a typed name once it has read the folder,
    which may be later). The answerer ends with its test
    (:func:`stop_answering`) and gives up after ``timeout_ms``, rejecting whatever modal dialog is open then, so a
    dialog that never comes fails the test instead of leaving it waiting where no test timeout can fire, and an
    answer meant for one test never clicks a button of a later test's dialog."""
    timer = QTimer()
    timer.setObjectName(kind.__name__)
    timer.setInterval(20)
    waited = [0]

    def end() -> None:
        timer.stop()
        if timer in _WAITING:
            _WAITING.remove(timer)

    def poll() -> None:
        box = QApplication.activeModalWidget()
        waited[0] += 20
        if isinstance(box, kind) and match(box):
            end()
            try:
                act(box)
            finally:
                if close_after and isinstance(box, QDialog) and box.isVisible():
                    box.reject()
        elif waited[0] > timeout_ms:
            end()
            if isinstance(box, QDialog):
                box.reject()

    timer.timeout.connect(poll)
    _WAITING.append(timer)
    timer.start()


def choose_file(path: Any, timeout_ms: int = 10_000) -> None:
    """Choose ``path`` in the next file dialog as a user would: type it into the file name box and press Open (again
    until the dialog takes it). ``selectFile`` is not enough: once the box has the focus it leaves the box as it is,
    and while the folder is being read it may write an empty name there."""
    from PySide6.QtWidgets import QFileDialog

    def act(dialog: QFileDialog) -> None:
        tries = [0]

        def open_it() -> None:
            if not dialog.isVisible():
                return
            if tries[0] * 50 > timeout_ms:  # never taken: the test fails on the missing file, not waiting here
                dialog.reject()
                return
            tries[0] += 1
            name_box = dialog.findChild(QLineEdit, "fileNameEdit")
            if name_box is None:
                dialog.selectFile(str(path))
            else:
                name_box.setText(str(path))
            dialog.accept()
            if dialog.isVisible():
                QTimer.singleShot(50, dialog, open_it)

        open_it()

    when_modal(QFileDialog, act, close_after=False)


def stop_answering() -> list[str]:
    """Stop every answerer still waiting (its test is over); returns the kinds of dialog they waited for."""
    left = []
    while _WAITING:
        timer = _WAITING.pop()
        timer.stop()
        left.append(timer.objectName())
    return left


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
