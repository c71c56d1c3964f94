"""The spreadsheet import preview: which column fills which field, every cell error, then import or skip.

The file is read and checked in a worker (:func:`desktop.core.services.sheets.preview`); the dialog shows the
header mapping of each sheet and one row per cell error (sheet, cell, field, message). "Import" is enabled only
when the preview is clean; "Import without the bad rows" leaves them out. Saving runs in a worker too; the
dialog reports the new shipment through ``imported`` and closes. Nothing is saved before that.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import lang

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of text rows under translated headers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.marks: list[bool] = []

    def set_rows(self, headers: list[str], rows: list[list[str]], marks: list[bool] | None = None) -> None:
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.marks = marks or [False] * len(rows)
        self.endResetModel()

    def set_row(self, row: int, values: list[str], mark: bool) -> None:
        self.rows[row], self.marks[row] = values, mark
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and self.marks[index.row()]:
            from PySide6.QtGui import QColor

            return QColor("#b3261e")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if section < len(self.headers) else None
        return None


PAD = 12  # pixels added to a column sized to its contents


def _table(model: QAbstractTableModel, parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # arrows move between rows, Tab moves on
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class SheetImportDialog(QDialog):
    """Preview and import one spreadsheet into a shipment of the current company."""

    imported = Signal(str)  # the saved shipment's id

    def __init__(self, window: Any, path: Path, *, company_id: str = "", shipment_id: str = "",
                 append: bool = False) -> None:
        super().__init__(window)
        self.setObjectName("sheet-import")
        self.window_ = window
        self.path = Path(path)
        self.company_id, self.shipment_id, self.append = company_id, shipment_id, append
        self.preview: Any = None
        self.error_text = ""
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("import-summary")
        self.mapping_label = QLabel(self)
        self.errors_label = QLabel(self)
        self.mapping = RowsModel(self)
        self.errors = RowsModel(self)
        self.mapping_view = _table(self.mapping, self, "import-mapping")
        self.errors_view = _table(self.errors, self, "import-errors")
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.mapping_label)
        top_layout.addWidget(self.mapping_view)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.errors_label)
        bottom_layout.addWidget(self.errors_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import-all")
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("import-skip-bad")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("import-cancel")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(lambda: self._save(skip_bad=False))
        self.skip_button.clicked.connect(lambda: self._save(skip_bad=True))
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.import_button.setEnabled(False)
        self.skip_button.setEnabled(False)
        self.retranslate()
        self.resize(980, 640)

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import goods from {file}").format(file=self.path.name))
        self.mapping_label.setText(self.tr("Columns found"))
        self.errors_label.setText(self.tr("Errors by cell"))
        self.import_button.setText(self.tr("&Import"))
        self.skip_button.setText(self.tr("Import &without the rows with errors"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.preview is not None:
            self._show(self.preview)
        elif self.error_text:
            self.summary.setText(self.error_text)
        else:
            self.summary.setText(self.tr("Reading {file}…").format(file=self.path.name))

    # ------------------------------------------------------------------ work
    def start(self) -> None:
        """Read and check the file in a worker; the preview or the refusal shows when it is done."""
        from desktop.core.services import sheets

        self.window_.ctx.runner.run(sheets.preview, self.path, on_done=self._show, on_error=self._failed,
                                    owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.error_text = lang.error_text(exc)
        self.summary.setText(self.error_text)
        self.import_button.setEnabled(False)
        self.skip_button.setEnabled(False)

    def _show(self, preview: Any) -> None:
        from desktop.core.model.fields import field_specs
        from desktop.core.model.shipment import GoodsLine, Shipment

        self.preview = preview
        goods, shipment = field_specs(GoodsLine), field_specs(Shipment)

        def label(name: str | None) -> str:
            if name is None:
                return self.tr("(not imported)")
            if name.startswith("#"):
                return self.tr("(item number)")
            spec = goods.get(name) or shipment.get(name.split(".")[0])
            return lang.field_label(spec.label) if spec else name

        rows: list[list[str]] = []
        for mapping in preview.sheets:
            if mapping.header_row is None:
                continue
            for column in mapping.columns:
                rows.append([mapping.sheet, f"{column.letter}{mapping.header_row}", column.header,
                             label(column.field)])
        for name, cell in preview.field_cells.items():
            rows.append([cell.split("!")[0], cell.split("!")[-1], "", f"{label(name)} = {preview.fields[name]}"])
        self.mapping.set_rows([self.tr("Sheet"), self.tr("Cell"), self.tr("Header"), self.tr("Field")], rows,
                              [r[3] == self.tr("(not imported)") for r in rows])
        errors = [[e.sheet, e.cell, label(e.field), e.message(lang.current())] for e in preview.errors]
        self.errors.set_rows([self.tr("Sheet"), self.tr("Cell"), self.tr("Field"), self.tr("Problem")], errors,
                             [True] * len(errors))
        for view in (self.mapping_view, self.errors_view):
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount() - 1):  # room for a CJK header text's fallback font
                view.setColumnWidth(column, view.columnWidth(column) + PAD)
        good = len(preview.rows) - len(preview.bad_rows)
        if preview.clean:
            text = self.tr("%n goods line(s) ready to import.", "", len(preview.rows))
        else:
            text = self.tr("{bad} of {rows} goods lines have errors. Fix them in the file and open it again, "
                           "or import the {good} good line(s) without them.", "", good).format(
                bad=len(preview.bad_rows), rows=len(preview.rows), good=good)
        self.summary.setText(text)
        self.import_button.setEnabled(preview.clean)
        self.skip_button.setEnabled(not preview.clean and good > 0 and not preview.field_errors)
        (self.import_button if preview.clean else self.skip_button).setDefault(True)

    def _save(self, skip_bad: bool) -> None:
        from desktop.core.services import sheets

        backend = self.window_.ctx.backend
        self.import_button.setEnabled(False)
        self.skip_button.setEnabled(False)
        self.window_.ctx.runner.run(
            sheets.import_sheet, backend.store, self.path, author=backend.username or "import",
            shipment_id=self.shipment_id or None, company_id=self.company_id or None, skip_bad=skip_bad,
            append=self.append, on_done=self._saved, on_error=self._failed, owner=self,
        )

    def _saved(self, result: Any) -> None:
        self.imported.emit(result.shipment.id)
        self.accept()
