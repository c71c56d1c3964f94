"""The main window's editor tabs: open, focus, retitle, save in the background, close (asking first), recover."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QTabWidget,
)

from desktop.ui.window_base import KIND_SECTION, WindowBase

if TYPE_CHECKING:  # the editors and the models load on first use, after the window is up
    from desktop.ui.editors import DraftEditor

log = logging.getLogger(__name__)


class WindowEditors(WindowBase):
    """The open editors, one tab each in their section; unsaved edits are asked about, never dropped."""

    # ------------------------------------------------------------------ editors
    def new_shipment(self) -> DraftEditor | None:
        from desktop.core.model import Shipment

        company = self.company()
        if company is None:
            if self.is_ready:
                self.show_login(QCoreApplication.translate("MainWindow", "Log in to create a shipment."))
            return None
        shipment = Shipment(company_id=company.id)
        shipment.shipper.name = company.name_en or company.name_zh
        shipment.shipper.name_local = company.name_zh
        shipment.shipper.address = company.address
        shipment.shipper.country = "CHN"
        return self.show_editor("shipment", shipment, new=True)

    def open_document(self, kind: str, doc_id: str) -> None:
        existing = self.editors.get((kind, doc_id))
        if existing is not None:
            self._focus_editor(existing)
            return
        self.ctx.runner.run(
            self.ctx.backend.load,
            kind,
            doc_id,
            on_done=lambda loaded: self.show_editor(kind, loaded[0], revision=loaded[1]),
            on_error=self.show_error,
            owner=self,
        )

    def show_editor(
        self,
        kind: str,
        document: Any,
        edited: list[str] | None = None,
        new: bool = False,
        revision: int | None = None,
    ) -> DraftEditor:
        key = (kind, str(getattr(document, "id", "")))
        existing = self.editors.get(key) if key[1] else None
        if existing is not None:
            self._focus_editor(existing)
            return existing
        from desktop.ui.editors import open_editor

        section = self.pages[KIND_SECTION[kind]]
        assert isinstance(section, QTabWidget)
        editor = open_editor(self.ctx, kind, document, section)
        editor.never_saved = new
        editor.revision = revision
        editor.update_status()
        if edited:
            editor.edited_paths = list(edited)
            editor.dirty = True
            editor.update_status()
        editor.saved.connect(self._on_editor_saved)
        editor.title_changed.connect(lambda title, e=editor: self._retitle(e, title))
        editor.open_requested.connect(self.open_document)
        editor.submitted.connect(self._on_editor_submitted)
        section.addTab(editor, editor.title())
        self.editors[key] = editor
        self._focus_editor(editor)
        placed = QApplication.focusWidget()  # the cursor waits in the first field unless the user moves it first
        QTimer.singleShot(0, editor, lambda: editor.focus_first_unless_placed(placed))
        return editor

    def _focus_editor(self, editor: DraftEditor) -> None:
        section = self.pages[KIND_SECTION[editor.kind]]
        assert isinstance(section, QTabWidget)
        self.show_section(KIND_SECTION[editor.kind])
        section.setCurrentWidget(editor)

    def _retitle(self, editor: DraftEditor, title: str) -> None:
        section = self.pages[KIND_SECTION[editor.kind]]
        assert isinstance(section, QTabWidget)
        index = section.indexOf(editor)
        if index >= 0:
            section.setTabText(index, title)

    def _on_editor_saved(self, kind: str, doc_id: str) -> None:
        for key, editor in list(self.editors.items()):
            if editor.kind == kind and editor.doc_id == doc_id and key != (kind, doc_id):
                del self.editors[key]
                self.editors[(kind, doc_id)] = editor
        self.lists[kind].refresh()
        if kind == "shipment":
            for k in ("declaration", "booking"):
                self.lists[k].refresh()

    def _on_editor_submitted(self, kind: str, _doc_id: str) -> None:
        self.lists[kind].refresh()
        self.sync_now()

    def save_in_background(self, editor: DraftEditor) -> None:
        """Save a dirty editor that is going away; the recovery copy is dropped once the save is stored."""
        if not editor.dirty or not editor.editable or editor.unread_texts():
            return  # a value that cannot be read is never saved as empty: its recovery copy keeps it
        doc = editor.document.model_copy(deep=True)
        edited, kind, journal, old_id = list(editor.edited_paths), editor.kind, editor.journal, editor.doc_id
        save_work, revision = editor.save_work, editor.revision
        editor.dirty = False  # handed over: the recovery copy on disk stands until the save is stored

        def work() -> None:
            saved = save_work(doc, edited, revision)  # refused after another seat's save: the copy stays
            journal.discard(kind, old_id)
            journal.discard(kind, str(getattr(saved, "id", "")))

        def done(_result: object) -> None:
            if kind in self.lists:
                self.lists[kind].refresh()

        self.ctx.runner.run(work, on_done=done, on_error=self.show_error, owner=self)

    def close_editor(self, editor: DraftEditor) -> None:
        editor.close_editor()
        self.save_in_background(editor)
        section = self.pages[KIND_SECTION[editor.kind]]
        assert isinstance(section, QTabWidget)
        index = section.indexOf(editor)
        if index > 0:
            section.removeTab(index)
        for key, e in list(self.editors.items()):
            if e is editor:
                del self.editors[key]
        editor.deleteLater()

    def close_editors(self, editors: list[DraftEditor]) -> bool:
        """Close ``editors``, first asking once what to do with the unsaved ones; False if the user cancelled."""
        from desktop.ui import unsaved

        dirty = [e for e in editors if e.dirty and e.editable]
        if dirty:
            self._focus_editor(dirty[0])
            answer = unsaved.ask_unsaved(self, [e.title() for e in dirty])
            if answer == unsaved.CANCEL:
                return False
            if answer == unsaved.DISCARD:
                for editor in dirty:
                    editor.discard_changes()
            elif not self.can_save_all(dirty):
                return False
        for editor in editors:
            self.close_editor(editor)
        return True

    def can_save_all(self, editors: list[DraftEditor]) -> bool:
        """False, with the first field that cannot be read shown, when an editor holds such a value (not saved)."""
        for editor in editors:
            if editor.refuse_unreadable():
                self._focus_editor(editor)
                editor.refuse_unreadable()  # the field again, now that its tab is the current one
                return False
        return True

    def request_close_editor(self, editor: DraftEditor) -> bool:
        """The user closes an editor tab: Save / Discard / Cancel when it has unsaved edits."""
        return self.close_editors([editor])

    def current_editor(self) -> DraftEditor | None:
        import sys

        if "desktop.ui.editors" not in sys.modules:  # no editor was ever opened: nothing heavy loads at start-up
            return None
        from desktop.ui.editors import DraftEditor

        section = self.stack.currentWidget()
        widget = section.currentWidget() if isinstance(section, QTabWidget) else None
        return widget if isinstance(widget, DraftEditor) else None

    def close_current_editor(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            self.request_close_editor(editor)

    def editor_for(self, kind: str, doc_id: str) -> DraftEditor | None:
        return self.editors.get((kind, doc_id))

    # ------------------------------------------------------------------ recovery
    def offer_recovery(self) -> list[DraftEditor]:
        """After a crash: reopen the unsaved edits found in the recovery journal (asks unless told not to)."""
        folder = self.ctx.paths.data / "recovery"
        if not any(folder.glob("*.json")):  # the usual case: the editors need not load before one is opened
            return []
        from desktop.ui.editors import RecoveryJournal

        journal = RecoveryJournal(folder)
        pending = journal.pending()
        if not pending:
            return []
        ask = not self.ctx.app.property("corridor_auto_restore")
        if ask:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("MainWindow", "Restore unsaved edits"),
                QCoreApplication.translate(
                    "MainWindow", "Corridor Desk was not closed properly. Restore the {n} unsaved edit(s)?", "",
                    len(pending),
                ).format(n=len(pending)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                journal.clear()
                return []
        from desktop.ui.editors import MODELS

        opened = []
        for entry in pending:
            model = MODELS.get(entry.get("kind", ""))
            if model is None:
                continue
            try:
                doc = model.model_validate(entry["document"])
            except ValueError:
                log.warning("recovery entry %s could not be read", entry.get("id"))
                continue
            if getattr(doc, "company_id", "") not in (c.id for c in self.companies):
                continue
            if getattr(doc, "company_id", "") != self.company_id:
                self.switch_company(doc.company_id)  # type: ignore[attr-defined]
            editor = self.show_editor(entry["kind"], doc, list(entry.get("edited", [])) or ["*"])
            unread = entry.get("unread")
            if isinstance(unread, dict) and unread:
                editor.restore_unread({str(k): str(v) for k, v in unread.items()})
                editor.update_status()
            opened.append(editor)
        return opened
