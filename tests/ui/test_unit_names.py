"""Unit columns name the GACC unit in the UI language, with its code beside it; the code is what is edited."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.core.model.declaration import DeclarationItem
from desktop.ui import lang
from desktop.ui.tables import ModelListTable


@pytest.mark.parametrize(
    ("language", "kilogram", "square_metre"),
    [
        ("zh_CN", "千克 (035)", "平方米 (032)"),
        ("en", "Kilogram (035)", "Square metre (032)"),
        ("vi", "kg (035)", "m² (032)"),
    ],
)
def test_goods_unit_columns_show_the_unit_name_with_its_code(
    qtbot: Any, language: str, kilogram: str, square_metre: str
) -> None:
    lang.set_current(language)
    table = ModelListTable(DeclarationItem, ("g_name", "unit", "legal_unit_1"), "goods")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(table)
    table.add_row()
    assert table.setData(table.index(0, 1), "035") and table.setData(table.index(0, 2), "032")
    assert table.data(table.index(0, 1)) == kilogram
    assert table.data(table.index(0, 2)) == square_metre
    assert table.data(table.index(0, 1), Qt.ItemDataRole.EditRole) == "035"  # the editor gets the code
    assert table.rows[0].unit == "035" and table.rows[0].legal_unit_1 == "032"
    table.setData(table.index(0, 1), "999")  # not a unit of the table: the code alone, as typed
    assert table.data(table.index(0, 1)) == "999"
