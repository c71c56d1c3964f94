"""Where the workspace lives (File > Workspace…): this computer's SQLite file, or a PostgreSQL server an office
shares (host, port, database, user; the password kept in the OS keyring; TLS verified by default, against the
system's trusted certificates or a CA file), with a connection test that opens the workspace as the app will.

The choice is kept in the settings (``workspace_url``, never the password); saving another workspace switches the
running app to it at once (:meth:`desktop.ui.window_session.WindowSession.switch_workspace`).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import lang
from desktop.ui.menus import FileMenuEntry

TLS_MODES = ("verify-full", "verify-ca", "require", "disable")


def parse_url(url: str) -> dict[str, Any]:
    """The form's fields from a saved ``postgresql://`` URL (empty fields for a new one)."""
    fields: dict[str, Any] = {"host": "", "port": 5432, "database": "corridor", "user": "", "tls": "verify-full",
                              "ca_file": ""}
    if not url:
        return fields
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    fields.update(host=parts.hostname or "", port=parts.port or 5432, database=unquote(parts.path.lstrip("/")),
                  user=unquote(parts.username or ""), tls=query.get("sslmode", "verify-full"))
    root = query.get("sslrootcert", "")
    fields["ca_file"] = "" if root == "system" else root
    return fields


class WorkspaceDialog(QDialog):
    """SQLite on this computer, or a PostgreSQL server: the server's fields, Test connection, Save."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace-dialog")
        self.ctx = ctx
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.local = QRadioButton(self)
        self.local.setObjectName("workspace-local")
        self.server = QRadioButton(self)
        self.server.setObjectName("workspace-server")
        self.host = QLineEdit(self)
        self.host.setObjectName("workspace-host")
        self.port = QSpinBox(self)
        self.port.setObjectName("workspace-port")
        self.port.setRange(1, 65535)
        self.database = QLineEdit(self)
        self.database.setObjectName("workspace-database")
        self.user = QLineEdit(self)
        self.user.setObjectName("workspace-user")
        self.password = QLineEdit(self)
        self.password.setObjectName("workspace-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox(self)
        self.tls.setObjectName("workspace-tls")
        for mode in TLS_MODES:
            self.tls.addItem("", mode)
        self.ca_file = QLineEdit(self)
        self.ca_file.setObjectName("workspace-ca-file")
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._on_browse_clicked)
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("workspace-test")
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("workspace-save")
        self.save_button.clicked.connect(self.save)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("workspace-result")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(7)]
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.browse)
        rows: tuple[QWidget | QHBoxLayout, ...] = (
            self.host, self.port, self.database, self.user, self.password, self.tls, ca_row,
        )
        for label, widget in zip(self.labels, rows, strict=True):
            form.addRow(label, widget)
        self.server_fields = QWidget(self)
        self.server_fields.setLayout(form)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.local)
        layout.addWidget(self.server)
        layout.addWidget(self.server_fields)
        layout.addLayout(actions)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.server.toggled.connect(self._on_server_toggled)
        self.load(ctx.settings.workspace_url)
        self.retranslate()
        self.resize(640, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Workspace"))
        self.intro.setText(self.tr(
            "Where this seat keeps its workspace. An office that files for the same companies can share one "
            "workspace on a PostgreSQL server; the password is kept in the system's secure store, never in the "
            "settings. Saving another workspace closes this one and opens the other at once; filings waiting to be "
            "sent stay in the outbox of their workspace and are sent when it is open again."))
        self.local.setText(self.tr("On this computer (a file in the data folder)"))
        self.server.setText(self.tr("On a PostgreSQL server shared by the office"))
        for label, text in zip(self.labels, (
            self.tr("Server"), self.tr("Port"), self.tr("Database"), self.tr("User name"), self.tr("Password"),
            self.tr("Secure connection"), self.tr("CA certificate file"),
        ), strict=True):
            label.setText(text)
        for index, text in enumerate((
            self.tr("Verify the certificate and the server name (recommended)"),
            self.tr("Verify the certificate only"),
            self.tr("Encrypt without verifying the certificate"),
            self.tr("No encryption (this computer or a trusted network only)"),
        )):
            self.tls.setItemText(index, text)
        self.host.setPlaceholderText(self.tr("e.g. db.office.local"))
        self.ca_file.setPlaceholderText(self.tr("Empty: the system's trusted certificates"))
        self.password.setPlaceholderText(self.tr("Leave empty to keep the stored password"))
        self.browse.setText(self.tr("&Browse…"))
        self.test_button.setText(self.tr("&Test connection"))
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    def load(self, url: str) -> None:
        fields = parse_url(url)
        self.host.setText(fields["host"])
        self.port.setValue(int(fields["port"]))
        self.database.setText(fields["database"])
        self.user.setText(fields["user"])
        self.tls.setCurrentIndex(max(0, self.tls.findData(fields["tls"])))
        self.ca_file.setText(fields["ca_file"])
        (self.server if url else self.local).setChecked(True)
        self._on_server_toggled(bool(url))

    def _on_server_toggled(self, on: bool) -> None:
        self.server_fields.setEnabled(on)
        self.test_button.setEnabled(on)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate file"), "",
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_file.setText(path)

    def edited_url(self) -> str:
        """The URL of the server as typed ('' for this computer); raises ValueError for missing fields."""
        from desktop.core.store.workspace import server_url

        if not self.server.isChecked():
            return ""
        if not self.host.text().strip() or not self.database.text().strip() or not self.user.text().strip():
            raise ValueError(self.tr("Enter the server, the database and the user name."))
        return server_url(self.host.text(), self.port.value(), self.database.text(), self.user.text().strip(),
                          tls=str(self.tls.currentData()), ca_file=self.ca_file.text().strip())

    def test_connection(self) -> None:
        """Open the workspace on the server as typed (in a worker); the answer is said under the form."""
        from desktop.core.store.workspace import check_connection

        try:
            url = self.edited_url()
        except ValueError as exc:
            self.outcome.setText(str(exc))
            return
        password = self.password.text() or None
        self.test_button.setEnabled(False)
        self.outcome.setText(self.tr("Testing the connection…"))

        def done(version: Any) -> None:
            self.test_button.setEnabled(True)
            self.outcome.setText(self.tr("Connected: the workspace on {server} is ready (database version {version}).")
                                 .format(server=self.host.text().strip(), version=version))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.outcome.setText(lang.error_text(exc))

        self.ctx.runner.run(check_connection, url, password, on_done=done, on_error=failed, owner=self)

    def save(self) -> bool:
        """Keep the choice in the settings and a typed password in the keyring."""
        from desktop.core.store.workspace import save_password

        try:
            url = self.edited_url()
        except ValueError as exc:
            self.outcome.setText(str(exc))
            return False
        if url and self.password.text():
            save_password(url, self.password.text())
        self.password.clear()
        window: Any = getattr(self.ctx, "window", None)
        if url != self.ctx.settings.workspace_url and hasattr(window, "switch_workspace"):
            if not window.switch_workspace(url):  # the user kept an editor open
                self.outcome.setText(self.tr("Not switched: the open editors stay open in this workspace."))
                return False
            self.accept()
            return True
        self.ctx.settings.workspace_url = url
        self.ctx.save_settings()
        self.outcome.setText(self.tr("Saved. Corridor Desk opens this workspace the next time it starts."))
        return True


class WorkspaceMenu(FileMenuEntry):
    """File > Workspace…"""

    object_name = "workspace"
    dialog: WorkspaceDialog | None

    def title(self) -> str:
        return self.tr("Wor&kspace…")

    def open_dialog(self) -> WorkspaceDialog:
        self.dialog = WorkspaceDialog(self.window.ctx, self.window)
        self.dialog.open()
        return self.dialog
