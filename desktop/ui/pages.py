"""The smaller pages: documents, master data and settings (the activity page is in activity.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model.fields import field_specs
from desktop.core.model.master import Company, Party, Product
from desktop.ui import lang
from desktop.ui.activity import ActivityPage

Index = QModelIndex | QPersistentModelIndex


class RecordsModel(QAbstractTableModel):
    """Read-only rows of one model type, headers from its field definitions."""

    def __init__(self, model: type, names: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.names = names
        self.specs = field_specs(model)
        self.records: list[Any] = []

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.names)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return lang.field_label(self.specs[self.names[section]].label)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return lang.display(getattr(self.records[index.row()], self.names[index.column()]))
        return None


def _table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # arrows move between rows, Tab moves on
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    model.modelReset.connect(lambda: _fit(view))
    return view


def _fit(view: QTableView) -> None:
    """Columns as wide as their header and contents, within reason."""
    model = view.model()
    limit = view.fontMetrics().averageCharWidth() * 40
    for col in range(model.columnCount() - 1):
        view.resizeColumnToContents(col)
        wanted = max(view.columnWidth(col), view.horizontalHeader().sectionSizeHint(col))
        view.setColumnWidth(col, min(wanted, limit))
    header = view.horizontalHeader()
    last = model.columnCount() - 1
    if last > 0:  # the stretched last column, scrolled to, is at least as wide as its header (Vietnamese)
        width = max(header.sectionSizeHint(last), header.fontMetrics().horizontalAdvance(
            str(model.headerData(last, Qt.Orientation.Horizontal) or "")) + 16)
        header.setDefaultSectionSize(min(max(width, 100), limit))
        header.setStretchLastSection(False)  # the size the stretched section falls back to when the rest overflow
        header.resizeSection(last, min(max(width, 100), limit))
        header.setStretchLastSection(True)


class RecordDialog(QDialog):
    """Add or edit one party or product: the form is generated from the model's field definitions."""

    def __init__(self, model: type, record: Any, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.ui.forms import ModelForm, Section

        self.record = record.model_copy(deep=True)
        self.form = ModelForm([Section(QT_TRANSLATE_NOOP("Forms", "Details"), model, names)], columns=1)
        self.form.load(self.record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Master data"))
        self.resize(560, 0)

    def result_record(self) -> Any:
        self.form.apply(self.record)
        return self.record


PARTY_FORM = ["role", "name", "name_local", "address", "street", "street_number", "post_code", "city", "state_region",
              "country", "aeo_code", "tax_id", "contact", "phone", "email"]
PRODUCT_FORM = [
    "name_zh",
    "name_en",
    "commodity_code",
    "declaration_elements",
    "declared_unit",
    "legal_unit_1",
    "legal_unit_2",
    "origin_country",
    "unit_price",
    "currency",
    "net_weight_per_unit",
]


class MasterDataPage(QTabWidget):
    """Companies of the workspace, and the current company's parties and products (add, edit, delete)."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company_id = ""
        self.companies = RecordsModel(Company, ["name_zh", "name_en", "uscc", "customs_code", "customs_district"], self)
        self.parties = RecordsModel(Party, ["role", "name", "name_local", "country", "aeo_code", "address"], self)
        self.products = RecordsModel(
            Product,
            ["name_zh", "name_en", "commodity_code", "declaration_elements", "declared_unit", "unit_price", "currency"],
            self,
        )
        self.views: dict[str, QTableView] = {}
        self.add_buttons: dict[str, QPushButton] = {}
        self.delete_buttons: dict[str, QPushButton] = {}
        companies = _table(self.companies, self)
        companies.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        companies.doubleClicked.connect(lambda index: self.edit_company(index.row()))
        self.addTab(companies, "")
        for key, model in (("party", self.parties), ("product", self.products)):
            page = QWidget(self)
            view = _table(model, page)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
            view.doubleClicked.connect(lambda index, k=key: self.edit(k, index.row()))
            add = QPushButton(page)
            add.clicked.connect(lambda _c=False, k=key: self.edit(k, -1))
            delete = QPushButton(page)
            delete.setEnabled(False)
            delete.clicked.connect(lambda _c=False, k=key: self.delete(k, self.selected_row(k)))
            view.selectionModel().selectionChanged.connect(lambda *_a, k=key: self._on_selection_changed(k))
            model.modelReset.connect(lambda k=key: self._on_selection_changed(k))
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda k=key: self.delete(k, self.selected_row(k)))
            bar = QHBoxLayout()
            bar.addWidget(add)
            bar.addWidget(delete)
            bar.addStretch(1)
            layout = QVBoxLayout(page)
            layout.addLayout(bar)
            layout.addWidget(view, 1)
            self.views[key], self.add_buttons[key], self.delete_buttons[key] = view, add, delete
            self.addTab(page, "")
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for view in [self.widget(0), *self.views.values()]:
            if isinstance(view, QTableView):
                _fit(view)  # headers in the new language
        for i, text in enumerate((self.tr("Companies"), self.tr("Parties"), self.tr("Products"))):
            self.setTabText(i, text)
        self.add_buttons["party"].setText(self.tr("Add party"))
        self.add_buttons["product"].setText(self.tr("Add product"))
        self.delete_buttons["party"].setText(self.tr("Delete party"))
        self.delete_buttons["product"].setText(self.tr("Delete product"))
        for button in self.delete_buttons.values():
            button.setToolTip(self.tr("Delete the selected record (Del)"))

    def set_company(self, company_id: str) -> None:
        self.company_id = company_id
        self.refresh()

    def refresh(self) -> None:
        backend, company_id = self.ctx.backend, self.company_id
        if backend is None or not company_id:
            return

        def work() -> tuple[list[Any], list[Any], list[Any]]:
            return backend.companies(), backend.parties(company_id), backend.products(company_id)

        def done(result: tuple[list[Any], list[Any], list[Any]]) -> None:
            self.companies.set_records(result[0])
            self.parties.set_records(result[1])
            self.products.set_records(result[2])

        self.ctx.runner.run(work, on_done=done, owner=self)

    def edit(
        self, key: str, row: int, dialog: RecordDialog | None = None, *, record: Any = None, loaded: Any = None
    ) -> bool:
        """Open the form for a new (row -1) or existing record; saving runs in the background. ``record`` and
        ``loaded``: an edit to show again (after a conflict the user cancelled) and the version it started from."""
        model_type, names, records = (
            (Party, PARTY_FORM, self.parties.records)
            if key == "party"
            else (Product, PRODUCT_FORM, self.products.records)
        )
        if record is None:
            record = records[row] if 0 <= row < len(records) else model_type()
            loaded = records[row].model_copy(deep=True) if 0 <= row < len(records) else None
        if dialog is None:
            dialog = RecordDialog(model_type, record, names, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        self.save(key, dialog.result_record(), loaded)
        return True

    def save(self, key: str, edited: Any, expected: Any, action: str = "") -> None:
        """Save against the version the user opened; another seat's save meanwhile opens the conflict dialog."""
        backend = self.ctx.backend
        if key == "company":
            self.ctx.runner.run(
                backend.save_company, edited, expected, action, on_done=lambda _r: self.refresh(),
                on_error=lambda exc: self._on_save_failed(key, edited, expected, exc), owner=self,
            )
            return
        save = backend.save_party if key == "party" else backend.save_product
        self.ctx.runner.run(
            save,
            self.company_id,
            edited,
            expected,
            action,
            on_done=lambda _r: self.refresh(),
            on_error=lambda exc: self._on_save_failed(key, edited, expected, exc),
            owner=self,
        )

    def _on_save_failed(self, key: str, mine: Any, loaded: Any, exc: BaseException) -> None:
        from desktop.core.store.errors import ConflictError

        if isinstance(exc, ConflictError) and loaded is not None:
            self.resolve_conflict(key, mine, loaded)
            return
        self.ctx.window.show_error(exc)

    def resolve_conflict(self, key: str, mine: Any, loaded: Any) -> None:
        """Another seat saved the record first: both versions field by field, then keep mine (saved over
        theirs, audited), take theirs (shown in the list) or cancel (the form opens again with the edit)."""
        from desktop.ui.conflict import ConflictDialog
        from desktop.ui.editors.issues import path_label

        company_id = self.company_id

        def shown(conflict: Any) -> None:
            box = ConflictDialog(conflict, lambda path: path_label(type(mine), path), self)
            choice = box.exec_choice()
            if choice == ConflictDialog.KEEP_MINE:
                self.save(key, mine, conflict.theirs, "keep_mine")
            elif choice == ConflictDialog.TAKE_THEIRS:
                self.refresh()
            elif key == "company":
                self.refresh()
                self.edit_company(-1, record=mine, loaded=loaded)
            else:
                self.refresh()
                self.edit(key, -1, record=mine, loaded=loaded)

        self.ctx.runner.run(
            self.ctx.backend.master_conflict, key, company_id, mine, loaded, on_done=shown,
            on_error=self.ctx.window.show_error, owner=self,
        )

    def edit_company(self, row: int, dialog: Any = None, *, record: Any = None, loaded: Any = None) -> bool:
        """The company form (its Single Window codes among them), checked before it is saved in the background
        against the version opened (``record`` and ``loaded``: an edit shown again after a cancelled conflict)."""
        from desktop.ui.company_dialog import CompanyDialog

        if record is None:
            if not 0 <= row < len(self.companies.records):
                return False
            record = self.companies.records[row]
            loaded = record.model_copy(deep=True)
        if dialog is None:
            dialog = CompanyDialog(record, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        self.save("company", dialog.result_record(), loaded)
        return True

    def selected_row(self, key: str) -> int:
        rows = self.views[key].selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _on_selection_changed(self, key: str) -> None:
        self.delete_buttons[key].setEnabled(self.selected_row(key) >= 0)

    def delete(self, key: str, row: int, confirm: bool | None = None) -> bool:
        """Delete a party or product after the user confirms (``confirm`` answers for tests); deleting runs in
        the background, and a refusal of the store is shown with its reason."""
        records = self.parties.records if key == "party" else self.products.records
        if not 0 <= row < len(records):
            return False
        record = records[row]
        if confirm is None:
            if key == "party":
                question = self.tr("Delete the party “{name}” from this company's master data?")
            else:
                question = self.tr("Delete the product “{name}” from this company's master data?")
            name = record.name if key == "party" else (record.name_zh or record.name_en)
            note = self.tr("Shipments and declarations that already use it keep their own copy.")
            answer = QMessageBox.question(
                self,
                self.tr("Delete from master data"),
                question.format(name=name) + "\n\n" + note,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            confirm = answer == QMessageBox.StandardButton.Yes
        if not confirm:
            return False
        remove = self.ctx.backend.delete_party if key == "party" else self.ctx.backend.delete_product
        self.ctx.runner.run(
            remove,
            self.company_id,
            record.id,
            on_done=lambda _r: self.refresh(),
            on_error=self._on_delete_failed,
            owner=self,
        )
        return True

    def _on_delete_failed(self, exc: BaseException) -> None:
        self.ctx.window.show_error(exc)
        self.refresh()  # show the records as the store has them


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

        self.ctx.runner.run(source.page, Query(company_id), 0, 500, on_done=done, owner=self)

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
