"""The head of a Chinese goods name as the data knows it, and what the search makes of it over the real bundled
data."""

from __future__ import annotations

from desktop.core.hsearch import search
from desktop.core.hsearch.index import index
from desktop.core.hsearch.sources import _rows
from desktop.core.hsearch.zhhead import head_untranslated, known_head, vocabulary, word_starts


def hs6s(query: str, n: int = 5) -> list[str]:
    return [c.hs6 for c in search(query, "zh_CN", limit=n)]


def test_the_head_is_the_longest_ending_the_data_knows() -> None:
    ix = index()
    assert known_head(ix, "摩托车尾灯") == "灯"  # 尾灯 is no word of the data, 灯 ends few tariff phrases
    assert known_head(ix, "橡胶汽车脚垫") == "脚垫"  # a trade name of the synonym file
    assert known_head(ix, "陶瓷水果刀") == "水果刀"
    assert known_head(ix, "建筑用钢模板 1.2m") == "模板"  # specs after the name are left out first
    assert known_head(ix, "摩托车减震器") == ""  # the whole name is a known term: nothing modifies it
    assert known_head(ix, "电暖器") == ""  # 器 ends hundreds of tariff phrases and says nothing alone


def test_a_lamp_for_a_motorcycle_is_vehicle_lighting_before_any_motorcycle() -> None:
    found = hs6s("摩托车尾灯")
    assert "851220" in found[:3]
    assert all(found.index("851220") < found.index(h) for h in found if h.startswith("8711")), found


def test_what_shares_the_head_comes_before_what_shares_only_the_modifier() -> None:
    assert hs6s("铝合金窗框")[0] == "761010"  # aluminium window frames, not aluminium plates or ingots
    assert "691110" in hs6s("陶瓷水果刀")[:2]  # a ceramic knife is kitchenware of porcelain, not a fruit


def test_a_head_naming_only_the_form_of_a_material_leaves_the_material_to_decide() -> None:
    forms = {r["term"] for r in _rows("hs-synonyms", "zh_forms.csv")}
    assert {"树脂", "颗粒", "板"} <= forms and all(r["source"].strip() for r in _rows("hs-synonyms", "zh_forms.csv"))
    assert hs6s("聚氯乙烯树脂")[0] == "390410"  # polyvinyl chloride, whatever shares 树脂
    assert hs6s("岩棉保温板")[0] == "680610"  # rock wool


def test_a_head_does_not_start_inside_a_word_the_data_knows() -> None:
    ix = index()
    words = vocabulary(ix)
    assert word_starts(words, "生物柴油") == [0]  # one word: the tariff's 生物柴油及其混合物
    assert known_head(ix, "生物柴油") == ""  # not 物柴油, which starts inside 生物
    assert word_starts(words, "汽车门把手") == [0, 2]  # cut from the end: 门把手, not 汽车门 and 把, 手
    assert known_head(ix, "汽车门把手") == "门把手"


def test_a_word_the_word_list_knows_only_the_inside_of_is_not_translated() -> None:
    ix = index()
    assert ix.lexicon.translate("生物柴油")  # the word list reads its 柴油 as diesel
    assert head_untranslated(ix, "生物柴油")
    assert not head_untranslated(ix, "柴油轻型货车")  # several words: the translation reads the name's own
    found = hs6s("生物柴油")
    assert "382600" in found, found  # biodiesel, not diesel engines
