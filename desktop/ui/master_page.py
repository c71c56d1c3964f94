"""Master data: the companies, parties and products of the client companies, their forms and conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model.fields import field_specs
from desktop.core.model.master import Company, Party, Product
from desktop.ui import lang

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


def _open_on_enter(view: QTableView, open_row: Any) -> None:
    """Enter (or Return) on the current row opens it, as a double-click does."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: view.currentIndex().isValid() and open_row(view.currentIndex().row()))


def _widen_name(view: QTableView, column: int) -> None:
    """The name column (the longest texts) gets the room its names need, up to 60 characters, never less than
    its header: the other columns keep their fit and the last one still takes what is left."""
    view.resizeColumnToContents(column)
    header = view.horizontalHeader()
    wanted = max(view.columnWidth(column), header.sectionSizeHint(column))
    view.setColumnWidth(column, min(wanted, view.fontMetrics().averageCharWidth() * 60))


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
        width = max(
            header.sectionSizeHint(last),
            header.fontMetrics().horizontalAdvance(str(model.headerData(last, Qt.Orientation.Horizontal) or "")) + 16,
        )
        header.setDefaultSectionSize(min(max(width, 100), limit))
        header.setStretchLastSection(False)  # the size the stretched section falls back to when the rest overflow
        header.resizeSection(last, min(max(width, 100), limit))
        header.setStretchLastSection(True)
    name_column = view.property("name-column")
    if isinstance(name_column, int) and 0 <= name_column < model.columnCount():
        _widen_name(view, name_column)


def tab_names() -> tuple[str, str, str]:
    """The tabs of master data in the UI language: companies, parties, products (hints quote them)."""
    return (
        QCoreApplication.translate("MasterDataPage", "Companies"),
        QCoreApplication.translate("MasterDataPage", "Parties"),
        QCoreApplication.translate("MasterDataPage", "Products"),
    )


def add_company_text() -> str:
    """The company tab's add button (hints quote it)."""
    return QCoreApplication.translate("MasterDataPage", "&Add company…")


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


PARTY_FORM = [
    "role",
    "name",
    "name_local",
    "address",
    "street",
    "street_number",
    "post_code",
    "city",
    "state_region",
    "country",
    "aeo_code",
    "tax_id",
    "contact",
    "phone",
    "email",
]
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
        self.empty_notes: dict[str, QLabel] = {}
        company_page = QWidget(self)
        companies = _table(self.companies, company_page)
        companies.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        companies.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        companies.doubleClicked.connect(lambda index: self.edit_company(index.row()))
        _open_on_enter(companies, self.edit_company)
        self.views["company"] = companies
        self.add_company_button = QPushButton(company_page)
        self.add_company_button.setObjectName("add-company")
        self.add_company_button.clicked.connect(lambda: self.edit_company(-1, record=Company()))
        self.edit_company_button = QPushButton(company_page)
        self.edit_company_button.setObjectName("edit-company")
        self.edit_company_button.setEnabled(False)
        self.edit_company_button.clicked.connect(lambda: self.edit_company(self.selected_row("company")))
        companies.selectionModel().selectionChanged.connect(lambda *_a: self._on_selection_changed("company"))
        self.companies.modelReset.connect(lambda: self._on_selection_changed("company"))
        bar = QHBoxLayout()
        bar.addWidget(self.add_company_button)
        bar.addWidget(self.edit_company_button)
        bar.addStretch(1)
        layout = QVBoxLayout(company_page)
        layout.addLayout(bar)
        layout.addWidget(self._empty_note("company", self.companies, company_page))
        layout.addWidget(companies, 1)
        self.addTab(company_page, "")
        for key, model in (("party", self.parties), ("product", self.products)):
            page = QWidget(self)
            view = _table(model, page)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
            view.doubleClicked.connect(lambda index, k=key: self.edit(k, index.row()))
            _open_on_enter(view, lambda row, k=key: self.edit(k, row))
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
            layout.addWidget(self._empty_note(key, model, page))
            layout.addWidget(view, 1)
            self.views[key], self.add_buttons[key], self.delete_buttons[key] = view, add, delete
            self.addTab(page, "")
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for key, view in self.views.items():
            view.setProperty("name-column", 1 if key == "party" else 0)
            _fit(view)  # headers in the new language
        for i, text in enumerate(tab_names()):
            self.setTabText(i, text)
        self.add_company_button.setText(add_company_text())
        self.edit_company_button.setText(self.tr("&Edit company…"))
        self.edit_company_button.setToolTip(self.tr("Open the selected company's form (Enter)"))
        self.add_buttons["party"].setText(self.tr("Add &party…"))
        self.add_buttons["product"].setText(self.tr("Add p&roduct…"))
        self.empty_notes["company"].setText(
            self.tr("No companies yet. Click “Add company…” (Alt+A) and fill in its name, USCC and customs code.")
        )
        self.empty_notes["party"].setText(
            self.tr(
                "No parties yet. Click “Add party…” (Alt+P) to add a consignee or notify party; "
                "the shipment editor then offers it as you type."
            )
        )
        self.empty_notes["product"].setText(
            self.tr(
                "No products yet. Click “Add product…” (Alt+R), or choose an HS code for a goods line: "
                "the product is remembered with its code, units and elements."
            )
        )
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
            window = getattr(self.ctx, "window", None)
            if window is not None and [c.model_dump() for c in window.companies] != [c.model_dump() for c in result[0]]:
                window.set_companies(result[0])  # the toolbar chooser and Ctrl+K list them as master data does
            self.parties.set_records(result[1])
            self.products.set_records(result[2])

        # latest: the records of a company switched away from, finishing last, are not shown
        self.ctx.runner.run(work, on_done=done, owner=self, latest="records")

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
        args: tuple[Any, ...] = (edited, expected, action)
        if key == "company":
            save = backend.save_company
            if not edited.id and not action:
                args = (edited, expected, "add")  # added by hand: listed for whoever works in this workspace
        else:
            save = backend.save_party if key == "party" else backend.save_product
            args = (self.company_id, *args)
        self.ctx.runner.run(
            save,
            *args,
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
            self.ctx.backend.master_conflict,
            key,
            company_id,
            mine,
            loaded,
            on_done=shown,
            on_error=self.ctx.window.show_error,
            owner=self,
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
        button = self.edit_company_button if key == "company" else self.delete_buttons[key]
        button.setEnabled(self.selected_row(key) >= 0)

    def _empty_note(self, key: str, model: RecordsModel, parent: QWidget) -> QLabel:
        """A line saying how to fill the list, shown while the list is empty."""
        note = QLabel(parent)
        note.setObjectName(f"empty-{key}")
        note.setWordWrap(True)
        note.setVisible(False)
        model.modelReset.connect(lambda: note.setVisible(not model.records))
        self.empty_notes[key] = note
        return note

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
