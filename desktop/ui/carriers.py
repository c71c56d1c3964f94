"""The carriers of the workspace (File > Carriers…): add, edit and remove a DCSA carrier (name, SMDG / SCAC code,
base URL, default contract), its API key kept in the OS keyring, and a connection test over verified TLS.

Bookings go to a carrier from the booking editor's Send to carrier; this dialog only keeps the carriers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import lang
from desktop.ui.menus import FileMenuEntry

CODE_LISTS = ("SMDG", "NMFTA")


class CarriersDialog(QDialog):
    """The list of carriers on the left, the chosen (or new) carrier's settings on the right."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carriers-dialog")
        self.ctx = ctx
        self.backend = ctx.backend
        self.current = ""  # the name of the carrier being edited ('' for a new one)
        self.confirm: QMessageBox | None = None
        self.carrier_list = QListWidget(self)
        self.carrier_list.setObjectName("carrier-list")
        self.carrier_list.currentItemChanged.connect(self._on_list_current_changed)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("carrier-add")
        self.add_button.clicked.connect(self.new_carrier)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("carrier-remove")
        self.remove_button.clicked.connect(self.ask_remove)
        self.name = QLineEdit(self)
        self.name.setObjectName("carrier-name")
        self.name.setMaxLength(32)
        self.code = QLineEdit(self)
        self.code.setObjectName("carrier-code")
        self.code.setMaxLength(4)
        self.code_list = QComboBox(self)
        self.code_list.addItems(CODE_LISTS)
        self.base_url = QLineEdit(self)
        self.base_url.setObjectName("carrier-url")
        self.contract = QLineEdit(self)
        self.contract.setMaxLength(30)
        self.quotation = QLineEdit(self)
        self.quotation.setMaxLength(35)
        self.api_key = QLineEdit(self)
        self.api_key.setObjectName("carrier-api-key")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_state = QLabel(self)
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("carrier-test")
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("carrier-save")
        self.save_button.clicked.connect(self.save)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("carrier-result")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.carrier_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)
        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(7)]
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.code_list)
        rows: tuple[QWidget | QHBoxLayout, ...] = (self.name, code_row, self.base_url, self.contract, self.quotation,
                                                   self.api_key, self.key_state)
        for label, widget in zip(self.labels, rows, strict=True):
            if isinstance(widget, QHBoxLayout):
                form.addRow(label, widget)
            else:
                form.addRow(label, widget)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.intro)
        right.addLayout(form)
        right.addLayout(actions)
        right.addWidget(self.outcome)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.reload()
        self.resize(860, 460)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Carriers"))
        self.intro.setText(self.tr(
            "Carriers that take bookings through the DCSA Booking 2.0 API. The API key is kept in the system's "
            "secure store, never in the workspace; connections are made over verified TLS (https)."))
        for label, text in zip(self.labels, (
            self.tr("Name"), self.tr("Carrier code (SMDG or SCAC)"), self.tr("Base URL"),
            self.tr("Service contract"), self.tr("Quotation reference"), self.tr("API key"), "",
        ), strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("lower-case letters, digits, - and _"))
        self.base_url.setPlaceholderText(self.tr("https://… (the part before /v2)"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))
        self.test_button.setText(self.tr("&Test connection"))
        self.save_button.setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self._show_key_state()

    # -- the list

    def reload(self, select: str = "") -> None:
        """Fill the list from the workspace and select ``select`` (else the first carrier, else a new one)."""
        profiles = self.backend.carrier_profiles()
        self.carrier_list.blockSignals(True)
        self.carrier_list.clear()
        for profile in profiles:
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile)
            self.carrier_list.addItem(item)
        self.carrier_list.blockSignals(False)
        names = [p.name for p in profiles]
        if names:
            self.carrier_list.setCurrentRow(names.index(select) if select in names else 0)
        else:
            self.new_carrier()

    def _on_list_current_changed(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is None:
            return
        profile = item.data(Qt.ItemDataRole.UserRole)
        self.current = profile.name
        self.name.setText(profile.name)
        self.name.setReadOnly(True)  # the name keys the carrier's outbox and keyring entry
        self.code.setText(profile.carrier_code)
        self.code_list.setCurrentIndex(max(0, self.code_list.findText(profile.code_list_provider)))
        self.base_url.setText(profile.base_url)
        self.contract.setText(profile.service_contract_reference)
        self.quotation.setText(profile.contract_quotation_reference)
        self.api_key.clear()
        self.remove_button.setEnabled(True)
        self.outcome.clear()
        self._show_key_state()

    def new_carrier(self) -> None:
        self.current = ""
        self.carrier_list.blockSignals(True)
        self.carrier_list.clearSelection()
        self.carrier_list.setCurrentRow(-1)
        self.carrier_list.blockSignals(False)
        for field in (self.name, self.code, self.base_url, self.contract, self.quotation, self.api_key):
            field.clear()
        self.name.setReadOnly(False)
        self.code_list.setCurrentIndex(0)
        self.remove_button.setEnabled(False)
        self.outcome.clear()
        self._show_key_state()
        self.name.setFocus()

    def _show_key_state(self) -> None:
        if self.current and self.backend.carrier_has_key(self.current):
            self.key_state.setText(self.tr("An API key is stored; type a new one only to replace it."))
        else:
            self.key_state.setText(self.tr("No API key stored yet."))

    # -- the form

    def edited_profile(self) -> Any:
        from desktop.core.channels.dcsa import CarrierProfile

        return CarrierProfile(
            name=self.name.text().strip(), base_url=self.base_url.text().strip(),
            carrier_code=self.code.text().strip().upper(), code_list_provider=self.code_list.currentText(),
            service_contract_reference=self.contract.text().strip(),
            contract_quotation_reference=self.quotation.text().strip(),
        )

    def save(self) -> bool:
        """Save the carrier (and the typed API key to the keyring); a problem is said under the form."""
        profile = self.edited_profile()
        if not self.current and profile.name in {p.name for p in self.backend.carrier_profiles()}:
            self.outcome.setText(self.tr("A carrier named {name} exists already.").format(name=profile.name))
            return False
        if profile.contract_quotation_reference and profile.service_contract_reference:
            self.outcome.setText(lang.code_message("dcsa.contract_both", {}))
            return False
        try:
            self.backend.save_carrier(profile, self.api_key.text().strip() or None)
        except Exception as exc:  # a typed core error: shown in the user's language
            self.outcome.setText(lang.error_text(exc))
            return False
        self.api_key.clear()
        self.reload(select=profile.name)
        self.outcome.setText(self.tr("Carrier {name} saved.").format(name=profile.name))
        return True

    def test_connection(self) -> None:
        """Ask the carrier (as typed, saved or not) whether it answers as DCSA and takes the key."""
        profile = self.edited_profile()
        key = self.api_key.text().strip() or None
        self.test_button.setEnabled(False)
        self.outcome.setText(self.tr("Testing the connection…"))

        def done(_result: Any) -> None:
            self.test_button.setEnabled(True)
            self.outcome.setText(self.tr("Connected: {url} answers as a DCSA booking API and accepts the API key.")
                                .format(url=profile.base_url))

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.outcome.setText(lang.error_text(exc))

        self.ctx.runner.run(self.backend.check_carrier, profile, key, on_done=done, on_error=failed, owner=self)

    def ask_remove(self) -> QMessageBox | None:
        """Ask before the carrier goes (window-modal, not blocking: the answer arrives in :meth:`_on_confirm`)."""
        if not self.current:
            return None
        box = self.confirm = QMessageBox(self)
        box.setObjectName("carrier-remove-confirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove carrier"))
        box.setText(self.tr("Remove carrier {name} and its API key? Bookings already sent to it stay in the "
                            "workspace but are no longer followed.").format(name=self.current))
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("remove")
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.buttonClicked.connect(self._on_confirm)
        box.open()
        return box

    def _on_confirm(self, button: Any) -> None:
        if button.objectName() != "remove" or not self.current:
            return
        name = self.current
        try:
            self.backend.remove_carrier(name)
        except Exception as exc:
            self.outcome.setText(lang.error_text(exc))
            return
        self.reload()
        self.outcome.setText(self.tr("Carrier {name} removed.").format(name=name))


class CarriersMenu(FileMenuEntry):
    """File > Carriers…"""

    object_name = "carriers"
    dialog: CarriersDialog | None

    def title(self) -> str:
        return self.tr("C&arriers…")

    def open_dialog(self) -> CarriersDialog | None:
        ctx = self.window.ctx
        if ctx.backend is None or ctx.backend.store is None:
            QMessageBox.information(self.window, self.tr("Carriers"), self.tr("Open a workspace first."))
            return None
        self.dialog = CarriersDialog(ctx, self.window)
        self.dialog.open()
        return self.dialog
