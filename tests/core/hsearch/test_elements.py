"""Declaration elements per heading, their rules and messages, and the 10-digit code with its 6-digit rule."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.hsearch import elements as el
from desktop.core.model.declaration import DeclarationItem
from desktop.core.rules import message
from desktop.core.rules.engine import field_checks


def test_heading_lists_start_with_name_brand_type_and_export_preference() -> None:
    for code in ("87141000", "0810", "6907219000"):
        keys = [e.key for e in el.elements_for(code).elements]
        assert keys[:3] == ["name", "brand_type", "preferential"] and "model" in keys
    assert not el.elements_for("8714").is_default and el.elements_for("2844").is_default
    brand = el.elements_for("8714").elements[1]
    assert [c.code for c in brand.choices] == ["0", "1", "2", "3", "4"]
    assert brand.name("vi") == "Loại thương hiệu" and brand.name("zh_CN") == "品牌类型"


def test_join_split_and_fit() -> None:
    assert el.join(["摩托车轮辋", "0", "0", " 摩托车用 ", "", ""]) == "摩托车轮辋|0|0|摩托车用"
    assert el.split("a|b", 4) == ["a", "b", "", ""] and el.split("a|b|c|d", 3) == ["a", "b", "c|d"]
    headings = el.elements_for("8714")
    assert el.fits(headings, "摩托车轮辋|0|0|摩托车用")
    assert not el.fits(headings, "地砖|瓷质|吸水率≤0.5%")  # 瓷质 is no brand type: stored in another order
    assert not el.fits(headings, "|".join("x" * 9))


def test_rules_have_ids_and_messages_in_three_languages() -> None:
    headings = el.elements_for("8714")
    issues = el.check(headings, ["轮辋", "7", "", "摩托车用", "CG125", "铝|合金", "无品牌", "R17"])
    assert [(i.rule_id, i.field_path) for i in issues] == [
        ("elements.choice", "elements.1"), ("elements.required", "elements.2"), ("elements.separator", "elements.5"),
    ]
    texts = {lang: [el.message(i, headings, lang) for i in issues] for lang in ("zh_CN", "en", "vi")}
    assert "出口享惠情况" in texts["zh_CN"][1] and "Export preference" in texts["en"][1]
    assert "Hưởng ưu đãi" in texts["vi"][1] and texts["zh_CN"][0] != texts["en"][0] != texts["vi"][0]
    long = el.check(headings, ["x" * 200, "0", "0", "u", "v", "m", "b", "y" * 60])
    assert [i.rule_id for i in long] == ["elements.too_long"]


def test_ten_digit_code_from_line_and_supplement() -> None:
    assert el.complete_code("87141000") == "8714100000" and el.complete_code("87141000", "90") == "8714100090"
    for line, extra in (("871410", "00"), ("8714100a", "00"), ("87141000", "0"), ("87141000", "x1")):
        with pytest.raises(ValueError):
            el.complete_code(line, extra)
    assert el.check_supplement("00") == [] and el.check_supplement("1")[0].rule_id == "elements.supplement"


def test_a_six_digit_code_is_told_to_have_ten_digits_in_every_language() -> None:
    check = field_checks(DeclarationItem)["code_ts"]
    issues = check.check("871410", "items.0.", "decl")
    assert [i.rule_id for i in issues] == ["decl.hs_length"] and issues[0].params["length"] == 6
    assert "10" in message(issues[0], "en") and "00" in message(issues[0], "en")
    assert "10 位" in message(issues[0], "zh_CN") and "10 chữ số" in message(issues[0], "vi")
    assert check.check("8714.10.00", "items.0.", "decl")[0].rule_id == "decl.pattern"
    assert check.check("8714100000", "items.0.", "decl") == ()


def test_corridor_exports_have_their_own_element_lists() -> None:
    from desktop.core.codes import hs

    # fruit, ceramics, furniture, motorcycles and parts, textiles, machinery, chemicals, electronics
    for code in ("0805", "0810", "6910", "6912", "9404", "9405", "8407", "8409", "8711", "8714", "6110", "5208",
                 "8413", "8429", "8481", "3901", "3105", "3808", "8504", "8528", "8542", "8544"):
        element_list = el.elements_for(code)
        assert not element_list.is_default, code
        keys = [e.key for e in element_list.elements]
        assert keys[:3] == ["name", "brand_type", "preferential"] and keys[-2:] == ["brand", "model"], code
        assert len(set(keys)) == len(keys), code
    data = el._data()
    for heading, element_list in data.headings.items():
        entry = hs.get(heading)
        assert entry is not None and entry.level == 4, heading
        for e in element_list.elements:
            assert all(e.names[lang].strip() for lang in ("zh_CN", "en", "vi")), (heading, e.key)


def test_the_offline_check_flags_missing_elements_of_the_heading_in_three_languages() -> None:
    from desktop.core.model.declaration import ExportDeclaration
    from desktop.core.rules import check_declaration

    def element_issues(code: str, g_model: str) -> list[Any]:
        decl = ExportDeclaration(items=[DeclarationItem(code_ts=code, g_model=g_model)])
        return [i for i in check_declaration(decl) if i.rule_id.startswith("item.element")]

    found = element_issues("8504403000", "手机充电器||0|手机充电|")  # heading 8504: ... kind, power, brand, model
    assert [(i.rule_id, i.params["element"], i.params["part"]) for i in found] == [
        ("item.element_missing", "brand_type", 2), ("item.element_missing", "kind", 5),
        ("item.element_missing", "power", 6), ("item.element_missing", "brand", 7),
        ("item.element_missing", "model", 8),
    ]
    assert all(i.field_path == "items.0.g_model" and i.severity.value == "warning" for i in found)
    texts = {lang: message(found[1], lang) for lang in ("zh_CN", "en", "vi")}
    assert "种类" in texts["zh_CN"] and "Kind" in texts["en"] and "Chủng loại" in texts["vi"]
    assert "8504" in texts["vi"] and "5" in texts["zh_CN"]
    choice = element_issues("8504403000", "手机充电器|9|0|手机充电|开关电源|20W|无|PD20")
    assert [i.rule_id for i in choice] == ["item.element_choice"] and "0, 1, 2, 3, 4" in message(choice[0], "en")
    assert element_issues("8504403000", "手机充电器|0|0|手机充电|开关电源|20W|无|PD20") == []
    # a 规格型号 in the broker's own order is left alone; a heading without a list of its own too
    assert element_issues("6907219000", "地砖|瓷质|吸水率≤0.5%|600×600mm|天府牌") == []
    assert element_issues("2844100000", "x||") == []
