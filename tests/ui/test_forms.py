"""Generated forms and tables: labels from the field definitions, code pickers, markers, Excel paste."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtTest import QTest

from desktop.core.model import ExportDeclaration, field_specs
from desktop.core.model.shipment import GoodsLine, Route, Shipment
from desktop.ui.codepick import CodeEdit
from desktop.ui.forms import FieldEditor, ModelForm, Section
from desktop.ui.tables import ModelListTable


def test_labels_and_kinds_come_from_the_field_definitions(qtbot: Any) -> None:
    form = ModelForm(
        [
            Section(
                QT_TRANSLATE_NOOP("Forms", "Route"),
                Route,
                ("port_of_loading", "requested_departure", "pre_carriage", "vessel"),
                prefix="route",
            )
        ]
    )
    qtbot.addWidget(form)
    specs = field_specs(Route)
    fe = form.editor("route.port_of_loading")
    assert fe.label.text() == specs["port_of_loading"].label + " *"
    assert isinstance(fe.editor, CodeEdit)
    assert fe.editor.accessibleName() == specs["port_of_loading"].label
    assert form.editor("route.vessel").editor.maxLength() == specs["vessel"].max_length
    shipment = Shipment()
    form.editor("route.requested_departure").set_text("2026-12-10")
    form.editor("route.port_of_loading").set_text("CNQZH")
    form.editor("route.pre_carriage").set_text("TRUCK")
    form.apply(shipment)
    assert str(shipment.route.requested_departure) == "2026-12-10"
    assert shipment.route.port_of_loading == "CNQZH" and shipment.route.pre_carriage == "TRUCK"
    assert fe.editor.name_label.text() == "Qinzhou"


def test_code_picker_types_ahead_in_chinese_and_english(qtbot: Any) -> None:
    edit = CodeEdit("package_type")
    qtbot.addWidget(edit)
    edit.show()
    edit.line.setFocus()
    edit._ensure_completer()
    for ch in "纸制":  # per character, as an input method delivers it
        QTest.sendKeyEvent(QTest.KeyAction.Click, edit.line, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
    shown = [edit._model.item(r).text().split()[0] for r in range(edit._model.rowCount())]
    assert "22" in shown
    edit.line.clear()
    qtbot.keyClicks(edit.line, "carton")
    assert [c for c, _n in edit.matches("carton")][:1] == ["22"]
    assert "22" in [edit._model.item(r).text().split()[0] for r in range(edit._model.rowCount())]
    edit._apply_code("22")
    assert edit.text() == "22" and edit.name_label.text()


def test_issue_marker_shows_and_clears(qtbot: Any) -> None:
    fe = FieldEditor(ExportDeclaration, "traf_name", "traf_name")
    qtbot.addWidget(fe)
    fe.show()
    fe.set_issues([("error", "Means of transport is required.")])
    assert fe.marker.isVisible() and "required" in fe.marker.toolTip()
    assert fe.editor.property("issue") == "error"
    fe.set_issues([])
    assert not fe.marker.isVisible()


def test_goods_table_paste_and_row_operations(qtbot: Any) -> None:
    rows: list[GoodsLine] = []
    table = ModelListTable(GoodsLine, ("commodity_code", "name_zh", "quantity", "unit", "unit_price"), "goods", rows)
    edits: list[str] = []
    table.edited.connect(edits.append)
    # a header row names the columns (import column names from the field definitions)
    pasted = table.paste_text("Price\tQty\tHS\n18.50\t1,200\t8714100090\n6.80\t2000\t8714100090\r\n")
    assert pasted == 2 and len(rows) == 2
    assert rows[0].unit_price == Decimal("18.50") and rows[0].quantity == Decimal("1200")
    # no header: columns in view order from the current cell
    table.paste_text("摩托车刹车盘\t50\n", at_row=1, at_column=1)
    assert rows[1].name_zh == "摩托车刹车盘" and rows[1].quantity == Decimal("50")
    table.duplicate_row(0)
    assert len(rows) == 3 and rows[1].unit_price == Decimal("18.50") and rows[1] is not rows[0]
    assert table.move_row(2, -1) == 1 and rows[1].name_zh == "摩托车刹车盘"
    table.delete_rows([0, 2])
    assert [r.name_zh for r in rows] == ["摩托车刹车盘"]
    assert "goods" in edits and any(e.startswith("goods.") for e in edits)
    table.set_issues({"goods.0.unit": [("error", "Unit is required.")]})
    assert table.data(table.index(0, 3), Qt.ItemDataRole.ToolTipRole) == "Unit is required."


def test_list_cells_take_comma_separated_values(qtbot: Any) -> None:
    from desktop.core.model.shipment import Container

    rows = [Container(number="CSQU3054383")]
    table = ModelListTable(Container, ("number", "goods_lines"), "containers", rows)
    assert table.setData(table.index(0, 1), "1, 2;5")
    assert rows[0].goods_lines == [1, 2, 5] and table.data(table.index(0, 1)) == "1, 2, 5"
    assert table.setData(table.index(0, 1), "one")  # kept as typed, with its error; the value stays
    assert rows[0].goods_lines == [1, 2, 5] and table.data(table.index(0, 1)) == "one"
    assert table.input_issues() == [("containers.0.goods_lines", "“one” is not a list of numbers such as 1, 2, 5.")]


def test_a_long_code_name_wraps_onto_a_second_line_before_it_is_cut(qtbot: Any) -> None:
    from desktop.ui import lang

    lang.set_current("vi")
    try:
        edit = CodeEdit("trade_mode")
        qtbot.addWidget(edit)
        edit.resize(260, 40)
        edit.show()
        qtbot.waitExposed(edit)
        edit.setText("0110")
        name = edit.name_label.toolTip()
        assert name and edit.line.width() < 100  # the code field leaves the row to the name
        label = edit.name_label
        qtbot.waitUntil(lambda: label.text() == name and label.wordWrap() == (
            label.fontMetrics().horizontalAdvance(name) > label.contentsRect().width()), timeout=2_000)
        edit.resize(150, 40)  # too narrow for two lines: cut with "…", whole in the tooltip
        qtbot.waitUntil(lambda: label.text().endswith("…"), timeout=2_000)
        assert label.toolTip() == name
    finally:
        lang.set_current("en")
