"""The notices of a session kept where the user can read them whole: status changes, documents not attached and
errors. The status bar shows each for a few seconds and cuts a long one at the window's edge; the button at its
right end says how many came since the user last looked and opens them all, newest first, wrapped. A notice that
repeats the newest one (a server down answers every retry the same way) is folded into it: its time moves on and
it says how many times it came, so one failure does not push the others out of sight."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

#: Notices a session keeps (the oldest go first).
KEPT = 200


@dataclass(frozen=True)
class Notice:
    at: datetime
    title: str
    text: str
    times: int = 1

    def same(self, title: str, text: str) -> bool:
        return self.title == title and self.text == text


class NoticesButton(QToolButton):
    """A flat status-bar button: hidden until the first notice, then "Notices: N new" until they are read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setObjectName("notices")
        self.notices: list[Notice] = []
        self.unread = 0
        self.dialog: NoticesDialog | None = None
        self.clicked.connect(self.show_notices)
        self.setVisible(False)
        self.retranslate()

    def add(self, title: str, text: str) -> None:
        now = datetime.now()
        last = self.notices[-1] if self.notices else None
        folded = last is not None and last.same(title, text)
        if last is not None and folded:
            self.notices = [*self.notices[:-1], Notice(now, title, text, last.times + 1)]
        else:
            self.notices = [*self.notices, Notice(now, title, text)][-KEPT:]
        if self.dialog is not None and self.dialog.isVisible():  # read as it comes
            self.dialog.fill(self.notices)
        elif not folded or not self.unread:  # a repeat of an unread notice is not a new one
            self.unread = min(self.unread + 1, len(self.notices))
        self.setVisible(True)
        self.retranslate()

    def show_notices(self) -> None:
        if self.dialog is None:
            self.dialog = NoticesDialog(self.window())
        self.dialog.fill(self.notices)
        self.unread = 0
        self.retranslate()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def retranslate(self) -> None:
        if self.unread:
            text = QCoreApplication.translate("Notices", "%n new notice(s)", "", self.unread)
        else:
            text = QCoreApplication.translate("Notices", "Notices")
        self.setText(text)
        self.setToolTip(QCoreApplication.translate("Notices", "Read the notices of this session in full"))
        if self.dialog is not None:
            self.dialog.retranslate()


class NoticesDialog(QDialog):
    """Every notice of the session, newest first, each with its time and title, wrapped to the dialog's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.empty = QLabel(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def fill(self, notices: list[Notice]) -> None:
        self.list.clear()
        for notice in reversed(notices):
            title = notice.title
            if notice.times > 1:
                title = QCoreApplication.translate("Notices", "%1 (%n times)", "", notice.times).replace("%1", title)
            item = QListWidgetItem(f"{notice.at:%H:%M:%S}  {title}\n{notice.text}")
            item.setToolTip(notice.text)
            self.list.addItem(item)
        self.empty.setVisible(not notices)
        if notices:
            self.list.setCurrentRow(0)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Notices", "Notices of this session"))
        self.empty.setText(QCoreApplication.translate("Notices", "Nothing to report yet."))
