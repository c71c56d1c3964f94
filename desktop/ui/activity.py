"""The activity page: the company's audit log, each record named as its users know it and opened from the log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.ui import lang

Index = QModelIndex | QPersistentModelIndex
OPENABLE = ("shipment", "declaration", "booking")


AUDIT_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Audit", "Created"),
    "add": QT_TRANSLATE_NOOP("Audit", "Added in master data"),
    "update": QT_TRANSLATE_NOOP("Audit", "Updated"),
    "save": QT_TRANSLATE_NOOP("Audit", "Saved"),
    "delete": QT_TRANSLATE_NOOP("Audit", "Deleted"),
    "import": QT_TRANSLATE_NOOP("Audit", "Imported"),
    "export": QT_TRANSLATE_NOOP("Audit", "Exported"),
    "submit": QT_TRANSLATE_NOOP("Audit", "Submitted"),
    "amend": QT_TRANSLATE_NOOP("Audit", "Amendment sent"),
    "withdraw": QT_TRANSLATE_NOOP("Audit", "Withdrawal sent"),
    "cancel": QT_TRANSLATE_NOOP("Audit", "Cancellation sent"),
    "attach": QT_TRANSLATE_NOOP("Audit", "Documents attached"),
    "restore": QT_TRANSLATE_NOOP("Audit", "Restored"),
    "backup": QT_TRANSLATE_NOOP("Audit", "Backed up"),
    "login": QT_TRANSLATE_NOOP("Audit", "Logged in"),
    "platform_refused": QT_TRANSLATE_NOOP("Audit", "Refused by the platform"),
    "platform_failed": QT_TRANSLATE_NOOP("Audit", "Failed at the platform"),
    "keep_mine": QT_TRANSLATE_NOOP("Audit", "Saved over another user's change"),
    "sign_in": QT_TRANSLATE_NOOP("Audit", "Signed in on this workspace"),
    "set_role": QT_TRANSLATE_NOOP("Audit", "Role changed"),
}
AUDIT_KINDS = {
    "shipment": QT_TRANSLATE_NOOP("Audit", "Shipment"),
    "declaration": QT_TRANSLATE_NOOP("Audit", "Declaration"),
    "booking": QT_TRANSLATE_NOOP("Audit", "Booking"),
    "company": QT_TRANSLATE_NOOP("Audit", "Company"),
    "party": QT_TRANSLATE_NOOP("Audit", "Party"),
    "product": QT_TRANSLATE_NOOP("Audit", "Product"),
}


def audit_text(column: str, value: str) -> str:
    """An audit entry's action or record kind in the UI language (stored as codes)."""
    if column == "action":
        if value in AUDIT_ACTIONS:
            return QCoreApplication.translate("Audit", str(AUDIT_ACTIONS[value]))
        if value.startswith("platform_"):  # a receipt: the status it brought
            return QCoreApplication.translate("Audit", "Platform: {status}").format(
                status=lang.status_text(value.removeprefix("platform_"))
            )
    if column == "subject_kind" and value in AUDIT_KINDS:
        return QCoreApplication.translate("Audit", str(AUDIT_KINDS[value]))
    return value


