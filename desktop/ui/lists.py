"""List pages: shipments, declarations and bookings of one company with status filter, sort and search."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import lang
from desktop.ui.listmodel import ID_ROLE, Column, LazyTableModel, PagedSource, Query
from desktop.ui.tasks import TaskRunner


def _when(value: object) -> str:
    return lang.format_datetime(value)  # the language's date format (stored: ISO)


UPDATED = Column("updated_at", QT_TRANSLATE_NOOP("Lists", "Updated"), context="Lists", fmt=_when)
COLUMNS: dict[str, list[Column]] = {
    "shipment": [
        Column("reference", "Shipment reference"),
        Column("contract_no", "Contract number"),
        Column("consignee", "Consignee"),
        Column("destination", "Country of arrival"),
        Column("port_of_discharge", "Port of discharge"),
        UPDATED,
    ],
    "declaration": [
        Column("contract_no", "Contract number"),
        Column("part", "Part", align_right=True, width=6),
        Column("status", "Status", fmt=lambda v: status_text(str(v or "")), width=14),
        Column("customs_no", "Customs declaration number", width=24),
        Column("consignee", "Overseas consignee"),
        Column("total", "Total value", align_right=True, width=14, fmt=lang.format_number),
        Column("currency", "Currency", width=8),
        UPDATED,
    ],
    "booking": [
        Column("shipment", "Shipment reference", sortable=False),
        Column("consignee", "Consignee", sortable=False),
        Column("status", "Status", fmt=lambda v: status_text(str(v or "")), width=14),
        Column("booking_reference", "Booking number"),
        Column("requested_departure", "Requested departure", fmt=lang.format_date),
        UPDATED,
    ],
}


def status_text(status: str) -> str:
    """The translated name of a filing status (the names are defined once, in desktop.core.choices)."""
    return lang.status_text(status)


STATUSES = {
    "declaration": [
        "draft",
        "queued",
        "received",
        "accepted",
        "inspection",
        "released",
        "rejected",
        "withdrawn",
        "failed",
    ],
    "booking": ["draft", "queued", "requested", "confirmed", "declined", "cancelled", "failed"],
}


class ListPage(QWidget):
    """A searchable, sortable, lazily loaded list of one kind of document."""

    open_requested = Signal(str, str)  # kind, id
    new_requested = Signal(str)  # kind

    def __init__(
        self,
        kind: str,
        source: PagedSource | None,
        runner: TaskRunner | None,
        parent: QWidget | None = None,
        page_size: int = 200,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.addItem("", "")
        for s in STATUSES.get(kind, []):
            self.status.addItem(s, s)  # named when a source is set: the names load the models, after first paint
        self.status.setVisible(False)
        self.new_button = QPushButton(self)
        self.new_button.setVisible(kind == "shipment")
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.kind))
        self.view = QTableView(self)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # bulk work on many
        self.view.setSortingEnabled(False)
        self.view.setTabKeyNavigation(False)  # arrows move between rows, Tab moves on
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionsClickable(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_changed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.activated.connect(self._on_view_double_clicked)
        self.model: LazyTableModel | None = None
        self._reselect: list[str] = []
        self.company_id = ""
        if source is not None:
            self.set_source(source, runner, page_size)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_query)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self._apply_query())
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        self.retranslate()

    def set_source(self, source: PagedSource, runner: TaskRunner | None, page_size: int = 200) -> None:
        self.status.setVisible(self.kind in STATUSES)
        self._name_statuses()
        self.model = LazyTableModel(source, COLUMNS[self.kind], runner, page_size=page_size, parent=self)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.query = Query(self.company_id, sort="updated_at", descending=True)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(len(self.model.columns) - 1, Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        self.fit_columns()

    def _name_statuses(self) -> None:
        for i in range(1, self.status.count()):
            self.status.setItemText(i, status_text(str(self.status.itemData(i))))

    def fit_columns(self) -> None:
        """Each column as wide as its usual contents and its header in the current language."""
        if self.model is None:
            return
        header = self.view.horizontalHeader()
        width = self.fontMetrics().averageCharWidth()
        for n, col in enumerate(self.model.columns[:-1]):
            self.view.setColumnWidth(n, max(width * col.width, header.sectionSizeHint(n)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F): reference, contract, consignee, goods…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.setItemText(0, self.tr("All statuses"))
        if self.status.isVisibleTo(self):
            self._name_statuses()
        self.new_button.setText(self.tr("&New shipment"))
        self.view.setAccessibleName(self.tr("List"))
        if self.model is not None:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
            self.fit_columns()
            if self.model.rowCount():  # statuses, numbers and dates in the new language
                last = self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1)
                self.model.dataChanged.emit(self.model.index(0, 0), last)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_company(self, company_id: str) -> None:
        self.company_id = company_id
        self._apply_query()

    def refresh(self) -> None:
        if self.model is not None:
            self.model.refresh()

    def _on_model_about_to_be_reset(self) -> None:
        """A reload is landing: the rows selected now are selected again once it is in (bulk work on them)."""
        self._reselect = self.selected_ids()

    def _on_model_loaded(self) -> None:
        if self._reselect:
            ids, self._reselect = self._reselect, []
            self.select_ids(ids)

    def _apply_query(self) -> None:
        if self.model is None:
            return
        q = self.model.query
        self.model.set_query(
            Query(
                self.company_id,
                self.search.text().strip(),
                str(self.status.currentData() or ""),
                q.sort,
                q.descending,
            )
        )

    def _on_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self.model is not None:
            self.model.sort(column, order)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if self.model is None:
            return
        row_id = self.model.data(self.model.index(index.row(), 0), ID_ROLE)
        if row_id:
            self.open_requested.emit(self.kind, str(row_id))

    def row_count(self) -> int:
        return 0 if self.model is None else self.model.rowCount()

    def row_value(self, row: int, key: str) -> Any:
        if self.model is None:
            return None
        data = self.model.row(row)
        return None if data is None else data.get(key)

    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, top to bottom (rows not loaded yet are left out)."""
        if self.model is None or self.view.selectionModel() is None:
            return []
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.data(self.model.index(r, 0), ID_ROLE) for r in rows]
        return [str(i) for i in ids if i]

    def row_label(self, row_id: str) -> str:
        """What the list shows first for ``row_id`` (a reference or contract number), else the id."""
        if self.model is not None:
            for r in range(self.model.rowCount()):
                data = self.model.row(r)
                if data is not None and data.get("id") == row_id:
                    first = data.get(self.model.columns[0].key)
                    return f"{first} ({row_id})" if first and first != row_id else row_id
        return row_id

    def select_ids(self, ids: Sequence[str]) -> None:
        """Select the loaded rows with these ids (after a reload, so a bulk run keeps its selection)."""
        if self.model is None or self.view.selectionModel() is None:
            return
        wanted, selection = set(ids), QItemSelection()
        for r in range(self.model.rowCount()):
            data = self.model.row(r)
            if data is not None and data.get("id") in wanted:
                selection.select(self.model.index(r, 0), self.model.index(r, len(self.model.columns) - 1))
        self.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
