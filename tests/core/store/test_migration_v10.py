"""Step 10: an outbox row queued before seats existed stays queued and claimable; old audit entries and rows
name no user; the workspace has no users until the first one signs in (and becomes supervisor)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.outbox.leases import claim_rows
from desktop.core.services import seats
from desktop.core.store import MIGRATIONS, Store, migrate
from desktop.core.store.db import connect
from desktop.core.store.users import Role


def test_upgrade_from_version_9_keeps_queued_rows_and_audit_entries(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = connect(path)
    assert migrate(conn, MIGRATIONS[:9]) == 9
    conn.execute(
        "INSERT INTO outbox (environment, kind, draft_id, company_id, client_seq_no, idempotency_key, payload,"
        " payload_sha256, created_at, updated_at) VALUES ('sandbox', 'declaration', 'D1', 'C1', 'S1', 'K1',"
        " x'7b7d', 'h', 't0', 't0')"
    )
    conn.execute("INSERT INTO audit_log (at, actor, action) VALUES ('t0', 'li', 'login')")
    conn.close()
    with Store.open(path) as store:
        assert store.user_version() == len(MIGRATIONS) >= 10
        [entry] = store.audit_log()
        assert (entry.actor, entry.user_name, entry.seat) == ("li", "", "")
        [row] = claim_rows(store, "sandbox", "seat-a")
        assert (row.draft_id, row.state, row.queued_by, row.lease_owner) == ("D1", "queued", "", "seat-a")
        assert store.users.list() == []
        first = seats.sign_in(store, "wang")
        second = seats.sign_in(store, "li")
        assert (first.role, second.role) == (Role.SUPERVISOR, Role.BROKER)
