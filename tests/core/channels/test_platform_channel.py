"""The corridor platform API behind the channel interface: the sender drives it, lookups and receipts go through it."""

from __future__ import annotations

from typing import Any

from desktop.core.channels import Channel, PlatformChannel
from desktop.core.model.filing import FilingStatus
from desktop.core.outbox import OutboxSender
from desktop.core.services import drafts, filing
from tests.core.platform.conftest import declaration_id


def _login(p: filing.Platform) -> None:
    filing.login(p, "demo-exporter", "demo1234")


def test_platform_channel_keeps_the_interface(platform: filing.Platform) -> None:
    channel = platform.sender.channel
    assert isinstance(channel, PlatformChannel)
    assert isinstance(channel, Channel)
    assert channel.environment == "sandbox"
    assert channel.name == "platform"


def test_row_delivered_found_and_its_receipts_brought_back_through_the_channel(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    _login(platform)
    channel = PlatformChannel(platform.client)
    sender = OutboxSender(platform.outbox, channel)
    draft_id = declaration_id(shipment)
    row = filing.submit_declaration(platform, draft_id, actor="test")
    assert channel.find(row) is None  # nothing on the platform before the first delivery
    result = sender.drain()
    assert result.sent == 1
    found = channel.find(row)
    assert found is not None and found.client_seq_no == row.client_seq_no
    assert platform.outbox.rows_for("declaration", draft_id)[-1].remote_id == found.id
    sandbox.advance(3600)
    sender.poll_events()
    draft = platform.store.declarations.get(draft_id)
    assert draft.status in (FilingStatus.ACCEPTED, FilingStatus.RELEASED, FilingStatus.INSPECTION)
    assert channel.fetch("declaration", found.id).status == str(draft.status)
