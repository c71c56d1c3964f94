"""A calendar for date fields: a button beside the field (and Alt+Down or F4 in it) opens a month view in the
UI language; Enter or a click picks the day, Esc closes it; the field then shows the date as the language writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolButton, QWidget

from desktop.ui import lang
from desktop.ui.fieldkinds import from_text


class CalendarPopup(QCalendarWidget):
    """The month view, as a popup window that closes when the user clicks elsewhere."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setObjectName("date-calendar")
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.close)


class CalendarButton(QToolButton):
    """Opens the calendar of ``line``; ``on_pick(text)`` gets the picked date as the language writes it."""

    def __init__(self, line: QLineEdit, on_pick: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line, self.on_pick = line, on_pick
        self.popup: CalendarPopup | None = None
        self.setArrowType(Qt.ArrowType.DownArrow)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field; Alt+Down opens it
        self.clicked.connect(self.open_calendar)
        line.installEventFilter(self)  # Alt+Down or F4 in the field opens the calendar
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            alt_down = event.key() == Qt.Key.Key_Down and mods == Qt.KeyboardModifier.AltModifier
            f4 = event.key() == Qt.Key.Key_F4 and mods == Qt.KeyboardModifier.NoModifier
            if (alt_down or f4) and self.open_calendar() is not None:
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        text = self.tr("Calendar (Alt+Down)")
        self.setToolTip(text)
        self.setAccessibleName(text)

    def open_calendar(self) -> CalendarPopup | None:
        if self.line.isReadOnly() or not self.line.isEnabled():
            return None
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.clicked.connect(self._on_popup_picked)
            self.popup.activated.connect(self._on_popup_picked)
        popup = self.popup
        popup.setLocale(lang.locale())
        typed = from_text("date", self.line.text(), **lang.parse_options())
        shown = typed if isinstance(typed, date) else date.today()
        popup.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        popup.move(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        popup.show()
        popup.setFocus(Qt.FocusReason.PopupFocusReason)
        return popup

    def _on_popup_picked(self, day: QDate) -> None:
        if self.popup is not None:
            self.popup.close()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
        self.on_pick(lang.format_date(date(day.year(), day.month(), day.day())))