class AuditModel(QAbstractTableModel):
    """The audit log, newest first; the record column names each record as its users do."""

    HEADERS = ("at", "actor", "user_name", "seat", "action", "subject_kind", "subject_id")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[Any] = []
        self.names: dict[tuple[str, str], Any] = {}

    def set_entries(self, entries: list[Any], names: dict[tuple[str, str], Any] | None = None) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.names = dict(names or {})
        self.endResetModel()

    def record_text(self, entry: Any) -> str:
        """``TF-SIN-2612-07 · Bangkok Tile Co.``: the filing's number or the shipment's reference, and the
        consignee; a party's or a product's name; never the internal id."""
        name = self.names.get((entry.subject_kind, entry.subject_id))
        if name is None:
            return ""
        if name.gone:
            return self.tr("(deleted)")
        parts = []
        if name.number:
            parts.append(name.number)
        if name.reference and name.reference != name.number:
            parts.append(
                name.reference if not parts else self.tr("shipment {reference}").format(reference=name.reference)
            )
        if name.counterpart:
            parts.append(name.counterpart)
        if not parts and entry.subject_kind in OPENABLE:
            parts.append(self.tr("(not yet numbered)"))
        return " · ".join(parts)

    def entry(self, row: int) -> Any:
        return self.entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                self.tr("Time"),
                self.tr("Who"),
                self.tr("User"),
                self.tr("Seat"),
                self.tr("Action"),
                self.tr("Kind"),
                self.tr("Record"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            column = self.HEADERS[index.column()]
            value = getattr(self.entries[index.row()], column, "")
            if column == "at":
                return lang.format_datetime(value)
            if column == "subject_id":
                return self.record_text(self.entries[index.row()])
            if column == "seat":
                from desktop.ui.queueview import seat_text

                return seat_text(str(value))
            return audit_text(column, str(value))
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and self.HEADERS[index.column()] == "seat":
            return getattr(self.entries[index.row()], "seat", "") or None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and self.HEADERS[index.column()] == "subject_id":
            entry = self.entries[index.row()]
            if entry.subject_kind in OPENABLE:
                return self.tr("Double-click or Enter opens the record")
        return None


class ActivityPage(QWidget):
    """The audit log of the company; double-click or Enter on a shipment, declaration or booking opens it."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        from desktop.ui.master_page import _table

        super().__init__(parent)
        self.ctx = ctx
        self.company_id = ""
        self.title = QLabel(self)
        self.clock_note = QLabel(self)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.audit = AuditModel(self)
        self.view = _table(self.audit, self)
        self.view.setSelectionBehavior(self.view.SelectionBehavior.SelectRows)
        self.view.doubleClicked.connect(self._on_view_activated)
        self.view.installEventFilter(self)  # Enter opens the current row's record
        from desktop.ui.queueview import QueuePanel

        self.tabs = QTabWidget(self)
        log_page = QWidget(self.tabs)
        log_layout = QVBoxLayout(log_page)
        log_layout.addWidget(self.title)
        log_layout.addWidget(self.clock_note)
        log_layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        log_layout.addWidget(self.view, 1)
        self.queue = QueuePanel(ctx, self.tabs)
        self.tabs.addTab(log_page, "")
        self.tabs.addTab(self.queue, "")
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._on_view_activated(self.view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit log: every save, submission and receipt of this company"))
        self.clock_note.setText(
            self.tr("Times: this computer's clock (receipt times in a filing follow the platform's clock)")
        )
        self.refresh_button.setText(self.tr("Refresh"))
        self.view.setAccessibleName(self.tr("Audit log"))
        self.tabs.setTabText(0, self.tr("Audit log"))
        self.tabs.setTabText(1, self.tr("Outbox queue"))

    def set_company(self, company_id: str) -> None:
        self.company_id = company_id
        self.refresh()

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.queue:
            self.queue.refresh()

    def refresh(self) -> None:
        """The log of the company and, when shown, the queue (which spans every company)."""
        backend = self.ctx.backend
        if self.tabs.currentWidget() is self.queue:
            self.queue.refresh()
        if backend is None or not self.company_id:
            return
        self.ctx.runner.run(  # latest: the log of a company switched away from, finishing last, is not shown
            backend.audit_named,
            self.company_id,
            on_done=lambda r: self.audit.set_entries(*r),
            owner=self,
            latest="audit",
        )

    def open_row(self, row: int) -> bool:
        """Open the record of the log's ``row`` in its editor (shipments, declarations, bookings)."""
        if not 0 <= row < self.audit.rowCount():
            return False
        entry = self.audit.entry(row)
        name = self.audit.names.get((entry.subject_kind, entry.subject_id))
        if entry.subject_kind not in OPENABLE or name is None or name.gone:
            return False
        self.ctx.window.open_document(entry.subject_kind, entry.subject_id)
        return True

    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_row(index.row())
