"""The activity log names each record as a user knows it (number, shipment reference, consignee; never the internal
id) and opens it from the log with a double-click or Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.editors import ShipmentEditor
from tests.ui.conftest import log_in, settle

RECORD = 6  # the record column (after time, who, user, seat, action, kind)


def _row_of(page: Any, kind: str) -> int:
    return next(n for n, e in enumerate(page.audit.entries) if e.subject_kind == kind)


def test_activity_names_records_and_opens_them(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    ctx.backend.import_samples(w.company_id)
    settle(ctx, qtbot)
    shipment = ctx.backend.store.shipments.get(ctx.backend.store.shipments.ids()[0])
    w.show_section("activity")
    page = w.page("activity")
    page.refresh()
    settle(ctx, qtbot)
    model = page.audit
    assert model.rowCount() > 0
    ids = {e.subject_id for e in model.entries if e.subject_id}
    shown = [model.index(r, RECORD).data() for r in range(model.rowCount())]
    assert not any(i in text for i in ids for text in shown)  # no internal id anywhere in the record column
    row = next(
        n for n, e in enumerate(model.entries) if e.subject_kind == "shipment" and e.subject_id == shipment.id
    )
    assert model.index(row, RECORD).data() == f"{shipment.reference} · {shipment.consignee.name}"
    decl_row = _row_of(page, "declaration")
    assert model.index(decl_row, RECORD).data()  # a number, a shipment reference or "(not yet numbered)"
    # double-click opens the shipment in its editor
    view = page.view
    view.scrollTo(model.index(row, RECORD))
    rect = view.visualRect(model.index(row, RECORD))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's first press
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: w.editor_for("shipment", shipment.id) is not None, timeout=10_000)
    assert isinstance(w.editor_for("shipment", shipment.id), ShipmentEditor)
    assert w.pages["shipments"].currentWidget() is w.editor_for("shipment", shipment.id)
    # Enter on a declaration's row opens the declaration
    w.show_section("activity")
    entry = model.entry(decl_row)
    view.setFocus()
    view.setCurrentIndex(model.index(decl_row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.editor_for("declaration", entry.subject_id) is not None, timeout=10_000)
    assert QApplication.focusWidget() is not view


def test_activity_record_names_in_core(make_app: Any, qtbot: Any) -> None:
    """The names come from the workspace: a declaration is its number once it has one, else its shipment."""
    from desktop.core.services.activity import record_names

    ctx = make_app()
    log_in(ctx, qtbot)
    ctx.backend.import_samples(ctx.window.company_id)
    settle(ctx, qtbot)
    store = ctx.backend.store
    entries = store.audit_log(company_id=ctx.window.company_id, limit=500)
    names = record_names(store, entries)
    decl = store.declarations.get(store.declarations.ids()[0])
    shipment = store.shipments.get(decl.shipment_id)
    name = names[("declaration", decl.id)]
    assert name.reference == shipment.reference and name.counterpart == decl.consignee_name
    assert name.number == (decl.customs_no or decl.contr_no)
    store.declarations.delete(decl.id, "test")
    assert record_names(store, entries)[("declaration", decl.id)].gone
