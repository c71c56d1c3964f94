"""The dialog shown when another seat saved a record first: both versions field by field, keep mine or theirs.

It lists every field either side changed since the editor loaded the record (from
:func:`desktop.core.services.conflicts.compare`), the value when loaded, mine and theirs; fields both sides
changed come first and are marked. "Keep mine" saves the edit on top of their revision (the audit log says
so), "Take theirs" drops the edit and shows their version, "Cancel" keeps the edit in the editor unsaved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.core.services.conflicts import BOTH, MINE, THEIRS
from desktop.ui import lang

Index = QModelIndex | QPersistentModelIndex


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return lang.display(value)
    return str(value)


class ConflictModel(QAbstractTableModel):
    """Field, who changed it, the value when loaded, mine, theirs."""

    def __init__(self, conflict: Any, label: Callable[[str], str], parent: Any = None) -> None:
        super().__init__(parent)
        order = {BOTH: 0, MINE: 1, THEIRS: 2}
        self.rows = sorted(conflict.changes, key=lambda c: order[c.side])
        self.label = label

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                self.tr("Field"),
                self.tr("Changed by"),
                self.tr("When you opened it"),
                self.tr("Yours"),
                self.tr("Theirs"),
            )[section]
        return None

    def side_text(self, side: str) -> str:
        if side == BOTH:
            return self.tr("both of you")
        return self.tr("you") if side == MINE else self.tr("the other user")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return self.label(change.path)
            if column == 1:
                return self.side_text(change.side)
            return _shown((change.loaded, change.mine, change.theirs)[column - 2])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return change.path
        if role == Qt.ItemDataRole.BackgroundRole and change.side == BOTH:
            return QBrush(QColor(255, 235, 205))
        return None


class ConflictDialog(QDialog):
    CANCEL, KEEP_MINE, TAKE_THEIRS = 0, 1, 2

    def __init__(self, conflict: Any, label: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice = self.CANCEL
        self.setWindowTitle(self.tr("Saved meanwhile by another user"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        both = len(conflict.both_changed)
        if conflict.their_revision:
            text = self.tr(
                "{author} saved this record ({time}, revision {revision}) while you were editing it. "
                "Compare the two versions before you choose."
            ).format(
                author=conflict.their_author or "—",
                time=lang.format_datetime(conflict.their_at),
                revision=conflict.their_revision,
            )
        else:  # master data: no revisions, the version opened is the base
            text = self.tr(
                "{author} saved this record ({time}) while you were editing it. "
                "Compare the two versions before you choose."
            ).format(author=conflict.their_author or "—", time=lang.format_datetime(conflict.their_at))
        if both:
            sep = "" if lang.current().startswith("zh") else " "  # Chinese sentences follow without a space
            text += sep + self.tr(
                "You both changed {count} field(s), marked and listed first.", "", both).format(count=both)
        self.intro.setText(text)
        self.model = ConflictModel(conflict, label, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # arrows move between rows, Tab moves on
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):  # a little room past the widest text
            self.view.setColumnWidth(column, self.view.columnWidth(column) + 12)
        self.view.setAccessibleName(self.tr("Differences"))
        self.keep_button = QPushButton(self.tr("&Keep mine"), self)
        self.keep_button.setToolTip(self.tr("Save your version on top of theirs (the audit log records it)"))
        self.theirs_button = QPushButton(self.tr("&Take theirs"), self)
        self.theirs_button.setToolTip(self.tr("Drop your changes and show their version"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Keep editing; nothing is saved yet"))
        self.keep_button.clicked.connect(lambda: self._choose(self.KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(self.TAKE_THEIRS))
        self.cancel_button.clicked.connect(lambda: self._choose(self.CANCEL))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.keep_button, self.theirs_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.cancel_button.setDefault(True)
        # wide enough for every column up to the window's width (long names in both versions)
        want = sum(self.view.columnWidth(c) for c in range(self.model.columnCount())) + 60
        room = parent.window().width() - 40 if parent is not None else 1200
        self.resize(max(820, min(want, room)), 420)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept() if choice != self.CANCEL else self.reject()

    def exec_choice(self) -> int:
        self.exec()
        return self.choice
