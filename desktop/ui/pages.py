"""The smaller pages: documents and settings (master data is in master_page.py, activity in activity.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import lang
from desktop.ui.activity import ActivityPage
from desktop.ui.master_page import PARTY_FORM, PRODUCT_FORM, MasterDataPage, RecordDialog, RecordsModel

__all__ = ["PARTY_FORM", "PRODUCT_FORM", "DocumentsPage", "MasterDataPage", "RecordDialog", "RecordsModel",
           "SettingsPage", "make_page"]


class DocumentsPage(QWidget):
    """The five trade documents of a stored shipment: preview, print, save as (nothing is typed twice)."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        from desktop.ui.documents import DocumentPreview

        super().__init__(parent)
        self.ctx = ctx
        self.company_id = ""
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.shipment = QComboBox(self)
        self.shipment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.shipment.activated.connect(self._on_shipment_activated)
        self.shipment_label = QLabel(self)
        self.shipment_label.setBuddy(self.shipment)
        self.preview = DocumentPreview(ctx, self._document_job, parent=self, recorder=self._document_record)
        self.kind, self.doc_lang = self.preview.kind, self.preview.doc_lang
        row = QHBoxLayout()
        row.addWidget(self.shipment_label)
        row.addWidget(self.shipment, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        self.retranslate()

    @property
    def last_path(self) -> Any:
        return self.preview.last_path

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.info.setText(
            self.tr(
                "The documents of a shipment: everything comes from the shipment and its filings, "
                "nothing is typed twice. Preview them, print them or save them as PDF."
            )
        )
        self.shipment_label.setText(self.tr("&Shipment"))
        self.shipment.setAccessibleName(self.tr("Shipment"))

    def set_company(self, company_id: str) -> None:
        self.company_id = company_id
        backend = self.ctx.backend
        if backend is None or not company_id:
            return
        self.preview.apply_remembered_lang()  # the user who signed in: their languages
        from desktop.ui.listmodel import Query

        source = backend.source("shipment")

        def done(rows: list[dict[str, Any]]) -> None:
            chosen = self.shipment.currentData()
            self.shipment.clear()
            for row in rows:
                self.shipment.addItem(f"{row['reference']}  ·  {row['consignee']}", row["id"])
            self.shipment.setCurrentIndex(max(self.shipment.findData(chosen), 0))
            if self.shipment.currentData() != chosen:
                self.preview.invalidate()

        # latest: the shipments of a company switched away from, finishing last, are not offered
        self.ctx.runner.run(source.page, Query(company_id), 0, 500, on_done=done, owner=self, latest="shipments")

    def _on_shipment_activated(self, _index: int) -> None:
        shown = self.preview.shown_key is not None
        self.preview.invalidate()
        if shown:
            self.preview.preview()

    def _document_job(self, kind: str, doc_lang: str) -> Any:
        backend, record = self.ctx.backend, self.shipment.currentData()
        if backend is None or not record:
            return None
        return lambda: backend.document_pdf(str(record), kind, doc_lang)

    def _document_record(self, output: str, kind: str) -> Any:
        backend, record = self.ctx.backend, self.shipment.currentData()
        if backend is None or not record:
            return None
        return lambda: backend.note_document(str(record), kind, output)

    # the actions, for the keyboard and tests
    def show_preview(self) -> None:
        self.preview.preview()

    def print_document(self, printer: Any = None) -> None:
        self.preview.print_document(printer)

    def save_as(self, path: Any = None) -> None:
        self.preview.save_as(path)


class SettingsPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        s = ctx.settings
        self.language = QComboBox(self)
        self.language.addItem("", "")  # follow the system language
        for code, name in lang.LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(s.language), 0))
        self.language.activated.connect(self._on_language_activated)
        self.platform = QLineEdit(s.platform_url, self)
        self.autosave = QSpinBox(self)
        self.autosave.setRange(1, 600)
        self.autosave.setValue(s.autosave_seconds)
        self.notify = QCheckBox(self)
        self.notify.setChecked(s.notify_status_changes)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.apply)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        self.form.addRow(self.labels[0], self.language)
        self.form.addRow(self.labels[1], self.platform)
        self.form.addRow(self.labels[2], self.autosave)
        self.form.addRow("", self.notify)
        for label, w in zip(self.labels, (self.language, self.platform, self.autosave), strict=True):
            label.setBuddy(w)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("&Language"))
        self.labels[1].setText(self.tr("&Platform address"))
        self.labels[2].setText(self.tr("&Autosave every (seconds)"))
        self.platform.setPlaceholderText(self.tr("Empty: the built-in sandbox"))
        self.notify.setText(self.tr("Notify me when a filing changes status"))
        self.save_button.setText(self.tr("Save settings"))
        self.note.setText(
            self.tr(
                "The language changes at once; a platform change applies at the next start. Passwords are "
                "kept in the system keyring, never in the settings file."
            )
        )
        self.language.setItemText(0, self.tr("Same as the system"))
        self.language.setCurrentIndex(max(self.language.findData(self.ctx.settings.language), 0))
        self.language.setAccessibleName(self.tr("Language"))
        self.platform.setAccessibleName(self.tr("Platform address"))
        self.autosave.setAccessibleName(self.tr("Autosave interval"))

    def _on_language_activated(self, _index: int) -> None:
        """The language switches as soon as it is picked (empty: the system language), and is saved."""
        from desktop.core import i18n

        code = str(self.language.currentData() or "")
        if code:
            lang.switch(self.ctx, code)
        else:
            self.ctx.settings.language = ""
            self.ctx.save_settings()
            lang.switch(self.ctx, i18n.system_language(), save=False)

    def apply(self) -> None:
        s = self.ctx.settings
        s.language = str(self.language.currentData())
        s.platform_url = self.platform.text().strip()
        s.autosave_seconds = self.autosave.value()
        s.notify_status_changes = self.notify.isChecked()
        self.ctx.save_settings()


PAGES: dict[str, Any] = {
    "documents": DocumentsPage,
    "master": MasterDataPage,
    "activity": ActivityPage,
    "settings": SettingsPage,
}


def make_page(key: str, ctx: Any, parent: QWidget) -> QWidget:
    page: QWidget = PAGES[key](ctx, parent)
    return page
