"""Step 14: a workspace of version 13 upgrades on both engines; its search documents take their records' save
times, so a search lists the most recently saved first whatever the documents' row order, and a save that keeps
the text leaves the document's row (and its full-text entries) where it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.model import Company, FilingStatus, Shipment
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.store import MIGRATIONS, Store
from desktop.core.store.text import TEXT_OF, cjk_tokens
from tests.pg import SKIPPED, fresh_schema, server_url

#: saved one after another, but their documents' rows in the opposite order (as a rebuild in another order would)
SAVED = [
    ("d1", "2026-12-01T08:00:01.000000Z"),
    ("d2", "2026-12-01T08:00:02.000000Z"),
    ("d3", "2026-12-01T08:00:03.000000Z"),
]


def _fill_at_version_13(store: Store) -> None:
    store.companies.upsert(Company(id="a", name_zh="甲"))
    with store.transaction() as conn:
        for ident, at in SAVED:
            decl = ExportDeclaration(id=ident, company_id="a", consignee_name="Hanoi Motorcycle Assembly JSC")
            conn.execute(
                "INSERT INTO declarations (id, company_id, shipment_id, part, status, client_seq_no, customs_no,"
                " contract_no, consignee, currency, total, revision, data, created_at, updated_at)"
                " VALUES (?, 'a', '', 1, 'draft', '', '', '', '', '', '', 1, ?, ?, ?)",
                (ident, decl.model_dump_json(), at, at),
            )
        for ident, _at in reversed(SAVED):
            text = TEXT_OF["declaration"](store.declarations.get(ident).model_dump())
            conn.execute(
                "INSERT INTO search_docs (kind, subject_id, company_id, text, cjk)"
                " VALUES ('declaration', ?, 'a', ?, ?)",
                (ident, text, cjk_tokens(text)),
            )


def _check_upgraded(store: Store) -> None:
    assert store.user_version() == len(MIGRATIONS) >= 14
    assert [h.id for h in store.search("a", "hanoi")] == ["d3", "d2", "d1"]
    where = "FROM search_docs WHERE subject_id = 'd1'"
    rowid = store.connection().execute(f"SELECT rowid {where}").fetchone()[0]
    decl = store.declarations.get("d1")
    decl.status = FilingStatus.RECEIVED
    store.declarations.save(decl, "platform")
    assert [h.id for h in store.search("a", "hanoi")] == ["d1", "d3", "d2"]
    assert store.connection().execute(f"SELECT rowid {where}").fetchone()[0] == rowid
    store.shipments.save(Shipment(id="s1", company_id="a", reference="HANOI-1"), "li")  # a new document
    assert [h.id for h in store.search("a", "hanoi")] == ["s1", "d1", "d3", "d2"]


@pytest.mark.parametrize("scan_below", [0, 10**9])
def test_upgrade_from_version_13_on_sqlite(tmp_path: Path, scan_below: int) -> None:
    path = tmp_path / "old.sqlite3"
    with Store.open(path, migrations=MIGRATIONS[:13]) as old:
        assert old.user_version() == 13
        _fill_at_version_13(old)
    with Store.open(path) as store:
        store.scan_below = scan_below
        _check_upgraded(store)


@pytest.mark.postgresql
def test_upgrade_from_version_13_on_postgresql() -> None:
    url = server_url()
    if url is None:
        pytest.skip(f"PostgreSQL tests skipped: {SKIPPED[0]}")
    with fresh_schema(url) as location:
        with Store.open(location, migrations=MIGRATIONS[:13]) as old:
            assert old.user_version() == 13
            _fill_at_version_13(old)
        with Store.open(location) as store:
            _check_upgraded(store)
