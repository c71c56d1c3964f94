"""Chinese goods names: specs stripped, the head of a declared name and of a tariff line's wording, and what the
search makes of them over the real bundled data."""

from __future__ import annotations

from desktop.core.hsearch import search
from desktop.core.hsearch.zh import (
    head_class,
    knitted,
    material,
    name_head,
    strip_specs,
    text_head,
    without_exclusions,
    without_places,
)


def hs6s(query: str, n: int = 5) -> list[str]:
    return [c.hs6 for c in search(query, "zh_CN", limit=n)]


def test_quantities_and_model_codes_are_stripped_and_the_words_kept() -> None:
    assert strip_specs("12V 60Ah 汽车启动用铅酸蓄电池") == "汽车启动用铅酸蓄电池"
    assert strip_specs("铜芯电线 450/750V 2.5mm²") == "铜芯电线"
    assert strip_specs("不锈钢球阀 DN50") == "不锈钢球阀"
    assert strip_specs("M8螺栓 型号:AB-12") == "螺栓"
    assert strip_specs("白酒 52度 500毫升") == "白酒"
    words = "LED吊灯 PVC管 纯棉T恤 复合肥 NPK"  # letters that are words
    assert strip_specs(words) == words


def test_the_head_of_a_declared_name_is_the_end_of_the_name_before_its_specs() -> None:
    assert name_head("布艺沙发 木框架") == "布艺沙发"  # the frame is a spec of the sofa
    assert name_head("运动鞋 橡胶底 布面") == "运动鞋"
    assert name_head("12V 铅酸蓄电池") == "铅酸蓄电池"
    assert name_head("LED吊灯") == "吊灯"
    assert name_head("lead-acid battery 12V") == ""


def test_the_head_of_a_tariff_wording_follows_its_last_modifier() -> None:
    assert text_head("摩托车（包括机器脚踏两用车)用零件、附件") == "零件、附件"
    assert text_head("棉制餐桌用织物制品") == "织物制品"
    assert text_head("用于起动活塞式发动机的铅酸蓄电池") == "铅酸蓄电池"
    assert text_head("焊剂涂面的贱金属电极，电弧焊用") == "贱金属电极"
    assert text_head("其他马，改良种用除外") == "其他马"
    assert text_head("塑料制餐具及厨房用具") == "塑料制餐具及厨房用具"  # 用具 is a word, not a modifier's end


def test_specs_on_a_declared_name_do_not_change_what_it_is() -> None:
    for bare, declared in (
        ("不锈钢锅", "不锈钢锅 型号:SP-28 Φ24cm"),
        ("两轮摩托车", "两轮摩托车 150cc 4.5kW"),
        ("深沟球轴承", "深沟球轴承 6204ZZ 20x47x14mm"),
    ):
        assert hs6s(declared) == hs6s(bare), declared


def test_a_query_head_that_a_tariff_wording_has_only_as_a_modifier_counts_no_more_there() -> None:
    # 实木餐桌 is a table; 棉制餐桌用织物制品 (6302.51) is table linen, whose head is 织物制品
    assert not any(h.startswith("6302") for h in hs6s("实木餐桌", 3))


def test_trade_names_the_tariff_lacks_are_found_with_their_specs() -> None:
    assert hs6s("岩板 800x1600", 1) == ["690721"]  # sintered stone slab: a ceramic flag, water absorption ≤ 0.5 %
    assert hs6s("铝单板 2.5mm", 1) == ["761090"]  # aluminium cladding panel: aluminium plates for structures
    assert hs6s("膨胀螺丝 M10", 1) == ["731815"]


def test_the_kind_of_goods_a_head_names_is_the_tariff_wording_of_its_longest_listed_ending() -> None:
    assert head_class("松木儿童床") == "卧室用家具"
    assert head_class("胡桃木会议桌 1.8米") == "办公室用家具"
    assert head_class("实木茶几") == "家具" and head_class("办公椅") == "坐具"
    assert head_class("台式钻床") == "" and head_class("木制衣架") == ""  # a machine tool, a hanger: no furniture
    assert head_class("纯棉床单") == "" and head_class("lead-acid battery") == ""
    assert head_class("锑锭") == "未锻轧"  # an ingot is the tariff's unwrought metal


def test_a_piece_of_furniture_finds_the_furniture_the_tariff_words_it_as() -> None:
    assert hs6s("松木儿童床", 1) == ["940350"]  # 其他卧室用木家具, not pine wood or toys
    assert "940330" in hs6s("胡桃木会议桌", 2)  # 办公室用木家具, not walnut lumber


def test_a_machine_tool_named_by_its_bed_is_no_bed_linen() -> None:
    assert hs6s("台式钻床", 1) == ["845929"]  # 其他钻床; 床 alone would translate to beds


def test_a_name_says_whether_its_goods_are_knitted() -> None:
    assert knitted("棉制针织男式长裤") is True and knitted("钩编围巾") is True
    assert knitted("男式梭织棉衬衫") is False and knitted("非针织女式大衣") is False and knitted("机织涤纶布") is False
    assert knitted("男式棉制衬衫") is None


def test_knitted_clothing_is_chapter_61_and_woven_clothing_chapter_62() -> None:
    assert hs6s("针织女式裙子", 1) == ["610452"]  # not the woven cotton skirt 6204.52
    assert not any(h.startswith("61") for h in hs6s("男式梭织棉衬衫"))  # 6105.10 is knitted shirts
    assert not any(h.startswith("62") for h in hs6s("针织女式裙子"))


