"""Table models of the trainer panel: the class (one row per trainee) and the class's latest filings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.ui import lang

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


def scenario_text(name: str) -> str:
    names = {
        "happy": QCoreApplication.translate("TrainerPanel", "Everything goes through"),
        "rejection": QCoreApplication.translate("TrainerPanel", "Declarations rejected"),
        "inspection": QCoreApplication.translate("TrainerPanel", "Customs inspection"),
        "slow": QCoreApplication.translate("TrainerPanel", "Slow platform"),
        "flaky-503": QCoreApplication.translate("TrainerPanel", "Platform unavailable at times (503)"),
        "throttle-429": QCoreApplication.translate("TrainerPanel", "Too many requests (429)"),
        "short-token": QCoreApplication.translate("TrainerPanel", "Session expires quickly"),
        "declined": QCoreApplication.translate("TrainerPanel", "Bookings declined"),
    }
    return names.get(name, name)


def _when(value: Any) -> str:
    return lang.format_datetime(value) if value else ""


class _Rows(QAbstractTableModel):
    columns: tuple[tuple[Callable[[], str], Callable[[Any], Any]], ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(self.rows[index.row()])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.columns[index.column()][1](self.rows[index.row()])
        return "" if value is None else str(value)

    def tooltip(self, row: Any) -> str | None:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]()
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))


class TraineeModel(_Rows):
    columns = (
        (lambda: QCoreApplication.translate("TrainerPanel", "Trainee"), lambda t: t.username),
        (lambda: QCoreApplication.translate("TrainerPanel", "Scenario"), lambda t: scenario_text(t.scenario)),
        (lambda: QCoreApplication.translate("TrainerPanel", "Declarations"), lambda t: t.count("declaration")),
        (lambda: QCoreApplication.translate("TrainerPanel", "Bookings"), lambda t: t.count("booking")),
        (lambda: QCoreApplication.translate("TrainerPanel", "Rejected"), lambda t: t.count(status="rejected")),
        (lambda: QCoreApplication.translate("TrainerPanel", "Last activity"), lambda t: _when(t.last_activity)),
        (lambda: QCoreApplication.translate("TrainerPanel", "Name"), lambda t: t.display_name),
    )


def _kind(kind: str) -> str:
    if kind == "declaration":
        return QCoreApplication.translate("TrainerPanel", "Declaration")
    if kind == "booking":
        return QCoreApplication.translate("TrainerPanel", "Booking")
    return kind


def _last_receipt(f: Any) -> str:
    if not f.receipts:
        return ""
    last = f.receipts[-1]
    text = lang.status_text(last.status)
    return f"{text} ({len(f.receipts)})"


class ClassFilingModel(_Rows):
    columns = (
        (lambda: QCoreApplication.translate("TrainerPanel", "Trainee"), lambda f: f.trainee),
        (lambda: QCoreApplication.translate("TrainerPanel", "Kind"), lambda f: _kind(f.kind)),
        (lambda: QCoreApplication.translate("TrainerPanel", "Client seq. no."), lambda f: f.client_seq_no),
        (lambda: QCoreApplication.translate("TrainerPanel", "Status"), lambda f: lang.status_text(f.status)),
        (
            lambda: QCoreApplication.translate("TrainerPanel", "Customs no."),
            lambda f: f.customs_no or f.carrier_booking_reference,
        ),
        (lambda: QCoreApplication.translate("TrainerPanel", "Last receipt"), _last_receipt),
        (lambda: QCoreApplication.translate("TrainerPanel", "Updated"), lambda f: _when(f.updated_at)),
    )

    def tooltip(self, row: Any) -> str | None:
        """Every receipt of the filing, oldest first: status, time and how many field errors it names."""
        lines = []
        for receipt in row.receipts:
            line = f"{lang.status_text(receipt.status)} · {_when(receipt.at)}"
            if receipt.errors:
                line += " · " + QCoreApplication.translate(
                    "TrainerPanel", "{n} field error(s)", "", len(receipt.errors)).format(
                    n=len(receipt.errors))
            lines.append(line)
        return "\n".join(lines) or None
