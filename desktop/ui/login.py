"""The unified login dialog: account, password, a verification code when the platform asks, remember me.

The dialog never talks to the network itself: it emits ``submitted`` and the main window runs the login in a
worker, then calls :meth:`show_error` or :meth:`ask_code`. Re-login after a session expiry reuses it
(the forms behind it stay as they are).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

DEMO_ACCOUNTS = (("demo-exporter", "demo1234"), ("demo-forwarder", "demo1234"), ("trainer", "trainer1234"))


class LoginDialog(QDialog):
    submitted = Signal(str, str, str, bool)  # username, password, verification code, remember

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        sandbox: bool = False,
        username: str = "",
        remember: bool = True,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.sandbox = sandbox
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setVisible(bool(reason))
        self.reason_label.setText(reason)
        self.sandbox_label = QLabel(self)
        self.sandbox_label.setWordWrap(True)
        self.sandbox_label.setVisible(sandbox)
        self.demo = QComboBox(self)
        self.demo.setVisible(sandbox)
        self.demo.addItem("", "")
        for account, _password in DEMO_ACCOUNTS:
            self.demo.addItem(account, account)
        self.demo.activated.connect(self._on_demo_activated)
        self.username = QLineEdit(username, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit(self)
        self.code.setMaxLength(12)
        self.remember = QCheckBox(self)
        self.remember.setChecked(remember)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.error_label.setForegroundRole(self.error_label.foregroundRole())
        self.form = QFormLayout()
        self.demo_label = QLabel(self)
        self.user_label = QLabel(self)
        self.password_label = QLabel(self)
        self.code_label = QLabel(self)
        self.demo_label.setVisible(sandbox)
        self.form.addRow(self.demo_label, self.demo)
        self.form.addRow(self.user_label, self.username)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow(self.code_label, self.code)
        self.form.addRow("", self.remember)
        self.user_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.code_label.setBuddy(self.code)
        self.demo_label.setBuddy(self.demo)
        self._set_code_visible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.sandbox_label)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.demo, self.username)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.code)
        self.setTabOrder(self.code, self.remember)
        self.retranslate()
        (self.password if username else self.username).setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in to the single window"))
        self.sandbox_label.setText(
            self.tr("Sandbox: a local training platform runs inside the app. Pick a demo account to log in.")
        )
        self.demo_label.setText(self.tr("Demo account"))
        self.user_label.setText(self.tr("&Account"))
        self.password_label.setText(self.tr("&Password"))
        self.code_label.setText(self.tr("&Verification code"))
        self.remember.setText(self.tr("&Remember me on this computer"))
        self.username.setAccessibleName(self.tr("Account"))
        self.password.setAccessibleName(self.tr("Password"))
        self.code.setAccessibleName(self.tr("Verification code"))
        self.demo.setAccessibleName(self.tr("Demo account"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Log in"))

    def _set_code_visible(self, flag: bool) -> None:
        self.code_label.setVisible(flag)
        self.code.setVisible(flag)

    def _on_demo_activated(self, _index: int) -> None:
        account = self.demo.currentData()
        for name, password in DEMO_ACCOUNTS:
            if name == account:
                self.username.setText(name)
                self.password.setText(password)

    def _on_ok(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.show_error(self.tr("Enter your account and password."))
            return
        self.set_busy(True)
        self.submitted.emit(
            self.username.text().strip(),
            self.password.text(),
            self.code.text().strip(),
            self.remember.isChecked(),
        )

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if busy:
            self.error_label.setVisible(False)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def ask_code(self, hint: str = "") -> None:
        """The platform wants a verification code: show the field and focus it."""
        self.set_busy(False)
        self._set_code_visible(True)
        self.error_label.setText(hint or self.tr("Enter the verification code sent to you."))
        self.error_label.setVisible(True)
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)
