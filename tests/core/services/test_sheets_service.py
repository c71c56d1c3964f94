"""Spreadsheet use cases on a real workspace: nothing saved while rows have errors, copy as template, a
client's defaults, goods export read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.services import drafts, sheets
from desktop.core.sheets.errors import SheetError
from desktop.core.store.store import Store
from tests.cli.expectations import AS_OF
from tests.conftest import SAMPLES
from tests.core.sheets.test_importing import GOOD, invoice_zh

SAMPLE = SAMPLES / "motorcycle-parts-chongqing-haiphong.json"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "w.sqlite3")
    yield s
    s.close()


def test_rows_with_errors_save_nothing(store: Store, tmp_path: Path) -> None:
    sid = drafts.import_file(store, SAMPLE, author="t", today=AS_OF).id
    before = store.shipments.get(sid)
    bad = invoice_zh(tmp_path / "bad.xlsx", [*GOOD, [3, "碗", "Bowl", "6911101000", "x", "PCS", 1, 1, 1, 1]])
    with pytest.raises(SheetError):
        sheets.import_sheet(store, bad, author="t", shipment_id=sid, today=AS_OF)
    assert store.shipments.get(sid) == before and store.shipments.count() == 1
    result = sheets.import_sheet(store, bad, author="t", shipment_id=sid, skip_bad=True, today=AS_OF)
    assert [g.name_zh for g in store.shipments.get(sid).goods] == ["陶瓷餐具", "陶瓷花瓶"]
    assert result.saved is not None and result.saved.declarations  # the drafts followed the goods


def test_copy_as_template_and_client_defaults(store: Store) -> None:
    sid = drafts.import_file(store, SAMPLE, author="t", today=AS_OF).id
    source = store.shipments.get(sid)
    copy = sheets.copy_as_template(store, sid)
    assert copy.id == "" and copy.reference == "" and copy.invoice_no == "" and copy.containers == []
    assert copy.goods == source.goods and copy.consignee == source.consignee
    assert copy.route.port_of_loading == source.route.port_of_loading and copy.route.vessel == ""
    fresh = sheets.client_defaults(store, source.company_id)
    assert fresh.goods == [] and fresh.consignee == source.consignee and fresh.incoterm == source.incoterm
    assert fresh.company_id == source.company_id and fresh.id == ""
    with pytest.raises(drafts.DraftsError):
        sheets.copy_as_template(store, "missing")


def test_exported_goods_import_into_a_new_shipment(store: Store, tmp_path: Path) -> None:
    sid = drafts.import_file(store, SAMPLE, author="t", today=AS_OF).id
    source = store.shipments.get(sid)
    out = sheets.export_goods(store, sid, tmp_path / "goods.xlsx", "vi")
    result = sheets.import_sheet(store, out, author="t", template_id=sid, today=AS_OF)
    new = store.shipments.get(result.shipment.id)
    assert new.id != sid and len(new.goods) == len(source.goods)
    assert [(g.commodity_code, g.quantity, g.total) for g in new.goods] == [
        (g.commodity_code, g.quantity, g.total) for g in source.goods]
