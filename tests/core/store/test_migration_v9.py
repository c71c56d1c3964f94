"""Step 9: shipments, declarations and bookings stored with the old table's CNPIG / CNYIH get CNPIN / CNYCH."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.store import MIGRATIONS, Store, migrate
from desktop.core.store.db import connect
from tests.core.store.conftest import MOTO, sample


def test_upgrade_from_version_8_fixes_the_two_wrong_locodes(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    company, shipment = sample(MOTO)
    shipment.route.port_of_loading = "CNPIG"
    shipment.route.place_of_receipt = "CNYIH"
    conn = connect(path)
    assert migrate(conn, MIGRATIONS[:8]) == 8
    conn.execute(
        "INSERT INTO companies (id, name_zh, data, created_at, updated_at) VALUES (?, ?, ?, 't', 't')",
        (company.id, company.name_zh, company.model_dump_json()),
    )
    conn.execute(
        "INSERT INTO shipments (id, company_id, reference, revision, data, created_at, updated_at)"
        " VALUES (?, ?, ?, 1, ?, 't0', 't0')",
        (shipment.id, company.id, shipment.reference, shipment.model_dump_json()),
    )
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.user_version() == len(MIGRATIONS) >= 9
        got = store.shipments.get(shipment.id)
        assert (got.route.port_of_loading, got.route.place_of_receipt) == ("CNPIN", "CNYCH")
        assert json.loads(got.model_dump_json())["goods"] == json.loads(shipment.model_dump_json())["goods"]
