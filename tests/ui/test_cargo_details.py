"""Dangerous goods details and reefer settings are entered once on the shipment, with the keyboard, in a dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.core.dcsa import create_booking
from desktop.core.model.derive import derive_booking
from tests.ui.conftest import log_in
from tests.ui.helpers import type_into


def _shipment_editor(ctx: Any, qtbot: Any) -> Any:
    w = ctx.window
    log_in(ctx, qtbot)
    ctx.backend.import_samples(w.company_id)
    page = w.lists["shipment"]
    page.refresh()
    qtbot.waitUntil(lambda: page.row_count() > 0, timeout=10_000)
    w.open_document("shipment", page.row_value(0, "id"))
    qtbot.waitUntil(lambda: bool(w.editors), timeout=10_000)
    return next(iter(w.editors.values()))


def test_dangerous_goods_typed_on_a_goods_line_reach_the_carrier_booking(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    editor = _shipment_editor(ctx, qtbot)
    editor.tabs.setCurrentIndex(2)
    editor.goods.view.setCurrentIndex(editor.goods.table.index(0, 0))
    qtbot.mouseClick(editor.dg_button, Qt.MouseButton.LeftButton)
    from desktop.ui.cargo_details import DetailsDialog

    dialog = next(d for d in editor.findChildren(DetailsDialog) if d.isVisible())
    for path, text in (("proper_shipping_name", "PAINT"), ("emergency_contact", "Duty officer"),
                       ("emergency_phone", "+86 23 6578 2299"), ("packing_group", "3")):
        type_into(qtbot, dialog.form.editors[path], text)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.document.goods[0].dangerous is not None, timeout=3_000)
    dg = editor.document.goods[0].dangerous
    assert (dg.proper_shipping_name, dg.emergency_phone, dg.packing_group) == ("PAINT", "+86 23 6578 2299", 3)
    assert editor.dirty and "goods.0.dangerous" in editor.edited_paths
    line = editor.document.goods[0].model_copy(update={"un_number": "1263", "imo_class": "3"})
    shipment = editor.document.model_copy(update={"goods": [line, *editor.document.goods[1:]]})
    body = create_booking(derive_booking(shipment))
    [dangerous] = body["requestedEquipments"][0]["commodities"][0]["outerPackaging"]["dangerousGoods"]
    assert dangerous["properShippingName"] == "PAINT" and dangerous["packingGroup"] == 3

    # removing the details again, and a cancelled dialog changes nothing
    editor.goods.view.setCurrentIndex(editor.goods.table.index(0, 0))
    qtbot.mouseClick(editor.dg_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in editor.findChildren(DetailsDialog) if d.isVisible())
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert editor.document.goods[0].dangerous is not None
    qtbot.mouseClick(editor.dg_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in editor.findChildren(DetailsDialog) if d.isVisible())
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert editor.document.goods[0].dangerous is None


def test_reefer_settings_of_a_container(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    editor = _shipment_editor(ctx, qtbot)
    editor.tabs.setCurrentIndex(3)
    assert editor.document.containers
    editor.containers.view.setCurrentIndex(editor.containers.table.index(0, 0))
    qtbot.mouseClick(editor.reefer_button, Qt.MouseButton.LeftButton)
    from desktop.ui.cargo_details import DetailsDialog

    dialog = next(d for d in editor.findChildren(DetailsDialog) if d.isVisible())
    type_into(qtbot, dialog.form.editors["humidity_percent"], "85")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settings = editor.document.containers[0].reefer_settings
    assert settings is not None and str(settings.humidity_percent) == "85"
    assert "containers.0.reefer_settings" in editor.edited_paths
    dialog.resize(900, 700)
    dialog.grab()  # laid out without a warning (Qt warnings fail the test)
