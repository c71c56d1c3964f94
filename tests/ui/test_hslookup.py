"""The HS lookup as a user drives it: Chinese typed per character, Vietnamese names shown, the supplementary
digits asked, the declaration elements filled per heading, the choice landing in the goods line and the product."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit

from desktop.core.model import Product
from desktop.core.services import drafts
from tests.ui.conftest import log_in, settle

COMPANY = "cq-jiangling"


def type_text(widget: Any, text: str) -> None:
    """Type per character (non-ASCII through keyClicks aborts Qt), as the pitfalls note says."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def open_dialog(ctx: Any, qtbot: Any, text: str = "") -> Any:
    from desktop.ui.hslookup import HsLookupDialog

    editor = ctx.window.new_shipment()
    dialog = HsLookupDialog(ctx, COMPANY, "", editor)
    qtbot.addWidget(dialog)
    if text:
        type_text(dialog.query, text)
        qtbot.waitUntil(lambda: not dialog.timer.isActive(), timeout=5_000)
        settle(ctx, qtbot)
    return editor, dialog


def test_chinese_query_shows_chinese_and_vietnamese_names_and_completes_ten_digits(make_app: Any, qtbot: Any) -> None:
    ctx = make_app("--lang", "vi")
    log_in(ctx, qtbot)
    editor, dialog = open_dialog(ctx, qtbot, "摩托车轮辋")
    best = dialog.model.rows[0]
    assert best.code == "87141000" and dialog.table.currentIndex().row() == 0
    model = dialog.model
    assert model.index(0, 1).data() == "摩托车（包括机器脚踏两用车)用零件、附件"
    assert "Yên xe" in model.index(0, 2).data()  # the Vietnamese tariff's lines of 8714.10
    assert model.index(0, 3).data() == "kg"
    assert not dialog.table.isColumnHidden(2)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() != "OK" and ok.isEnabled() and dialog.code() == "8714100000"

    dialog.supplement.selectAll()
    type_text(dialog.supplement, "1")
    assert not ok.isEnabled() and dialog.supplement_error.isVisibleTo(dialog)
    assert "2" in dialog.supplement_error.text()
    type_text(dialog.supplement, "0")
    assert ok.isEnabled() and dialog.code() == "8714100010"

    elements = dialog.elements
    assert [e.key for e in elements.element_list.elements][:4] == ["name", "brand_type", "preferential", "use"]
    assert not elements.element_list.is_default
    assert elements.values()[0] == ""  # a long tariff wording is not offered as the goods name
    brand_type = elements.inputs[1]
    assert isinstance(brand_type, QComboBox)
    brand_type.setCurrentIndex(brand_type.findData("0"))
    preferential = elements.inputs[2]
    assert isinstance(preferential, QComboBox)
    preferential.setCurrentIndex(preferential.findData("0"))
    texts = ["摩托车轮辋", "", "", "摩托车用", "CG125", "铝合金", "无品牌", "RIM-17X"]
    for widget, text in zip(elements.inputs, texts, strict=True):
        if isinstance(widget, QLineEdit):
            widget.clear()
            type_text(widget, text)
    assert elements.issues == []
    assert elements.value() == "摩托车轮辋|0|0|摩托车用|CG125|铝合金|无品牌|RIM-17X"

    elements.inputs[7].clear()
    assert [i.rule_id for i in elements.issues] == ["elements.required"]
    assert "Model / ký hiệu" in elements.problems.text()  # the element named in the UI language
    type_text(elements.inputs[7], "RIM|17")
    assert [i.rule_id for i in elements.issues] == ["elements.separator"]
    elements.inputs[7].clear()
    type_text(elements.inputs[7], "RIM-17X")

    kind, picked = dialog.choice()
    assert kind == "hs" and picked.code == "8714100010" and picked.unit1 == "035"
    assert editor.hs_lookup(editor.goods, "commodity_code", dialog)
    line = editor.document.goods[0]
    assert line.commodity_code == "8714100010" and line.legal_unit_1 == "035"
    assert line.declaration_elements == "摩托车轮辋|0|0|摩托车用|CG125|铝合金|无品牌|RIM-17X"


def test_a_product_choice_remembers_the_code_and_elements_on_the_product(make_app: Any, qtbot: Any) -> None:
    ctx = make_app("--lang", "zh_CN")
    log_in(ctx, qtbot)
    product = drafts.save_product(
        ctx.backend.store,
        COMPANY,
        Product(name_zh="摩托车铝合金轮辋", name_en="Motorcycle rim", commodity_code="8714100000"),
        "test",
    )
    editor, dialog = open_dialog(ctx, qtbot, "轮辋")
    assert dialog.model.rows[0].source == "history" and dialog.model.rows[0].product_id == product.id
    assert dialog.table.isColumnHidden(2)  # in Chinese the Chinese name is the name
    type_text(dialog.supplement, "")
    dialog.supplement.setText("90")
    elements = dialog.elements
    elements.set_values(["摩托车铝合金轮辋", "1", "0", "摩托车用", "CG125", "铝合金", "宗申", "R17"])
    kind, chosen = dialog.choice()
    assert kind == "product" and chosen.commodity_code == "8714100090"
    assert editor.hs_lookup(editor.goods, "commodity_code", dialog)
    assert editor.document.goods[0].commodity_code == "8714100090"
    stored = ctx.backend.product(COMPANY, product.id)
    assert stored.commodity_code == "8714100090"
    assert stored.declaration_elements == "摩托车铝合金轮辋|1|0|摩托车用|CG125|铝合金|宗申|R17"

    _, again = open_dialog(ctx, qtbot, "轮辋")  # next time: the elements come back from the product
    assert again.code() == "8714100090"
    assert again.elements.values()[6] == "宗申"

    _, names = open_dialog(ctx, qtbot, "摩托车")  # the Chinese name has the room of both: long names are not cut
    names.resize(1024, 768)
    names.show()
    qtbot.waitUntil(lambda: names.table.columnWidth(1) > 300, timeout=5_000)
    assert names.table.columnWidth(1) >= names.table.sizeHintForColumn(1) > 300


