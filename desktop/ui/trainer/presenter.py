"""Presenter mode, toggled with one key (F5) anywhere in the app: larger type for a projector, and the field
being explained (the one with the focus, with its label) highlighted in a strong colour.

It adds a style sheet to the application's own (kept and restored): every widget's type scaled, the focused
input framed, and the label of the focused field (the label whose buddy it is) in a strong colour.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

KEY = Qt.Key.Key_F5
SCALE = 1.6
EXPLAINED = "explained"
STYLE = """
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QDateEdit:focus, QCheckBox:focus, QTableView:focus {
    border: 3px solid #d35400; background: #fff3c4; color: #000000;
}
QLabel[explained="true"] { background: #d35400; color: #ffffff; font-weight: bold; padding: 1px 4px; }
"""


class PresenterMode(QObject):
    toggled = Signal(bool)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._font: QFont | None = None
        self._style = ""
        self._label: QLabel | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        app.focusChanged.connect(self._on_app_focus_changed)
        app.installEventFilter(self)  # the key works in every window of the app (editors, dialogs)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == KEY
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and not event.isAutoRepeat()
        ):
            self._pressed_in = watched if isinstance(watched, QWidget) else None
            self.toggle()
            return True
        return False

    def toggle(self) -> None:
        self.set_active(not self.active)

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        if on:
            self._font = QFont(self.app.font())
            self._style = self.app.styleSheet()
            size = self._font.pointSizeF() if self._font.pointSizeF() > 0 else 10.0
            # through the style sheet: it reaches every widget, also those given a font of their own
            self.app.setStyleSheet(self._style + f"\nQWidget {{ font-size: {size * SCALE:.1f}pt; }}\n" + STYLE)
            self._on_app_focus_changed(None, self.app.focusWidget() or getattr(self, "_pressed_in", None))
        else:
            self._mark(None)
            self.app.setStyleSheet(self._style)
        self.toggled.emit(on)

    @property
    def explained_label(self) -> QLabel | None:
        return self._label

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self.active:
            return
        label = None
        if new is not None:
            top = new.window()
            for candidate in top.findChildren(QLabel):
                buddy = candidate.buddy()
                if buddy is not None and (buddy is new or buddy.isAncestorOf(new)) and candidate.isVisible():
                    label = candidate
                    break
        self._mark(label)

    def _mark(self, label: QLabel | None) -> None:
        previous = self._label
        self._label = label
        for widget, value in ((previous, False), (label, True)):
            if widget is None:
                continue
            try:
                widget.setProperty(EXPLAINED, value)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            except RuntimeError:  # the label's form was closed meanwhile
                if widget is label:
                    self._label = None
