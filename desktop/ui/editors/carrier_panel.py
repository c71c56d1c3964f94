"""What the carrier wants from the user, above a booking's tabs: the changes a carrier asks for (its feedback, each
pinned to the field to change when it says which), or, after a create whose answer was lost, a place to link the
reference the carrier gives. Hidden while the carrier wants nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import RailSeaBooking
from desktop.core.model.fields import field_specs
from desktop.ui import lang

ASKS = ("dcsa.pending_amendment", "dcsa.pending_update")
UNKNOWN = "dcsa.outcome_unknown"


class CarrierPanel(QFrame):
    """``field_chosen(path)`` when the user picks a feedback line; ``link_requested(reference)`` on Link."""

    field_chosen = Signal(str)
    link_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carrier-panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.mode = ""
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.feedback = QListWidget(self)
        self.feedback.setObjectName("carrier-feedback")
        self.feedback.setMaximumHeight(96)
        self.feedback.itemActivated.connect(self._on_feedback_activated)
        self.feedback.itemClicked.connect(self._on_feedback_activated)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("carrier-reference")
        self.reference.setMaxLength(100)
        self.reference.returnPressed.connect(self._on_link_clicked)
        self.link_button = QPushButton(self)
        self.link_button.setObjectName("carrier-link")
        self.link_button.clicked.connect(self._on_link_clicked)
        row = QHBoxLayout()
        row.addWidget(self.reference, 1)
        row.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.feedback)
        layout.addLayout(row)
        self._booking: RailSeaBooking | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.link_button.setText(self.tr("&Link"))
        self.reference.setPlaceholderText(self.tr("the carrier's booking reference or booking request reference"))
        if self._booking is not None:
            self.show_for(self._booking)

    def show_for(self, booking: RailSeaBooking) -> None:
        """Show what the carrier's latest answer on ``booking`` asks of the user (or hide)."""
        self._booking = booking
        last = booking.receipts[-1] if booking.receipts else None
        self.mode = ""
        if last is not None and last.message_code in ASKS:
            self.mode = "amend"
        elif last is not None and last.message_code == UNKNOWN:
            self.mode = "link"
        self.feedback.clear()
        if self.mode == "amend":
            self.title.setText(self.tr("The carrier asks for changes to this booking. Change what it says, save, "
                                       "then send the amendment to the carrier."))
            specs = field_specs(RailSeaBooking)
            for error in last.errors if last is not None else []:
                where = specs[error.field].label if error.field in specs else ""
                name = lang.field_label(where) if where else self.tr("Booking")
                item = QListWidgetItem(f"{name}: {error.params.get('message', '')}")
                item.setData(Qt.ItemDataRole.UserRole, error.field)
                self.feedback.addItem(item)
        elif self.mode == "link":
            self.title.setText(self.tr("The carrier may hold this booking already: its answer was lost. Ask the "
                                       "carrier. If it has the booking, link the reference it gives; if not, send "
                                       "the booking again."))
        self.feedback.setVisible(self.mode == "amend" and self.feedback.count() > 0)
        self.reference.setVisible(self.mode == "link")
        self.link_button.setVisible(self.mode == "link")
        self.setVisible(bool(self.mode))

    def _on_feedback_activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.field_chosen.emit(str(path))

    def _on_link_clicked(self) -> None:
        text = self.reference.text().strip()
        if text:
            self.link_requested.emit(text)

    def busy(self, busy: bool) -> None:
        self.link_button.setEnabled(not busy)
        self.reference.setEnabled(not busy)