def test_a_chinese_name_the_word_list_knows_too_little_of_is_not_translated() -> None:
    from desktop.core.hsearch.lexicon import Lexicon

    lexicon = Lexicon()
    assert lexicon.translate("收银机") == ""  # 机 alone is no "machines" for a cash register
    assert lexicon.translate("双门冰箱") == "refrigerators"  # half of it known: kept
    assert lexicon.translate("鲜香蕉") == "fresh bananas"


def test_a_name_the_word_list_barely_knows_meets_no_machines_of_any_kind() -> None:
    machines = {"848690", "845210", "843410", "850300"}  # what "machines" alone met
    assert not machines & set(hs6s("收银机")) and not machines & set(hs6s("制冰机"))


def test_furniture_of_a_material_is_worded_as_the_tariff_splits_it() -> None:
    assert material("铁艺书架") == "金属" and material("不锈钢床头柜") == "金属" and material("藤编茶几") == "藤制"
    assert material("实木床") == ""  # wood keeps its room
    assert head_class("不锈钢床头柜") == "金属家具"  # metal furniture is not split by room
    assert head_class("铝合金办公桌") == "办公室用金属家具" and head_class("藤编椅子") == "藤制坐具"
    assert hs6s("不锈钢床头柜", 1) == ["940320"]  # 其他金属家具, not wooden bedroom furniture or steel
    assert hs6s("铝合金办公桌", 1) == ["940310"]
    assert hs6s("藤编椅子", 1) == ["940153"]  # 藤制的坐具
    assert head_class("钢化玻璃餐桌") == "未列名材料制家具" and head_class("大理石茶几") == "石制家具"
    assert hs6s("大理石茶几", 1) == ["940389"]  # 94038920 石制家具, not worked marble (6802.91)


def test_the_place_a_name_starts_with_says_nothing_of_the_goods() -> None:
    assert without_places("广西沙田柚") == "沙田柚" and without_places("云南产小粒咖啡") == "小粒咖啡"
    assert without_places("新款高档钢质防盗门") == "钢质防盗门"
    assert without_places("和田玉") == "和田玉"  # one character left would say less than the place
    assert without_places("普洱茶") == "普洱茶" and without_places("哈密瓜") == "哈密瓜"  # the tariff's own words
    assert hs6s("广西沙田柚", 1) == ["080540"]  # 葡萄柚及柚, not sisal (西沙尔麻) for 西沙
    assert hs6s("四川烟熏腊肉", 1) == hs6s("烟熏腊肉", 1)


def test_a_translation_that_misses_the_head_of_a_name_is_not_used() -> None:
    from desktop.core.hsearch.lexicon import Lexicon

    lexicon = Lexicon()
    assert lexicon.translate("不锈钢指甲剪") == ""  # "stainless steel" alone says nothing of a nail clipper
    assert lexicon.translate("鲜大蒜头") != ""  # 蒜, one of its last two characters, is known
    assert hs6s("不锈钢指甲剪", 1) == ["821420"]  # 修指甲及修脚用具, not stainless-steel wire or scrap
    assert hs6s("不锈钢合页", 1) == ["830210"]  # a hinge (贱金属制铰链), whatever it is made of


def test_a_latin_word_inside_a_chinese_name_is_translated_on_its_own() -> None:
    from desktop.core.hsearch.lexicon import Lexicon

    lexicon = Lexicon()
    assert lexicon.translate("PP粒子") == "polymers of propylene primary forms"  # not "PP粒子" as one word
    assert "390210" in hs6s("PP粒子") and "390330" in hs6s("ABS塑料粒子", 1)


def test_a_character_written_two_ways_meets_the_tariff_writing_it_the_other_way() -> None:
    assert hs6s("棉籽油", 2)[0] in ("151221", "151229")  # the tariff's 棉子油, not tea-seed oil (茶籽油)
    assert "120400" in hs6s("亚麻籽", 2)  # 亚麻子，不论是否破碎, not linen
    assert hs6s("黏合剂", 2)[0] in ("350691", "350699", "382410")  # the tariff's 粘合剂


def test_everyday_names_the_tariff_words_otherwise_find_their_lines() -> None:
    assert hs6s("暖宝宝", 1) == hs6s("一次性暖贴", 1) == ["382499"]  # a heat pack is a chemical preparation
    assert hs6s("户外尼龙吊床", 1) == ["630690"]  # camping goods, not bedroom furniture: 吊床 is no 床
    assert hs6s("PEVA浴帘", 1) == ["392490"]  # a plastic shower curtain is a toilet article of plastics
    assert hs6s("涤纶浴帘", 1) == ["630392"]  # a woven polyester one is a curtain


def test_what_a_tariff_line_says_it_does_not_cover_is_no_wording_of_it() -> None:
    assert without_exclusions("柴油,不含生物柴油") == "柴油"
    assert without_exclusions("其他冻杂碎（牛、猪杂碎除外）") == "其他冻杂碎"
    assert without_exclusions("其他马，改良种用除外") == "其他马，"
    assert without_exclusions("心脏起搏器，不包括零件、附件") == "心脏起搏器"
    said = "生物柴油及其混合物，不含或含有按重量计低于70％的石油"  # 不含或含有 says either: nothing is left out
    assert without_exclusions(said) == said
    assert without_exclusions("不含可可的糖食") == "不含可可的糖食"  # a clause that starts the name is its goods
    assert without_exclusions("（种用除外）") == "（种用除外）"  # nothing would be left


def test_a_line_is_not_found_by_what_it_excludes() -> None:
    from desktop.core.hsearch.index import index

    ix = index()
    fuel = next(i for i, t in enumerate(ix.texts) if t.text == "柴油,不含生物柴油")
    assert "b:生物" not in ix.feature_sets[fuel] and "b:柴油" in ix.feature_sets[fuel]
