"""Use case "make a document": the five trade PDFs of a shipment, from an exchange file or the local store.

The UI calls :func:`make_document` (in a worker thread) for preview, print and save-as; the CLI ``pdf``
command calls it too. :data:`EDOC_CODES` gives the attachment type of a generated PDF on a declaration.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from desktop.core.documents import DocumentError, DocumentKind, DocumentSource, Lang, kind_of, render
from desktop.core.documents.base import TranslateFn, seeded_translate
from desktop.core.model import exchange
from desktop.core.model.exchange import ExchangeDocument
from desktop.core.store import Store

#: Attachment type (随附单证 EdocCode) of the documents a declaration can carry.
EDOC_CODES: dict[DocumentKind, str] = {
    DocumentKind.INVOICE: "00000001",
    DocumentKind.PACKING_LIST: "00000002",
    DocumentKind.BILL: "00000003",
}


def source_from_document(doc: ExchangeDocument) -> DocumentSource:
    return DocumentSource.from_exchange(doc)


def source_from_file(path: Path) -> DocumentSource:
    """The document source held by an exchange file (raises ``exchange.*`` errors naming the file)."""
    return source_from_document(exchange.read(path))


def source_from_store(store: Store, record_id: str) -> DocumentSource:
    """The document source of a shipment, declaration or booking saved in the workspace, by its ID.

    A shipment brings its stored declarations and booking (so printed numbers match the filings); a
    declaration or booking brings its shipment when it has one. Raises ``documents.not_found``.
    """
    from desktop.core.services.drafts import declaring_agent

    shipment = store.shipments.find(record_id)
    declarations = []
    booking = None
    if shipment is not None:
        declarations = store.declarations.by_shipment(shipment.id)
        bookings = store.bookings.by_shipment(shipment.id)
        booking = bookings[0] if bookings else None
    else:
        declaration = store.declarations.find(record_id)
        booking = store.bookings.find(record_id) if declaration is None else None
        found = declaration or booking
        if found is None:
            raise DocumentError("documents.not_found", id=record_id)
        declarations = [declaration] if declaration is not None else []
        shipment = store.shipments.find(found.shipment_id) if found.shipment_id else None
    company_id = shipment.company_id if shipment is not None else ""
    if not company_id:
        company_id = declarations[0].company_id if declarations else (booking.company_id if booking else "")
    company = store.companies.find(company_id) if company_id else None
    agent = declaring_agent(store, company_id) if company_id else None
    return DocumentSource(shipment=shipment, company=company, agent=agent, declarations=declarations,
                          booking=booking)


def make_document(
    kind: DocumentKind | str,
    source: DocumentSource,
    lang: Lang | str,
    out: BinaryIO | Path,
    *,
    created: datetime | None = None,
    translate: TranslateFn = seeded_translate,
) -> None:
    """Write the PDF of ``kind`` for ``source`` in ``lang`` (``zh-en``, ``en``, ``vi-en``) to ``out``."""
    render(kind, source, lang, out, created=created, translate=translate)


def document_bytes(
    kind: DocumentKind | str, source: DocumentSource, lang: Lang | str, *, created: datetime | None = None
) -> bytes:
    """The PDF as bytes (for a preview or an upload)."""
    buffer = io.BytesIO()
    render(kind, source, lang, buffer, created=created)
    return buffer.getvalue()


def file_name(kind: DocumentKind | str, source: DocumentSource, lang: str) -> str:
    """A suggested file name: ``invoice-JL-INV-26118-zh-en.pdf``."""
    value = kind_of(kind)
    shipment = source.shipment
    reference = ""
    if shipment is not None:
        reference = shipment.invoice_no or shipment.reference or shipment.id
    elif source.declarations:
        reference = source.declarations[0].customs_no or source.declarations[0].id
    elif source.booking is not None:
        reference = source.booking.through_document_no or source.booking.id
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in reference).strip("-.")
    return "-".join(p for p in (value.value, safe, lang) if p) + ".pdf"
