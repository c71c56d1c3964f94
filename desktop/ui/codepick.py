"""Code pickers: a line edit with type-ahead over a code table in Chinese and English, and the
code's name.

The entries come from ``desktop.core.codes``, loaded once per table and language.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from desktop.ui import lang

log = logging.getLogger(__name__)
SEPARATOR = "  "


@cache
def code_entries(table_name: str, language: str) -> tuple[tuple[str, str, str], ...]:
    """``(code, name in language, search text in every language)`` for each entry of a code table."""
    from desktop.core import codes

    try:
        table = codes.table(table_name)
    except codes.CodeTableError:  # not a table of ours (e.g. hs): a free-text field
        return ()
    return tuple((e.code, e.name(language), " ".join((e.code, e.zh_CN, e.en, e.vi, codes.fold(e.vi)))) for e in table)


def code_name(table_name: str, code: str) -> str:
    if not code:
        return ""
    for c, name, _search in code_entries(table_name, lang.current()):
        if c == code:
            return name
    return ""


class CodeEdit(QWidget):
    """A code field: type the code, or any part of its Chinese or English name, and pick from the list."""

    textEdited = Signal(str)
    editingFinished = Signal()

    def __init__(self, table_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_name = table_name
        self.line = QLineEdit(self)
        self.line.setMaximumWidth(self._code_width())
        self.name_label = QLabel(self)
        self.name_label.setForegroundRole(self.name_label.foregroundRole())
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.name_label, 1)
        self.setFocusProxy(self.line)
        self._completer: QCompleter | None = None
        self.line.textEdited.connect(self._on_line_edited)
        self.line.textChanged.connect(self._update_name)
        self.line.editingFinished.connect(self.editingFinished)
        self.line.installEventFilter(self)
        self.name_label.installEventFilter(self)
        self._name = ""

    def _code_width(self) -> int:
        """Room for the table's longest code (and a few letters of a name typed to search), so the code's
        name beside it has the rest of the row: names were cut short at 1024 × 768."""
        longest = max((len(c) for c, _name, _search in code_entries(self.table_name, lang.current())), default=8)
        digits = self.line.fontMetrics().horizontalAdvance("W" * max(4, min(longest, 10)))
        return min(140, digits + 24)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.FocusIn:
            self._ensure_completer()
        elif watched is self.name_label and event.type() == QEvent.Type.Resize:
            self._show_name()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update_name(self.line.text())  # the code's name in the new language
        super().changeEvent(event)

    def _ensure_completer(self) -> None:
        if self._completer is not None or not code_entries(self.table_name, lang.current()):
            return
        self._model = QStandardItemModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self._on_completer_activated)  # type: ignore[index]
        self._completer = completer
        self.line.setCompleter(completer)

    def matches(self, text: str, limit: int = 40) -> list[tuple[str, str]]:
        """``(code, name)`` of the entries matching ``text`` by code or by name in any language, best first."""
        from desktop.core import codes

        try:
            found = codes.table(self.table_name).search(text, lang.current(), limit=limit)
        except codes.CodeTableError:
            return []
        return [(e.code, e.name(lang.current())) for e in found]

    def _on_line_edited(self, text: str) -> None:
        self._ensure_completer()
        if self._completer is not None and text.strip():
            found = self.matches(text)
            self._model.clear()
            for code, name in found:
                item = QStandardItem(f"{code}{SEPARATOR}{name}" if name else code)
                self._model.appendRow(item)
            if found and not (len(found) == 1 and found[0][0] == text):
                self._completer.complete()
        self.textEdited.emit(text)

    def _on_completer_activated(self, text: str) -> None:
        code = text.split(SEPARATOR, 1)[0]
        QTimer.singleShot(0, self, lambda: self._apply_code(code))  # dropped if the field is gone by then

    def _apply_code(self, code: str) -> None:
        self.line.setText(code)
        self.textEdited.emit(code)
        self.editingFinished.emit()

    def _update_name(self, text: str) -> None:
        self._name = code_name(self.table_name, text.strip())
        self.name_label.setToolTip(self._name)
        self._show_name()

    def _show_name(self) -> None:
        """The code's name: on one line when it fits, else wrapped onto a second line, and only past two lines
        elided with "…" (the tooltip has it whole)."""
        width = self.name_label.contentsRect().width()
        metrics = self.name_label.fontMetrics()
        name = self._name
        wrap = width > 0 and metrics.horizontalAdvance(name) > width
        if width <= 0:
            shown = ""
        elif not wrap:
            shown = name
        else:
            shown = name
            flags = int(Qt.TextFlag.TextWordWrap.value)
            while len(shown) > 1 and not self._fits_two_lines(shown, width, flags):
                shown = shown[:-2].rstrip() + "…"
        if self.name_label.wordWrap() != wrap:
            self.name_label.setWordWrap(wrap)
        if self.name_label.text() != shown:
            self.name_label.setText(shown)

    def _fits_two_lines(self, text: str, width: int, flags: int) -> bool:
        metrics = self.name_label.fontMetrics()
        rect = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        return rect.height() <= 2 * metrics.lineSpacing() and rect.width() <= width  # a long word is not cut

    # QLineEdit-like API used by the forms
    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def setReadOnly(self, flag: bool) -> None:
        self.line.setReadOnly(flag)

    def setMaxLength(self, n: int) -> None:
        self.line.setMaxLength(n)
