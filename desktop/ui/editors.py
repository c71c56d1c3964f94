"""Editors of the shipment (the hub), the export declaration and the rail-sea booking.

Each editor holds a copy of its document, writes edits into it by field path, shows rule issues on the
fields (and in a list whose entries jump to the field), autosaves a recovery copy every few seconds and on
leaving a field, and saves a revision with Ctrl+S. Saving, deriving and submitting run in the task runner.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import ExportDeclaration, RailSeaBooking, Shipment
from desktop.core.model.booking import Commodity, DocumentParty, RequestedEquipment
from desktop.core.model.declaration import DeclarationContainer, DeclarationItem
from desktop.core.model.filing import EDITABLE, FilingStatus
from desktop.core.model.master import Party
from desktop.core.model.shipment import Container, GoodsLine, Route
from desktop.ui import lang
from desktop.ui.forms import ModelForm, Section
from desktop.ui.lists import status_text
from desktop.ui.tables import ModelListTable

log = logging.getLogger(__name__)

#: The submit button's context per filing kind: a declaration is declared to customs, a booking is only submitted
#: to the carrier, and Chinese says these differently (申报 / 提交).
SUBMIT_CONTEXT = {"declaration": "DeclarationEditor", "booking": "BookingEditor"}
QT_TRANSLATE_NOOP("DeclarationEditor", "Su&bmit")
QT_TRANSLATE_NOOP("BookingEditor", "Su&bmit")

# ----------------------------------------------------------------------------------------------- recovery


class RecoveryJournal:
    """Unsaved editor contents on disk, so a crash loses nothing: one JSON file per open document."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def _file(self, kind: str, doc_id: str) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in doc_id) or "new"
        return self.directory / f"{kind}-{safe}.json"

    def write(self, kind: str, doc_id: str, document: BaseModel, edited: Sequence[str] = ()) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self._file(kind, doc_id)
        tmp = path.with_suffix(".tmp")
        payload = {
            "kind": kind,
            "id": doc_id,
            "edited": list(edited),
            "document": document.model_dump(mode="json"),
        }
        tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)

    def discard(self, kind: str, doc_id: str) -> None:
        self._file(kind, doc_id).unlink(missing_ok=True)

    def pending(self) -> list[dict[str, Any]]:
        if not self.directory.is_dir():
            return []
        out = []
        for path in sorted(self.directory.glob("*.json")):
            try:
                out.append(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                log.warning("unreadable recovery file %s", path)
        return out

    def clear(self) -> None:
        for entry in self.pending():
            self.discard(entry["kind"], entry["id"])


MODELS: dict[str, type[BaseModel]] = {
    "shipment": Shipment,
    "declaration": ExportDeclaration,
    "booking": RailSeaBooking,
}

# ----------------------------------------------------------------------------------------------- tables


class TableEditor(QWidget):
    """A table of sub-models with add / duplicate / delete / move buttons and Excel paste (Ctrl+V)."""

    def __init__(self, table: ModelListTable, parent: QWidget | None = None, buttons: bool = True) -> None:
        super().__init__(parent)
        from desktop.ui.sheet import SheetView

        self.table = table
        self.view = SheetView(self)
        self.view.setModel(table)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.add_button = QPushButton(self)
        self.dup_button = QPushButton(self)
        self.del_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.paste_button = QPushButton(self)
        self.lookup_button = QPushButton(self)
        self.lookup_button.setVisible(False)
        row = QHBoxLayout()
        for b in (
            self.add_button,
            self.dup_button,
            self.del_button,
            self.up_button,
            self.down_button,
            self.paste_button,
        ):
            row.addWidget(b)
            b.setVisible(buttons)
        row.addWidget(self.lookup_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.add_button.clicked.connect(self.add)
        self.dup_button.clicked.connect(self.duplicate)
        self.del_button.clicked.connect(self.delete)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.paste_button.clicked.connect(self.paste)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.view)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste)
        self.retranslate()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Wide enough for each header and the first rows, within reason."""
        header = self.view.horizontalHeader()
        limit = self.fontMetrics().averageCharWidth() * 36
        for col in range(self.table.columnCount()):
            self.view.resizeColumnToContents(col)
            wanted = max(self.view.columnWidth(col), header.sectionSizeHint(col))
            self.view.setColumnWidth(col, min(wanted, limit))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.table.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.table.columnCount() - 1, 0))
            self.fit_columns()  # headers are longer or shorter in the new language
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add line"))
        self.dup_button.setText(self.tr("Duplicate"))
        self.del_button.setText(self.tr("Delete"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.paste_button.setText(self.tr("Paste from Excel"))
        self.lookup_button.setText(self.tr("HS lookup…"))
        self.view.setAccessibleName(self.tr("Lines"))

    def set_read_only(self, flag: bool) -> None:
        self.table.read_only = flag
        for b in (
            self.add_button,
            self.dup_button,
            self.del_button,
            self.up_button,
            self.down_button,
            self.paste_button,
        ):
            b.setEnabled(not flag)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int) -> None:
        index = self.table.index(row, max(self.view.currentIndex().column(), 0))
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def add(self) -> None:
        """A new line, with the cursor in its first cell ready for typing."""
        row = self.table.add_row()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.selectionModel().setCurrentIndex(
            self.table.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def duplicate(self) -> None:
        row = self.current_row()
        if row >= 0:
            self._select(self.table.duplicate_row(row))

    def delete(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()} or {self.current_row()})
        rows = [r for r in rows if r >= 0]
        if rows:
            self.table.delete_rows(rows)

    def move_row(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0:
            self._select(self.table.move_row(row, delta))

    def paste(self) -> None:
        index = self.view.currentIndex()
        text = QApplication.clipboard().text()
        self.table.paste_text(text, index.row() if index.isValid() else -1, index.column() if index.isValid() else 0)

    def focus_path(self, path: str) -> bool:
        index = self.table.index_of_path(path)
        if index is None:
            return False
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True


# ----------------------------------------------------------------------------------------------- base


class DraftEditor(QWidget):
    """What every editor shares: the document, dirty state, autosave, save, issues and read-only state."""

    kind = ""
    saved = Signal(str, str)  # kind, id
    title_changed = Signal(str)
    open_requested = Signal(str, str)  # kind, id (e.g. the derived declaration)
    submitted = Signal(str, str)

    def _lay_out_stacked(self, tabs: QWidget, buttons: tuple[QWidget, ...]) -> None:
        """Status and buttons on top, the tabs above the issue list below (shipment and booking editors)."""
        bar = QHBoxLayout()
        bar.addWidget(self.status_label, 1)
        for button in buttons:
            bar.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(tabs)
        splitter.addWidget(self.issue_list)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def __init__(self, ctx: Any, document: BaseModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document = document.model_copy(deep=True)
        self.dirty = False
        self.never_saved = False  # a new record that is not in the workspace yet
        self.edited_paths: list[str] = []
        self.forms: list[ModelForm] = []
        self.tables: list[TableEditor] = []
        self.issues: list[Any] = []
        self._pending_checks: list[str] = []  # paths edited since the last check (incremental checkers)
        self._checker: Any = None
        self.status_label = QLabel(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issue_list = QListWidget(self)
        self.issue_list.setWordWrap(True)
        self.issue_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.issue_list.itemActivated.connect(self._on_issue_activated)
        self.issue_list.itemClicked.connect(self._on_issue_activated)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.autosave = QTimer(self)
        self.autosave.setInterval(max(1, int(ctx.settings.autosave_seconds)) * 1000)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(120)
        self._check_timer.timeout.connect(self.run_checks)

    @property
    def doc_id(self) -> str:
        return str(getattr(self.document, "id", ""))

    @property
    def journal(self) -> RecoveryJournal:
        return RecoveryJournal(self.ctx.paths.data / "recovery")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save a revision (Ctrl+S)"))
        self.issue_list.setAccessibleName(self.tr("Issues"))
        self.update_status()
        self.show_issues()

    def add_form(self, form: ModelForm) -> ModelForm:
        self.forms.append(form)
        form.edited.connect(self._on_form_edited)
        form.committed.connect(self._on_field_left)
        form.load(self.document)
        return form

    def add_table(self, editor: TableEditor) -> TableEditor:
        self.tables.append(editor)
        editor.table.edited.connect(self._on_table_edited)
        return editor

    def _on_form_edited(self, path: str) -> None:
        for form in self.forms:
            if path in form.editors:
                form.apply(self.document, [path])
        self.mark_edited(path)

    def _on_table_edited(self, path: str) -> None:
        self.mark_edited(path)

    def mark_edited(self, path: str) -> None:
        self._pending_checks.append(path)
        if path not in self.edited_paths:
            self.edited_paths.append(path)
        if not self.dirty:
            self.dirty = True
            self.update_status()
        self._check_timer.start()

    def _on_field_left(self, _path: str) -> None:
        if self.dirty:
            self.write_recovery()

    def write_recovery(self) -> None:
        if self.dirty:
            try:
                self.journal.write(self.kind, self.doc_id, self.document, self.edited_paths)
            except OSError:
                log.exception("could not write the recovery copy")

    def reload(self, document: BaseModel) -> None:
        self.document = document.model_copy(deep=True)
        self._checker = None
        for form in self.forms:
            form.load(self.document)
        self.load_tables()
        self.apply_read_only()
        self.run_checks()
        self.update_status()

    def load_tables(self) -> None:
        for t in self.tables:
            t.table.set_rows(self._list_at(t.table.list_path))
            t.fit_columns()

    def _list_at(self, path: str) -> list[Any]:
        from desktop.core.model.paths import get_path

        value = get_path(self.document, path)
        return value if isinstance(value, list) else []

    @property
    def editable(self) -> bool:
        status = getattr(self.document, "status", None)
        return status is None or status in EDITABLE or getattr(self, "amending", False)

    def apply_read_only(self) -> None:
        ro = not self.editable
        for form in self.forms:
            form.set_read_only(ro)
        for t in self.tables:
            t.set_read_only(ro)

    # --- issues
    def run_checks(self) -> None:
        try:
            self.issues = self.ctx.backend.check(self.document) if self.ctx.backend is not None else []
        except Exception:
            log.exception("checking failed")
            self.issues = []
        self.issues += self.receipt_issues() + self.input_issues()
        self.show_issues()

    def input_issues(self) -> list[Any]:
        """Cells holding typed text that could not be read: errors until fixed (the text is kept)."""
        out: list[Any] = []
        for t in self.tables:
            for path, text in t.table.input_issues():
                out.append(_InputIssue(path, text))
        for form in self.forms:
            for path, fe in form.editors.items():
                text = fe.input_error()
                if text:
                    out.append(_InputIssue(path, text))
        return out

    def receipt_issues(self) -> list[Any]:
        """The platform's field errors of the last rejection, pinned like rule issues until fixed."""
        receipts = getattr(self.document, "receipts", [])
        status = getattr(self.document, "status", None)
        if status not in (FilingStatus.REJECTED, FilingStatus.FAILED) or not receipts:
            return []
        last = receipts[-1]
        return [
            _PlatformIssue(e.field, e.code, dict(e.params)) for e in last.errors if e.field not in self.edited_paths
        ]

    def issue_message(self, issue: Any) -> str:
        if isinstance(issue, _InputIssue):
            return issue.text
        if isinstance(issue, _PlatformIssue):
            return lang.code_message(issue.rule_id, issue.params)
        try:
            from desktop.core import rules

            return str(rules.message(issue, lang.current()))
        except (ImportError, AttributeError):
            return f"{issue.rule_id}"

    def issues_by_path(self) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = {}
        for issue in self.issues:
            out.setdefault(issue.field_path, []).append((str(issue.severity), self.issue_message(issue)))
        return out

    def show_issues(self) -> None:
        by_path = self.issues_by_path()
        for form in self.forms:
            form.set_issues(by_path)
        for t in self.tables:
            t.table.set_issues(by_path)
        self.issue_list.clear()
        for issue in sorted(self.issues, key=lambda i: (str(i.severity) != "error", i.field_path)):
            label = self.path_label(issue.field_path)
            text = self.issue_message(issue)
            shown = text if text.startswith(label) else self.tr("{field}: {message}").format(field=label, message=text)
            item = QListWidgetItem(shown)
            icon = "SP_MessageBoxCritical" if str(issue.severity) == "error" else "SP_MessageBoxWarning"
            from PySide6.QtWidgets import QStyle

            item.setIcon(self.style().standardIcon(getattr(QStyle.StandardPixmap, icon)))
            item.setData(Qt.ItemDataRole.UserRole, issue.field_path)
            item.setData(Qt.ItemDataRole.UserRole + 2, issue.rule_id)
            item.setToolTip(f"{item.text()}\n[{issue.rule_id}]")
            self.issue_list.addItem(item)
        if not self.issues:
            empty = QListWidgetItem(self.tr("No problems found."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.issue_list.addItem(empty)
        self.update_status()

    def path_label(self, path: str) -> str:
        """``items.2.g_model`` → "Item 3 · Specification and model", from the field definitions."""
        from desktop.core.model.fields import field_specs

        model: Any = type(self.document)
        parts = path.split(".")
        labels = []
        k = 0
        while k < len(parts):
            part = parts[k]
            specs = field_specs(model) if isinstance(model, type) and issubclass(model, BaseModel) else {}
            spec = specs.get(part)
            if spec is None:
                labels.append(part)
                break
            label = lang.field_label(spec.label)
            annotation = model.model_fields[part].annotation
            sub = _inner_model(annotation)
            if k + 1 < len(parts) and parts[k + 1].isdigit():
                label = f"{label} {int(parts[k + 1]) + 1}"
                k += 1
            labels.append(label)
            model = sub
            k += 1
        return " · ".join(labels)

    def enable_hs_lookup(self, editor: TableEditor, code_column: str) -> None:
        editor.lookup_button.setVisible(True)
        editor.lookup_button.clicked.connect(lambda: self.hs_lookup(editor, code_column))

    def hs_lookup(self, editor: TableEditor, code_column: str, dialog: Any = None) -> bool:
        """Pick an HS 2022 subheading or one of the company's products for the current line."""
        from desktop.ui.hslookup import HsLookupDialog

        row = editor.current_row()
        if row < 0:
            row = editor.table.add_row()
        line = editor.table.rows[row]
        company = str(getattr(self.document, "company_id", ""))
        if dialog is None:
            dialog = HsLookupDialog(self.ctx, company, str(getattr(line, code_column, "")), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        picked = dialog.choice()
        if picked is None:
            return False
        kind, value = picked
        if kind == "hs":
            self._fill_classification(editor, row, code_column, value)
            return True
        if code_column == "code_ts":  # a declaration item: the product's code and elements in its own columns
            self._fill_classification(editor, row, code_column, value)
        for name in (
            "commodity_code",
            "name_zh",
            "name_en",
            "declaration_elements",
            "unit",
            "legal_unit_1",
            "unit_price",
            "origin_country",
        ):
            source = {"unit": "declared_unit"}.get(name, name)
            if name in editor.table.names and getattr(value, source, None) not in (None, ""):
                editor.table.setData(
                    editor.table.index(row, editor.table.names.index(name)), str(getattr(value, source))
                )
        if hasattr(line, "product_id"):
            line.product_id = value.id
        self._remember_classification(value)
        return True

    def _fill_classification(self, editor: TableEditor, row: int, code_column: str, value: Any) -> None:
        """The 10-digit code, legal units and declaration elements (规格型号) of an HS lookup choice."""
        names = editor.table.names
        elements = "g_model" if "g_model" in names else "declaration_elements"
        code = getattr(value, "code", None) or getattr(value, "commodity_code", "")
        fills = {code_column: code, elements: getattr(value, "elements", None)
                 or getattr(value, "declaration_elements", "")}
        for name in ("unit1", "unit2"):
            if getattr(value, name, ""):
                fills["legal_unit_" + name[-1]] = getattr(value, name)
        for name, text in fills.items():
            if name in names and text:
                editor.table.setData(editor.table.index(row, names.index(name)), str(text))
        line = editor.table.rows[row]
        product_id = str(getattr(line, "product_id", "") or "")
        if product_id and code:  # remembered on the product for the next time
            product = self.ctx.backend.product(str(getattr(self.document, "company_id", "")), product_id)
            if product is not None:
                self._remember_classification(
                    product.model_copy(update={"commodity_code": code, "declaration_elements": fills[elements]})
                )

    def _remember_classification(self, product: Any) -> None:
        """Save a product's code and elements as chosen in the HS lookup (master data remembers them)."""
        company = str(getattr(self.document, "company_id", ""))
        stored = self.ctx.backend.product(company, product.id) if company and product.id else None
        if stored is None:
            return
        if (stored.commodity_code, stored.declaration_elements) != (
            product.commodity_code, product.declaration_elements
        ):
            self.ctx.backend.save_product(company, stored.model_copy(update={
                "commodity_code": product.commodity_code, "declaration_elements": product.declaration_elements,
            }))

    def _on_issue_activated(self, item: QListWidgetItem) -> None:
        self.focus_path(str(item.data(Qt.ItemDataRole.UserRole)))

    def focus_path(self, path: str) -> bool:
        """Bring the field of ``path`` into view and focus it."""
        for form in self.forms:
            if path in form.editors:
                self._reveal(form)
                form.focus_path(path)
                return True
        for t in self.tables:
            if t.focus_path(path):
                self._reveal(t)
                t.focus_path(path)
                return True
        return False

    def focus_first(self) -> None:
        """Put the cursor in the first field of the first form."""
        for form in self.forms:
            for fe in form.editors.values():
                if fe.editor.isEnabled():
                    self._reveal(form)
                    if QApplication.activeWindow() is not self.window() and QApplication.activePopupWidget() is None:
                        self.window().activateWindow()  # a closed suggestion list may still hold the activation
                    fe.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                    return

    def _reveal(self, widget: QWidget) -> None:
        node: QWidget | None = widget
        while node is not None and node is not self:
            parent = node.parentWidget()
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget)
            grand = parent.parentWidget() if parent is not None else None
            if isinstance(grand, QTabWidget):
                grand.setCurrentWidget(node)
            node = parent

    # --- saving
    def update_status(self) -> None:
        errors = sum(1 for i in self.issues if str(i.severity) == "error")
        warnings = len(self.issues) - errors
        if self.never_saved:
            state = self.tr("Not saved yet")
        else:
            state = self.tr("Unsaved changes") if self.dirty else self.tr("Saved")
        status = getattr(self.document, "status", None)
        parts = [state]
        if status is not None:
            parts.insert(0, status_text(str(status)))
        parts.append(self.tr("{errors} errors, {warnings} warnings").format(errors=errors, warnings=warnings))
        self.status_label.setText(" · ".join(parts))

    def save(self) -> None:
        if not self.editable:
            return
        self.save_button.setEnabled(False)
        doc = self.document.model_copy(deep=True)
        edited = list(self.edited_paths)
        self.ctx.runner.run(
            self.save_work, doc, edited, on_done=self._on_saved, on_error=self._on_save_failed, owner=self
        )

    def save_work(self, doc: Any, edited: list[str]) -> Any:
        raise NotImplementedError

    def _on_saved(self, doc: Any) -> None:
        self.save_button.setEnabled(True)
        old_id = self.doc_id
        if isinstance(doc, BaseModel):
            self.document = doc.model_copy(deep=True)
        self.journal.discard(self.kind, old_id)
        self.journal.discard(self.kind, self.doc_id)
        self.dirty = False
        self.never_saved = False
        self.edited_paths = []
        self.update_status()
        self.saved.emit(self.kind, self.doc_id)
        self.title_changed.emit(self.title())

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.ctx.window.show_error(exc)

    def title(self) -> str:
        return self.doc_id

    def discard_changes(self) -> None:
        """Drop the unsaved edits (the user said so): no save, no recovery copy."""
        self.dirty = False
        self.edited_paths = []
        self.journal.discard(self.kind, self.doc_id)

    def file_stem(self) -> str:
        """A file name for exports: the title without characters file systems refuse."""
        import re

        return re.sub(r'[\\/:*?"<>|\s]+', "-", self.title()).strip("-") or self.kind

    def close_editor(self) -> None:
        """Save a dirty editor before it goes (nothing is ever dropped silently)."""
        self.autosave.stop()
        self.write_recovery()


class _InputIssue:
    """A value typed into a field or cell that could not be read, shaped like a rule issue."""

    def __init__(self, field_path: str, text: str) -> None:
        self.field_path, self.text = field_path, text
        self.rule_id, self.severity = "input.unreadable", "error"
        self.params: dict[str, Any] = {}


class _PlatformIssue:
    """A field error from a rejection receipt, shaped like a rule issue."""

    def __init__(self, field_path: str, code: str, params: dict[str, Any]) -> None:
        self.field_path, self.rule_id, self.params = field_path, code, params
        self.severity = "error"


def _inner_model(annotation: Any) -> Any:
    import typing

    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
        for inner in typing.get_args(candidate):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return None


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for w in widgets:
        layout.addWidget(w)
    return page


# ----------------------------------------------------------------------------------------------- shipment

PARTY_FIELDS = ("name", "name_local", "address", "country", "aeo_code", "tax_id", "contact", "phone")
GOODS_COLUMNS = (
    "commodity_code",
    "name_zh",
    "name_en",
    "declaration_elements",
    "quantity",
    "unit",
    "unit_price",
    "total",
    "net_weight",
    "gross_weight",
    "packages",
    "volume_m3",
    "legal_unit_1",
    "origin_country",
    "source_district",
    "un_number",
    "imo_class",
    "package_code",
)
CONTAINER_COLUMNS = ("number", "size_type", "seal", "tare_kg", "lcl", "goods_lines", "reefer_temperature_c")


class ShipmentEditor(DraftEditor):
    kind = "shipment"

    def __init__(self, ctx: Any, document: Shipment, parent: QWidget | None = None) -> None:
        super().__init__(ctx, document, parent)
        assert isinstance(self.document, Shipment)
        self.header = self.add_form(
            ModelForm(
                [
                    Section(
                        QT_TRANSLATE_NOOP("Forms", "Shipment"),
                        Shipment,
                        (
                            "reference",
                            "contract_no",
                            "invoice_no",
                            "invoice_date",
                            "transaction_mode",
                            "incoterm",
                            "currency",
                            "trade_country",
                            "destination_country",
                            "producer_name",
                            "producer_uscc",
                            "dangerous_goods",
                        ),
                    ),
                    Section(
                        QT_TRANSLATE_NOOP("Forms", "Packages and weights"),
                        Shipment,
                        (
                            "package_type",
                            "package_count",
                            "gross_weight",
                            "net_weight",
                            "marks",
                            "freight_amount",
                            "insurance_amount",
                            "remarks",
                        ),
                    ),
                ]
            )
        )
        self.parties = self.add_form(
            ModelForm(
                [
                    Section(QT_TRANSLATE_NOOP("Forms", "Shipper"), Party, PARTY_FIELDS, prefix="shipper"),
                    Section(QT_TRANSLATE_NOOP("Forms", "Consignee"), Party, PARTY_FIELDS, prefix="consignee"),
                    Section(
                        QT_TRANSLATE_NOOP("Forms", "Notify party"),
                        Party,
                        PARTY_FIELDS[:4],
                        prefix="notify_party",
                    ),
                ]
            )
        )
        self.route = self.add_form(
            ModelForm(
                [
                    Section(
                        QT_TRANSLATE_NOOP("Forms", "Route"),
                        Route,
                        (
                            "place_of_receipt",
                            "rail_origin_station",
                            "pre_carriage",
                            "port_of_loading",
                            "port_of_discharge",
                            "place_of_delivery",
                            "exit_customs",
                            "requested_departure",
                            "train_no",
                            "rail_waybill",
                            "vessel",
                            "voyage",
                            "bill_no",
                        ),
                        prefix="route",
                    ),
                ]
            )
        )
        self.goods = self.add_table(
            TableEditor(ModelListTable(GoodsLine, GOODS_COLUMNS, "goods", self.document.goods, self))
        )
        self.containers = self.add_table(
            TableEditor(ModelListTable(Container, CONTAINER_COLUMNS, "containers", self.document.containers, self))
        )
        self.enable_hs_lookup(self.goods, "commodity_code")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_scroll(self.header), "")
        self.tabs.addTab(_scroll(self.parties), "")
        self.tabs.addTab(self.goods, "")
        self.tabs.addTab(self.containers, "")
        self.tabs.addTab(_scroll(self.route), "")
        self.derive_decl_button = QPushButton(self)
        self.derive_booking_button = QPushButton(self)
        self.derive_decl_button.clicked.connect(self.derive_declaration)
        self.derive_booking_button.clicked.connect(self.derive_booking)
        self._lay_out_stacked(self.tabs, (self.save_button, self.derive_decl_button, self.derive_booking_button))
        self._setup_completers()
        from desktop.ui.shipment_aids import ShipmentAids

        self.aids = ShipmentAids(self)  # header sums of the lines; what the derived documents will need
        from desktop.ui import cargo_details

        cargo_details.install(self)  # dangerous goods details per line, reefer settings per container
        self.retranslate()
        self.run_checks()
        self.aids.schedule()

    def mark_edited(self, path: str) -> None:
        super().mark_edited(path)
        if hasattr(self, "aids"):
            self.aids.schedule()

    def reload(self, document: BaseModel) -> None:
        super().reload(document)
        self.aids.reset()

    def show_issues(self) -> None:
        super().show_issues()
        if hasattr(self, "aids"):
            self.aids.add_items()

    def update_status(self) -> None:
        super().update_status()
        derived = self.aids.status_text() if hasattr(self, "aids") else ""
        if derived:
            self.status_label.setText(f"{self.status_label.text()} · {derived}")

    def retranslate(self) -> None:
        super().retranslate()
        for i, text in enumerate(
            (
                self.tr("General"),
                self.tr("Parties"),
                self.tr("Goods"),
                self.tr("Containers"),
                self.tr("Route"),
            )
        ):
            self.tabs.setTabText(i, text)
        if hasattr(self, "dg_button"):
            from desktop.ui import cargo_details

            cargo_details.retranslate(self)
        self.derive_decl_button.setText(self.tr("Create / refresh &declaration"))
        self.derive_booking_button.setText(self.tr("Create / refresh &booking"))

    def title(self) -> str:
        assert isinstance(self.document, Shipment)
        return self.document.reference or self.tr("New shipment")

    def _setup_completers(self) -> None:
        """Consignee and notify party from the company's master data, by type-ahead on the name."""
        from PySide6.QtWidgets import QCompleter, QLineEdit

        assert isinstance(self.document, Shipment)
        company = self.document.company_id
        backend = self.ctx.backend
        if backend is None or not company:
            return

        def loaded(parties: list[Party]) -> None:
            names = [p.name for p in parties]
            self._parties = {p.name: p for p in parties}
            for prefix in ("consignee", "notify_party"):
                editor = self.parties.editors[f"{prefix}.name"].editor
                if isinstance(editor, QLineEdit):
                    completer = QCompleter(names, editor)
                    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                    completer.setFilterMode(Qt.MatchFlag.MatchContains)
                    completer.activated[str].connect(  # type: ignore[index]
                        lambda text, p=prefix: self.pick_party(p, text)
                    )
                    editor.setCompleter(completer)

        self.ctx.runner.run(backend.parties, company, on_done=loaded, owner=self)

    def pick_party(self, prefix: str, name: str) -> None:
        party = getattr(self, "_parties", {}).get(name)
        if party is None:
            return
        setattr(self.document, prefix, party.model_copy(deep=True))
        self.parties.load(self.document)
        self.mark_edited(prefix)

    def save_work(self, doc: Shipment, edited: list[str]) -> Shipment:
        return self.ctx.backend.save_shipment(doc)  # type: ignore[no-any-return]

    def derive_declaration(self) -> None:
        self._derive(self.ctx.backend.derive_declaration, "declaration")

    def derive_booking(self) -> None:
        self._derive(self.ctx.backend.derive_booking, "booking")

    def _derive(self, fn: Callable[[str], Any], kind: str) -> None:
        doc = self.document.model_copy(deep=True)
        backend = self.ctx.backend

        def work() -> Any:
            saved = backend.save_shipment(doc)
            return saved, fn(saved.id)

        def done(result: Any) -> None:
            saved, derived = result
            self._on_saved(saved)
            first = derived[0] if isinstance(derived, list) else derived
            self.open_requested.emit(kind, first.id)

        self.ctx.runner.run(work, on_done=done, on_error=self._on_save_failed, owner=self)


# ----------------------------------------------------------------------------------------------- declaration

ITEM_COLUMNS = (
    "g_no",
    "code_ts",
    "g_name",
    "g_model",
    "quantity",
    "unit",
    "legal_quantity_1",
    "legal_unit_1",
    "unit_price",
    "total",
    "currency",
    "origin_country",
    "destination_country",
    "source_district",
    "duty_mode",
)
DECL_CONTAINER_COLUMNS = ("number", "size_code", "tare_kg", "lcl", "items")

DECLARATION_SECTIONS = [
    Section(
        QT_TRANSLATE_NOOP("Forms", "Customs and dates"),
        ExportDeclaration,
        ("custom_master", "ie_port", "manual_no", "contr_no", "ie_date", "d_date", "entry_type"),
    ),
    Section(
        QT_TRANSLATE_NOOP("Forms", "Domestic shipper and producer"),
        ExportDeclaration,
        (
            "trade_co_scc",
            "trade_code",
            "trade_name",
            "owner_code_scc",
            "owner_code",
            "owner_name",
            "agent_code_scc",
            "agent_code",
            "agent_name",
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Forms", "Overseas consignee"),
        ExportDeclaration,
        ("consignee_code", "consignee_name"),
    ),
    Section(
        QT_TRANSLATE_NOOP("Forms", "Transport"),
        ExportDeclaration,
        ("traf_mode", "traf_name", "voyage_no", "bill_no", "enty_port_code", "enty_port_customs", "distinate_port",
         "distinate_port_customs", "desp_date", "goods_place"),
    ),
    Section(
        QT_TRANSLATE_NOOP("Forms", "Trade"),
        ExportDeclaration,
        (
            "trade_mode",
            "cut_mode",
            "license_no",
            "trade_area_code",
            "trade_country",
            "trans_mode",
            "currency",
            "declared_total",
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Forms", "Freight, insurance and other charges"),
        ExportDeclaration,
        (
            "fee_mark",
            "fee_rate",
            "fee_curr",
            "insur_mark",
            "insur_rate",
            "insur_curr",
            "other_mark",
            "other_rate",
            "other_curr",
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Forms", "Packages and weights"),
        ExportDeclaration,
        ("pack_no", "wrap_type", "gross_wt", "net_wt", "mark_no", "note_s"),
    ),
]


class FilingEditor(DraftEditor):
    """Shared by the declaration and the booking: submit, status, receipts timeline, follow-up actions."""

    def __init__(self, ctx: Any, document: BaseModel, parent: QWidget | None = None) -> None:
        super().__init__(ctx, document, parent)
        self.submit_button = QPushButton(self)
        self.submit_button.clicked.connect(self.submit)
        self.timeline = QListWidget(self)
        submit = QShortcut(QKeySequence("Ctrl+Return"), self)
        submit.activated.connect(self.submit)
        submit2 = QShortcut(QKeySequence("Ctrl+Enter"), self)
        submit2.activated.connect(self.submit)
        self.documents_button = QPushButton(self)
        self.documents_button.clicked.connect(lambda: self.show_documents())
        self.documents_dialog: Any = None
        self.shipment_reference = self._shipment_reference()

    def _shipment_reference(self) -> str:
        """The reference of the shipment this filing comes from (its title until the filing has a number)."""
        shipment_id = str(getattr(self.document, "shipment_id", "") or "")
        backend = self.ctx.backend
        if not shipment_id or backend is None or backend.store is None:
            return ""
        try:
            shipment = backend.store.shipments.find(shipment_id)
        except Exception:  # a title never stops an editor from opening
            log.exception("could not read the shipment of %s", self.doc_id)
            return ""
        return str(getattr(shipment, "reference", "") or "")

    def retranslate(self) -> None:
        super().retranslate()
        self.submit_button.setText(QCoreApplication.translate(SUBMIT_CONTEXT[self.kind], "Su&bmit"))
        self.submit_button.setToolTip(self.tr("Submit to the platform (Ctrl+Enter)"))
        self.documents_button.setText(self.tr("&Documents…"))
        self.documents_button.setToolTip(self.tr("Preview, print or save the documents of this filing"))
        self.timeline.setAccessibleName(self.tr("Receipts"))
        self.show_timeline()

    def clock_note(self) -> str:
        """Which clock the receipt times come from (the sandbox has its own, which a trainer can move)."""
        backend = self.ctx.backend
        if backend is not None and backend.environment == "sandbox":
            return self.tr("Receipt times: the sandbox clock (a trainer can move it), not this computer's clock")
        return self.tr("Receipt times: the platform's clock, in this computer's time zone")

    def channel_text(self) -> str:
        """Which way this filing went (or goes): the corridor platform or the Single Window client's folders."""
        receipts = getattr(self.document, "receipts", [])
        if any(r.message_code.startswith("singlewindow.") for r in receipts):
            return self.tr("Sent through the Single Window client (ImpPath folders)")
        if receipts:
            return self.tr("Sent through the corridor platform")
        backend = self.ctx.backend
        company = str(getattr(self.document, "company_id", "") or "")
        kind = "declaration" if isinstance(self.document, ExportDeclaration) else ""
        try:
            if kind and backend is not None and backend.store is not None and backend.uses_single_window(company):
                return self.tr("Will be sent through the Single Window client (ImpPath folders)")
        except Exception:  # a hint never stops the timeline
            log.exception("could not read the Single Window settings")
        return ""

    def show_timeline(self) -> None:
        self.timeline.clear()
        receipts = getattr(self.document, "receipts", [])
        if receipts:
            note = QListWidgetItem(self.clock_note())
            note.setFlags(Qt.ItemFlag.NoItemFlags)
            self.timeline.addItem(note)
        channel = self.channel_text()
        if channel:
            item = QListWidgetItem(channel)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.timeline.addItem(item)
        self.timeline.setToolTip(self.clock_note())
        for receipt in receipts:
            when = lang.format_datetime(receipt.at) if receipt.at else ""
            text = f"{when}  {status_text(str(receipt.status))}"
            if receipt.message_code:  # the platform's message, translated (never the raw code)
                text += "  " + lang.code_message(receipt.message_code, {"count": len(receipt.errors)})
            if receipt.note:  # the counterpart's own words (a Single Window receipt's code and note), as they came
                text += "  " + receipt.note
            if receipt.errors:
                text += "  " + self.tr("({n} field errors)").format(n=len(receipt.errors))
            item = QListWidgetItem(text)
            item.setToolTip("\n".join(
                f"{e.field}: {lang.code_message(e.code, dict(e.params))}" for e in receipt.errors
            ))
            self.timeline.addItem(item)

    def reload(self, document: BaseModel) -> None:
        super().reload(document)
        self.show_timeline()
        self.update_buttons()

    #: The documents of this filing and of its shipment, first the filing's own.
    document_kinds: tuple[str, ...] = ()

    def show_documents(self, kind: str | None = None) -> Any:
        """The preview dialog of this filing's documents (made from what is on the screen, saved or not)."""
        from desktop.ui.documents import DocumentsDialog

        if self.documents_dialog is None:
            self.documents_dialog = DocumentsDialog(
                self.ctx, self._document_job, self.document_kinds, self.title(), self, self._document_record
            )
        self.documents_dialog.open_preview(kind)
        return self.documents_dialog

    def _document_job(self, kind: str, doc_lang: str) -> Callable[[], Any] | None:
        backend = self.ctx.backend
        if backend is None:
            return None
        current, doc_id = self.document.model_copy(deep=True), self.doc_id
        return lambda: backend.document_pdf(doc_id, kind, doc_lang, current)

    def _document_record(self, output: str, kind: str) -> Callable[[], Any] | None:
        backend, doc_id = self.ctx.backend, self.doc_id
        return None if backend is None else (lambda: backend.note_document(doc_id, kind, output))

    def update_buttons(self) -> None:
        self.submit_button.setEnabled(self.editable)
        self.save_button.setEnabled(self.editable)

    def submit(self) -> None:
        if not self.editable:
            return
        errors = [i for i in self.issues if str(i.severity) == "error"]
        if errors:
            self.focus_path(errors[0].field_path)
            self.ctx.window.show_message(self.tr("Fix the errors marked on the form before submitting."))
            return
        doc = self.document.model_copy(deep=True)
        edited = list(self.edited_paths)
        backend = self.ctx.backend
        kind = self.kind

        amending = getattr(self, "amending", False)

        def work() -> Any:
            saved = self.save_work(doc, edited)
            if amending:
                backend.amend(saved.id)
            else:
                backend.submit(kind, saved.id)
            return backend.declaration(saved.id) if kind == "declaration" else backend.booking(saved.id)

        self.submit_button.setEnabled(False)

        def done(result: Any) -> None:
            self.amending = False
            self._on_saved(result)
            self.reload(result)
            self.submitted.emit(self.kind, self.doc_id)

        def failed(exc: BaseException) -> None:
            self.update_buttons()
            self._on_save_failed(exc)

        self.ctx.runner.run(work, on_done=done, on_error=failed, owner=self)

    def refresh_from_store(self) -> None:
        """Pick up a status change (receipt) without losing local edits."""
        if self.dirty:
            return
        getter = self.ctx.backend.declaration if self.kind == "declaration" else self.ctx.backend.booking
        self.ctx.runner.run(getter, self.doc_id, on_done=self.reload, owner=self)


class DeclarationEditor(FilingEditor):
    kind = "declaration"
    document_kinds = ("declaration", "invoice", "packing-list")

    def __init__(self, ctx: Any, document: ExportDeclaration, parent: QWidget | None = None) -> None:
        super().__init__(ctx, document, parent)
        assert isinstance(self.document, ExportDeclaration)
        self.header = self.add_form(ModelForm(DECLARATION_SECTIONS))
        self.items = self.add_table(
            TableEditor(ModelListTable(DeclarationItem, ITEM_COLUMNS, "items", self.document.items, self))
        )
        self.decl_containers = self.add_table(
            TableEditor(
                ModelListTable(
                    DeclarationContainer, DECL_CONTAINER_COLUMNS, "containers", self.document.containers, self
                )
            )
        )
        self.enable_hs_lookup(self.items, "code_ts")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_scroll(self.header), "")
        self.tabs.addTab(self.items, "")
        self.tabs.addTab(self.decl_containers, "")
        self.tabs.addTab(self.timeline, "")
        self.amending = False
        self.amend_button = QPushButton(self)
        self.amend_button.clicked.connect(self.start_amend)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.attach_button = QPushButton(self)
        self.attach_button.clicked.connect(self.attach_documents)
        bar = QHBoxLayout()
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.submit_button)
        bar.addWidget(self.amend_button)
        bar.addWidget(self.withdraw_button)
        bar.addWidget(self.documents_button)
        bar.addWidget(self.attach_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.issues_title = QLabel(side)
        side_layout.addWidget(self.issues_title)
        side_layout.addWidget(self.issue_list, 1)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.apply_read_only()
        self.update_buttons()
        self.run_checks()

    def retranslate(self) -> None:
        super().retranslate()
        for i, text in enumerate((self.tr("Header"), self.tr("Items"), self.tr("Containers"), self.tr("Receipts"))):
            self.tabs.setTabText(i, text)
        self.issues_title.setText(self.tr("Checks"))
        self.amend_button.setText(self.tr("&Amend"))
        self.amend_button.setToolTip(self.tr("Change a declaration the platform holds and send the amendment"))
        self.withdraw_button.setText(self.tr("&Withdraw"))
        self.attach_button.setText(self.tr("Attach documents"))
        self.attach_button.setToolTip(
            self.tr("Upload the commercial invoice and packing list PDFs the filing does not have yet")
        )

    def update_buttons(self) -> None:
        super().update_buttons()
        status = getattr(self.document, "status", None)
        held = status in (FilingStatus.RECEIVED, FilingStatus.ACCEPTED)
        if any(r.message_code.startswith("singlewindow.") for r in getattr(self.document, "receipts", [])):
            held = False  # the Single Window client holds it: amend, withdraw and attach there, not on the platform
        self.amend_button.setEnabled(held and status == FilingStatus.RECEIVED and not self.amending)
        self.withdraw_button.setEnabled(held)
        attached = {a.edoc_code for a in getattr(self.document, "attachments", [])}
        self.attach_button.setEnabled(held and not {"00000001", "00000002"} <= attached)

    def attach_documents(self) -> None:
        self.attach_button.setEnabled(False)
        self.ctx.runner.run(
            self.ctx.backend.attach_documents,
            self.doc_id,
            on_done=self.reload,
            on_error=self._on_save_failed,
            owner=self,
        )

    def start_amend(self) -> None:
        """Unlock the fields; Submit then sends an amendment of the filing."""
        self.amending = True
        self.apply_read_only()
        self.update_buttons()

    def withdraw(self) -> None:
        self.withdraw_button.setEnabled(False)
        self.ctx.runner.run(
            self.ctx.backend.withdraw,
            self.doc_id,
            on_done=lambda _r: self.refresh_from_store(),
            on_error=self._on_save_failed,
            owner=self,
        )

    def title(self) -> str:
        assert isinstance(self.document, ExportDeclaration)
        d = self.document
        if d.customs_no or d.contr_no:
            name = d.customs_no or d.contr_no
        elif self.shipment_reference:
            name = self.tr("Declaration for {reference}").format(reference=self.shipment_reference)
        else:
            name = self.tr("New declaration")
        return f"{name} ({d.part}/{d.parts})" if d.parts > 1 else name

    def save_work(self, doc: ExportDeclaration, edited: list[str]) -> ExportDeclaration:
        return self.ctx.backend.save_declaration(doc, edited)  # type: ignore[no-any-return]

    def run_checks(self) -> None:
        """Incremental: only the checks of the fields edited since the last run (the rules' own checker)."""
        from desktop.core import rules

        assert isinstance(self.document, ExportDeclaration)
        pending, self._pending_checks = self._pending_checks, []
        if self._checker is None or not pending:
            self._checker = rules.DeclarationChecker(self.document)
            found = self._checker.issues
        else:
            for path in dict.fromkeys(pending):
                found = self._checker.update(self.document, path)
        self.issues = list(found) + self.receipt_issues()
        self.show_issues()


# ----------------------------------------------------------------------------------------------- booking

PARTY_COLUMNS = ("role", "name", "address", "country", "tax_id")
EQUIPMENT_COLUMNS = (
    "iso_code",
    "units",
    "shipper_owned",
    "reefer_temperature_c",
    "dangerous_goods",
    "container_numbers",
)
COMMODITY_COLUMNS = (
    "hs_code",
    "description",
    "gross_weight_kg",
    "volume_m3",
    "packages",
    "package_code",
    "un_number",
    "imo_class",
)


#: DCSA cut-off time codes a carrier confirms with, by name (others are shown as their code).
CUT_OFF_NAMES = {
    "DCO": QT_TRANSLATE_NOOP("BookingEditor", "Documentation cut-off"),
    "VCO": QT_TRANSLATE_NOOP("BookingEditor", "VGM cut-off"),
    "FCO": QT_TRANSLATE_NOOP("BookingEditor", "Full container cut-off"),
    "LCO": QT_TRANSLATE_NOOP("BookingEditor", "LCL delivery cut-off"),
}


class BookingEditor(FilingEditor):
    kind = "booking"
    document_kinds = ("booking", "bill", "invoice", "packing-list")

    def __init__(self, ctx: Any, document: RailSeaBooking, parent: QWidget | None = None) -> None:
        super().__init__(ctx, document, parent)
        assert isinstance(self.document, RailSeaBooking)
        self.header = self.add_form(
            ModelForm(
                [
                    Section(
                        QT_TRANSLATE_NOOP("Forms", "Service"),
                        RailSeaBooking,
                        (
                            "requested_departure",
                            "service_code",
                            "pre_carriage",
                            "rail_origin_station",
                            "train_no",
                            "vessel_name",
                            "vessel_imo",
                            "voyage_no",
                            "carrier_booking_reference",
                            "through_document_no",
                        ),
                    ),
                    Section(
                        QT_TRANSLATE_NOOP("Forms", "Terms"),
                        RailSeaBooking,
                        (
                            "receipt_type_at_origin",
                            "delivery_type_at_destination",
                            "cargo_movement_type_at_origin",
                            "cargo_movement_type_at_destination",
                            "equipment_substitution_allowed",
                            "transport_document_type",
                            "freight_payment",
                            "incoterm",
                            "export_declaration_required",
                            "export_declaration_reference",
                            "service_contract_reference",
                            "contract_quotation_reference",
                            "ad_valorem_cover",
                            "declared_value",
                            "declared_currency",
                            "remarks",
                        ),
                    ),
                ]
            )
        )
        self.equipment = self.add_table(
            TableEditor(
                ModelListTable(RequestedEquipment, EQUIPMENT_COLUMNS, "equipment", self.document.equipment, self)
            )
        )
        self.doc_parties = self.add_table(
            TableEditor(
                ModelListTable(DocumentParty, PARTY_COLUMNS, "document_parties", self.document.document_parties, self)
            )
        )
        commodities = self.document.equipment[0].commodities if self.document.equipment else []
        self.commodities = self.add_table(
            TableEditor(ModelListTable(Commodity, COMMODITY_COLUMNS, "equipment.0.commodities", commodities, self))
        )
        self.schedule_button = QPushButton(self)
        self.schedule_button.clicked.connect(self.search_schedules)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_booking)
        self.carrier_button = QPushButton(self)
        self.carrier_button.clicked.connect(self.send_to_carrier)
        self.schedules = QListWidget(self)
        self.schedules.itemActivated.connect(self._on_schedule_picked)
        self.cut_off_list = QListWidget(self)
        self.cut_off_list.setMaximumHeight(110)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(_scroll(self.header), "")
        self.tabs.addTab(_page(self.equipment, self.commodities), "")
        self.tabs.addTab(self.doc_parties, "")
        self.tabs.addTab(_page(self.schedule_button, self.schedules), "")
        self.tabs.addTab(_page(self.cut_off_list, self.timeline), "")
        buttons = (self.save_button, self.submit_button, self.carrier_button, self.cancel_button,
                   self.documents_button)
        self._lay_out_stacked(self.tabs, buttons)
        self.retranslate()
        self.apply_read_only()
        self.update_buttons()
        self.run_checks()

    def retranslate(self) -> None:
        super().retranslate()
        for i, text in enumerate(
            (
                self.tr("Booking"),
                self.tr("Equipment and cargo"),
                self.tr("Parties"),
                self.tr("Schedules"),
                self.tr("Receipts"),
            )
        ):
            self.tabs.setTabText(i, text)
        self.schedule_button.setText(self.tr("Search schedules"))
        self.cancel_button.setText(self.tr("Cancel booking"))
        self.carrier_button.setText(self.tr("Send to &carrier"))
        self.carrier_button.setToolTip(self.tr("Send the booking to a carrier's DCSA booking API"))
        self.show_cut_offs()

    def show_cut_offs(self) -> None:
        """The carrier's cut-offs of the confirmed booking, above its timeline (hidden until there are any)."""
        assert isinstance(self.document, RailSeaBooking)
        self.cut_off_list.clear()
        for cut in self.document.cut_offs:
            name = self.tr(str(CUT_OFF_NAMES[cut.code])) if cut.code in CUT_OFF_NAMES else cut.code
            self.cut_off_list.addItem(f"{name}  {lang.format_datetime(cut.at) if cut.at else ''}")
        self.cut_off_list.setVisible(bool(self.document.cut_offs))

    def reload(self, document: BaseModel) -> None:
        super().reload(document)
        self.show_cut_offs()

    def update_buttons(self) -> None:
        super().update_buttons()
        status = getattr(self.document, "status", None)
        self.cancel_button.setEnabled(status in (FilingStatus.REQUESTED, FilingStatus.CONFIRMED))
        self.carrier_button.setEnabled(self.editable)

    def title(self) -> str:
        assert isinstance(self.document, RailSeaBooking)
        if self.document.carrier_booking_reference:
            return self.document.carrier_booking_reference
        if self.shipment_reference:
            return self.tr("Booking for {reference}").format(reference=self.shipment_reference)
        return self.tr("New booking")

    def save_work(self, doc: RailSeaBooking, edited: list[str]) -> RailSeaBooking:
        return self.ctx.backend.save_booking(doc, edited)  # type: ignore[no-any-return]

    def search_schedules(self) -> None:
        assert isinstance(self.document, RailSeaBooking)
        backend = self.ctx.backend
        doc = self.document

        def done(items: list[Any]) -> None:
            self.schedules.clear()
            for s in items:
                text = self.tr(
                    "{service} · train {train} · cut-off {cutoff} · {vessel} {voyage} · "
                    "{days} days · {amount} {currency}"
                ).format(
                    service=s.service_code,
                    train=s.train_no,
                    cutoff=str(s.cutoff)[:16],
                    vessel=s.vessel,
                    voyage=s.voyage,
                    days=s.transit_days,
                    amount=s.price.amount,
                    currency=s.price.currency,
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s)
                self.schedules.addItem(item)

        self.ctx.runner.run(backend.schedules, doc, on_done=done, on_error=self._on_save_failed, owner=self)

    def _on_schedule_picked(self, item: QListWidgetItem) -> None:
        s = item.data(Qt.ItemDataRole.UserRole)
        assert isinstance(self.document, RailSeaBooking)
        self.document.service_code = s.service_code
        self.document.train_no = s.train_no
        self.document.vessel_name = s.vessel
        self.document.voyage_no = s.voyage
        for path in ("service_code", "train_no", "vessel_name", "voyage_no"):
            self.mark_edited(path)
        self.header.load(self.document)

    def send_to_carrier(self) -> None:
        """Save, then send the booking to the workspace's carrier (asks which when there are several)."""
        if not self.editable:
            return
        names = self.ctx.backend.carriers()
        if not names:
            self.ctx.window.show_message(
                self.tr("No carrier is set up in this workspace: add one with corridor-desk carrier add."))
            return
        name = names[0]
        if len(names) > 1:
            from PySide6.QtWidgets import QInputDialog

            name, ok = QInputDialog.getItem(self, self.tr("Send to carrier"), self.tr("Carrier:"), names, 0, False)
            if not ok:
                return
        errors = [i for i in self.issues if str(i.severity) == "error"]
        if errors:
            self.focus_path(errors[0].field_path)
            self.ctx.window.show_message(self.tr("Fix the errors marked on the form before submitting."))
            return
        assert isinstance(self.document, RailSeaBooking)
        doc, edited, backend = self.document.model_copy(deep=True), list(self.edited_paths), self.ctx.backend

        def work() -> Any:
            saved = self.save_work(doc, edited)
            return backend.send_to_carrier(saved.id, name)

        self.carrier_button.setEnabled(False)

        def done(result: Any) -> None:
            self._on_saved(result)
            self.update_buttons()

        def failed(exc: BaseException) -> None:
            self.update_buttons()
            self.ctx.window.show_error(exc)
            self.refresh_from_store()

        self.ctx.runner.run(work, on_done=done, on_error=failed, owner=self)

    def cancel_booking(self) -> None:
        """Cancel where the booking was filed (its carrier or the platform); a carrier's answer is shown."""

        def done(result: Any) -> None:
            self.refresh_from_store()
            if isinstance(result, RailSeaBooking) and result.receipts:  # the carrier's answer, in the user's words
                self.ctx.window.show_message(lang.code_message(result.receipts[-1].message_code, {}))

        self.cancel_button.setEnabled(False)
        self.ctx.runner.run(
            self.ctx.backend.cancel_booking, self.doc_id, on_done=done, on_error=self._on_cancel_failed, owner=self
        )

    def _on_cancel_failed(self, exc: BaseException) -> None:
        self.update_buttons()
        self.ctx.window.show_error(exc)


def open_editor(ctx: Any, kind: str, document: BaseModel, parent: QWidget | None = None) -> DraftEditor:
    if kind == "shipment":
        assert isinstance(document, Shipment)
        return ShipmentEditor(ctx, document, parent)
    if kind == "declaration":
        assert isinstance(document, ExportDeclaration)
        return DeclarationEditor(ctx, document, parent)
    assert isinstance(document, RailSeaBooking)
    return BookingEditor(ctx, document, parent)
