"""English source messages of the document errors (translated through the ``Error`` context)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "documents.unknown_kind": "Unknown document {kind}; choose one of: {choices}.",
    "documents.unknown_language": "Unknown document language {lang}; choose one of: {choices}.",
    "documents.needs_shipment": (
        "The {doc} is made from a shipment with its company; this file has no shipment."
    ),
    "documents.needs_booking": "The {doc} needs a shipment or a rail-sea booking.",
    "documents.write_failed": "{file}: the document cannot be written: {detail}",
    "documents.not_found": "No shipment, declaration or booking with the ID {id} in the workspace.",
    "documents.store_unavailable": "The local workspace cannot be opened: {detail}",
    "documents.worker_stopped": "The process making the documents stopped before they were finished; try again.",
}
