"""Step 8: declarations stored with the trading country and the country of arrival in each other's field are fixed."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.model.derive import derive_declarations
from desktop.core.store import MIGRATIONS, Store, migrate
from desktop.core.store.db import connect
from desktop.core.store.store import pack
from tests.core.store.conftest import MOTO, sample


def test_upgrade_from_version_7_swaps_trade_countries_in_drafts_and_revisions(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    company, shipment = sample(MOTO)
    [decl] = derive_declarations(shipment, company)
    old = json.loads(decl.model_dump_json())
    old["trade_country"], old["trade_area_code"] = "SGP", "VNM"  # v7 meaning: trading SGP, arrival VNM
    text = json.dumps(old, ensure_ascii=False)
    conn = connect(path)
    assert migrate(conn, MIGRATIONS[:7]) == 7
    conn.execute(
        "INSERT INTO companies (id, name_zh, data, created_at, updated_at) VALUES (?, ?, ?, 't', 't')",
        (company.id, company.name_zh, company.model_dump_json()),
    )
    conn.execute(
        "INSERT INTO declarations (id, company_id, shipment_id, revision, data, created_at, updated_at)"
        " VALUES (?, ?, ?, 1, ?, 't0', 't0')",
        (decl.id, company.id, shipment.id, text),
    )
    conn.execute(
        "INSERT INTO revisions (kind, subject_id, revision, company_id, author, created_at, note, data)"
        " VALUES ('declaration', ?, 1, ?, 'li', 't0', '', ?)",
        (decl.id, company.id, pack(text)),
    )
    conn.commit()
    conn.close()

    with Store.open(path) as store:
        assert store.user_version() == len(MIGRATIONS) >= 8
        got = store.declarations.get(decl.id)
        assert (got.trade_area_code, got.trade_country) == ("SGP", "VNM")
        assert got.items == decl.items and got.contr_no == decl.contr_no  # nothing else changed
        [rev] = store.revisions("declaration", decl.id)
        restored = json.loads(store.revision_json("declaration", decl.id, rev.revision))
        assert (restored["trade_area_code"], restored["trade_country"]) == ("SGP", "VNM")
