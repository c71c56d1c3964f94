"""The look back for owed documents: received declarations missing an invoice or packing list are found by a
query on the stored JSON (SQLite's json_each, PostgreSQL's jsonb), not by loading every declaration."""

from __future__ import annotations

from desktop.core.model import FilingStatus
from desktop.core.model.declaration import Attachment
from desktop.core.store import Store
from tests.core.store.conftest import CERAMICS, filings, sample

INVOICE, PACKING = "00000001", "00000002"


def test_only_received_declarations_missing_a_document_are_named(store: Store) -> None:
    company, shipment = sample(CERAMICS)
    store.companies.upsert(company)
    store.shipments.save(shipment, "li")
    [base, *_], _booking = filings(company, shipment)
    cases = {
        "none": (FilingStatus.RECEIVED, []),
        "invoice-only": (FilingStatus.RECEIVED, [INVOICE]),
        "packing-and-bill": (FilingStatus.RECEIVED, [PACKING, "00000003"]),
        "both": (FilingStatus.RECEIVED, [PACKING, INVOICE]),
        "both-and-bill": (FilingStatus.RECEIVED, [INVOICE, "00000003", PACKING]),
        "draft-none": (FilingStatus.DRAFT, []),
        "queued-invoice": (FilingStatus.QUEUED, [INVOICE]),
    }
    for name, (status, codes) in cases.items():
        decl = base.model_copy(deep=True)
        decl.id, decl.status = f"d-{name}", status
        decl.attachments = [Attachment(edoc_code=c, file_name=f"{c}.pdf") for c in codes]
        store.declarations.save(decl, "li")
    owed = store.declarations.lacking_attachments("received", [INVOICE, PACKING])
    assert owed == ["d-invoice-only", "d-none", "d-packing-and-bill"]
    assert store.declarations.lacking_attachments("received", ["00000003"]) == ["d-both", "d-invoice-only", "d-none"]
    assert store.declarations.lacking_attachments("queued", [INVOICE]) == []
    assert store.declarations.lacking_attachments("received", []) == []
