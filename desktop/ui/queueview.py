"""The outbox queue on the activity page: the filings waiting to be sent, who queued each and which seat sends it.

A broker sees the filings they queued; a supervisor sees every broker's and can narrow the list to their own or
to one broker's (the same filter as ``corridor-desk status --mine/--everyone/--by``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui import lang

Index = QModelIndex | QPersistentModelIndex


def seat_text(seat: str) -> str:
    """``host/pid/random#n`` as ``host (pid)``: which computer and which program there."""
    host, _, rest = seat.partition("/")
    pid = rest.partition("/")[0]
    return f"{host} ({pid})" if host and pid else host


class QueueModel(QAbstractTableModel):
    """Queued outbox rows, oldest first."""

    COLUMNS = ("created_at", "kind", "record", "queued_by", "lease_owner", "attempts", "last_error")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.names: dict[tuple[str, str], Any] = {}

    def set_rows(self, rows: list[Any], names: dict[tuple[str, str], Any]) -> None:
        self.beginResetModel()
        self.rows, self.names = list(rows), dict(names)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                self.tr("Queued at"), self.tr("Kind"), self.tr("Record"), self.tr("Queued by"),
                self.tr("Sending seat"), self.tr("Attempts"), self.tr("Last problem"),
            )[section]
        return None

    def record_text(self, row: Any) -> str:
        name = self.names.get((row.kind, row.draft_id))
        parts = [p for p in (getattr(name, "number", ""), getattr(name, "reference", "")) if p]
        counterpart = getattr(name, "counterpart", "")
        return " · ".join(dict.fromkeys([*parts, *([counterpart] if counterpart else [])])) or row.draft_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column == "lease_owner":
            return row.lease_owner or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "created_at":
            return lang.format_datetime(row.created_at)
        if column == "kind":
            from desktop.ui.activity import audit_text

            return audit_text("subject_kind", row.kind)
        if column == "record":
            return self.record_text(row)
        if column == "queued_by":
            return row.queued_by or "-"
        if column == "lease_owner":
            return seat_text(row.lease_owner) if row.lease_owner else self.tr("(waiting)")
        if column == "attempts":
            return str(row.attempts)
        if column == "last_error":
            return lang.code_message(row.last_error, row.last_error_params) if row.last_error else ""
        return None


class QueuePanel(QWidget):
    """The queue with its filter (supervisors) and a refresh button."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        from desktop.ui.master_page import _table

        super().__init__(parent)
        self.ctx = ctx
        self.users: list[str] = []
        self._filled_as: bool | None = None  # the role the filter was filled for (its choices differ)
        self.summary = QLabel(self)
        self.filter_label = QLabel(self)
        self.filter = QComboBox(self)
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.activated.connect(lambda _i: self.refresh())
        self.filter_label.setBuddy(self.filter)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.model = QueueModel(self)
        self.view = _table(self.model, self)
        self.view.setSelectionBehavior(self.view.SelectionBehavior.SelectRows)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.retranslate()

    @property
    def supervisor(self) -> bool:
        user = getattr(self.ctx.backend, "user", None)
        return bool(user is not None and user.supervisor)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Queue of:"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.view.setAccessibleName(self.tr("Filings waiting to be sent"))
        self._fill_filter()
        self._say()

    def _fill_filter(self) -> None:
        """Mine, everyone's, then each other user (a supervisor); a broker has their own queue only."""
        chosen = self.filter.currentData() if self._filled_as == self.supervisor else None
        self._filled_as = self.supervisor
        self.filter.clear()
        if self.supervisor:
            self.filter.addItem(self.tr("Everyone"), "*")
        self.filter.addItem(self.tr("Mine"), "-")
        me = getattr(getattr(self.ctx.backend, "user", None), "name", "")
        if self.supervisor:
            for name in self.users:
                if name != me:
                    self.filter.addItem(name, name)
        index = self.filter.findData(chosen) if chosen is not None else -1
        self.filter.setCurrentIndex(max(index, 0))
        self.filter.setEnabled(self.filter.count() > 1)

    def choice(self) -> str:
        if self._filled_as != self.supervisor:
            return ""  # not filled for this user's role yet: the role's default
        data = self.filter.currentData()
        return str(data) if data is not None else ""

    def choose(self, value: str) -> None:
        """Show the queue of ``value`` ("-" mine, "*" everyone's, or a user's name) and reload."""
        index = self.filter.findData(value)
        if index >= 0:
            self.filter.setCurrentIndex(index)
        self.refresh()

    def _say(self) -> None:
        n = self.model.rowCount()
        of = self.choice()
        if of == "":
            of = "*" if self.supervisor else "-"
        if of == "*":
            text = self.tr("%n filing(s) waiting to be sent, queued by every user.", "", n)
        elif of in ("-", ""):
            text = self.tr("%n filing(s) you queued waiting to be sent.", "", n)
        else:
            text = self.tr("%n filing(s) queued by {user} waiting to be sent.", "", n).format(user=of)
        self.summary.setText(text)

    def refresh(self) -> None:
        backend = self.ctx.backend
        if backend is None or getattr(backend, "store", None) is None or backend.user is None:
            self.model.set_rows([], {})
            self._say()
            return
        if self._filled_as != self.supervisor:  # another user signed in on this seat: their role's choices
            self._fill_filter()
            self.model.set_rows([], {})
            self.view.setColumnHidden(QueueModel.COLUMNS.index("queued_by"), not self.supervisor)
        # latest: an earlier load (another choice, a refresh) finishing after this one is not shown
        self.ctx.runner.run(backend.queue, self.choice(), on_done=self._on_queue_loaded, owner=self, latest="queue")

    def _on_queue_loaded(self, result: tuple[list[Any], dict[tuple[str, str], Any], list[str]]) -> None:
        rows, names, users = result
        if users != self.users or self._filled_as != self.supervisor:
            self.users = users
            self._fill_filter()
        self.model.set_rows(rows, names)
        self.view.setColumnHidden(QueueModel.COLUMNS.index("queued_by"), not self.supervisor)
        self._say()
