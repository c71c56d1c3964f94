"""The material and use a Chinese goods name says, the tariff lines' own, and what the search makes of them over the
real bundled data."""

from __future__ import annotations

from desktop.core.hsearch import search
from desktop.core.hsearch.sources import _rows
from desktop.core.hsearch.zhaspects import AGREE, CONFLICT, aspects, factor, line_aspects, without_use

STAINLESS = "material/金属/贱金属/钢铁/不锈钢"


def hs6s(query: str, n: int = 5) -> list[str]:
    return [c.hs6 for c in search(query, "zh_CN", limit=n)]


def test_a_name_says_its_material_and_use_read_longest_first() -> None:
    assert aspects("不锈钢汤勺") == {STAINLESS}
    assert aspects("汽车门把手") == {"use/车辆/汽车"}
    assert aspects("建筑用钢模板") == {"use/建筑", "material/金属/贱金属/钢铁"}
    assert aspects("塑钢窗") == {"material/塑料"}  # uPVC, not steel


def test_words_that_only_look_like_a_material_say_none() -> None:
    for name in ("干木耳", "铁观音", "钢琴", "芝麻油", "木瓜干"):
        assert aspects(name) == frozenset(), name
    assert aspects("不锈钢螺丝") == {STAINLESS}  # a screw, not silk
    assert aspects("钢化玻璃") == {"material/玻璃"}


def test_a_line_naming_no_material_has_its_chapters_and_wood_of_chapter_44_is_bamboo_too() -> None:
    assert "material/金属/贱金属/钢铁" in line_aspects("73181590", "其他螺钉及螺栓，抗拉强度在800兆帕以下")
    assert line_aspects("44211000", "木制衣架") >= {"material/木", "material/竹"}
    furniture = {p for p in line_aspects("94036099", "未列名木家具") if p.startswith("material/")}
    assert furniture == {"material/木"}  # chapter 94 says no material: wooden furniture is not bamboo
    assert "material/金属/贱金属/铝" not in line_aspects("73239300", "不锈钢制餐桌、厨房或其他家用器具及其零件")


def test_a_subheading_counts_less_when_every_line_says_another_material_and_more_when_one_says_the_same() -> None:
    wood = (frozenset({"material/木"}),)
    glass = frozenset({"material/玻璃"})
    assert factor(glass, wood) == CONFLICT
    assert factor(frozenset({"material/木"}), wood) == AGREE
    assert factor(glass, (frozenset({"material/石"}), frozenset())) == 1.0  # 未列名材料制家具 allows glass
    assert factor(frozenset({STAINLESS}), (frozenset({"material/金属/贱金属"}),)) == AGREE  # steel is base metal
    both = frozenset({STAINLESS, "use/车辆/汽车"})
    assert factor(both, (frozenset({"material/金属/贱金属", "use/建筑"}),)) == AGREE * CONFLICT


def test_the_search_prefers_the_subheading_of_the_names_material_and_use() -> None:
    assert hs6s("车辆用安全玻璃", 1) == ["700711"]  # 70071190 车辆用钢化安全玻璃, not the other safety glass
    assert hs6s("建筑用钢化玻璃", 1) == ["700719"]
    assert hs6s("羊毛毛衣", 1) == ["611011"]  # 61101100 羊毛制针织钩编套头衫, not man-made fibres
    assert hs6s("竹制餐桌", 1) == ["940382"]  # 94038200 竹制家具, not wooden furniture
    assert hs6s("木制衣帽架", 1) == ["940360"]
    assert hs6s("塑料晾衣架", 1) == ["392490"]  # no wooden hanger (44211000)
    assert "761699" in hs6s("铝合金折叠梯")  # aluminium articles, not the steel ones
    assert "830241" not in hs6s("汽车门把手", 1)  # a building's door furniture is no car's


def test_aspect_words_have_a_known_kind_a_source_and_one_row_each() -> None:
    terms: set[str] = set()
    for r in _rows("hs-synonyms", "zh_aspects.csv"):
        assert r["aspect"].split("/")[0] in ("material", "use") and r["source"].strip(), r
        assert r["term"] not in terms, r
        terms.add(r["term"])
    for r in _rows("hs-synonyms", "zh_aspects_not.csv"):
        assert r["term"] not in terms and r["source"].strip(), r
        terms.add(r["term"])
    for r in _rows("hs-synonyms", "zh_aspects_chapters.csv"):
        assert len(r["chapter"]) == 2 and r["aspect"].startswith("material/") and r["source"].strip(), r


def test_every_base_metal_the_precious_metals_and_stones_and_horn_are_materials() -> None:
    assert aspects("锑锭") == {"material/金属/贱金属/锑"} and aspects("钼精矿") == {"material/金属/贱金属/钼"}
    assert aspects("足金项链") == {"material/金属/贵金属/金"} and aspects("银手镯") == {"material/金属/贵金属/银"}
    assert aspects("翡翠手镯") == {"material/宝石"} and aspects("玛瑙手链") == {"material/宝石"}
    assert aspects("人造水晶摆件") == {"material/玻璃"} and aspects("牛角梳子") == {"material/角"}
    for name in ("银耳", "金银花", "水银温度计"):
        assert aspects(name) == frozenset(), name
    assert aspects("铝合金窗") == {"material/金属/贱金属/铝"}  # an alloy, not gold
    assert "material/金属/贱金属/铅" in line_aspects("78011000", "未锻轧的精炼铅")  # chapter 78 is lead


def test_a_comb_of_horn_is_no_plastic_comb_and_an_ingot_finds_its_own_metal() -> None:
    horn = frozenset({"material/角"})
    assert factor(horn, (line_aspects("96151100", "硬质橡胶或塑料制梳子、发夹及类似品"),)) == CONFLICT
    assert factor(horn, (line_aspects("96151900", "其他梳子、发夹及类似品"),)) == 1.0
    assert "961519" in hs6s("牛角梳子")
    assert hs6s("钼锭", 1) == ["810294"]  # 81029400 未锻轧钼, not the spindles of textile machines
    assert hs6s("钨锭", 1) == ["810194"]
    antimony = frozenset({"material/金属/贱金属/锑"})
    assert factor(antimony, (line_aspects("79011100", "含锌量≥99.99%的未锻轧非合金锌"),)) == CONFLICT


def test_a_name_without_its_use_words_keeps_its_material_and_goods() -> None:
    assert without_use("橡胶汽车脚垫") == "橡胶脚垫"
    assert without_use("自行车车铃") == "车铃"
    assert without_use("不锈钢汤勺") == ""  # no use said
    assert without_use("汽车") == ""  # nothing would be left


def test_goods_a_use_word_outweighs_are_still_found() -> None:
    found = [c.hs6 for c in search("自行车车铃", "zh_CN", limit=5)]
    assert "830610" in found, found  # the bells of base metal, among the bicycles and their parts
