"""The declaration print follows the official form's boxes: 数量及单位 with legal 1 -> legal 2 -> declared lines, and
the combined boxes under their combined names (商品名称及规格型号, 标记唛码及备注, 运输工具名称及航次号)."""

from __future__ import annotations

from decimal import Decimal

from desktop.core.documents.base import Labels
from desktop.core.documents.declaration import _quantities
from desktop.core.model.declaration import DeclarationItem
from tests.core.documents.helpers import page_texts, pdf_bytes, sample_source


def _item(**values: object) -> DeclarationItem:
    return DeclarationItem(g_no=1, code_ts="8714100090", g_name="摩托车离合器总成", **values)  # type: ignore[arg-type]


def test_quantity_lines_are_legal_first_legal_second_then_declared() -> None:
    zh = Labels("zh-en")
    item = _item(quantity=Decimal(1200), unit="007", legal_quantity_1=Decimal(3600), legal_unit_1="035",
                 legal_quantity_2=Decimal(12), legal_unit_2="006")
    assert _quantities(item, zh).split("\n") == ["3,600 千克", "12 套", "1,200 个"]
    no_second = _item(quantity=Decimal(1200), unit="007", legal_quantity_1=Decimal(3600), legal_unit_1="035")
    assert _quantities(no_second, zh).split("\n") == ["3,600 千克", "", "1,200 个"], "line 2 stays blank"
    draft = _item(quantity=Decimal(1200), unit="007")
    assert _quantities(draft, zh) == "1,200 个", "a draft without legal quantities shows the declared one"
    assert _quantities(no_second, Labels("vi-en")).split("\n")[0].endswith(" kg"), "vi: the short unit name"


def test_declaration_pdf_uses_the_form_box_names_and_order() -> None:
    text = page_texts(pdf_bytes("declaration", sample_source(), "zh-en"))[0]
    for label in ("商品名称及规格型号", "数量及单位", "标记唛码及备注", "运输工具名称及航次号"):
        assert label in text, label
    assert "成交数量" not in text
    assert "商品名称/规格型号" not in text
    legal, declared = text.find("3,600千克"), text.find("1,200个")
    assert 0 < legal < declared, "the legal quantity (kg) comes before the declared one (pieces)"
    vi = page_texts(pdf_bytes("declaration", sample_source(), "vi-en"))[0]
    assert "Sốlượngvàđơnvịtính" in vi
    assert "Kilôgam" not in vi and "kg" in vi
