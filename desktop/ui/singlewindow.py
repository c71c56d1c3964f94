"""The Single Window settings of the current company (File menu): the ImpPath the China Single Window client
watches and the operator card it signs with. Declarations of a company with an ImpPath go to the client's folders."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.menus import FileMenuEntry

#: The ImpPath is a folder of the Single Window client's Windows PC: its rules apply where the app runs on Windows.
WINDOWS_RULES = os.name == "nt"


class SingleWindowDialog(QDialog):
    """Edit one company's :class:`SingleWindowProfile`; ``saved`` after OK."""

    def __init__(
        self, backend: Any, company_id: str, parent: QWidget | None = None, sandbox_folder: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("single-window-dialog")
        self.backend, self.company_id = backend, company_id
        self.profile = backend.sw_profile(company_id)
        self.imp_path = QLineEdit(self.profile.imp_path, self)
        self.imp_path.setObjectName("imp-path")
        self.imp_path.textChanged.connect(self._on_imp_path_changed)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._on_browse_clicked)
        #: on the embedded sandbox: its own ImpPath, where it plays the Single Window client
        self.sandbox_folder = sandbox_folder
        self.use_sandbox = QPushButton(self)
        self.use_sandbox.setVisible(bool(sandbox_folder))
        self.use_sandbox.clicked.connect(self._on_use_sandbox_clicked)
        self.folder_state = QLabel(self)
        self.ic_code = QLineEdit(self.profile.ic_code, self)
        self.operator_name = QLineEdit(self.profile.operator_name, self)
        self.cop_code = QLineEdit(self.profile.cop_code, self)
        self.cop_name = QLineEdit(self.profile.cop_name, self)
        self.cop_scc = QLineEdit(self.profile.cop_scc, self)
        self.oper_type = QComboBox(self)
        self.oper_type.addItem("", "G")
        self.oper_type.addItem("", "C")
        self.oper_type.setCurrentIndex(1 if self.profile.oper_type == "C" else 0)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        path_row = QHBoxLayout()
        path_row.addWidget(self.imp_path, 1)
        path_row.addWidget(self.browse)
        path_row.addWidget(self.use_sandbox)
        self.labels = [QLabel(self) for _ in range(7)]
        # the folder gets the dialog's whole width (a Windows path is long; the labels are long in Vietnamese)
        self.labels[0].setBuddy(self.imp_path)
        form.addRow(self.labels[0])
        form.addRow(path_row)
        form.addRow(self.folder_state)
        for label, widget in zip(self.labels[1:], (self.ic_code, self.operator_name, self.cop_code, self.cop_name,
                                                   self.cop_scc, self.oper_type), strict=True):
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(640, self.sizeHint().height())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Single Window settings"))
        self.intro.setText(self.tr(
            "Declarations of this company are handed to the China Single Window client through its message "
            "folders (ImpPath). The client signs them with the operator's IC card. Leave the folder empty to file "
            "through the corridor platform instead."))
        for label, text in zip(self.labels, (
            self.tr("ImpPath folder"), self.tr("Operator IC card number"), self.tr("Operator name"),
            self.tr("Data-entry company customs code"), self.tr("Data-entry company name"),
            self.tr("Data-entry company USCC"), self.tr("Operation"),
        ), strict=True):
            label.setText(text)
        self.browse.setText(self.tr("&Browse…"))
        self.use_sandbox.setText(self.tr("&Sandbox folder"))
        self.use_sandbox.setToolTip(self.tr(
            "The folder where the sandbox plays the Single Window client: declarations are imported and "
            "answered as the real client would, offline."))
        self.oper_type.setItemText(0, self.tr("G: store in the Single Window for review"))
        self.oper_type.setItemText(1, self.tr("C: declare at once"))
        self.cop_code.setPlaceholderText(self.tr("empty: the declaring agent"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        ok.setText(self.tr("OK"))
        cancel.setText(self.tr("Cancel"))
        self._on_imp_path_changed(self.imp_path.text())

    def _on_imp_path_changed(self, text: str) -> None:
        from desktop.core.channels.single_window.folders import ImpFolders
        from desktop.core.channels.single_window.winpath import windows_problem
        from desktop.ui import lang

        problem = windows_problem(text) if WINDOWS_RULES else None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        if problem is not None:
            self.folder_state.setText(lang.code_message(problem.code, dict(problem.params)))
        elif not text.strip():
            self.folder_state.setText(self.tr("No folder: declarations go to the corridor platform."))
        elif ImpFolders(text).available():
            self.folder_state.setText(self.tr("Folder found."))
        else:
            self.folder_state.setText(self.tr("Folder not found now; declarations wait until it can be reached."))

    def _on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("ImpPath folder"), self.imp_path.text())
        if chosen:
            self.imp_path.setText(chosen)

    def _on_use_sandbox_clicked(self) -> None:
        self.imp_path.setText(self.sandbox_folder)

    def edited_profile(self) -> Any:
        return replace(
            self.profile, imp_path=self.imp_path.text().strip(), ic_code=self.ic_code.text().strip(),
            operator_name=self.operator_name.text().strip(), cop_code=self.cop_code.text().strip().upper(),
            cop_name=self.cop_name.text().strip(), cop_scc=self.cop_scc.text().strip().upper(),
            oper_type=str(self.oper_type.currentData()),
        )

    def accept(self) -> None:
        self.backend.set_sw_profile(self.company_id, self.edited_profile())
        super().accept()


class SingleWindowMenu(FileMenuEntry):
    """File > Single Window settings… for the company chosen in the toolbar."""

    object_name = "single-window-settings"
    dialog: SingleWindowDialog | None

    def title(self) -> str:
        return self.tr("Single &Window settings…")

    def open_dialog(self) -> SingleWindowDialog | None:
        backend = self.window.ctx.backend
        company = self.window.company_id
        if backend is None or backend.store is None or not company:
            QMessageBox.information(self.window, self.tr("Single Window settings"),
                                    self.tr("Choose a company first."))
            return None
        sandbox = self.window.ctx.sandbox
        folder = str(getattr(sandbox, "imp_path", "") or "") if sandbox is not None else ""
        self.dialog = SingleWindowDialog(backend, company, self.window, sandbox_folder=folder)
        self.dialog.open()
        return self.dialog
