"""English source messages of the services' error codes (translated through the ``Error`` context)."""

from __future__ import annotations

from desktop.core.i18n import Plural

MESSAGES: dict[str, str] = {
    "drafts.not_a_shipment": "{file}: holds a {kind}, not a shipment; only a shipment can be derived from.",
    "drafts.field_too_long": Plural(
        "field {field} is {length} characters long, at most {max} ({count} field(s) too long); nothing was imported."
    ),
    "drafts.unknown_kind": "Unknown document kind {kind}: use shipment, declaration or booking.",
    "drafts.not_editable": "{kind} {id} is {status} and can no longer be edited.",
    "drafts.field_not_editable": "{kind} field {field} is kept by the program and cannot be set directly.",
    "drafts.no_such_field": "{kind} has no field {field}.",
    "drafts.invalid_value": "{field}: {reason}",
    "drafts.write_failed": "{file}: cannot be written: {detail}",
    "drafts.company_missing": "The shipment names no company; choose the exporting company first.",
    "drafts.not_found": "No {kind} with ID {id} in this workspace.",
    "seats.name_and_role": "Give both the user and the new role: users NAME --role broker|supervisor.",
    "lessons.too_large": "{file}: a lesson file is limited to {limit} bytes.",
    "lessons.unreadable": "{file}: cannot be read: {detail}",
    "lessons.malformed": "{file}: not a lesson file ({detail}).",
    "lessons.no_shipment": "Not yet: this company has no shipment in the workspace.",
    "lessons.no_declaration": "Not yet: this company has no declaration in the workspace.",
    "lessons.no_booking": "Not yet: this company has no booking in the workspace.",
    "lessons.field_empty": "Not yet: {field} is still empty.",
    "lessons.status_declaration": "Not yet: no declaration has got this far (look at its status and receipts).",
    "lessons.status_booking": "Not yet: no booking has got this far (look at its status and receipts).",
    "lessons.status_shipment": "Not yet: no shipment has got this far.",
    "lessons.has_errors": Plural("Not yet: the checks still show {count} error(s)."),
    "classroom.not_sandbox": "Classroom controls work only on a sandbox platform, never in production.",
    "classroom.trainer_only": "Only a trainer account can do this; {user} is not one.",
    "classroom.bad_duration": "{value} is not a time to move the clock by: write 90, 30m, 2h or 1d.",
    "classroom.bad_seats": "{count} seats: a class has between 1 and 200.",
    "classroom.cannot_listen": (
        "The training platform cannot take connections at {url} ({detail}); another program may be using this port: "
        "choose another with --port."
    ),
    "classroom.unknown_scenario": "Unknown scenario {scenario}: use one of {scenarios}.",
    "drafts.foreign_company": "{file}: belongs to company {company}, which this account does not file for.",
    "carrier.unknown": "No carrier {name} in this workspace; add it with its DCSA address first.",
    "carrier.bad_name": "Invalid carrier name {name}: use lower-case letters, digits, _ and - (at most 32).",
    "carrier.bad_url": "{url} is not an https:// address (plain http:// only to this computer).",
    "carrier.no_api_key": "No API key for carrier {name} in the secure store; enter it again.",
    "carrier.not_submitted": "Booking {id} has not been sent to this carrier.",
    "drafts.dcsa_needs_booking": "Only a booking can be written as DCSA CreateBooking, not a {kind}.",
    "drafts.decmessage_needs_declaration": "Only a declaration can be written as a DecMessage, not a {kind}.",
    "drafts.bad_workspace": "Invalid workspace name {name}: use letters, digits, _ . - (at most 64).",
    "bulk.unknown_operation": "Unknown bulk operation {operation}: use check, derive or submit.",
    "bulk.no_platform": "Submitting needs the platform: log in first.",
    "bulk.rule_errors": Plural("{count} error(s) to fix first: open it to see them at their fields."),
    "bulk.nothing_to_submit": "Nothing to submit: every draft of it is already submitted.",
    "bulk.crashed": "Stopped by an unexpected error: {detail}",
}
