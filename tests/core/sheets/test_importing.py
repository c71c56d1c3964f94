"""Goods lines and shipment fields from invoice and packing list sheets in Chinese, English and Vietnamese."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.model.shipment import Shipment
from desktop.core.sheets.errors import SheetError
from desktop.core.sheets.importing import preview_file
from tests.core.sheets.helpers import workbook

HEADER_ZH = ["序号", "商品名称", "Description", "HS编码", "数量", "单位", "单价(USD)", "金额", "毛重(KGS)", "净重(KGS)"]


def invoice_zh(path: Path, lines: list[list[object]]) -> Path:
    rows: list[list[object]] = [
        ["成都天府陶瓷有限公司 商业发票"],
        ["发票号：", "INV-2026-001", None, "日期", "2026-11-20"],
        ["合同号:", "CT-88"],
        [],
        HEADER_ZH,
        *lines,
        [None, "合计", None, None, 9999],
        ["SAY TOTAL US DOLLARS THREE THOUSAND ONLY"],
    ]
    return workbook(path, {"发票": rows})


GOOD = [
    [1, "陶瓷餐具", "Ceramic tableware", "6911.1010.00", 1200, "PCS", 2.5, 3000, 900, 800],
    [2, "陶瓷花瓶", "Ceramic vase", "6913900000", 300, "个", "1,5", 450, 200, 180],
]


def test_chinese_invoice_becomes_goods_lines(tmp_path: Path) -> None:
    preview = preview_file(invoice_zh(tmp_path / "inv.xlsx", GOOD))
    assert preview.clean
    mapping = preview.sheets[0]
    assert mapping.header_row == 5
    assert [c.field for c in mapping.columns] == [
        "#line", "name_zh", "name_en", "commodity_code", "quantity", "unit", "unit_price", "total",
        "gross_weight", "net_weight"]
    lines = preview.lines()
    assert len(lines) == 2  # the totals row and the amount in words are not goods
    first, second = lines
    assert (first.name_zh, first.name_en, first.commodity_code) == ("陶瓷餐具", "Ceramic tableware", "6911101000")
    assert (first.quantity, first.unit, first.unit_price, first.total) == (
        Decimal(1200), "007", Decimal("2.5"), Decimal(3000))
    assert (first.gross_weight, first.net_weight) == (Decimal(900), Decimal(800))
    assert (second.unit, second.unit_price) == ("007", Decimal("1.5"))
    assert preview.fields["invoice_no"] == "INV-2026-001"
    assert preview.fields["contract_no"] == "CT-88"
    assert str(preview.fields["invoice_date"]) == "2026-11-20"
    assert preview.field_cells["invoice_no"] == "发票!B2"
    shipment = preview.apply(Shipment(company_id="C1", reference="R"))
    assert shipment.invoice_no == "INV-2026-001"
    assert shipment.gross_weight == Decimal(1100) and shipment.net_weight == Decimal(980)
    assert len(shipment.goods) == 2


def test_five_bad_rows_are_reported_at_their_cells_and_nothing_is_imported(tmp_path: Path) -> None:
    lines = [
        [1, "陶瓷餐具", "Ceramic tableware", "6911101000", 1200, "PCS", 2.5, 3000, 900, 800],
        [2, "花瓶", "Vase", "6913900000", "three hundred", "个", 1.5, 450, 200, 180],  # E7 not a number
        [3, "茶杯", "Cup", "6911101000", 100, "BUCKET", 1, 100, 20, 18],  # F8 unknown unit
        [4, "茶壶", "Teapot", "6911101000", 10, "PCS", 5, 60, 8, 7],  # H9 total 60 != 10 x 5
        [5, "盘子", "Plate", "6911-10", 10, "PCS", 2, 20, 8, 7],  # D10 not a commodity code
        [6, "碗", "Bowl", "6911101000", 10, "PCS", 2, 20, 5, 7],  # J11 net over gross
        [7, "碟子", "Saucer", "6911101000", 10, "PCS", 2, 20, 8, 7],
    ]
    preview = preview_file(invoice_zh(tmp_path / "bad.xlsx", lines))
    assert not preview.clean
    assert [r.row for r in preview.bad_rows] == [7, 8, 9, 10, 11]
    found = sorted((e.cell, e.field, e.code) for e in preview.errors)
    assert [(cell, name) for cell, name, _ in found] == [
        ("D10", "commodity_code"), ("E7", "quantity"), ("F8", "unit"), ("H9", "total"), ("J11", "net_weight")]
    assert {code for *_, code in found} >= {"cell.not_a_number", "cell.unknown_unit", "item.total_mismatch",
                                             "cell.bad_commodity_code"}
    for error in preview.errors:
        for lang in ("zh_CN", "en", "vi"):
            assert error.message(lang)
    with pytest.raises(SheetError) as info:
        preview.lines()
    assert info.value.code == "sheet.not_clean" and info.value.params["count"] == 5
    with pytest.raises(SheetError):
        preview.apply(Shipment(company_id="C1"))
    kept = preview.lines(skip_bad=True)
    assert [ln.name_zh for ln in kept] == ["陶瓷餐具", "碟子"]


def test_vietnamese_csv_with_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "hang.csv"
    path.write_text("STT;Tên hàng;Mã HS;Số lượng;ĐVT;Đơn giá;Thành tiền;Trọng lượng tịnh;Xuất xứ\n"
                    "1;Ceramic tiles;6907219000;1.200;Tấn;12,5;15.000;1.200.000;Trung Quốc\n"
                    "2;Vases;6913900000;10;Cái;3,25;32,5;8;CN\n", encoding="utf-8-sig")
    preview = preview_file(path)
    assert preview.clean, [(e.cell, e.message("en")) for e in preview.errors]
    first, second = preview.lines()
    assert first.name_en == "Ceramic tiles" and first.unit == "070" and first.quantity == Decimal(1200)
    assert first.unit_price == Decimal("12.5") and first.total == Decimal(15000)
    assert first.origin_country == "CHN" and second.origin_country == "CHN"
    assert second.unit == "007" and second.total == Decimal("32.5")


def test_gb18030_csv_is_read(tmp_path: Path) -> None:
    path = tmp_path / "goods.csv"
    path.write_bytes("商品名称,数量,单价,总价\n茶叶,10,5,50\n".encode("gb18030"))
    (line,) = preview_file(path).lines()
    assert line.name_zh == "茶叶" and line.total == Decimal(50)


def test_invoice_and_packing_list_sheets_are_joined_by_item_number(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ship.xlsx", {
        "Invoice": [["Invoice No.: INV-9", None, "Terms: FOB Qinzhou"], ["Buyer:", "Lion Trading Sdn Bhd"],
                    ["Item", "Description", "Qty", "Unit", "Unit price", "Amount"],
                    [1, "Tea", 100, "KGS", 4, 400], [2, "Honey", 50, "BTL", 3, 150]],
        "Packing list": [["No.", "Description", "Cartons", "N.W.(kg)", "G.W.(kg)", "Meas.(m3)"],
                         [2, "Honey", 5, 60, 70, 0.4], [1, "Tea", 10, 100, 110, 1.2],
                         ["TOTAL", None, 15, 160, 180, 1.6]],
    })
    preview = preview_file(path)
    assert preview.clean, [(e.cell, e.message("en")) for e in preview.errors]
    tea, honey = preview.lines()
    assert (tea.name_en, tea.unit, tea.total, tea.packages, tea.gross_weight) == (
        "Tea", "035", Decimal(400), 10, Decimal(110))
    assert (honey.unit, honey.packages, honey.net_weight, honey.volume_m3) == ("142", 5, Decimal(60), Decimal("0.4"))
    assert preview.fields == {"invoice_no": "INV-9", "incoterm": "FOB", "consignee.name": "Lion Trading Sdn Bhd"}
    shipment = preview.apply(Shipment(company_id="C"))
    assert shipment.package_count == 15 and shipment.incoterm == "FOB"
    assert shipment.consignee.name == "Lion Trading Sdn Bhd"


def test_conflicting_packing_list_value_is_a_cell_error(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ship.xlsx", {
        "Invoice": [["Description", "Qty", "Unit price", "Amount"], ["Tea", 100, 4, 400]],
        "PL": [["Description", "Qty", "G.W."], ["Tea", 90, 110]],
    })
    preview = preview_file(path)
    (error,) = preview.errors
    assert (error.sheet, error.cell, error.code) == ("PL", "B2", "cell.conflict")


def test_no_header_and_no_rows_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(SheetError) as info:
        preview_file(workbook(tmp_path / "x.xlsx", {"S": [["foo", "bar"], [1, 2]]}))
    assert info.value.code == "sheet.no_header"
    with pytest.raises(SheetError) as info:
        preview_file(workbook(tmp_path / "y.xlsx", {"S": [["商品名称", "数量"]]}))
    assert info.value.code == "sheet.no_rows"


def test_a_row_without_any_name_is_an_error(tmp_path: Path) -> None:
    preview = preview_file(workbook(tmp_path / "x.xlsx", {"S": [["品名", "数量", "HS"], [None, 5, "6911101000"]]}))
    (error,) = preview.errors
    assert (error.cell, error.code) == ("A2", "cell.no_name")
