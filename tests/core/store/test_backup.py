"""Backups with Connection.backup(): a readable, complete copy; restoring one in place of the workspace."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.paths import AppPaths
from desktop.core.store import MIGRATIONS, NewerDatabaseError, Store, StoreError, check_backup, restore_backup
from tests.core.store.conftest import MOTO, Clock, sample


def test_backup_is_a_readable_copy(store: Store, paths: AppPaths, clock: Clock) -> None:
    company, shipment = sample(MOTO)
    store.companies.upsert(company)
    store.shipments.save(shipment, "li")
    if store.engine != "sqlite":
        with pytest.raises(StoreError) as raised:
            store.backup(author="li")
        assert raised.value.code == "store.server_backup"
        assert raised.value.params["url"].startswith("postgresql://") and ":corridor@" not in raised.value.params["url"]
        return
    target = store.backup(author="li")
    assert target.parent == paths.backups
    assert target.name == "default-20261201-080000-000000.sqlite3"
    assert check_backup(target) == len(MIGRATIONS)
    conn = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT reference FROM shipments").fetchall() == [(shipment.reference,)]
    finally:
        conn.close()
    with Store.open(target) as copy:
        assert copy.shipments.get(shipment.id) == shipment
        assert [h.id for h in copy.search(company.id, "摩托车")][:1] == [shipment.id]
    # a second backup in the same instant gets its own file
    again = store.backup()
    clock.advance(3600)
    later = store.backup()
    assert len({target, again, later}) == 3
    assert store.list_backups() == sorted([target, again, later])
    assert store.audit_log(action="backup")[-1].details == {"file": target.name}


def test_restore_backup_replaces_the_workspace(paths: AppPaths, clock: Clock) -> None:
    company, shipment = sample(MOTO)
    with Store.open_workspace(paths, clock=clock) as store:
        store.companies.upsert(company)
        store.shipments.save(shipment, "li")
        backup = store.backup()
        shipment.reference = "AFTER-BACKUP"
        store.shipments.save(shipment, "li")
        store.shipments.delete(shipment.id, "li")
    restore_backup(backup, paths.workspace_db)
    with Store.open_workspace(paths) as store:
        assert store.shipments.get(shipment.id).reference != "AFTER-BACKUP"
        assert store.shipments.revision_of(shipment.id) == 1
        assert len(store.revisions("shipment", shipment.id)) == 1


def test_restore_refuses_bad_files(tmp_path: Path, paths: AppPaths) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\0not a database" * 200)
    with pytest.raises(StoreError) as info:
        restore_backup(junk, paths.workspace_db)
    assert info.value.code == "store.restore_failed"
    with pytest.raises(StoreError):
        restore_backup(tmp_path / "missing.sqlite3", paths.workspace_db)
    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(NewerDatabaseError):
        restore_backup(newer, paths.workspace_db)
    assert not paths.workspace_db.exists()


def test_backups_of_other_workspaces_are_not_listed(paths: AppPaths, clock: Clock) -> None:
    with Store.open_workspace(paths, "client", clock=clock) as a, Store.open_workspace(paths, "client-2") as b:
        own = a.backup()
        b.backup()
        assert a.list_backups() == [own]
        assert len(b.list_backups()) == 1
