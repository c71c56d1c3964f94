"""The everyday names of the compounds the Chinese tariff words the systematic way, and what the search finds by
them over the real bundled data."""

from __future__ import annotations

from desktop.core.hsearch import search
from desktop.core.hsearch.zhchem import everyday_names


def test_a_salt_or_oxide_worded_by_its_element_has_the_name_traders_use() -> None:
    assert everyday_names("28369100", "锂的碳酸盐") == ["碳酸锂"]
    assert everyday_names("28255000", "铜的氧化物及氢氧化物") == ["氧化铜", "氢氧化铜"]
    assert everyday_names("28164000", "锶或钡的氧化物、氢氧化物及过氧化物") == [
        "氧化锶",
        "氧化钡",
        "氢氧化锶",
        "氢氧化钡",
        "过氧化锶",
        "过氧化钡",
    ]
    assert everyday_names("28469019", "未列名氧化稀土") == ["稀土氧化物"]


def test_other_salts_of_an_element_and_lines_worded_otherwise_have_none() -> None:
    assert everyday_names("28331900", "钠的其他硫酸盐") == []  # sodium sulphate itself is 28331100
    for code8, name in (("28170010", "氧化锌"), ("28273990", "未列名氯化物"), ("28491000", "碳化钙")):
        assert everyday_names(code8, name) == [], name
    assert everyday_names("29037720", "其他仅含氟和氯的甲烷、乙烷及丙烷的全卤化物") == []  # organic: no element


def test_the_search_finds_a_compound_by_its_everyday_name() -> None:
    for query, hs6 in (("碳酸锶", "283692"), ("氧化锑", "282580"), ("硫酸镍", "283324"), ("稀土氟化物", "284690")):
        found = search(query, "zh_CN", limit=5)
        assert found[0].hs6 == hs6, (query, [c.hs6 for c in found])
    reason = search("碳酸锶", "zh_CN", limit=1)[0].reasons[0]
    assert reason.text == "碳酸锶" and reason.note == "28369200 锶的碳酸盐"  # the tariff's wording is shown
