"""Durable, idempotent sending of filings: at-least-once delivery + server deduplication = filed exactly once.

Submitting a draft marks it ``queued`` and writes an outbox row — idempotency key (uuid4), the exact payload
bytes and their SHA-256, kind, draft, company, environment, ClientSeqNo — in ONE transaction committed with
``synchronous=FULL``. :class:`OutboxSender` delivers each row with the same key and the same bytes until a
final answer, also after a crash or restart. A final 4xx is recorded on the draft (with the field errors, as a
receipt) and never retried blindly. When the server may have forgotten the key (a long outage) or answers that
the key was used for another body, the filing is first looked up by its ClientSeqNo. Editing a queued draft
and submitting it again supersedes the old row with a new key and a new payload but the SAME ClientSeqNo: the
platform files at most one filing under it, so an old POST that reached the platform unheard (or arrives late)
can never make a second one. Before the new row is first sent, the ClientSeqNo is looked up: when the earlier
version was filed, the draft is linked to that filing and gets an ``outbox.earlier_version_filed`` receipt
(the edits are not filed; amend to file them) instead of a second filing.

Receipts (from answers and from the event feed, polled with a cursor kept per environment) update the draft's
status, customs number and receipts list and the audit log. Listeners registered with
:func:`subscribe_filings` and :func:`subscribe_outbox` are called (from the sending thread) after each
change is committed.

The package: ``rows`` (the stored row), ``payloads`` (the bytes sent), ``events`` (listeners), ``filings``
(writing the platform's answers into drafts), ``queue`` (:class:`Outbox`), ``sender`` (:class:`OutboxSender`).
"""

from typing import TYPE_CHECKING

from desktop.core.outbox.events import FilingEvent, OutboxEvent, subscribe_filings, subscribe_outbox
from desktop.core.outbox.payloads import LOCAL_FIELDS, build_payload, new_client_seq_no
from desktop.core.outbox.queue import Outbox
from desktop.core.outbox.rows import ACTOR, KEY_TTL_SECONDS, OutboxError, OutboxRow, RowState
from desktop.core.outbox.sender import DrainResult, OutboxSender

if TYPE_CHECKING:  # a type only: the document models are not loaded with the outbox
    from desktop.core.outbox.payloads import Draft as Draft

__all__ = [
    "ACTOR",
    "KEY_TTL_SECONDS",
    "LOCAL_FIELDS",
    "DrainResult",
    "FilingEvent",
    "Outbox",
    "OutboxError",
    "OutboxEvent",
    "OutboxRow",
    "OutboxSender",
    "RowState",
    "build_payload",
    "new_client_seq_no",
    "subscribe_filings",
    "subscribe_outbox",
]
