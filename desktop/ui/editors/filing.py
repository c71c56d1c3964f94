"""What the declaration and booking editors share: submit, status, receipts timeline, documents."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop.core.model import ExportDeclaration
from desktop.ui import lang
from desktop.ui.editors.base import DraftEditor
from desktop.ui.lists import status_text

log = logging.getLogger(__name__)

#: The submit button's context and label per filing kind: a declaration is declared to customs, a booking is
#: submitted through the platform (the booking editor's other button sends it straight to a carrier's API), and
#: Chinese says these differently (申报 / 提交).
SUBMIT_CONTEXT = {"declaration": "DeclarationEditor", "booking": "BookingEditor"}
SUBMIT_LABEL: dict[str, str] = {
    "declaration": str(QT_TRANSLATE_NOOP("DeclarationEditor", "Su&bmit declaration")),
    "booking": str(QT_TRANSLATE_NOOP("BookingEditor", "Su&bmit through the platform")),
}


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
        self.submit_button.setText(QCoreApplication.translate(SUBMIT_CONTEXT[self.kind], SUBMIT_LABEL[self.kind]))
        self.submit_button.setToolTip(self.tr("Submit to the platform (Ctrl+Enter)"))
        self.documents_button.setText(self.tr("Print or save &documents…"))
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
                text += "  " + self.tr("({n} field error(s))", "", len(receipt.errors)).format(n=len(receipt.errors))
            item = QListWidgetItem(text)
            item.setToolTip(
                "\n".join(f"{e.field}: {lang.code_message(e.code, dict(e.params))}" for e in receipt.errors)
            )
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
        if not self.editable or self.refuse_unreadable():
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
        revision = self.revision

        amending = getattr(self, "amending", False)

        def work() -> Any:
            saved = self.save_merging(doc, edited, revision)
            if amending:
                backend.amend(saved.id)
            else:
                backend.submit(kind, saved.id)
            return backend.load(kind, saved.id)

        self.submit_button.setEnabled(False)

        def done(result: Any) -> None:
            document, now_at = result
            self.amending = False
            self._on_saved(document)
            self.reload(document)
            self.revision = now_at  # the outbox saved the queued status on top of the edit
            self.submitted.emit(self.kind, self.doc_id)

        def failed(exc: BaseException) -> None:
            self.update_buttons()
            self._on_save_failed(exc)

        self.ctx.runner.run(work, on_done=done, on_error=failed, owner=self)

    def refresh_from_store(self) -> None:
        """Pick up a status change (receipt) without losing local edits."""
        if self.dirty:
            return
        self.ctx.runner.run(self.ctx.backend.load, self.kind, self.doc_id, on_done=self._on_refreshed, owner=self)

    def _on_refreshed(self, loaded: tuple[Any, int]) -> None:
        """The store's copy arrives a moment later: a cell the user began typing into meanwhile keeps its text
        (the reload waits until the cell is left), and edits made meanwhile are not overwritten."""
        if self.dirty:
            return
        if any(t.view.state() == QAbstractItemView.State.EditingState for t in self.tables):
            QTimer.singleShot(300, self, self.refresh_from_store)
            return
        self._on_reloaded(loaded)
