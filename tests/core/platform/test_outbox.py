"""The outbox against the real sandbox: lifecycles, exactly once under faults, final refusals, offline."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop.core.model.filing import FilingStatus
from desktop.core.outbox import FilingEvent, OutboxEvent, subscribe_filings, subscribe_outbox
from desktop.core.platform.errors import Timeout
from desktop.core.services import drafts, filing
from desktop.core.store.migrations import MIGRATIONS, migrate, user_version
from desktop.core.store.store import Store
from tests.core.platform.conftest import booking_id, declaration_id, server_count


def _login(p: filing.Platform, user: str = "demo-exporter") -> None:
    filing.login(p, user, "demo1234")


def test_declaration_lifecycle_received_accepted_released(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    _login(platform)
    seen: list[FilingEvent] = []
    pending: list[int] = []
    unsubscribe = subscribe_filings(seen.append)
    unsubscribe_outbox = subscribe_outbox(lambda e: pending.append(e.pending))
    try:
        decl = declaration_id(shipment)
        row = filing.submit_declaration(platform, decl, actor="li")
        assert platform.store.declarations.get(decl).status is FilingStatus.QUEUED
        assert row.payload_sha256 == hashlib.sha256(row.payload).hexdigest()
        body = json.loads(row.payload)
        assert body["company_id"] == "cq-jiangling" and body["client_seq_no"] == row.client_seq_no
        result = filing.deliver(platform)
        assert (result.sent, result.failed, result.pending) == (1, 0, 0)
        assert platform.store.declarations.get(decl).status is FilingStatus.RECEIVED
        sandbox.advance(3600)
        filing.sync(platform)
        draft = platform.store.declarations.get(decl)
        assert draft.status in (FilingStatus.ACCEPTED, FilingStatus.RELEASED)
        assert len(draft.customs_no) == 18 and draft.customs_no.startswith("8000")
        sandbox.advance(24 * 3600)
        filing.sync(platform)
        draft = platform.store.declarations.get(decl)
        assert draft.status is FilingStatus.RELEASED
        assert [r.status for r in draft.receipts][:2] == [FilingStatus.RECEIVED, FilingStatus.ACCEPTED]
        info = filing.status(platform, None, decl, refresh=True)
        assert info.status == "released" and info.remote_id
        assert [r["status"] for r in info.receipts] == ["received", "accepted", "released"]
        actions = {e.action for e in platform.store.audit_log(subject_id=decl)}
        assert {"submit", "platform_received", "platform_released"} <= actions
    finally:
        unsubscribe()
        unsubscribe_outbox()
    assert [e.status for e in seen if e.id == decl][:2] == ["queued", "received"]
    assert seen[-1].status == "released"
    assert pending[0] == 1 and pending[-1] == 0
    assert server_count(sandbox) == 1


def test_booking_lifecycle_confirmed_with_train_vessel_and_containers(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    _login(platform)
    booking = booking_id(shipment)
    draft = platform.store.bookings.get(booking)
    schedules = filing.search_schedules(
        platform, "CNCKG", "CNQZH", "VNHPH", str(draft.requested_departure or "2026-12-10")
    )
    assert schedules and all(s.service_code for s in schedules)
    filing.submit_booking(platform, booking, send=True)
    assert platform.store.bookings.get(booking).status is FilingStatus.REQUESTED
    sandbox.advance(6 * 3600)
    filing.sync(platform)
    confirmed = platform.store.bookings.get(booking)
    assert confirmed.status is FilingStatus.CONFIRMED
    assert confirmed.through_document_no and confirmed.train_no and confirmed.vessel_name
    assert any(e.container_numbers for e in confirmed.equipment)
    cancelled = filing.cancel_booking(platform, booking)
    assert cancelled.status == "cancelled"
    assert platform.store.bookings.get(booking).status is FilingStatus.CANCELLED
    assert server_count(sandbox, "booking") == 1


def test_rejection_pins_field_errors_then_amend_goes_through(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    _login(platform)
    sandbox.set_scenario("demo-exporter", "rejection")
    decl = declaration_id(shipment)
    filing.submit_declaration(platform, decl, send=True)
    sandbox.advance(3600)
    filing.sync(platform)
    draft = platform.store.declarations.get(decl)
    assert draft.status is FilingStatus.REJECTED
    errors = [e for r in draft.receipts for e in r.errors]
    assert errors and all(e.field and e.code for e in errors)
    filing.amend_declaration(platform, decl, send=True)
    sandbox.advance(3600)
    filing.sync(platform)
    assert platform.store.declarations.get(decl).status in (FilingStatus.ACCEPTED, FilingStatus.RELEASED)
    assert server_count(sandbox) == 1


def test_final_validation_refusal_is_recorded_not_retried(
    platform: filing.Platform, sandbox: Any, store: Store, shipment: drafts.ImportResult
) -> None:
    _login(platform)
    decl = declaration_id(shipment)
    broken = store.declarations.get(decl)
    broken.contr_no = ""
    broken.trade_co_scc = "91500112MA60ABCD0X"  # wrong check character
    store.declarations.save(broken, "li")
    filing.submit_declaration(platform, decl)
    first = filing.deliver(platform)
    assert first.failed == 1 and first.errors[0].code == "platform.validation_failed"
    draft = store.declarations.get(decl)
    assert draft.status is FilingStatus.FAILED
    assert draft.receipts[-1].errors and draft.receipts[-1].message_code == "platform.validation_failed"
    requests_before = platform.client.stats["requests"]
    again = filing.deliver(platform)
    assert (again.sent, again.failed, again.pending) == (0, 0, 0)
    assert platform.client.stats["requests"] == requests_before  # never retried blindly
    assert server_count(sandbox) == 0


def test_double_submit_files_once(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    _login(platform)
    decl = declaration_id(shipment)
    row = filing.submit_declaration(platform, decl)
    # the same row sent twice (two senders, a retry after a lost answer): the server replays the stored answer
    first, replayed_first = platform.client.create_filing("declaration", row.payload, row.idempotency_key)
    second, replayed_second = platform.client.create_filing("declaration", row.payload, row.idempotency_key)
    assert first.id == second.id and not replayed_first and replayed_second
    result = filing.deliver(platform)
    assert result.sent == 1 and result.replayed == 1
    assert server_count(sandbox) == 1


def test_answer_after_the_client_timeout_files_once(
    store: Store, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    # the server records the filing, then answers only after the client gave up waiting
    p = filing.open_platform(store, sandbox.url, "sandbox", read_timeout=0.5, deadline=1.5, max_attempts=1)
    try:
        _login(p)
        sandbox.add_fault("delay-after-commit", "demo-exporter", seconds=2.0)
        decl = declaration_id(shipment)
        filing.submit_declaration(p, decl)
        first = filing.deliver(p)
        assert first.sent == 0 and first.pending == 1
        assert isinstance(first.errors[0], Timeout)
        assert store.declarations.get(decl).status is FilingStatus.QUEUED
        assert server_count(sandbox) == 1
        second = filing.deliver(p)
        assert second.sent == 1 and second.replayed == 1
        assert store.declarations.get(decl).status is FilingStatus.RECEIVED
    finally:
        p.close()
    assert server_count(sandbox) == 1


def test_connection_reset_after_recording_files_once(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    _login(platform)
    sandbox.add_fault("drop-after-commit", "demo-exporter")
    decl = declaration_id(shipment)
    filing.submit_declaration(platform, decl)
    result = filing.deliver(platform)  # the client retries the POST with its key: the server replays
    assert result.sent == 1 and result.replayed == 1
    assert platform.client.stats["retries"] >= 1
    assert platform.store.declarations.get(decl).status is FilingStatus.RECEIVED
    assert server_count(sandbox) == 1


def test_killed_after_outbox_commit_before_post_files_once_after_restart(
    store: Store, sandbox: Any, shipment: drafts.ImportResult, tmp_path: Path
) -> None:
    p = filing.open_platform(store, sandbox.url, "sandbox")
    _login(p)
    decl = declaration_id(shipment)
    filing.submit_declaration(p, decl)
    p.close()  # "crash": the row is committed, nothing was sent
    assert server_count(sandbox) == 0
    reopened = store.open_again()
    try:
        p2 = filing.open_platform(reopened, sandbox.url, "sandbox")
        assert filing.resume(p2)  # the refresh token from the keyring, the username from the workspace
        assert p2.outbox.pending_count() == 1
        assert filing.deliver(p2).sent == 1
        assert filing.deliver(p2).sent == 0
        p2.close()
    finally:
        reopened.close()
    assert server_count(sandbox) == 1


def test_offline_rows_stay_queued_and_go_when_back(store: Store, shipment: drafts.ImportResult) -> None:
    from desktop.sandbox.server import run_embedded

    handle = run_embedded()
    url = handle.url
    p = filing.open_platform(store, url, "sandbox", connect_timeout=1.0, deadline=3.0, backoff=0.01)
    try:
        _login(p)
        handle.stop()  # the platform goes away
        decl = declaration_id(shipment)
        filing.submit_declaration(p, decl)
        result = filing.deliver(p)
        assert result.offline and result.pending == 1 and result.sent == 0
        assert store.declarations.get(decl).status is FilingStatus.QUEUED
        assert p.outbox.pending()[0].last_error == "platform.unreachable"
    finally:
        p.close()
    # back (a new server on another port: the token family is gone, so log in again)
    again = run_embedded()
    try:
        p2 = filing.open_platform(store, again.url, "sandbox")
        _login(p2)
        assert filing.deliver(p2).sent == 1
        assert server_count(again) == 1
        p2.close()
    finally:
        again.stop()


def test_editing_a_queued_draft_makes_a_new_key_and_payload(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    _login(platform)
    decl = declaration_id(shipment)
    first = filing.submit_declaration(platform, decl)
    draft = platform.store.declarations.get(decl)
    draft.note_s = "edited while queued"
    platform.store.declarations.save(draft, "li")
    second = filing.submit_declaration(platform, decl)
    assert second.idempotency_key != first.idempotency_key and second.payload != first.payload
    # the ClientSeqNo stays: the platform files at most one declaration under it, however the first POST ended
    assert second.client_seq_no == first.client_seq_no
    rows = platform.outbox.rows_for("declaration", decl)
    assert [r.state for r in rows] == ["superseded", "queued"]
    assert filing.deliver(platform).sent == 1
    assert server_count(sandbox) == 1
    stored = sandbox.sandbox.query_one("SELECT document FROM filings")
    assert "edited while queued" in stored[0]


def test_resubmitting_a_queued_draft_whose_first_post_reached_the_platform_files_once(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    _login(platform)
    decl = declaration_id(shipment)
    first = filing.submit_declaration(platform, decl)
    sandbox.add_fault("drop-after-commit", "demo-exporter", count=10)  # stored, but the client hears only resets
    assert filing.deliver(platform).sent == 0
    assert server_count(sandbox) == 1 and platform.outbox.row(first.id).attempts == 1
    sandbox.sandbox.clear_faults()
    draft = platform.store.declarations.get(decl)
    assert draft.status is FilingStatus.QUEUED
    draft.note_s = "edited after the first attempt"
    platform.store.declarations.save(draft, "li")
    filing.submit_declaration(platform, decl)
    result = filing.deliver(platform)
    assert (result.looked_up, result.pending) == (1, 0)
    assert server_count(sandbox) == 1  # not a second declaration for one draft
    draft = platform.store.declarations.get(decl)
    assert draft.status is FilingStatus.RECEIVED
    assert draft.receipts[-1].message_code == "outbox.earlier_version_filed"  # the user learns the edit is not filed
    assert platform.outbox.remote_id("declaration", decl)
    assert [r.state for r in platform.outbox.rows_for("declaration", decl)] == ["superseded", "sent"]
    assert filing.deliver(platform).sent == 0


def test_resubmitting_while_the_first_post_is_in_flight_files_once(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    import threading
    import time

    _login(platform)
    decl = declaration_id(shipment)
    filing.submit_declaration(platform, decl)
    sandbox.add_fault("delay-after-commit", "demo-exporter", seconds=1.5)
    sender = threading.Thread(target=filing.deliver, args=(platform,))
    sender.start()
    deadline = time.monotonic() + 10
    while server_count(sandbox) == 0 and time.monotonic() < deadline:  # the first POST has been stored
        time.sleep(0.05)
    draft = platform.store.declarations.get(decl)
    draft.note_s = "edited while the first POST was on its way"
    platform.store.declarations.save(draft, "li")
    filing.submit_declaration(platform, decl)  # supersedes the row whose answer is still coming
    sender.join(15)
    assert not sender.is_alive()
    assert platform.outbox.pending_count() == 1  # the late answer did not silently close the edited row
    result = filing.deliver(platform)
    assert result.looked_up == 1 and result.pending == 0
    assert server_count(sandbox) == 1
    assert platform.store.declarations.get(decl).receipts[-1].message_code == "outbox.earlier_version_filed"


def test_a_queued_draft_resubmitted_before_its_first_post_went_out_files_the_edit(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    _login(platform)
    decl = declaration_id(shipment)
    filing.submit_declaration(platform, decl)
    draft = platform.store.declarations.get(decl)
    draft.note_s = "edited before sending"
    platform.store.declarations.save(draft, "li")
    filing.submit_declaration(platform, decl)
    result = filing.deliver(platform)
    assert result.sent == 1 and result.looked_up == 0
    assert server_count(sandbox) == 1
    assert "edited before sending" in sandbox.sandbox.query_one("SELECT document FROM filings")[0]
    assert platform.store.declarations.get(decl).receipts[-1].message_code != "outbox.earlier_version_filed"


def test_key_forgotten_after_a_long_outage_is_looked_up_by_client_seq_no(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    _login(platform)
    decl = declaration_id(shipment)
    row = filing.submit_declaration(platform, decl)
    platform.client.create_filing("declaration", row.payload, row.idempotency_key)  # filed, answer "lost"
    with platform.store.transaction() as conn:  # the first attempt was two days ago
        conn.execute(
            "UPDATE outbox SET first_attempt_at = '2020-01-01T00:00:00.000000Z' WHERE id = ?", (row.id,)
        )
    sandbox.sandbox.query("DELETE FROM idempotency")  # the server no longer knows the key
    result = filing.deliver(platform)
    assert result.sent == 1 and result.looked_up == 1
    assert platform.store.declarations.get(decl).status is FilingStatus.RECEIVED
    assert server_count(sandbox) == 1


def test_one_company_cannot_see_or_file_for_another(
    store: Store, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    exporter = filing.open_platform(store, sandbox.url, "sandbox")
    _login(exporter)
    decl = declaration_id(shipment)
    filing.submit_declaration(exporter, decl, send=True)
    remote = exporter.outbox.remote_id("declaration", decl)
    exporter.close()
    from desktop.core.credentials import CredentialStore
    from desktop.core.platform.errors import Forbidden, NotFound

    forwarder = filing.open_platform(store, sandbox.url, "sandbox", credentials=CredentialStore("sandbox"))
    try:
        _login(forwarder, "demo-forwarder")
        with pytest.raises((Forbidden, NotFound)):
            forwarder.client.get_filing("declaration", remote)
        page = forwarder.client.list_filings("declaration")
        assert all(item.company_id != "cq-jiangling" for item in page.items)
        assert all(e.company_id != "cq-jiangling" for e in forwarder.client.events(0).events)
        with pytest.raises(filing.FilingError) as refused:  # refused locally before queueing
            filing.submit_declaration(forwarder, decl)
        assert refused.value.code == "filing.company_not_allowed"
        # and the server refuses it too when a request gets there anyway
        body = json.dumps({"company_id": "cq-jiangling", "client_seq_no": "X1", "declaration": {}}).encode()
        with pytest.raises(Forbidden):
            forwarder.client.create_filing("declaration", body, "00000000-0000-4000-8000-000000000001")
    finally:
        forwarder.close()


def test_environments_never_share_outbox_rows(
    store: Store, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    sandbox_p = filing.open_platform(store, sandbox.url, "sandbox")
    production_p = filing.open_platform(store, sandbox.url, "production")
    try:
        _login(sandbox_p)
        filing.submit_declaration(sandbox_p, declaration_id(shipment))
        assert sandbox_p.outbox.pending_count() == 1
        assert production_p.outbox.pending_count() == 0
        assert production_p.auth.access_token() is None
        assert sandbox_p.auth.credentials.service != production_p.auth.credentials.service
    finally:
        sandbox_p.close()
        production_p.close()


def test_migration_step_adds_outbox_tables_to_an_existing_workspace(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:2])
    conn.execute("INSERT INTO settings (key, value) VALUES ('kept', '1')")
    assert user_version(conn) == 2
    migrate(conn, MIGRATIONS)
    assert user_version(conn) == len(MIGRATIONS) >= 3
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"outbox", "filing_links", "filing_receipts", "event_cursors"} <= tables
    assert conn.execute("SELECT value FROM settings WHERE key = 'kept'").fetchone()[0] == "1"
    conn.close()


def test_outbox_event_payload_for_the_ui_bridge() -> None:
    event = OutboxEvent(pending=3, environment="sandbox")
    assert event.pending == 3


def test_attach_then_withdraw(platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult) -> None:
    _login(platform)
    decl = declaration_id(shipment)
    with pytest.raises(filing.FilingError):
        filing.withdraw_declaration(platform, decl)  # not on the platform yet
    filing.submit_declaration(platform, decl, send=True)
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    answer = filing.attach_document(platform, decl, "00000004", data=pdf, file_name="invoice.pdf")
    assert answer
    draft = platform.store.declarations.get(decl)
    assert draft.attachments[-1].sha256 == hashlib.sha256(pdf).hexdigest()
    withdrawn = filing.withdraw_declaration(platform, decl)
    assert withdrawn.status == "withdrawn"
    assert platform.store.declarations.get(decl).status is FilingStatus.WITHDRAWN


def test_sender_thread_delivers_when_woken(platform: filing.Platform, shipment: drafts.ImportResult) -> None:
    import threading

    _login(platform)
    done = threading.Event()
    unsubscribe = subscribe_filings(lambda e: done.set() if e.status == "received" else None)
    platform.sender.start(interval=60)
    try:
        filing.submit_declaration(platform, declaration_id(shipment))  # wakes the sender
        assert done.wait(20)
    finally:
        unsubscribe()
        platform.sender.stop()
    assert platform.outbox.pending_count() == 0


def test_drain_reports_offline_and_expired_session(store: Store, shipment: drafts.ImportResult) -> None:
    events: list[OutboxEvent] = []
    unsubscribe = subscribe_outbox(events.append)
    p = filing.open_platform(store, "http://127.0.0.1:9", "sandbox", connect_timeout=0.5, deadline=2.0)
    try:
        filing.submit_declaration(p, declaration_id(shipment))
        result = filing.deliver(p)  # never logged in: nothing is sent, the row waits
        assert result.pending == 1 and result.errors[0].code == "platform.not_logged_in"
        assert events[-1].session_expired is True and events[-1].pending == 1
    finally:
        unsubscribe()
        p.close()


def test_refused_amendment_keeps_the_platform_status(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    _login(platform)
    decl = declaration_id(shipment)
    filing.submit_declaration(platform, decl, send=True)
    filing.withdraw_declaration(platform, decl)
    filing.amend_declaration(platform, decl, send=True)  # a withdrawn declaration cannot be amended
    draft = platform.store.declarations.get(decl)
    assert draft.status is FilingStatus.WITHDRAWN
    assert draft.receipts[-1].status is FilingStatus.FAILED
    assert draft.receipts[-1].message_code == "platform.invalid_state"
    assert platform.outbox.pending_count() == 0


def test_forgotten_key_answered_with_duplicate_client_seq_no_is_looked_up(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    _login(platform)
    decl = declaration_id(shipment)
    row = filing.submit_declaration(platform, decl)
    platform.client.create_filing("declaration", row.payload, row.idempotency_key)  # filed, answer "lost"
    sandbox.sandbox.query("DELETE FROM idempotency")  # forgotten early: the POST is taken as a new filing
    result = filing.deliver(platform)
    assert result.sent == 1 and result.looked_up == 1 and result.failed == 0
    assert platform.store.declarations.get(decl).status is FilingStatus.RECEIVED
    assert server_count(sandbox) == 1


def test_migration_step_7_keeps_queued_rows_and_adds_their_error_parameters(tmp_path: Path) -> None:
    path = tmp_path / "v6.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:6])
    conn.execute(
        "INSERT INTO outbox (environment, kind, draft_id, company_id, client_seq_no, idempotency_key, payload,"
        " payload_sha256, last_error, created_at, updated_at)"
        " VALUES ('sandbox', 'declaration', 'D1', 'c', 'S1', 'k1', x'7b7d', '', 'platform.unreachable', '', '')"
    )
    migrate(conn, MIGRATIONS[:7])
    assert user_version(conn) == 7
    row = conn.execute("SELECT last_error, last_error_params FROM outbox").fetchone()
    assert row == ("platform.unreachable", "{}")
    conn.close()
