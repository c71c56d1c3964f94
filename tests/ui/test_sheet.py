"""The goods table works like a spreadsheet, driven with the keys a user presses on the real shipment editor."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.conftest import log_in, settle
from tests.ui.helpers import type_into


def _editor(ctx: Any, qtbot: Any) -> Any:
    log_in(ctx, qtbot)
    ctx.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ctx.window, timeout=5_000)
    editor = ctx.window.new_shipment()
    qtbot.waitUntil(lambda: editor.isAncestorOf(QApplication.focusWidget()), timeout=2_000)  # in its first field
    editor.tabs.setCurrentWidget(editor.goods)
    return editor


def keys(qtbot: Any, text: str) -> None:
    """Type into whatever has the focus, one key at a time, as a user does."""
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget(), ch)


def key(qtbot: Any, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, mods)
    if k == Qt.Key.Key_Return:
        qtbot.wait(10)  # the item delegate commits an Enter-finished edit from the event loop


def col(editor: Any, name: str) -> int:
    return editor.goods.table.names.index(name)


def goto(editor: Any, row: int, name: str) -> None:
    view = editor.goods.view
    view.setFocus()
    view.setCurrentIndex(editor.goods.table.index(row, col(editor, name)))


def test_enter_tab_type_over_f2_and_add_line(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    editor = _editor(ctx, qtbot)
    goods, view = editor.goods, editor.goods.view
    goods.add_button.click()
    assert view.hasFocus() and view.currentIndex().row() == 0 and view.currentIndex().column() == 0
    goto(editor, 0, "quantity")
    keys(qtbot, "1200")  # typing starts the edit
    key(qtbot, Qt.Key.Key_Tab)  # commits and moves across, editing the next cell
    assert editor.document.goods[0].quantity == Decimal("1200")
    assert view.currentIndex().column() == col(editor, "quantity") + 1
    key(qtbot, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_Insert)  # a second line
    assert len(editor.document.goods) == 2
    goto(editor, 0, "quantity")
    keys(qtbot, "35")  # typed over the selected "1200": replaced, not appended
    key(qtbot, Qt.Key.Key_Return)
    assert editor.document.goods[0].quantity == Decimal("35")
    assert view.currentIndex().row() == 1  # Enter moves down
    goto(editor, 0, "quantity")
    key(qtbot, Qt.Key.Key_F2)  # F2 edits in place: the cursor at the end
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    key(qtbot, Qt.Key.Key_End)
    keys(qtbot, "0")
    key(qtbot, Qt.Key.Key_Return)
    assert editor.document.goods[0].quantity == Decimal("350")
    # a code cell: type part of the name and pick the code from the list
    goto(editor, 0, "unit")
    keys(qtbot, "kilog")
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit) and line.completer() is not None
    popup = line.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2_000)
    assert any("035" in line.completer().completionModel().index(r, 0).data() for r in range(5))
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the list has the keyboard while it is open
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # picks the entry; Enter also finishes the cell
    qtbot.wait(10)
    if view.state() == view.State.EditingState:
        key(qtbot, Qt.Key.Key_Return)
    assert editor.document.goods[0].unit == "035"


def test_paste_fill_down_undo_redo_and_unreadable_values(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    editor = _editor(ctx, qtbot)
    goods, view = editor.goods, editor.goods.view
    QApplication.clipboard().setText("Qty\tPrice\tNet kg\n10\t2.5\t100\n20\tabc\t200\n30\t4\t300\n")
    view.setFocus()
    key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    lines = editor.document.goods
    assert [ln.quantity for ln in lines] == [Decimal(10), Decimal(20), Decimal(30)]
    # the unreadable price is kept in its cell with its error, and listed as an error of the shipment
    price = goods.table.index(1, col(editor, "unit_price"))
    assert price.data() == "abc" and "is not a number" in price.data(Qt.ItemDataRole.ToolTipRole)
    assert lines[1].unit_price is None
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: any(i.field_path == "goods.1.unit_price" for i in editor.issues), timeout=3_000)
    # line totals are computed
    assert lines[0].total == Decimal("25.00") and lines[2].total == Decimal("120.00")
    # fill down: the top cell of the selection into the cells below
    view.setFocus()
    view.setCurrentIndex(goods.table.index(0, col(editor, "net_weight")))
    for r in (1, 2):
        view.selectionModel().select(
            goods.table.index(r, col(editor, "net_weight")), view.selectionModel().SelectionFlag.Select
        )
    key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [ln.net_weight for ln in editor.document.goods] == [Decimal(100)] * 3
    # undo the fill down, then the paste; redo them
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [ln.net_weight for ln in editor.document.goods] == [Decimal(100), Decimal(200), Decimal(300)]
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.document.goods == []
    key(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.document.goods) == 3 and goods.table.index(1, col(editor, "unit_price")).data() == "abc"
    key(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert [ln.net_weight for ln in editor.document.goods] == [Decimal(100)] * 3
    # the fixed value clears the error
    goto(editor, 1, "unit_price")
    keys(qtbot, "3")
    key(qtbot, Qt.Key.Key_Return)
    assert editor.document.goods[1].unit_price == Decimal(3) and editor.document.goods[1].total == Decimal("60.00")
    assert goods.table.input_issues() == []
    # Delete clears the selected cell
    goto(editor, 2, "net_weight")
    key(qtbot, Qt.Key.Key_Delete)
    assert editor.document.goods[2].net_weight is None


def test_computed_totals_and_sums_keep_typed_values(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    editor = _editor(ctx, qtbot)
    goods = editor.goods
    QApplication.clipboard().setText("Qty\tPrice\tGross kg\tPackages\n10\t2\t100\t4\n5\t3\t250\t6\n")
    goods.view.setFocus()
    key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    doc = editor.document
    assert (doc.gross_weight, doc.package_count) == (Decimal(350), 10)  # the header follows the lines
    assert editor.header.editor("gross_weight").value() == Decimal(350)
    goto(editor, 0, "gross_weight")
    keys(qtbot, "150")
    key(qtbot, Qt.Key.Key_Return)
    assert doc.gross_weight == Decimal(400)
    # a header value typed differently is kept, and flagged
    type_into(qtbot, editor.header.editor("gross_weight"), "420")
    goto(editor, 1, "gross_weight")
    keys(qtbot, "260")
    key(qtbot, Qt.Key.Key_Return)
    assert doc.gross_weight == Decimal(420)
    editor.run_checks()
    assert any(i.rule_id == "shipment.sum_mismatch" and i.field_path == "gross_weight" for i in editor.issues)
    # a line total typed differently is kept when the quantity changes, and flagged
    goto(editor, 0, "total")
    keys(qtbot, "99")
    key(qtbot, Qt.Key.Key_Return)
    goto(editor, 0, "quantity")
    keys(qtbot, "11")
    key(qtbot, Qt.Key.Key_Return)
    assert doc.goods[0].total == Decimal(99)
    editor.run_checks()
    assert any(i.rule_id == "item.total_mismatch" and i.field_path == "goods.0.total" for i in editor.issues)


def test_shipment_shows_what_the_derived_documents_need(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    editor = _editor(ctx, qtbot)
    QApplication.clipboard().setText("HS\tQty\tUnit\tPrice\n8714100090\t10\t007\t2\n")
    editor.goods.view.setFocus()
    key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.aids.checked and bool(editor.aids.needs), timeout=10_000)
    texts = [editor.issue_list.item(i).text() for i in range(editor.issue_list.count())]
    needs = [t for t in texts if t.startswith("Declaration will need: ")]
    assert needs, texts
    assert any("Bill of lading" in t for t in needs), needs
    assert "Declaration: " in editor.status_label.text() and "to fix" in editor.status_label.text()


def test_a_thousand_tonnes_in_one_20ft_box_is_warned_about(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    editor = _editor(ctx, qtbot)
    QApplication.clipboard().setText("Qty\tGross kg\tm3\n1\t1000000\t30\n")
    editor.goods.view.setFocus()
    key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    editor.tabs.setCurrentWidget(editor.containers)
    editor.containers.add_button.click()  # a 20 ft box (22G1) with the line in it
    boxes = editor.containers.view
    boxes.setCurrentIndex(editor.containers.table.index(0, editor.containers.table.names.index("goods_lines")))
    keys(qtbot, "1")
    key(qtbot, Qt.Key.Key_Return)
    assert editor.document.containers[0].goods_lines == [1]
    qtbot.waitUntil(lambda: any(i.rule_id == "shipment.container_payload" for i in editor.issues), timeout=3_000)
    items = [editor.issue_list.item(n) for n in range(editor.issue_list.count())]
    payload = next(i for i in items if i.data(Qt.ItemDataRole.UserRole + 2) == "shipment.container_payload")
    assert "1,000,000 kg of cargo in one 22G1 container" in payload.text()  # grouped as English writes it
    assert "[shipment.container_payload]" in payload.toolTip()
    assert any(i.data(Qt.ItemDataRole.UserRole + 2) == "goods.density" for i in items)
    payload_rule = next(i for i in editor.issues if i.rule_id == "shipment.container_payload")
    assert str(payload_rule.severity) == "warning"


def test_text_typed_before_the_check_refresh_lands_is_kept(make_app: Any, qtbot: Any) -> None:
    # The check runs 120 ms after an edit and repaints its marks over the whole table: that refresh reached the
    # cell still being typed into and put back the model's (empty) value, so a quick typist lost the first word.
    ctx = make_app()
    editor = _editor(ctx, qtbot)
    goods = editor.goods
    editor._check_timer.stop()
    goods.add_button.click()
    goto(editor, 0, "quantity")
    keys(qtbot, "75")  # the edit is open, nothing committed yet
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit) and cell.text() == "75"
    editor.run_checks()  # what the timer does: the new empty line's issues change every cell's marks
    assert goods.table.issues  # the refresh did reach the table
    assert cell.text() == "75"
    keys(qtbot, "0")
    key(qtbot, Qt.Key.Key_Return)
    assert editor.document.goods[0].quantity == Decimal("750")
