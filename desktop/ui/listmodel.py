"""A lazily loaded table model over the store: the row count comes first, rows arrive a page at a time.

The model asks a :class:`PagedSource` (an adapter over the store's paging and search) for the count and
for pages; only pages that are looked at are loaded, and a small cache keeps the recent ones. Loading runs
in the task runner when one is given (the GUI thread only paints placeholders), or directly when not.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Query:
    """What the list shows: one company, an optional status and full-text search, a sort."""

    company_id: str = ""
    text: str = ""
    status: str = ""
    sort: str = ""
    descending: bool = True


class PagedSource(Protocol):
    def count(self, query: Query) -> int: ...

    def page(self, query: Query, offset: int, limit: int) -> Sequence[dict[str, Any]]: ...


@dataclass(frozen=True)
class Column:
    """A column: the row key, a header (translated in ``context``) and how to show the value."""

    key: str
    title: Any  # a source string (a field label, or QT_TRANSLATE_NOOP in ``context``)
    context: str = "Field"
    align_right: bool = False
    sortable: bool = True
    width: int = 22  # in average characters
    fmt: Callable[[Any], str] | None = field(default=None, compare=False)


ROW_ROLE = Qt.ItemDataRole.UserRole + 10
ID_ROLE = Qt.ItemDataRole.UserRole + 11


class LazyTableModel(QAbstractTableModel):
    """Rows of one kind (shipments, declarations, bookings) for a query, loaded page by page."""

    loaded = Signal()  # the count (and first page) arrived
    failed = Signal(object)

    def __init__(
        self,
        source: PagedSource,
        columns: Sequence[Column],
        runner: TaskRunner | None = None,
        page_size: int = 200,
        cache_pages: int = 64,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.columns = list(columns)
        self.runner = runner
        self.page_size = page_size
        self.cache_pages = cache_pages
        self.query = Query()
        self._total = 0
        self._pages: OrderedDict[int, Sequence[dict[str, Any]]] = OrderedDict()
        self._loading: set[int] = set()
        self._generation = 0

    # --- query
    def set_query(self, query: Query) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        """Count again and reload from the first page (after a save, an event, a filter change)."""
        self._generation += 1
        generation = self._generation
        query = self.query

        def work() -> tuple[int, Sequence[dict[str, Any]]]:
            total = self.source.count(query)
            first = self.source.page(query, 0, self.page_size) if total else []
            return total, first

        def done(result: tuple[int, Sequence[dict[str, Any]]]) -> None:
            if generation != self._generation:
                return
            total, first = result
            self.beginResetModel()
            self._total = total
            self._pages.clear()
            self._loading.clear()
            if first:
                self._pages[0] = first
            self.endResetModel()
            self.loaded.emit()

        if self.runner is None:
            done(work())
        else:
            self.runner.run(work, on_done=done, on_error=self.failed.emit, owner=self)

    # --- Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            col = self.columns[section]
            return QCoreApplication.translate(col.context, col.title)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row(index.row())
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if row is None:
                return "…" if index.column() == 0 else ""
            value = row.get(col.key)
            if col.fmt is not None:
                return col.fmt(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return None if row is None else row.get("id")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        col = self.columns[column]
        if not col.sortable:
            return
        self.query = Query(
            self.query.company_id,
            self.query.text,
            self.query.status,
            col.key,
            order == Qt.SortOrder.DescendingOrder,
        )
        self.refresh()

    # --- rows
    def row(self, n: int) -> dict[str, Any] | None:
        """The row at ``n`` if its page is loaded; otherwise starts loading it and returns None."""
        page_no, offset = divmod(n, self.page_size)
        page = self._pages.get(page_no)
        if page is None:
            self._request(page_no)
            page = self._pages.get(page_no)
            if page is None:
                return None
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def row_id(self, n: int) -> str | None:
        row = self.row(n)
        return None if row is None else str(row.get("id", ""))

    def find_row(self, row_id: str) -> int:
        for page_no, page in self._pages.items():
            for k, row in enumerate(page):
                if row.get("id") == row_id:
                    return page_no * self.page_size + k
        return -1

    @property
    def loaded_pages(self) -> int:
        return len(self._pages)

    def _request(self, page_no: int) -> None:
        if page_no in self._loading:
            return
        self._loading.add(page_no)
        generation, query = self._generation, self.query

        def work() -> Sequence[dict[str, Any]]:
            return self.source.page(query, page_no * self.page_size, self.page_size)

        def done(rows: Sequence[dict[str, Any]], notify: bool = True) -> None:
            if generation != self._generation:
                return
            self._loading.discard(page_no)
            self._pages[page_no] = rows
            while len(self._pages) > self.cache_pages:
                self._pages.popitem(last=False)
            if not notify:  # loaded inline while a view asked for the data: it reads it right away
                return
            first = page_no * self.page_size
            last = min(first + len(rows), self._total) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

        if self.runner is None:
            done(work(), notify=False)
        else:
            self.runner.run(work, on_done=done, on_error=self.failed.emit, owner=self)
