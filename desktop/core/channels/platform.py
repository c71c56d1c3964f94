"""The corridor platform API as a channel: a keyed POST per row, lookup by ClientSeqNo, the event feed as receipts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.channels.base import Delivery
from desktop.core.platform.client import PlatformClient
from desktop.core.platform.models import EventPage, Filing

if TYPE_CHECKING:
    from desktop.core.outbox import OutboxRow


class PlatformChannel:
    """Delivers outbox rows to the platform contract through one :class:`PlatformClient`."""

    name = "platform"

    def __init__(self, client: PlatformClient) -> None:
        self.client = client

    @property
    def environment(self) -> str:
        return str(self.client.environment.value)

    def deliver(self, row: OutboxRow) -> Delivery:
        if row.action == "amend":
            return Delivery(self.client.amend_declaration(row.remote_id, row.payload, row.idempotency_key))
        filing, replayed = self.client.create_filing(row.kind, row.payload, row.idempotency_key)
        return Delivery(filing, replayed)

    def find(self, row: OutboxRow) -> Filing | None:
        return self.client.find_by_client_seq(row.kind, row.client_seq_no, row.company_id)

    def receipts(self, cursor: int, wait: float = 0) -> EventPage:
        return self.client.events(cursor, wait=wait)

    def fetch(self, kind: str, filing_id: str) -> Filing:
        return self.client.get_filing(kind, filing_id)

    def close(self) -> None:
        self.client.close()
