"""Parties written before the structured address fields existed load unchanged (the fields live in the JSON of
the row, so no schema step is needed) and keep every other field when the address is filled in and saved."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.model import Party
from desktop.core.services import drafts
from desktop.core.store.store import Store
from tests.conftest import SAMPLES

NEW = ("street", "street_number", "post_code", "city", "state_region")


def test_an_older_party_row_loads_and_keeps_everything_when_its_address_is_filled(tmp_path: Path) -> None:
    with Store.open(tmp_path / "w.sqlite3") as store:
        drafts.import_file(store, SAMPLES / "motorcycle-parts-chongqing-haiphong.json", author="t")
        [(company,)] = store.connection().execute("SELECT id FROM companies ORDER BY id LIMIT 1").fetchall()
        repo = store.parties(str(company))
        party = repo.upsert(Party(name="Hai Phong Trading Co., Ltd.", address="5 Le Thanh Tong", country="VNM",
                                  contact="Ms Lan", phone="+84 225 3842 000", tax_id="0200123456"))
        old = {k: v for k, v in party.model_dump(mode="json").items() if k not in NEW}  # as an older version wrote
        with store.transaction() as conn:
            conn.execute("UPDATE parties SET data = ? WHERE id = ?", (json.dumps(old), party.id))
        loaded = repo.get(party.id)
        assert all(getattr(loaded, k) == "" for k in NEW)
        assert {k: v for k, v in loaded.model_dump(mode="json").items() if k not in NEW} == old
        loaded.street, loaded.city = "Lê Thánh Tông", "Hải Phòng"
        repo.upsert(loaded)
        again = repo.get(party.id)
        assert (again.street, again.city) == ("Lê Thánh Tông", "Hải Phòng")
        assert {k: v for k, v in again.model_dump(mode="json").items() if k not in NEW} == old
