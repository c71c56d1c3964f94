"""A name asking for the parts of goods finds the parts subheading of the goods' heading, over the real data."""

from __future__ import annotations

from desktop.core.hsearch import search
from desktop.core.hsearch.index import index
from desktop.core.hsearch.parts import cited_headings, named_goods, whole_of


def hs6s(query: str, n: int = 5) -> list[str]:
    return [c.hs6 for c in search(query, "zh_CN", limit=n)]


def test_a_parts_name_says_whose_parts_it_asks_for() -> None:
    assert whole_of("空调配件") == "空调"
    assert whole_of("挖掘机用零件") == "挖掘机"
    assert whole_of("冰箱的零部件") == "冰箱"
    assert whole_of("木制家具配件") == "木制家具"
    assert whole_of("零件") == "" and whole_of("空调") == "" and whole_of("car parts") == ""


def test_the_headings_a_tariff_wording_cites_are_read_with_their_ranges() -> None:
    assert cited_headings("品目8427所列机械的其他零件") == {"8427"}
    assert cited_headings("品目85.25至85.28所列装置或设备用未列名零件") == {"8525", "8526", "8527", "8528"}
    assert cited_headings("84151022、84152000设备的零件") == {"8415"}
    assert cited_headings("P≥132.39kw（180hp）柴油机的零件") == set()


def test_parts_lines_count_for_their_own_heading_and_the_headings_they_cite() -> None:
    by_heading = index().parts_by_heading
    assert by_heading["8427"] == ("843120",)  # fork-lift trucks: 品目8427所列机械的其他零件
    assert "841590" in by_heading["8415"]  # air conditioners: under their own heading


def test_the_parts_of_named_goods_come_before_the_goods_and_other_parts() -> None:
    assert hs6s("洗碗机配件", 1) == ["842290"]  # not the dishwasher 8422.11
    assert hs6s("吸尘器配件", 1) == ["850870"]  # not the vacuum cleaner 8508.11
    assert "841899" in hs6s("冰箱的零部件")  # refrigerator parts, not compressors or freezers only


def test_a_parts_name_the_tariff_words_itself_keeps_its_own_line_first() -> None:
    # 摩托车零件 is 8714.10; the lines of 8714.9x cite the motorcycles' heading only for "other vehicles"
    assert hs6s("摩托车零件", 1) == ["871410"]


def test_a_chinese_parts_name_typed_in_the_vietnamese_ui_asks_for_the_same_parts() -> None:
    assert [c.hs6 for c in search("洗碗机配件", "vi", limit=1)] == ["842290"]


def test_the_goods_heading_comes_from_a_text_naming_the_goods_not_one_using_them_as_a_modifier() -> None:
    # 汽车 is the 小客车 of 8703 (parts in 8708), not the 汽车用收录（放）音组合机 of 8527 (parts in 8529)
    found = hs6s("汽车零件")
    assert found[:3] == [h for h in found[:3] if h.startswith("8708")]
    assert not [h for h in found if h.startswith("8529")]


def test_parts_of_goods_no_text_names_as_goods_are_not_promoted() -> None:
    # no text has 收音机 as the head of 汽车收音机's goods here: nothing is promoted for an unknown heading
    assert not [h for h in hs6s("汽车配件") if h.startswith("8529")]


def test_a_parts_wording_naming_its_goods_without_a_heading_is_linked_to_their_heading() -> None:
    assert named_goods("升降机、倒卸式起重机或自动梯的零件") == ["升降机", "倒卸式起重机", "自动梯"]
    assert named_goods("品目8427所列机械的其他零件") == [] and named_goods("其他零件") == []
    by_heading = index().parts_by_heading
    assert "843131" in by_heading["8428"]  # lifts and escalators: parts in 8431.31
    assert "853390" not in by_heading["8516"]  # heating resistors have their own parts line, 8516.90
    assert hs6s("电梯配件", 1) == ["843131"]  # not the computer parts 8473.30 the word 配件 also meets


def test_a_component_named_after_its_goods_lists_the_goods_parts_subheading_among_the_first() -> None:
    # the tariff words track shoes and guide rails only as the excavator's or the lift's 零件
    assert "843149" in hs6s("挖掘机履带板", 3)  # 品目8426、8429及8430所列机械的未列名零件
    assert "843131" in hs6s("电梯导轨", 3)  # 升降机、倒卸式起重机或自动梯的零件
