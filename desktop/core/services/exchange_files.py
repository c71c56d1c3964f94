"""Exchange files and the store: import a shipment, declaration or booking file into the workspace (checked
first), export a stored record as a file, written atomically.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.model import exchange
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.exchange import ExchangeDocument, Kind
from desktop.core.model.shipment import Shipment
from desktop.core.services.shipments import SaveResult, declaring_agent, save_shipment
from desktop.core.services.validation import KINDS, DraftsError, read_file, validate_document

if TYPE_CHECKING:  # the store loads on first use: importing this module stays cheap
    from desktop.core.store import Store

# --- exchange files <-> store -------------------------------------------------------------------------------


@dataclass
class ImportResult:
    """What one imported file added to the workspace."""

    kind: str
    id: str
    source: str
    companies: list[str] = field(default_factory=list)
    derived: SaveResult | None = None


def import_document(store: Store, doc: ExchangeDocument, *, author: str, source: str = "",
                    today: date | None = None) -> ImportResult:
    """Put an exchange document into the workspace.

    A shipment brings its company (and agent) along: they are added when the workspace does not know them
    yet (a company already there is kept as it is); then the shipment is saved and its drafts derived. A
    declaration or booking is saved as it is; its company must exist.
    """
    with store.transaction():
        added: list[str] = []
        for company in (doc.company, doc.agent):
            if company is not None and company.id and store.companies.find(company.id) is None:
                store.companies.upsert(company.model_copy(deep=True), author)
                added.append(company.id)
        if doc.kind is Kind.SHIPMENT and doc.shipment is not None:
            shipment = doc.shipment.model_copy(deep=True)
            if not shipment.company_id and doc.company is not None:
                shipment.company_id = doc.company.id
            saved = save_shipment(store, shipment, author, agent=doc.agent, today=today)
            return ImportResult("shipment", shipment.id, source, added, saved)
        if doc.kind is Kind.DECLARATION and doc.declaration is not None:
            decl = doc.declaration.model_copy(deep=True)
            store.declarations.save(decl, author, note="imported", action="import")
            return ImportResult("declaration", decl.id, source, added)
        if doc.kind is Kind.BOOKING and doc.booking is not None:
            booking = doc.booking.model_copy(deep=True)
            store.bookings.save(booking, author, note="imported", action="import")
            return ImportResult("booking", booking.id, source, added)
    raise DraftsError("drafts.unknown_kind", kind=doc.kind.value)  # the envelope's validator forbids it


def import_file(store: Store, path: Path, *, author: str = "import",
                today: date | None = None) -> ImportResult:
    """Read an exchange file and put it into the workspace (see :func:`import_document`).

    The file gets the checks ``validate`` makes before anything is stored: besides the input limits every
    reader applies, a field longer than its field allows is refused here (a draft may be incomplete, but it
    never holds more than its field can carry).
    """
    doc = read_file(path)
    too_long = [
        p for p in validate_document(doc, source=str(path), today=today).problems
        if p.is_error and p.rule_id.endswith(".max_length")
    ]
    if too_long:
        first = too_long[0]
        raise DraftsError(
            "drafts.field_too_long", file=str(path), field=first.field_path, count=len(too_long),
            length=first.params.get("length", ""), max=first.params.get("max", ""),
        )
    return import_document(store, doc, author=author, source=str(path), today=today)


def export_document(store: Store, kind: str, record_id: str) -> ExchangeDocument:
    """The exchange document of a stored shipment (with its company and agent), declaration or booking."""
    if kind not in KINDS:
        raise DraftsError("drafts.unknown_kind", kind=kind)
    record = store.documents(kind).find(record_id)
    if record is None:
        raise DraftsError("drafts.not_found", kind=kind, id=record_id)
    if isinstance(record, Shipment):
        company = store.companies.find(record.company_id)
        agent = declaring_agent(store, record.company_id)
        return ExchangeDocument(kind=Kind.SHIPMENT, shipment=record, company=company, agent=agent)
    if isinstance(record, ExportDeclaration):
        return ExchangeDocument(kind=Kind.DECLARATION, declaration=record)
    return ExchangeDocument(kind=Kind.BOOKING, booking=record)


def export_file(store: Store, kind: str, record_id: str, path: Path, *, author: str = "export") -> Path:
    """Write a stored record as an exchange file (atomically: never a half-written file)."""
    doc = export_document(store, kind, record_id)
    write_document(doc, path)
    store.audit(author, "export", kind=kind, subject_id=record_id, company_id=_company_id(doc),
                details={"file": path.name})
    return path


def _company_id(doc: ExchangeDocument) -> str:
    member = doc.shipment or doc.declaration or doc.booking
    return member.company_id if member is not None else ""


def write_document(doc: ExchangeDocument, path: Path) -> None:
    """Write ``doc`` as exchange JSON to ``path`` via a temporary file in the same directory."""
    write_text(exchange.dumps(doc) + "\n", path)


def write_text(text: str, path: Path) -> Path:
    """Write ``text`` to ``path`` through a temporary file in the same directory (never a half-written file)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DraftsError("drafts.write_failed", file=str(path), detail=exc.strerror or str(exc)) from exc
    return path