def test_a_heading_without_a_list_says_so_and_a_code_query_lists_lines(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    _, dialog = open_dialog(ctx, qtbot, "8483")
    assert all(c.code.startswith("8483") for c in dialog.model.rows) and dialog.model.rows
    assert dialog.elements.element_list.is_default
    assert "not in the bundled list" in dialog.elements.note.text()
    assert dialog.line.count() >= 1 and dialog.line.currentData() == dialog.model.rows[0].code


def test_stored_elements_in_another_order_and_an_old_code_are_kept(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    old = "地砖|瓷质|吸水率≤0.5%|600×600mm|天府牌"
    product = drafts.save_product(
        ctx.backend.store,
        COMPANY,
        Product(name_zh="瓷质抛光地砖", commodity_code="6907220000", declaration_elements=old),
        "test",
    )
    editor, dialog = open_dialog(ctx, qtbot, "抛光地砖")
    assert dialog.model.rows[0].product_id == product.id
    assert dialog.code() == "6907220000"  # 69072200 is no line of the 2023 tariff: kept, and said so
    assert "69072200" in dialog.line.currentText() and dialog.line.currentIndex() == 0
    assert dialog.elements.value() == old and old in dialog.elements.note.text()
    assert all(dialog.elements.input_text(w) in ("", "0") for w in dialog.elements.inputs[:1])
    kind, chosen = dialog.choice()
    assert kind == "product" and chosen.declaration_elements == old
    assert editor.hs_lookup(editor.goods, "commodity_code", dialog)
    assert ctx.backend.product(COMPANY, product.id).declaration_elements == old  # nothing lost


def test_a_code_without_a_line_lists_its_subheadings_lines_and_says_why(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    _, dialog = open_dialog(ctx, qtbot, "6907220000")  # 69072200 is no line: 69072210 and 69072290 are
    assert [c.code for c in dialog.model.rows] == ["69072210", "69072290"]
    assert not dialog.note.isHidden()
    assert "6907220000" in dialog.note.text() and "6907.22" in dialog.note.text()
    assert dialog.model.index(0, 4).data() == "nearest line to the code"
    QTest.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.code() == "6907229000"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.query.clear()
    type_text(dialog.query, "69072110")  # a line of its own: no note
    qtbot.waitUntil(lambda: not dialog.timer.isActive(), timeout=5_000)
    settle(ctx, qtbot)
    assert [c.code for c in dialog.model.rows] == ["69072110"] and dialog.note.isHidden()


def test_vietnamese_names_say_when_they_come_from_the_nearest_line_or_are_missing(make_app: Any, qtbot: Any) -> None:
    ctx = make_app("--lang", "vi")
    log_in(ctx, qtbot)
    _, dialog = open_dialog(ctx, qtbot, "69072110")
    name = dialog.model.index(0, 2)
    assert name.data().startswith("≈ Gạch lát đường")  # not "Tấm lót ... máy nghiền", Vietnam's 69072110
    assert "69072121" in name.data(Qt.ItemDataRole.ToolTipRole) and "69072121" in dialog.why.text()
    dialog.query.clear()
    type_text(dialog.query, "01012900")
    qtbot.waitUntil(lambda: not dialog.timer.isActive(), timeout=5_000)
    settle(ctx, qtbot)
    assert dialog.model.index(0, 2).data() == "Live horses, not pure-bred breeding"
    assert dialog.model.index(0, 1).data() == "其他马，改良种用除外"
    assert "tên tiếng Anh và tiếng Trung" in dialog.why.text()


def test_why_it_matched_joins_its_reasons_as_the_ui_language_writes_a_list(make_app: Any, qtbot: Any) -> None:
    from desktop.ui import lang

    ctx = make_app("--lang", "zh_CN")
    log_in(ctx, qtbot)
    _editor, dialog = open_dialog(ctx, qtbot, "摩托车轮辋")
    model = dialog.model
    row = next(n for n, c in enumerate(model.rows) if len({r.source for r in c.reasons[:3]}) > 1)
    sources = list(dict.fromkeys(model.source_name(r.source) for r in model.rows[row].reasons[:3]))
    assert model.index(row, 4).data() == "、".join(sources)  # 商品名称、中国税则: no Latin comma in Chinese
    lang.switch(ctx, "en", save=False)
    sources = list(dict.fromkeys(model.source_name(r.source) for r in model.rows[row].reasons[:3]))
    assert model.index(row, 4).data() == ", ".join(sources) == "trade name, Chinese tariff"
