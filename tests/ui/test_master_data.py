"""Master data page: delete parties and products (asked first, refusals explained), and the shipment editor's
type-ahead from master data after a delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QMessageBox

from desktop.core.model import Party, Product
from desktop.core.services import drafts
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import when_modal

COMPANY = "cq-jiangling"


def _answer(qtbot: Any, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the confirmation box as soon as it opens (it runs its own event loop)."""

    def reply(box: QMessageBox) -> None:
        seen.append(box.text())
        box.button(button).click()

    when_modal(QMessageBox, reply)


def _master(make_app: Any, qtbot: Any) -> tuple[Any, Any]:
    ctx = make_app()
    log_in(ctx, qtbot)
    store = ctx.backend.store
    for name in ("Hai Phong Motor Trading Co., Ltd.", "Hanoi Import Export Co., Ltd."):
        drafts.save_party(store, COMPANY, Party(role="consignee", name=name, country="VNM"), "test")
    for zh, en in (("摩托车离合器总成", "Motorcycle clutch assembly"), ("摩托车链条", "Motorcycle chain")):
        drafts.save_product(
            store, COMPANY, Product(name_zh=zh, name_en=en, commodity_code="8714100090", declared_unit="007"), "test"
        )
    ctx.window.show_section("master")
    master = ctx.window.page("master")
    master.refresh()
    settle(ctx, qtbot)
    return ctx, master


def _row(master: Any, key: str, text: str) -> int:
    records = master.parties.records if key == "party" else master.products.records
    for n, record in enumerate(records):
        if text in (record.name if key == "party" else record.name_en):
            return n
    raise AssertionError(f"{text} not listed")


def test_delete_asks_first_and_removes_the_record(make_app: Any, qtbot: Any) -> None:
    ctx, master = _master(make_app, qtbot)
    master.setCurrentIndex(1)
    view, button = master.views["party"], master.delete_buttons["party"]
    assert not button.isEnabled()  # nothing selected yet
    row = _row(master, "party", "Hanoi")
    view.selectRow(row)
    assert button.isEnabled() and button.text() == "Delete party"

    seen: list[str] = []
    _answer(qtbot, QMessageBox.StandardButton.No, seen)
    button.click()
    settle(ctx, qtbot)
    assert seen and "Hanoi Import Export Co., Ltd." in seen[0]
    assert len(master.parties.records) == 2  # "No" keeps it

    _answer(qtbot, QMessageBox.StandardButton.Yes, seen)
    button.click()
    settle(ctx, qtbot)
    assert [p.name for p in master.parties.records] == ["Hai Phong Motor Trading Co., Ltd."]
    assert [p.name for p in ctx.backend.store.parties(COMPANY).list()] == ["Hai Phong Motor Trading Co., Ltd."]
    assert not button.isEnabled()  # the list was reloaded: no selection left
    audit = ctx.backend.store.audit_log(company_id=COMPANY, limit=20)
    assert any(e.action == "delete" and e.subject_kind == "party" for e in audit)

    # products: the Delete key on the table asks the same way
    master.setCurrentIndex(2)
    products = master.views["product"]
    products.selectRow(_row(master, "product", "chain"))
    ctx.window.activateWindow()
    products.setFocus()
    qtbot.waitUntil(products.hasFocus)
    _answer(qtbot, QMessageBox.StandardButton.Yes, seen)
    qtbot.keyClick(products, Qt.Key.Key_Delete)
    settle(ctx, qtbot)
    assert "摩托车链条" in seen[-1]
    assert [p.name_en for p in master.products.records] == ["Motorcycle clutch assembly"]


def test_a_refused_delete_says_why_and_shows_the_store(make_app: Any, qtbot: Any) -> None:
    ctx, master = _master(make_app, qtbot)
    row = _row(master, "product", "chain")
    gone = master.products.records[row]
    ctx.backend.store.products(COMPANY).delete(gone.id, "someone else")  # deleted in another window meanwhile
    ctx.window.last_error = ""
    assert master.delete("product", row, confirm=True)
    settle(ctx, qtbot)
    assert ctx.window.last_error == f"No product with ID {gone.id} in this workspace."
    assert ctx.window.statusBar().currentMessage() == ctx.window.last_error
    assert [p.name_en for p in master.products.records] == ["Motorcycle clutch assembly"]
    assert not master.delete("product", 5, confirm=True)  # no such row: nothing asked, nothing done


def test_type_ahead_in_the_shipment_editor_after_a_delete(make_app: Any, qtbot: Any) -> None:
    from desktop.ui.hslookup import HsLookupDialog

    ctx, master = _master(make_app, qtbot)
    assert master.delete("party", _row(master, "party", "Hanoi"), confirm=True)
    assert master.delete("product", _row(master, "product", "chain"), confirm=True)
    settle(ctx, qtbot)

    editor = ctx.window.new_shipment()
    settle(ctx, qtbot)
    line = editor.parties.editors["consignee.name"].editor
    assert isinstance(line, QLineEdit)
    completer = line.completer()
    assert isinstance(completer, QCompleter)
    completer.setCompletionPrefix("hai")
    offered = [completer.completionModel().index(n, 0).data() for n in range(completer.completionCount())]
    assert offered == ["Hai Phong Motor Trading Co., Ltd."]
    completer.setCompletionPrefix("hanoi")
    assert completer.completionCount() == 0  # the deleted party is not offered
    completer.activated.emit("Hai Phong Motor Trading Co., Ltd.")
    assert editor.document.consignee.name == "Hai Phong Motor Trading Co., Ltd."
    assert editor.document.consignee.country == "VNM"

    dialog = HsLookupDialog(ctx, COMPANY, "motorcycle", editor)
    settle(ctx, qtbot)
    products = [c for c in dialog.model.rows if c.source == "history"]
    assert any("clutch" in c.name_en for c in products) and not any("chain" in c.name_en for c in products)
