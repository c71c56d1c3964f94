"""A goods-table editor: a spreadsheet-like view over a list of sub-models with its line buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.tables import ModelListTable


class TableEditor(QWidget):
    """A table of sub-models with add / duplicate / delete / move buttons and Excel paste (Ctrl+V)."""

    def __init__(self, table: ModelListTable, parent: QWidget | None = None, buttons: bool = True) -> None:
        super().__init__(parent)
        from desktop.ui.sheet import SheetView

        self.table = table
        self.view = SheetView(self)
        self.view.setModel(table)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.add_button = QPushButton(self)
        self.dup_button = QPushButton(self)
        self.del_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.paste_button = QPushButton(self)
        self.lookup_button = QPushButton(self)
        self.lookup_button.setVisible(False)
        row = QHBoxLayout()
        for b in (
            self.add_button,
            self.dup_button,
            self.del_button,
            self.up_button,
            self.down_button,
            self.paste_button,
        ):
            row.addWidget(b)
            b.setVisible(buttons)
        row.addWidget(self.lookup_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.add_button.clicked.connect(self.add)
        self.dup_button.clicked.connect(self.duplicate)
        self.del_button.clicked.connect(self.delete)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.paste_button.clicked.connect(self.paste)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.view)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste)
        self.retranslate()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Wide enough for each header and the first rows, within reason."""
        header = self.view.horizontalHeader()
        limit = self.fontMetrics().averageCharWidth() * 36
        for col in range(self.table.columnCount()):
            self.view.resizeColumnToContents(col)
            wanted = max(self.view.columnWidth(col), header.sectionSizeHint(col))
            self.view.setColumnWidth(col, min(wanted, limit))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.table.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.table.columnCount() - 1, 0))
            self.fit_columns()  # headers are longer or shorter in the new language
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add line"))
        self.dup_button.setText(self.tr("Duplicate"))
        self.del_button.setText(self.tr("Delete"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.paste_button.setText(self.tr("Paste from Excel"))
        self.lookup_button.setText(self.tr("HS lookup…"))
        self.view.setAccessibleName(self.tr("Lines"))

    def set_read_only(self, flag: bool) -> None:
        self.table.read_only = flag
        for b in (
            self.add_button,
            self.dup_button,
            self.del_button,
            self.up_button,
            self.down_button,
            self.paste_button,
        ):
            b.setEnabled(not flag)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int) -> None:
        index = self.table.index(row, max(self.view.currentIndex().column(), 0))
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def add(self) -> None:
        """A new line, with the cursor in its first cell ready for typing."""
        row = self.table.add_row()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.selectionModel().setCurrentIndex(
            self.table.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def duplicate(self) -> None:
        row = self.current_row()
        if row >= 0:
            self._select(self.table.duplicate_row(row))

    def delete(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()} or {self.current_row()})
        rows = [r for r in rows if r >= 0]
        if rows:
            self.table.delete_rows(rows)

    def move_row(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0:
            self._select(self.table.move_row(row, delta))

    def paste(self) -> None:
        index = self.view.currentIndex()
        text = QApplication.clipboard().text()
        self.table.paste_text(text, index.row() if index.isValid() else -1, index.column() if index.isValid() else 0)

    def focus_path(self, path: str) -> bool:
        index = self.table.index_of_path(path)
        if index is None:
            return False
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True
