"""The table view that works like a spreadsheet, and the cell editor with code lookup.

Keys: Enter moves down (after committing an edit), Tab / Shift+Tab move across, typing over a cell replaces it,
F2 edits it in place, Delete clears the selection, Insert adds a line, Ctrl+C / Ctrl+V copy and paste
tab-separated rows, Ctrl+D fills down, Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) undo and redo. A cell of a code table
(unit, country, district ...) offers the codes by code or by name in any language as you type.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.ui import lang
from desktop.ui.codepick import SEPARATOR, code_entries
from desktop.ui.tables import ModelListTable

Index = QModelIndex | QPersistentModelIndex


class CodeCellDelegate(QStyledItemDelegate):
    """Line-edit cells; code-table cells get a completer over the table's codes and names. ``editor_hooks``
    see every new line edit with its index (the goods-name cells of a goods table offer commodity codes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor_hooks: list[Callable[[QLineEdit, Index], None]] = []

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            for hook in self.editor_hooks:
                hook(editor, index)
        model = index.model()
        table = self.code_table(model, index)
        if isinstance(editor, QLineEdit) and table:
            entries = code_entries(table, lang.current())
            if entries:
                items = [f"{code}{SEPARATOR}{name}" if name else code for code, name, _search in entries]
                completer = QCompleter(items, editor)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
                completer.setMaxVisibleItems(12)
                editor.setCompleter(completer)
                editor.setObjectName(f"code-cell-{table}")
        return editor

    @staticmethod
    def code_table(model: Any, index: Index) -> str:
        if not isinstance(model, ModelListTable):
            return ""
        spec = model.specs[model.names[index.column()]]
        return str(spec.code_table or "") if model.kinds[model.names[index.column()]] == "str" else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A code cell whose list of codes is open keeps editing: the list is a popup window, and its taking the
        focus for a moment (at once, or later on a busy machine) must not commit half a word and close the cell."""
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QLineEdit):
            completer = watched.completer()
            popup = completer.popup() if completer is not None else None
            popup_open = popup is not None and popup.isVisible()
            to_popup = isinstance(event, QFocusEvent) and event.reason() == Qt.FocusReason.PopupFocusReason
            if popup_open or to_popup:
                return False
        return super().eventFilter(watched, event)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Qt refreshes every open editor in a changed range (the check's marks repaint the whole table a moment
        after a line is added): a cell the user has typed into keeps the typed text until it is committed."""
        if isinstance(editor, QLineEdit) and editor.isModified():
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QLineEdit) and self.code_table(model, index):
            model.setData(index, editor.text().split(SEPARATOR, 1)[0].strip())  # "035  千克" → 035
            return
        super().setModelData(editor, model, index)


class SheetView(QTableView):
    """A QTableView over a :class:`ModelListTable` with spreadsheet keys (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CodeCellDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setTabKeyNavigation(True)
        for keys, slot in (
            (QKeySequence("Ctrl+Z"), self.undo),
            (QKeySequence("Ctrl+Y"), self.redo),
            (QKeySequence("Ctrl+Shift+Z"), self.redo),
            (QKeySequence("Ctrl+D"), self.fill_down),
            (QKeySequence.StandardKey.Copy, self.copy),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    def sheet(self) -> ModelListTable:
        model = self.model()
        assert isinstance(model, ModelListTable)
        return model

    def selected_cells(self) -> list[tuple[int, int]]:
        cells = [(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()]
        current = self.currentIndex()
        if not cells and current.isValid():
            cells = [(current.row(), current.column())]
        return sorted(cells)

    def move_to(self, row: int, column: int) -> None:
        model = self.sheet()
        row = max(0, min(row, model.rowCount() - 1))
        column = max(0, min(column, model.columnCount() - 1))
        self.setCurrentIndex(model.index(row, column))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
        ):
            event.ignore()  # Ctrl+Tab goes to the editor's tabs, not to the next cell
            return
        index = self.currentIndex()
        editing = self.state() == QAbstractItemView.State.EditingState
        if editing or not index.isValid():
            super().keyPressEvent(event)
            return
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            step = -1 if mods == Qt.KeyboardModifier.ShiftModifier else 1
            self.move_to(index.row() + step, index.column())
            return
        if key == Qt.Key.Key_F2:
            self.edit(index)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and mods == Qt.KeyboardModifier.NoModifier:
            if not self.sheet().read_only:
                self.sheet().clear_cells(self.selected_cells())
            return
        if key == Qt.Key.Key_Insert and mods == Qt.KeyboardModifier.NoModifier and not self.sheet().read_only:
            row = self.sheet().add_row()
            self.move_to(row, 0)
            return
        text = event.text()
        editable = bool(self.sheet().flags(index) & Qt.ItemFlag.ItemIsEditable)
        if text and text.isprintable() and plain and editable:
            self.type_over(index, text)
            return
        super().keyPressEvent(event)

    def type_over(self, index: QModelIndex, text: str) -> None:
        """Typing into a selected cell replaces its content, as in a spreadsheet."""
        self.edit(index)
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(index)  # the cell's editor, whether or not its window has the focus yet
        if isinstance(editor, QLineEdit):
            editor.setText(text)
            if editor.completer() is not None:
                editor.completer().setCompletionPrefix(text)
                editor.completer().complete()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: on to the next row
            index = self.currentIndex()
            if index.isValid() and index.row() + 1 < self.sheet().rowCount():
                self.move_to(index.row() + 1, index.column())

    def undo(self) -> None:
        self.sheet().undo()

    def redo(self) -> None:
        self.sheet().redo()

    def fill_down(self) -> None:
        if not self.sheet().read_only:
            self.sheet().fill_down(self.selected_cells())

    def copy(self) -> None:
        QApplication.clipboard().setText(self.sheet().copy_text(self.selected_cells()))
