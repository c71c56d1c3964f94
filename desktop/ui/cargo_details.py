"""Details of one goods line or container that do not fit a table cell: dangerous goods (IMDG data for the
carrier and the declaration) and reefer settings. A dialog over one sub-model, opened from the shipment editor."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from desktop.core.model.cargo import DangerousGoods, ReeferSettings
from desktop.core.model.fields import field_specs
from desktop.ui.forms import ModelForm, Section

DG_TITLE = str(QT_TRANSLATE_NOOP("Forms", "Dangerous goods details"))
REEFER_TITLE = str(QT_TRANSLATE_NOOP("Forms", "Reefer settings"))


class DetailsDialog(QDialog):
    """Edit a copy of one optional sub-model; ``value()`` is the result (None when the details were removed)."""

    def __init__(self, model: type[BaseModel], current: BaseModel | None, title: str, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title = title
        self.root = current.model_copy(deep=True) if current is not None else model()
        self.removed = False
        self.form = ModelForm([Section(title, model, tuple(field_specs(model)))], parent=self)
        self.form.load(self.root)
        self.form.set_read_only(read_only)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = QPushButton(self)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.ok_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only and current is not None)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Forms", self.title))
        # Qt has no Vietnamese catalogue: the standard buttons get their texts here
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.remove_button.setText(self.tr("Remove details"))

    def _on_remove_clicked(self) -> None:
        self.removed = True
        self.accept()

    def value(self) -> BaseModel | None:
        if self.removed:
            return None
        self.form.apply(self.root)
        return self.root


def _row(table_editor: Any) -> int:
    index = table_editor.view.currentIndex()
    return index.row() if index.isValid() else (0 if table_editor.table.rowCount() else -1)


def open_details(editor: Any, list_name: str, field: str, model: type[BaseModel], title: str) -> DetailsDialog | None:
    """Open the details of the selected row of ``editor``'s ``list_name`` table (``field`` of that row)."""
    items = getattr(editor.document, list_name)
    table = editor.goods if list_name == "goods" else editor.containers
    row = _row(table)
    if not 0 <= row < len(items):
        return None
    dialog = DetailsDialog(model, getattr(items[row], field), title, not editor.editable, editor)

    def done(result: int) -> None:
        if result != QDialog.DialogCode.Accepted or not editor.editable:
            return
        new = dialog.value()
        if new != getattr(items[row], field):
            setattr(items[row], field, new)
            editor.mark_edited(f"{list_name}.{row}.{field}")

    dialog.finished.connect(done)
    dialog.open()
    return dialog


def install(editor: Any) -> None:
    """Add the details buttons to the shipment editor's goods and container tables."""
    editor.dg_button = QPushButton(editor.goods)
    editor.dg_button.clicked.connect(lambda: open_details(editor, "goods", "dangerous", DangerousGoods, DG_TITLE))
    editor.reefer_button = QPushButton(editor.containers)
    editor.reefer_button.clicked.connect(
        lambda: open_details(editor, "containers", "reefer_settings", ReeferSettings, REEFER_TITLE))
    for table, button in ((editor.goods, editor.dg_button), (editor.containers, editor.reefer_button)):
        row = table.layout().itemAt(0).layout()
        row.insertWidget(row.count() - 1, button)
    retranslate(editor)


def retranslate(editor: Any) -> None:
    editor.dg_button.setText(QCoreApplication.translate("ShipmentEditor", "Dangerous goods details…"))
    editor.reefer_button.setText(QCoreApplication.translate("ShipmentEditor", "Reefer settings…"))
