"""The backend's documents: PDFs of a record for preview, print and save, and the documents of received
declarations made in worker processes and uploaded once each."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop.ui.attacher import DocumentAttacher

if TYPE_CHECKING:  # the document models load where a document is read
    from desktop.core.model import ExportDeclaration


class DocumentsMixin:
    """Part of :class:`~desktop.ui.backend.Backend`: documents of shipments, declarations and bookings."""

    store: Any
    platform: Any
    username: str
    attacher: DocumentAttacher
    _lock: threading.Lock
    _attaching: threading.Lock
    _attaching_pool: threading.Lock
    _pool: Any
    _documents: Any
    post: Callable[[str, Any], None]
    declaration: Callable[[str], ExportDeclaration]  # Backend's

    # --- documents
    def document_source(self, record_id: str, current: Any = None) -> Any:
        """The data of a record's documents from the store; ``current`` (an editor's unsaved copy of the
        declaration or booking) replaces the stored one, so the preview shows what is on the screen."""
        from desktop.core.documents import DocumentError, DocumentSource
        from desktop.core.model import ExportDeclaration, RailSeaBooking
        from desktop.core.services import documents

        try:
            source = documents.source_from_store(self.store, record_id)
        except DocumentError:
            if current is None:
                raise
            shipment_id = getattr(current, "shipment_id", "")
            shipment = self.store.shipments.find(shipment_id) if shipment_id else None
            company = self.store.companies.find(current.company_id) if current.company_id else None
            source = DocumentSource(shipment=shipment, company=company)
        if isinstance(current, ExportDeclaration):
            if current.id in {d.id for d in source.declarations}:
                source.declarations = [current if d.id == current.id else d for d in source.declarations]
            else:
                source.declarations = [current]
        elif isinstance(current, RailSeaBooking):
            source.booking = current
        return source

    def document_pdf(self, record_id: str, kind: str, doc_lang: str, current: Any = None) -> tuple[bytes, str]:
        """The PDF of ``kind`` for a stored shipment, declaration or booking, and a file name to suggest."""
        from desktop.core.services import documents

        source = self.document_source(record_id, current)
        return documents.document_bytes(kind, source, doc_lang), documents.file_name(kind, source, doc_lang)

    def note_document(self, record_id: str, kind: str, output: str) -> None:
        """Audit a document printed or saved (``output``: printer or file)."""
        company_id = ""
        for repo in (self.store.shipments, self.store.declarations, self.store.bookings):
            found = repo.find(record_id)
            if found is not None:
                company_id = found.company_id
                break
        self.store.audit(
            self.username,
            "print",
            kind=kind,
            subject_id=record_id,
            company_id=company_id,
            details={"output": output},
        )

    def attach_due(self, decl_id: str) -> None:
        """The documents thread's round for one declaration: as :meth:`attach_documents`, without reading the
        declaration back into this process (an open editor reloads it when told)."""
        self._attach(decl_id, "zh-en")

    def attach_documents(self, decl_id: str, doc_lang: str = "zh-en") -> ExportDeclaration:
        """Upload the documents of a submitted declaration the platform does not have yet: the commercial
        invoice (EdocCode 00000001), the packing list (00000002) and, once a rail-sea booking of the shipment
        is confirmed, the through bill (00000003). Each goes up once; a repeat adds nothing. The work is done
        in the documents process (a server workspace: PDFs in worker processes, the upload from here)."""
        return self._attach(decl_id, doc_lang) or self.declaration(decl_id)

    def _attach(self, decl_id: str, doc_lang: str) -> ExportDeclaration | None:
        from desktop.core.services import attach

        with self._attaching:
            child = self._documents_process()
            if child is not None:
                child.attach(self.platform, decl_id, doc_lang, self.username)
                return None
            # the upload notes each file on the stored draft: no sync of this seat applies a status meanwhile
            with self._lock:
                return attach.attach_received(
                    self.platform, decl_id, self.render_pool().render, lang=doc_lang, actor=self.username
                )

    def _documents_process(self) -> Any:
        """The process attaching documents, started now if it was not (None for a workspace it cannot share)."""
        from desktop.core.documents.attaching import AttachingProcess
        from desktop.core.outbox.process import config_for

        with self._attaching_pool:
            if self._documents is None and self.platform is not None:
                config = config_for(self.platform, 1)
                if config is not None:
                    self._documents = AttachingProcess(config)
            return self._documents

    def render_pool(self) -> Any:
        """The pool of processes that make the documents' PDFs (started by its first document)."""
        from desktop.core.documents.pool import RenderPool

        with self._attaching_pool:
            if self._pool is None:
                self._pool = RenderPool()
            return self._pool

    def _owed_documents(self) -> list[str]:
        """Received declarations still without their invoice or packing list (a round killed with the app)."""
        from desktop.core.services import attach

        platform = self.platform
        if platform is None or self.store is None:
            return []
        return attach.due(self.store, lambda decl_id: platform.outbox.remote_id("declaration", decl_id))

    def _release_pool(self) -> None:
        """The round of documents is over: their processes end (memory back), the next round starts them."""
        with self._attaching:  # never under a declaration whose documents are being made
            with self._attaching_pool:
                pool, child, self._documents = self._pool, self._documents, None
            if pool is not None:
                pool.release()
            if child is not None:
                child.close()

    def _note_filing(self, kind: str, doc_id: str, status: str) -> None:
        """A declaration the platform has just stored gets its documents attached by the documents thread."""
        if kind == "declaration" and status == "received":
            self.attacher.note(doc_id)
