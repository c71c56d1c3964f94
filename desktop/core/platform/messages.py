"""English source messages for the error codes of the platform client, credentials store and outbox."""

from __future__ import annotations

from desktop.core.i18n import Plural

MESSAGES: dict[str, str] = {
    # the embedded training platform of a data folder
    "sandbox.not_answering": (
        "Another Corridor Desk holds this data folder's training platform ({file}) but does not answer; close it "
        "or try again in a moment."
    ),
    # transport
    "platform.unreachable": "The platform at {url} cannot be reached: {reason}",
    "platform.why.refused": "nothing answers at this address; check the address, or whether the platform is running",
    "platform.why.no_such_host": "the name of this address is not known; check the address and the network",
    "platform.why.tls": "the secure connection could not be set up (certificate or encryption refused)",
    "platform.why.proxy": "the proxy server refused the connection or cannot be reached",
    "platform.why.cut": "the connection was cut before the platform answered",
    "platform.why.network": "the network connection failed",
    "platform.timeout": "The platform did not answer in time ({seconds} s).",
    "platform.bad_response": "The platform sent an answer that cannot be read ({reason}, HTTP {status}).",
    "platform.response_too_large": "The platform's answer is larger than the allowed {limit} bytes.",
    "platform.not_logged_in": "You are not logged in to the {environment} platform.",
    "platform.problem": "The platform refused the request (HTTP {status}, {problem}).",
    # problem types of the contract
    "platform.invalid_credentials": "Wrong user name or password.",
    "platform.verification_required": "The platform asks for a verification code.",
    "platform.verification_failed": "The verification code is wrong or has expired.",
    "platform.duplicate_client_seq_no": "The platform already has a filing with this client sequence number.",
    "platform.unsupported_media_type": "The platform does not accept this kind of file.",
    "platform.internal_error": "The platform had an internal error; the filing will be sent again later.",
    "platform.token_expired": "Your session has expired; please log in again.",
    "platform.token_invalid": "Your session is no longer valid; please log in again.",
    "platform.token_reused": ("Your session was ended for safety (a login token was used twice); please log in again."),
    "platform.forbidden": "You may not do this for this company.",
    "platform.not_found": "The platform does not know this filing.",
    "platform.malformed_request": "The platform could not read the request.",
    "platform.validation_failed": Plural("The platform rejected the filing: {count} field error(s)."),
    "platform.idempotency_in_flight": "The same filing is still being processed; try again shortly.",
    "platform.idempotency_mismatch": "The platform already holds a different filing under this key.",
    "platform.idempotency_key_missing": "The request lacked its idempotency key.",
    "platform.invalid_state": "This cannot be done in the filing's current status.",
    "platform.payload_too_large": "The file or filing is too large for the platform.",
    "platform.rate_limited": "The platform is busy; try again in {retry_after} s.",
    "platform.unavailable": "The platform is temporarily unavailable; try again in {retry_after} s.",
    "platform.method_not_allowed": "The platform does not allow this request.",
    # receipt message codes (docs/api-contract.md): what the platform says at each status change
    "customs.received": "Stored by the platform.",
    "customs.amended": "Amendment stored by the platform.",
    "customs.accepted": "Accepted by customs.",
    "customs.inspection": "Selected for inspection.",
    "customs.released": "Released.",
    "customs.rejected": "Rejected by customs.",
    "customs.withdrawn": "Withdrawn.",
    "booking.requested": "Booking requested.",
    "booking.confirmed": "Booking confirmed.",
    "booking.no_capacity": "Declined: no capacity on this service.",
    "booking.cancelled": "Booking cancelled.",
    # the platform's own field error codes (rule ids speak through the rules' messages)
    "customs.elements_incomplete": "The declaration elements of item {item} are incomplete.",
    "customs.no_items": "The declaration has no items.",
    "duplicate": "Already filed as {existing_id}.",
    "forbidden": "You may not file for this company.",
    "attachment.not_pdf": "The attachment is not a PDF file.",
    "attachment.unknown_edoc": "Unknown attachment type {value}.",
    "request.missing": "This field is required.",
    "request.cursor": "The list position sent to the platform is not valid.",
    # any other request.<type> (the request's own shape checks): the family message
    "request.*": "The value is not valid: {detail}",
    # credentials
    "credentials.too_large": ("The login token is too large for the secure store ({size} bytes, at most {limit})."),
    "credentials.store_failed": "The secure store refused to keep the login: {detail}",
    # outbox and filing services
    "outbox.not_found": "No queued filing {ident}.",
    "outbox.draft_not_found": "No draft {ident}.",
    "outbox.not_submittable": "The draft {ident} cannot be submitted in status {status}.",
    "outbox.earlier_version_filed": (
        "The platform already holds the version submitted before the last edit; the edit was not filed."
        " To file it, amend the declaration (or cancel the booking and book again)."
    ),
    "filing.no_company": "Choose the company to file for: {companies}.",
    "filing.not_submitted": "The draft {ident} has not been accepted by the platform yet.",
    "platform.missing_target": "Name a booking draft ID or an exchange file.",
    "filing.company_not_allowed": "You may not file for {company}; your companies: {companies}.",
}
