"""Lists refresh when another seat changes the workspace: a shipment saved by another process shows up."""

from __future__ import annotations

from typing import Any

from desktop.core.store.store import Store
from tests.ui.conftest import log_in, settle


def test_a_shipment_another_seat_saves_appears_in_the_list(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    ctx.backend.import_samples("cq-jiangling")
    ctx.window.switch_company("cq-jiangling")
    settle(ctx, qtbot)
    page = ctx.window.lists["shipment"]
    qtbot.waitUntil(lambda: page.row_count() >= 1, timeout=10_000)
    before = page.row_count()
    with Store.open(ctx.backend.store.path) as seat_b:  # another seat on the same workspace
        shipment = seat_b.shipments.get(seat_b.shipments.ids()[0])
        shipment.id = "FROM-SEAT-B"
        shipment.reference = "SEAT-B-0001"
        seat_b.shipments.save(shipment, "wang", expected_revision=0)
    qtbot.waitUntil(lambda: page.row_count() == before + 1, timeout=10_000)  # no click, no event of ours
    refs = {page.row_value(n, "reference") for n in range(page.row_count())}
    assert "SEAT-B-0001" in refs
