"""A batch of claimed rows keeps its leases while its requests are out, however long the batch: the sending pass
renews them every quarter lease. It stops once the batch has had the whole deadline of each of its requests, so
a seat that is stuck lets its rows go to another seat, which looks them up before sending (filed once)."""

from __future__ import annotations

import time
from typing import Any

import pytest

from desktop.core.channels.base import Delivery
from desktop.core.model.filing import FilingStatus
from desktop.core.outbox import OutboxRow, OutboxSender
from desktop.core.outbox import sender as sender_module
from desktop.core.outbox.leases import claim_rows
from desktop.core.services import filing
from desktop.core.store.store import Store
from tests.core.platform.conftest import sample_drafts, server_count

LEASE = 0.4


class SlowChannel:
    """The platform channel with a platform slow to answer: each delivery takes ``seconds`` longer, after which
    another seat on the same workspace tries to claim what is queued (``taken`` says what it got)."""

    def __init__(self, channel: Any, other: Store, seconds: float) -> None:
        self.channel, self.other, self.seconds = channel, other, seconds
        self.taken: list[OutboxRow] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.channel, name)

    def deliver(self, row: OutboxRow) -> Delivery:
        time.sleep(self.seconds)
        self.taken += claim_rows(self.other, "sandbox", "seat-b", limit=10, lease_seconds=60)
        return self.channel.deliver(row)


def _sender(store: Store, sandbox: Any, other: Store, seconds: float, n: int) -> tuple[Any, SlowChannel, list[str]]:
    ids = sample_drafts(store, n, "slow")
    p = filing.open_platform(store, sandbox.url, "sandbox")
    filing.login(p, "demo-exporter", "demo1234", remember=False)
    for draft_id in ids:
        filing.submit_declaration(p, draft_id)
    slow = SlowChannel(p.sender.channel, other, seconds)
    p.sender = OutboxSender(p.outbox, slow, lease_seconds=LEASE)
    return p, slow, ids


def test_rows_out_longer_than_a_lease_stay_leased(store: Store, sandbox: Any) -> None:
    with store.open_again() as other:
        p, slow, ids = _sender(store, sandbox, other, 3 * LEASE, 3)
        try:
            result = filing.deliver(p)
        finally:
            p.close()
    assert result.sent == 3 and result.looked_up == 0
    assert slow.taken == []  # each request took three leases' time: none of the batch went to the other seat
    assert {store.declarations.get(i).status for i in ids} == {FilingStatus.RECEIVED}
    assert server_count(sandbox) == 3


def test_a_seat_stuck_past_its_requests_deadline_lets_its_rows_go(
    store: Store, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sender_module, "REQUEST_SECONDS", LEASE / 2)  # what one request may take at most
    with store.open_again() as other:
        p, slow, ids = _sender(store, sandbox, other, 4 * LEASE, 1)
        try:
            filing.deliver(p)
        finally:
            p.close()
    [taken] = slow.taken  # its lease ran out while its request was still out
    assert (taken.draft_id, taken.lease_taken_from) == (ids[0], p.sender.owner)
    assert server_count(sandbox) == 1
