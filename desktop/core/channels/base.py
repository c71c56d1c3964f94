"""The small interface every channel keeps, so the outbox can promise "never lost, never doubled" through any of them.

A channel is handed a queued :class:`~desktop.core.outbox.OutboxRow` and must:

* ``deliver(row)`` it — the same idempotency key and the same bytes on every attempt until a final answer;
* ``find(row)`` what became of it (by ClientSeqNo / own reference) before anything is sent again after a crash,
  a lost answer or a forgotten key;
* ``receipts(cursor)`` bring status changes back as :class:`~desktop.core.platform.models.Event` pages, and
  ``fetch(kind, id)`` the channel's full view of one filing.

Answers are expressed in the platform's wire models (:class:`Filing`, :class:`EventPage`) so receipts from every
channel land in one model and one timeline; failures are the typed errors of :mod:`desktop.core.platform.errors`
(``final`` says whether sending the same row again is pointless).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from desktop.core.platform.models import EventPage, Filing

if TYPE_CHECKING:
    from desktop.core.outbox import OutboxRow


@dataclass(frozen=True, slots=True)
class Delivery:
    """What a channel knows right after handing a row over.

    ``filing`` is the counterpart's view (its ``id`` becomes the row's remote id; an empty ``status`` leaves the
    draft queued until a receipt says more); ``replayed`` says the counterpart already had this row.
    """

    filing: Filing
    replayed: bool = False


@runtime_checkable
class Channel(Protocol):
    """One way out of the app; ``name`` is shown to the user, ``environment`` names the outbox it serves."""

    @property
    def name(self) -> str: ...

    @property
    def environment(self) -> str: ...

    def deliver(self, row: OutboxRow) -> Delivery: ...

    def find(self, row: OutboxRow) -> Filing | None: ...

    def receipts(self, cursor: int, wait: float = 0) -> EventPage: ...

    def fetch(self, kind: str, filing_id: str) -> Filing: ...

    def close(self) -> None: ...
