"""English source messages of the document errors (translated through the ``Error`` context)."""

from __future__ import annotations

from desktop.core.codes.titles import N_

#: document kind id -> English source of the name users know it by (translated in the "Documents" context)
DOC_NAMES: dict[str, str] = {
    "invoice": N_("Documents", "Commercial invoice"),
    "packing-list": N_("Documents", "Packing list"),
    "declaration": N_("Documents", "Export declaration"),
    "booking": N_("Documents", "Rail-sea booking request"),
    "bill": N_("Documents", "Multimodal bill of lading"),
}

MESSAGES: dict[str, str] = {
    "documents.unknown_kind": "Unknown document {kind}; choose one of: {choices}.",
    "documents.unknown_language": "Unknown document language {lang}; choose one of: {choices}.",
    "documents.needs_shipment": (
        "{doc} cannot be made: it is made from a shipment with its company, and this file has no shipment."
    ),
    "documents.needs_booking": "{doc} cannot be made without a shipment or a rail-sea booking.",
    "documents.write_failed": "{file}: the document cannot be written: {detail}",
    "documents.not_found": "No shipment, declaration or booking with the ID {id} in the workspace.",
    "documents.store_unavailable": "The local workspace cannot be opened: {detail}",
    "documents.worker_stopped": "The process making the documents stopped before they were finished; try again.",
}
