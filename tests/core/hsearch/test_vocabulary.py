"""The everyday-name vocabulary (resources/hs-synonyms): every row names a real tariff line, a language the search
reads and its source, and a name means one subheading unless its rows say why it can mean several."""

from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict

from desktop.core.resources import resource_path


def _rows(*parts: str) -> list[dict[str, str]]:
    with resource_path(*parts).open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _key(term: str) -> str:
    return unicodedata.normalize("NFC", term.strip()).casefold()


def test_every_synonym_row_names_a_tariff_line_a_language_and_its_source() -> None:
    tariff = _rows("cn-tariff", "cn_commodity_codes_8digit_2023.csv")
    lines, subheadings = {r["code8"]: r["name_zh"] for r in tariff}, {r["hs6"] for r in tariff}
    rows = _rows("hs-synonyms", "synonyms.csv")
    assert len(rows) > 6000
    for r in rows:
        assert r["term"].strip() == r["term"] and r["term"], r
        assert unicodedata.normalize("NFC", r["term"]) == r["term"], r  # the search folds NFC text only
        assert r["lang"] in ("zh_CN", "en", "vi"), r
        code = r["code"]
        assert code in lines if len(code) == 8 else len(code) == 6 and code in subheadings, r
        assert r["source"].strip(), r
        if r["source"].startswith("trade name; tariff line "):  # the line quoted is the row's own, in its words
            assert r["source"].split()[4] == code and lines[code].split("，")[0][:6] in r["source"], r


def test_a_name_means_one_subheading_unless_its_rows_say_why_it_can_mean_several() -> None:
    codes: dict[tuple[str, str], list[str]] = defaultdict(list)
    reasons: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in _rows("hs-synonyms", "synonyms.csv"):
        key = (_key(r["term"]), r["lang"])
        codes[key].append(r["code"])
        reasons[key].append(r["source"])
    for key, found in codes.items():
        assert len({c[:6] for c in found}) == len(found), (key, found)  # no row repeats another's subheading
        if len(found) > 1:
            assert all("ambiguous: " in s for s in reasons[key]), (key, found)


def test_lexicon_rows_are_one_per_word_and_language_with_a_source() -> None:
    seen: dict[tuple[str, str], str] = {}
    for r in _rows("hs-synonyms", "lexicon.csv"):
        assert r["lang"] in ("zh_CN", "en", "vi") and r["term"].strip() and r["en"].strip(), r
        assert r["source"].strip(), r
        key = (r["term"].strip().lower(), r["lang"])
        assert seen.setdefault(key, r["en"]) == r["en"], (key, seen[key], r["en"])  # a later row would never be read


def test_head_classes_are_tariff_wording_once_per_head_with_a_source() -> None:
    wording = "".join(r["name_zh"] for r in _rows("cn-tariff", "cn_commodity_codes_8digit_2023.csv"))
    heads: set[str] = set()
    for r in _rows("hs-synonyms", "heads.csv"):
        assert r["head"].strip() and r["source"].strip() and r["head"] not in heads, r
        heads.add(r["head"])
        pairs = [r["class"][k : k + 2] for k in range(len(r["class"]) - 1)]
        assert all(p in wording for p in pairs), r  # the class is in the tariff's own words (办公室用 木 家具)


def test_furniture_materials_are_tariff_wording_once_per_word_with_a_source() -> None:
    wording = "".join(r["name_zh"] for r in _rows("cn-tariff", "cn_commodity_codes_8digit_2023.csv"))
    terms: set[str] = set()
    for r in _rows("hs-synonyms", "materials.csv"):
        assert r["term"].strip() and r["source"].strip() and r["term"] not in terms, r
        terms.add(r["term"])
        assert r["material"] + "家具" in wording, r  # 金属家具, 藤制家具, 竹制家具, 塑料家具


def test_a_synonym_citing_a_tariff_line_is_filed_under_that_line_and_quotes_its_wording() -> None:
    names = {r["code8"]: r["name_zh"] for r in _rows("cn-tariff", "cn_commodity_codes_8digit_2023.csv")}
    for r in _rows("hs-synonyms", "synonyms.csv"):
        source = r["source"]
        if source.startswith("trade name; tariff line "):
            code8, _, rest = source.removeprefix("trade name; tariff line ").partition(" ")
            assert code8 == r["code"] and rest.startswith(names[code8]), r


def test_flexible_bulk_containers_are_their_own_subheading_in_every_language() -> None:
    from desktop.core.hsearch import search

    # a ton bag (吨袋, FIBC) is 6305.32, not the woven sacks of 6305.33
    for query, lang in (("吨袋", "zh_CN"), ("集装袋", "zh_CN"), ("fibc jumbo bags", "en"), ("bao jumbo", "vi")):
        assert [c.hs6 for c in search(query, lang, limit=1)] == ["630532"], query


def test_places_and_sellers_words_are_words_the_tariff_never_has_once_each_with_a_source() -> None:
    names = [r["name_zh"] for r in _rows("cn-tariff", "cn_commodity_codes_8digit_2023.csv")]
    synonyms = [r["term"] for r in _rows("hs-synonyms", "synonyms.csv") if r["lang"] == "zh_CN"]
    terms: set[str] = set()
    for r in _rows("hs-synonyms", "zh_places.csv"):
        assert r["term"].strip() and r["kind"] in ("place", "seller") and r["source"].strip(), r
        assert r["term"] not in terms, r
        terms.add(r["term"])
        # dropping it loses nothing the tariff or a trade name says (普洱茶, 哈密瓜 and 出口的定制型软件 do)
        assert not any(r["term"] in n for n in names) and not any(t.startswith(r["term"]) for t in synonyms), r


def test_han_variants_read_one_character_as_one_the_tariff_writes_with_a_source() -> None:
    wording = "".join(r["name_zh"] for r in _rows("cn-tariff", "cn_commodity_codes_8digit_2023.csv"))
    rows = _rows("hs-synonyms", "zh_variants.csv")
    assert len({r["variant"] for r in rows}) == len(rows)
    for r in rows:
        assert len(r["variant"]) == len(r["tariff"]) == 1 and r["variant"] != r["tariff"] and r["source"].strip(), r
        assert wording.count(r["tariff"]) > wording.count(r["variant"]), r  # the tariff's own writing
