"""Several seats on one workspace: each filing sent once across the seats, a seat killed mid-send leaves
nothing stuck (its leases expire and another seat takes the rows, looking each filing up first)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.core.model.declaration import ExportDeclaration
from desktop.core.outbox import OutboxSender
from desktop.core.outbox.leases import claim_rows
from desktop.core.services import drafts, filing, seats
from desktop.core.store.store import Store
from desktop.core.store.users import seat_id
from tests.core.platform.conftest import declaration_id, server_count
from tests.seats import run_office


def _copies(store: Store, shipment: drafts.ImportResult, n: int) -> list[str]:
    base = store.declarations.get(declaration_id(shipment))
    ids = []
    for i in range(n):
        copy = ExportDeclaration.model_validate(base.model_dump())
        copy.id = f"copy-{i}"
        store.declarations.save(copy, "li")
        ids.append(copy.id)
    return ids


def test_two_seats_never_claim_the_same_row(tmp_path: Path, shipment: drafts.ImportResult, store: Store) -> None:
    p = filing.open_platform(store, "http://127.0.0.1:9", "sandbox")
    try:
        for draft_id in _copies(store, shipment, 3):
            p.outbox.submit("declaration", draft_id)
    finally:
        p.close()
    with Store.open(store.path) as other:
        mine = claim_rows(store, "sandbox", "seat-a", limit=2)
        theirs = claim_rows(other, "sandbox", "seat-b", limit=5)
        assert [r.id for r in mine] == [1, 2]
        assert [r.id for r in theirs] == [3]  # the rest; seat A's live leases are left alone
        assert claim_rows(other, "sandbox", "seat-b", limit=5, after_id=3) == []
        again = claim_rows(store, "sandbox", "seat-a", limit=5)  # a seat may renew its own
        assert [r.id for r in again] == [1, 2] and not any(r.lease_taken_from for r in again)


def test_an_expired_lease_is_taken_over_and_the_filing_looked_up_before_sending(
    store: Store, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    seats.sign_in(store, "li")
    p = filing.open_platform(store, sandbox.url, "sandbox")
    try:
        filing.login(p, "demo-exporter", "demo1234")
        [draft_id] = _copies(store, shipment, 1)
        row = p.outbox.submit("declaration", draft_id)
        # a seat claims the row, sends it (the platform files it) and dies before recording the answer
        dead = OutboxSender(p.outbox, p.sender.channel, lease_seconds=-1)  # its lease is already over
        [claimed] = dead.claim()
        p.sender.channel.deliver(claimed)
        assert server_count(sandbox, "declaration") == 1
        result = p.sender.drain()  # another sender on the same workspace
        assert (result.sent, result.looked_up) == (1, 1)
        taken = p.outbox.row(row.id)
        assert taken is not None and taken.state == "sent" and taken.lease_taken_from == dead.owner
        assert taken.lease_owner == "" and taken.queued_by == "li"
        assert server_count(sandbox, "declaration") == 1
        [entry] = [e for e in store.audit_log() if "taken_over_from" in e.details]
        assert entry.details["taken_over_from"] == dead.owner and entry.user_name == "li" and entry.seat
    finally:
        p.close()


def test_the_lease_of_a_seat_process_that_ended_is_taken_over_at_once(
    store: Store, shipment: drafts.ImportResult
) -> None:
    import subprocess

    p = filing.open_platform(store, "http://127.0.0.1:9", "sandbox")
    try:
        [draft_id] = _copies(store, shipment, 1)
        p.outbox.submit("declaration", draft_id)
    finally:
        p.close()
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = seat_id().split("/")[0] + f"/{ended.stdout.strip()}/cafe#1"
    alive = seat_id().split("/")[0] + f"/{os.getppid()}/beef#1"  # the process that started pytest
    assert [r.id for r in claim_rows(store, "sandbox", alive)] == [1]
    assert claim_rows(store, "sandbox", "seat-c") == []  # a live lease of a live process
    with store.transaction() as conn:
        conn.execute("UPDATE outbox SET lease_owner = ?", (dead,))
    [row] = claim_rows(store, "sandbox", "seat-c")  # its 120 s lease has not expired, but its process has
    assert row.lease_owner == "seat-c" and row.lease_taken_from == dead


def test_a_live_lease_of_another_seat_is_left_alone(store: Store, sandbox: Any, shipment: drafts.ImportResult) -> None:
    p = filing.open_platform(store, sandbox.url, "sandbox")
    try:
        filing.login(p, "demo-exporter", "demo1234")
        [draft_id] = _copies(store, shipment, 1)
        p.outbox.submit("declaration", draft_id)
        other = OutboxSender(p.outbox, p.sender.channel)
        assert len(other.claim()) == 1
        assert p.sender.drain().sent == 0  # the other seat is sending it
        assert server_count(sandbox, "declaration") == 0 and p.outbox.pending_count() == 1
    finally:
        p.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_three_seats_thirty_filings_faults_and_a_kill_9_file_each_once(tmp_path: Path) -> None:
    result = run_office(tmp_path, seats=3, per_seat=10, lease=2.0, edits=6, timeout=240)
    print("\n" + result.line())
    assert result.killed == 1 and result.taken_over >= 1
    assert (result.lost, result.doubled, result.stuck) == (0, 0, 0)
    assert result.intact


@pytest.mark.postgresql
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_three_seat_processes_on_one_postgresql_workspace_and_a_kill_9_file_each_once(tmp_path: Path) -> None:
    """The same office on a PostgreSQL workspace: three processes claim with SKIP LOCKED, the first is killed
    with SIGKILL mid-send, its lease expires by the server's clock and another seat looks the filing up first."""
    from tests.pg import SKIPPED, fresh_schema, server_url

    url = server_url()
    if url is None:
        pytest.skip(f"PostgreSQL tests skipped: {SKIPPED[0]}")
    with fresh_schema(url) as location:
        result = run_office(tmp_path, seats=3, per_seat=10, lease=2.0, edits=6, timeout=240, location=location)
    print("\n" + result.line())
    assert result.killed == 1 and result.taken_over >= 1
    assert (result.lost, result.doubled, result.stuck) == (0, 0, 0)
    assert result.intact
