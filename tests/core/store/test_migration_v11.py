"""Step 11: a workspace of version 10 upgrades on both engines; its lists page in the same order afterwards, and on
PostgreSQL every list index ends with the rowid (pages and a company's newest search documents from an index)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.model import Company, Shipment
from desktop.core.store import MIGRATIONS, Filters, Store, migrate
from desktop.core.store.db import connect
from desktop.core.store.migrations.v11 import NEW_INDEXES, SORT_INDEXES
from desktop.core.store.pg import connect_server
from tests.pg import SKIPPED, fresh_schema, server_url


def _fill_at_version_10(store: Store) -> list[str]:
    """Twelve shipments written as version 10 holds them (later steps add columns today's saves write)."""
    store.companies.upsert(Company(id="a", name_zh="甲"))
    with store.transaction() as conn:
        for i in range(12):
            shipment = Shipment(id=f"s{i:02d}", company_id="a", reference=f"R{i % 3}")
            at = f"2026-12-01T08:00:{i:02d}.000000Z"
            conn.execute(
                "INSERT INTO shipments (id, company_id, reference, contract_no, consignee, destination,"
                " port_of_discharge, revision, data, created_at, updated_at) VALUES (?, 'a', ?, '', '', '', '', 1,"
                " ?, ?, ?)",
                (shipment.id, shipment.reference, shipment.model_dump_json(), at, at),
            )
    return [r.id for r in store.shipments.page(0, 100, "reference", Filters(company_id="a"))]


def test_upgrade_from_version_10_on_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with Store.open(path, migrations=MIGRATIONS[:10]) as old:
        assert old.user_version() == 10
        before = _fill_at_version_10(old)
    with Store.open(path) as store:
        assert store.user_version() == len(MIGRATIONS) >= 11
        assert [r.id for r in store.shipments.page(0, 100, "reference", Filters(company_id="a"))] == before
        names = {r[0] for r in store.connection().execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {name for name, _, _ in NEW_INDEXES} <= names


def test_a_new_sqlite_file_gets_the_same_schema_as_an_upgraded_one(tmp_path: Path) -> None:
    conn = connect(tmp_path / "new.sqlite3")
    assert migrate(conn) == len(MIGRATIONS)
    conn.close()


@pytest.mark.postgresql
def test_upgrade_from_version_10_on_postgresql() -> None:
    url = server_url()
    if url is None:
        pytest.skip(f"PostgreSQL tests skipped: {SKIPPED[0]}")
    with fresh_schema(url) as location:
        with Store.open(location, migrations=MIGRATIONS[:10]) as old:
            assert old.user_version() == 10
            before = _fill_at_version_10(old)
        with Store.open(location) as store:
            assert store.user_version() == len(MIGRATIONS) >= 11
            assert [r.id for r in store.shipments.page(0, 100, "reference", Filters(company_id="a"))] == before
            assert [r.id for r in store.shipments.page(4, 4, "reference", Filters(company_id="a"))] == before[4:8]
        conn = connect_server(location)
        try:
            defs = dict(
                conn.execute(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                ).fetchall()
            )
        finally:
            conn.close()
        for name, _, columns in (*SORT_INDEXES, *NEW_INDEXES):
            assert f"({columns}, rowid) INCLUDE (id)" in defs[name], defs[name]
        assert "(company_id, rowid)" in defs["search_docs_company"]
