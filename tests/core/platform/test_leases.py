"""Outbox leases expire by the database's clock, on both engines: a seat whose own clock runs an hour ahead does
not take another seat's live lease as expired (the filing would go out twice), and one whose clock runs an hour
behind still takes over the lease of a seat that died (the filing would be stuck)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, tzinfo

import pytest

from desktop.core.model.declaration import ExportDeclaration
from desktop.core.outbox import leases
from desktop.core.outbox.leases import claim_rows
from desktop.core.services import drafts, filing
from desktop.core.store.store import Store
from tests.core.platform.conftest import declaration_id


def _queue_one(store: Store, shipment: drafts.ImportResult) -> None:
    copy = ExportDeclaration.model_validate(store.declarations.get(declaration_id(shipment)).model_dump())
    copy.id = "copy-0"
    store.declarations.save(copy, "li")
    p = filing.open_platform(store, "http://127.0.0.1:9", "sandbox")
    try:
        p.outbox.submit("declaration", copy.id)
    finally:
        p.close()


def _seat_clock(monkeypatch: pytest.MonkeyPatch, skew: timedelta) -> None:
    """This seat's own clock (what ``datetime.now`` says in the lease code) is off by ``skew``."""

    class SkewedClock(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> SkewedClock:
            real = datetime.now(tz or UTC) + skew
            return cls.fromtimestamp(real.timestamp(), tz)

    monkeypatch.setattr(leases, "datetime", SkewedClock)


def test_a_seat_whose_clock_runs_ahead_leaves_a_live_lease_alone(
    store: Store, shipment: drafts.ImportResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    _queue_one(store, shipment)
    with store.open_again() as other:
        [mine] = claim_rows(store, "sandbox", "seat-a", lease_seconds=120)
        _seat_clock(monkeypatch, timedelta(hours=1))
        assert claim_rows(other, "sandbox", "seat-b") == []
        assert claim_rows(store, "sandbox", "seat-a")[0].id == mine.id  # the owner renews its own


def test_a_seat_whose_clock_runs_behind_takes_over_an_expired_lease(
    store: Store, shipment: drafts.ImportResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    _queue_one(store, shipment)
    with store.open_again() as other:
        [mine] = claim_rows(store, "sandbox", "seat-a", lease_seconds=0.3)
        time.sleep(0.5)  # seat A died; its lease is over by the database's clock
        _seat_clock(monkeypatch, timedelta(hours=-1))
        [taken] = claim_rows(other, "sandbox", "seat-b")
        assert (taken.id, taken.lease_owner, taken.lease_taken_from) == (mine.id, "seat-b", "seat-a")
        # the new lease runs on the database's clock too: seat A, back with a clock an hour ahead, waits
        _seat_clock(monkeypatch, timedelta(hours=1))
        assert claim_rows(store, "sandbox", "seat-a") == []
