"""Migrations by user_version: fresh database, upgrade keeps data, failing step rolls back, newer refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.store import (
    MIGRATIONS,
    Migration,
    MigrationError,
    NewerDatabaseError,
    Store,
    StoreError,
    check_backup,
    latest_version,
    migrate,
    sql_step,
)
from desktop.core.store.db import connect
from desktop.core.store.migrations import split_sql, user_version
from tests.core.store.conftest import MOTO, sample


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return user_version(conn)
    finally:
        conn.close()


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    finally:
        conn.close()


def test_fresh_database_reaches_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    with Store.open(path) as store:
        assert store.user_version() == latest_version() == len(MIGRATIONS)
        conn = store.connection()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert {
        "companies",
        "parties",
        "products",
        "shipments",
        "declarations",
        "bookings",
        "revisions",
        "audit_log",
        "settings",
        "search_docs",
        "search_fts",
    } <= _tables(path)
    # opening again is a no-op
    with Store.open(path) as store:
        assert store.user_version() == len(MIGRATIONS)


def test_upgrade_from_version_1_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    company, shipment = sample(MOTO)
    conn = connect(path)
    assert migrate(conn, MIGRATIONS[:1]) == 1
    conn.execute(
        "INSERT INTO companies (id, name_zh, data, created_at, updated_at) VALUES (?, ?, ?, 't', 't')",
        (company.id, company.name_zh, company.model_dump_json()),
    )
    conn.execute(
        "INSERT INTO shipments (id, company_id, reference, revision, data, created_at, updated_at)"
        " VALUES (?, ?, ?, 1, ?, 't0', 't0')",
        (shipment.id, company.id, shipment.reference, shipment.model_dump_json()),
    )
    conn.close()
    assert "search_docs" not in _tables(path)

    with Store.open(path) as store:
        assert store.user_version() == len(MIGRATIONS)
        # the old file was backed up before the upgrade
        [backup] = store.list_backups()
        assert backup.name.endswith(f"-before-v{len(MIGRATIONS)}.sqlite3")
        assert check_backup(backup) == 1
        assert store.shipments.get(shipment.id) == shipment
        assert store.companies.get(company.id) == company
        # the search step indexed the existing shipment
        assert [h.id for h in store.search(company.id, "摩托车发动机")] == [shipment.id]
        assert [h.id for h in store.search(company.id, "xe may ha noi")] == [shipment.id]
        assert [h.id for h in store.search(company.id, "链条")] == [shipment.id]  # per-character index


def _step(version: int) -> Migration:
    def apply(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("INSERT INTO settings (key, value) VALUES ('touched', '1')")
        raise RuntimeError("disk on fire")

    return Migration(version, "fails half way", apply)


def test_failing_step_rolls_back_completely(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    Store.open(path).close()
    before = len(MIGRATIONS)
    good = sql_step(before + 1, "good", "CREATE TABLE good_one (x);")
    with pytest.raises(MigrationError) as info:
        Store.open(path, migrations=[*MIGRATIONS, good, _step(before + 2)])
    assert info.value.code == "store.migration_failed"
    assert info.value.params["version"] == before + 2
    assert "disk on fire" in info.value.params["detail"]
    # the good step before it stays applied, the failing one left nothing behind
    assert _version(path) == before + 1
    tables = _tables(path)
    assert "good_one" in tables and "half_done" not in tables
    [backup] = (tmp_path / "backups").iterdir()  # taken before the upgrade began
    assert check_backup(backup) == before
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM settings").fetchone()[0] == 0
    conn.close()


def test_failing_sql_step_rolls_back(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    Store.open(path).close()
    bad = sql_step(len(MIGRATIONS) + 1, "bad", "CREATE TABLE t1 (x);\nINSERT INTO no_such_table VALUES (1);")
    with pytest.raises(MigrationError):
        Store.open(path, migrations=[*MIGRATIONS, bad])
    assert _version(path) == len(MIGRATIONS)
    assert "t1" not in _tables(path)


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    conn.close()
    with pytest.raises(NewerDatabaseError) as info:
        Store.open(path)
    assert info.value.code == "store.newer_database"
    assert info.value.params["found"] == len(MIGRATIONS) + 5
    assert info.value.params["supported"] == len(MIGRATIONS)
    assert _version(path) == len(MIGRATIONS) + 5
    assert not (tmp_path / "backups").exists()


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert info.value.code == "store.unreadable"


def test_versions_must_be_consecutive(tmp_path: Path) -> None:
    conn = connect(tmp_path / "w.sqlite3")
    try:
        with pytest.raises(ValueError):
            migrate(conn, [*MIGRATIONS, sql_step(len(MIGRATIONS) + 2, "gap", "SELECT 1;")])
        assert user_version(conn) == 0
    finally:
        conn.close()


def test_split_sql_keeps_trigger_bodies_whole() -> None:
    statements = split_sql(
        "CREATE TABLE a (x);\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO a VALUES (1);\n  DELETE FROM a;\nEND;\n"
        "-- a comment\n"
    )
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")
    with pytest.raises(ValueError):
        split_sql("CREATE TABLE b (x")


def test_two_openers_of_a_new_database_migrate_it_once(tmp_path: Path) -> None:
    import threading

    path = tmp_path / "w.sqlite3"
    stores: list[Store] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(3)

    def open_it() -> None:
        try:
            barrier.wait()
            stores.append(Store.open(path))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    try:
        assert not errors
        assert [s.user_version() for s in stores] == [len(MIGRATIONS)] * 3
    finally:
        for s in stores:
            s.close()


def test_upgrade_from_version_5_makes_bookings_dcsa_ready(tmp_path: Path) -> None:
    import json

    from desktop.core.model.booking import CargoMovement

    path = tmp_path / "v5.sqlite3"
    company, _ = sample(MOTO)
    conn = connect(path)
    assert migrate(conn, MIGRATIONS[:5]) == 5
    conn.execute(
        "INSERT INTO companies (id, name_zh, data, created_at, updated_at) VALUES (?, ?, ?, 't', 't')",
        (company.id, company.name_zh, company.model_dump_json()),
    )
    old = {"id": "B1", "company_id": company.id, "cargo_movement_type": "LCL", "equipment": [
        {"iso_code": "22G1", "commodities": [{"hs_code": "871410", "package_code": "22"},
                                             {"hs_code": "871410", "package_code": "98"}]}]}
    conn.execute(
        "INSERT INTO bookings (id, company_id, revision, data, created_at, updated_at) VALUES (?, ?, 1, ?, 't', 't')",
        ("B1", company.id, json.dumps(old)),
    )
    conn.close()
    with Store.open(path) as store:
        booking = store.bookings.get("B1")
    assert booking.cargo_movement_type_at_origin == booking.cargo_movement_type_at_destination == CargoMovement.LCL
    # 22 (paper boxes) is a Rec 21 carton; 98 (dunnage) is no package: the user must choose
    assert [c.package_code for c in booking.equipment[0].commodities] == ["CT", ""]


def test_opening_a_new_file_waits_for_another_opener_instead_of_failing_busy(tmp_path: Path) -> None:
    """Switching a new file to WAL takes a lock SQLite does not wait for by itself: while another connection holds a
    write lock (another opener creating the file), Store.open waits for it rather than failing as busy at once."""
    import sqlite3
    import threading

    path = tmp_path / "w.sqlite3"
    other = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE first_opener(x)")
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    release.start()
    try:
        store = Store.open(path)
    finally:
        release.join()
        other.close()
    try:
        assert store.user_version() == len(MIGRATIONS)
    finally:
        store.close()
