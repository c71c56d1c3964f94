"""English source messages of the services' error codes (translated through the ``Error`` context)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "drafts.not_a_shipment": "{file}: holds a {kind}, not a shipment; only a shipment can be derived from.",
    "drafts.unknown_kind": "Unknown document kind {kind}: use shipment, declaration or booking.",
    "drafts.not_editable": "{kind} {id} is {status} and can no longer be edited.",
    "drafts.field_not_editable": "{kind} field {field} is kept by the program and cannot be set directly.",
    "drafts.no_such_field": "{kind} has no field {field}.",
    "drafts.invalid_value": "{kind} field {field}: {detail}",
    "drafts.write_failed": "{file}: cannot be written: {detail}",
    "drafts.company_missing": "The shipment names no company; choose the exporting company first.",
    "drafts.not_found": "No {kind} with ID {id} in this workspace.",
    "drafts.bad_workspace": "Invalid workspace name {name}: use letters, digits, _ . - (at most 64).",
}
