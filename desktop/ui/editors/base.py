"""What every editor shares: the document, dirty state, autosave, recovery, save, issues and read-only state."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model.filing import EDITABLE
from desktop.ui.editors import classify, conflicts, issues, navigate
from desktop.ui.editors.recovery import RecoveryJournal
from desktop.ui.editors.table import TableEditor
from desktop.ui.forms import ModelForm
from desktop.ui.lists import status_text

log = logging.getLogger(__name__)


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
        #: the stored revision this editor's document is based on; a save expects it (None: not checked)
        self.revision: int | None = None
        self.edited_paths: list[str] = []
        self.forms: list[ModelForm] = []
        self.tables: list[TableEditor] = []
        self.issues: list[Any] = []
        self._pending_checks: list[str] = []  # paths edited since the last check (incremental checkers)
        self._checker: Any = None
        self._refused = ""  # why the last save was refused (a value that cannot be read), until it is fixed
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)  # two lines beside the buttons rather than cut (Vietnamese, 1024 px)
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
                self.journal.write(self.kind, self.doc_id, self.document, self.edited_paths, self.unread_texts())
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
        return issues.input_issues(self.forms, self.tables)

    def receipt_issues(self) -> list[Any]:
        """The platform's field errors of the last rejection, pinned like rule issues until fixed."""
        return issues.rejection_issues(self.document, self.edited_paths)

    def issue_message(self, issue: Any) -> str:
        return issues.message(issue)

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
        return issues.path_label(type(self.document), path)

    def enable_hs_lookup(self, editor: TableEditor, code_column: str) -> None:
        """The HS lookup button, and codes offered under a goods name as it is typed (smart declaration)."""
        from desktop.ui import hsuggest
        from desktop.ui.sheet import CodeCellDelegate

        editor.lookup_button.setVisible(True)
        editor.lookup_button.clicked.connect(lambda: self.hs_lookup(editor, code_column))
        delegate = editor.view.itemDelegate()
        if isinstance(delegate, CodeCellDelegate):
            delegate.editor_hooks.append(hsuggest.attach(
                self.ctx, lambda: str(getattr(self.document, "company_id", "")),
                lambda cell, candidate: classify.fill_suggestion(self, editor, cell.row(), code_column, candidate),
            ))

    def hs_lookup(self, editor: TableEditor, code_column: str, dialog: Any = None) -> bool:
        """Pick an HS 2022 subheading or one of the company's products for the current line."""
        return classify.hs_lookup(self, editor, code_column, dialog)

    def _on_issue_activated(self, item: QListWidgetItem) -> None:
        self.focus_path(str(item.data(Qt.ItemDataRole.UserRole)))

    def focus_path(self, path: str) -> bool:
        """Bring the field of ``path`` into view and focus it."""
        return navigate.focus_path(self, path)

    def focus_first(self) -> None:
        """Put the cursor in the first field of the first form."""
        navigate.focus_first(self)

    def focus_first_unless_placed(self, placed: QWidget | None) -> None:
        """``focus_first`` a moment after the editor opened, unless the user already placed the cursor."""
        navigate.focus_first_unless_placed(self, placed)

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
        parts.append(self.tr("{errors}, {warnings}").format(
            errors=self.tr("{n} error(s)", "", errors).format(n=errors),
            warnings=self.tr("{n} warning(s)", "", warnings).format(n=warnings)))
        if self._refused and self.input_issues():
            parts.insert(0, self._refused)
        else:
            self._refused = ""
        self.status_label.setText(" · ".join(parts))
        self.status_label.setToolTip(" · ".join(parts))

    def refuse_unreadable(self) -> bool:
        """A typed value that cannot be read is never saved as empty: show the field, say so; True if refused."""
        bad = self.input_issues()
        if not bad:
            return False
        self._check_timer.stop()
        self.run_checks()  # the issue list shows the field's error at once, not after the typing pause
        first = bad[0]
        self.focus_path(first.field_path)
        self._refused = self.tr("Not saved: {field} cannot be read. Correct it or clear it, then save.").format(
            field=self.path_label(first.field_path)
        )
        self.update_status()
        window = getattr(self.ctx, "window", None)
        if window is not None:
            window.show_message(f"{self._refused} {first.text}")
        return True

    def unread_texts(self) -> dict[str, str]:
        """What was typed into fields and cells that could not be read, by field path (kept in recovery copies)."""
        out: dict[str, str] = {}
        for t in self.tables:
            out.update(t.table.unread_texts())
        for form in self.forms:
            for path, fe in form.editors.items():
                if fe.input_error():
                    out[path] = fe.typed_text()
        return out

    def restore_unread(self, texts: dict[str, str]) -> None:
        """Put typed texts that could not be read back where they were (after a crash), with their errors."""
        for path, text in texts.items():
            for form in self.forms:
                if path in form.editors:
                    form.editors[path].set_text(text)
            for t in self.tables:
                index = t.table.index_of_path(path)
                if index is not None:
                    t.table.setData(index, text)
        self.run_checks()

    def save(self) -> None:
        """Save a revision; it must follow the one the editor loaded, else the conflict dialog shows what
        each side changed."""
        self._save(self.revision, "")

    def save_over(self, revision: int, action: str = "keep_mine") -> None:
        """Keep mine: save on top of another seat's ``revision`` (refused again if yet another came in)."""
        self._save(revision, action)

    def _save(self, expected: int | None, action: str) -> None:
        if not self.editable or self.refuse_unreadable():
            return
        self.save_button.setEnabled(False)
        doc = self.document.model_copy(deep=True)
        edited = list(self.edited_paths)
        self.ctx.runner.run(
            self.save_merging,
            doc,
            edited,
            expected,
            action,
            on_done=self._on_saved,
            on_error=self._on_save_failed,
            owner=self,
        )

    def save_work(self, doc: Any, edited: list[str], revision: int | None = None, action: str = "") -> Any:
        raise NotImplementedError

    def save_merging(self, doc: Any, edited: list[str], revision: int | None = None, action: str = "") -> Any:
        """``save_work`` (worker thread), merged into the platform's own changes saved meanwhile."""
        return conflicts.save_merging(self, doc, edited, revision, action)

    def _on_reloaded(self, loaded: tuple[Any, int]) -> None:
        """A record and its revision read again from the store (another seat's or the outbox's change)."""
        document, revision = loaded
        self.reload(document)
        self.revision = revision

    def _on_saved(self, doc: Any) -> None:
        self.save_button.setEnabled(True)
        old_id = self.doc_id
        if isinstance(doc, BaseModel):
            self.document = doc.model_copy(deep=True)
            for t in self.tables:  # the tables edit the new document's lists from now on
                t.table.rebind(self._list_at(t.table.list_path))
        backend = self.ctx.backend
        saved_at = backend.saved_revision(self.kind, str(getattr(doc, "id", old_id))) if backend else None
        if saved_at is not None:
            self.revision = saved_at
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
        from desktop.core.store.errors import ConflictError

        if isinstance(exc, ConflictError) and self.revision is not None:
            self.resolve_conflict()
            return
        self.ctx.window.show_error(exc)

    def resolve_conflict(self, dialog: Any = None) -> None:
        """Another seat saved first: compare (off the GUI thread), then keep mine, take theirs or cancel."""
        conflicts.resolve_conflict(self, dialog)

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
