"""Code tables: every file loads with names in three languages; search in Chinese, Vietnamese and English."""

from __future__ import annotations

import json
import threading

import pytest

from desktop.core import codes
from desktop.core.codes import tables
from desktop.core.errors import CoreError
from desktop.core.model import booking as booking_model
from desktop.core.model import declaration, master, shipment
from desktop.core.model.fields import field_specs
from desktop.core.resources import resource_path

FILES = sorted(p for p in resource_path("codes").glob("*.json") if p.stem not in tables.NOT_TABLES)
MARKS = ("[C]", "[C2]", "[M]", "[X]")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_file_loads_with_names_in_three_languages(path) -> None:  # type: ignore[no-untyped-def]
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["name"] == path.stem
    t = codes.table(path.stem)
    assert t.version and t.source
    assert any(mark in t.source for mark in MARKS), "the source note carries how sure the table is"
    assert len(t) == len(raw["entries"]) > 0
    assert len(t.codes) == len(t), "codes are unique"
    for entry in t:
        assert entry.code and entry.zh_CN and entry.en and entry.vi, entry


def test_every_table_the_models_name_exists() -> None:
    models = [
        master.Company,
        master.Party,
        master.Product,
        shipment.GoodsLine,
        shipment.Container,
        shipment.Route,
        shipment.Shipment,
        declaration.DeclarationItem,
        declaration.DeclarationContainer,
        declaration.Attachment,
        declaration.ExportDeclaration,
        booking_model.ShipmentLocation,
        booking_model.DocumentParty,
        booking_model.Commodity,
        booking_model.RequestedEquipment,
        booking_model.RailSeaBooking,
    ]
    names = {s.code_table for m in models for s in field_specs(m).values() if s.code_table}
    names.discard("hs")
    assert names <= set(codes.table_names())
    for name in names:
        assert len(codes.table(name)) > 0


def test_names_are_chinese_and_vietnamese() -> None:
    t = codes.table("transport_mode")
    assert t.name("2", "zh_CN") == "水路运输"
    assert t.name("2", "en") == "Waterway transport"
    assert t.name("2", "vi") == "Vận tải đường thủy"
    assert t.name("Q", "vi") == "Q", "an unknown code names itself"
    assert (t.name("G", "zh_CN"), t.name("L", "zh_CN")) == ("固定设施运输", "旅客携带"), "the official table's rows"
    # Vietnamese names carry their diacritics (not ASCII transliterations)
    for name in ("transport_mode", "trade_mode", "package_type", "duty_mode", "unit"):
        vi = [e.vi for e in codes.table(name)]
        assert sum(v != codes.fold(v) for v in vi) >= len(vi) // 2, name


def test_search_in_three_languages() -> None:
    t = codes.table("transport_mode")
    assert [e.code for e in t.search("水路", "zh_CN")] == ["2"]
    assert t.search("đường sắt", "vi")[0].code == "3"
    assert t.search("duong sat", "vi")[0].code == "3", "Vietnamese without diacritics"
    assert t.search("RAIL", "en")[0].code == "3", "English, case-insensitive"
    assert t.search("2", "en")[0].code == "2", "exact code first"
    assert t.search("", "en") == list(t.entries)
    assert t.search("zzzz-nothing", "en") == []


def test_search_ranks_code_prefix_before_names() -> None:
    units = codes.table("unit")
    found = [e.code for e in units.search("03", "en")]
    assert found[:4] == ["030", "031", "032", "033"]
    kg = units.search("千克", "zh_CN")
    assert kg[0].code == "035", "a name that starts with the query comes before one that only contains it"
    assert units.search("kilogam", "vi")[0].code == "035", "the spelled-out name still finds kg"
    assert units.search("kg", "vi")[0].code == "035"


def test_vietnamese_unit_names_are_what_a_forwarder_prints() -> None:
    units = codes.table("unit")
    names = {e.code: e.vi for e in units}
    assert (names["035"], names["032"], names["007"], names["011"]) == ("kg", "m²", "cái", "chiếc")
    assert (names["061"], names["060"], names["038"]) == ("kW", "kVA", "10.000 cái")
    for code, name in names.items():
        assert "/" not in name, (code, name)  # one name per unit, no alternatives
        assert name[:1] == name[:1].lower() or name[:2] in ("kW", "kV"), (code, name)
        assert not name.lower().startswith("kiện"), (code, name)  # kiện is a package, not a unit
    assert units.search("aoxo", "vi")[0].code == "083", "an old dictionary spelling still finds the unit"


def test_countries_and_currencies_from_pycountry() -> None:
    countries = codes.table("country")
    assert "VNM" in countries and "CHN" in countries and "VN" not in countries
    assert countries.name("VNM", "zh_CN") == "越南"
    assert countries.name("VNM", "vi") == "Việt Nam"
    assert countries.name("CHN", "vi") == "Trung Quốc"
    assert countries.search("viet nam", "vi")[0].code == "VNM"
    assert countries.search("新加坡", "zh_CN")[0].code == "SGP"
    currencies = codes.table("currency")
    assert "USD" in currencies and "CNY" in currencies
    assert currencies.name("USD", "zh_CN") == "美元"
    assert currencies.name("CNY", "zh_CN") == "人民币"
    assert currencies.name("VND", "vi") != currencies.name("VND", "en")
    assert currencies.search("usd", "en")[0].code == "USD"


@pytest.mark.parametrize("name", ["no_such_table", "../samples/x", "mode_combinations", ""])
def test_unknown_table(name: str) -> None:
    with pytest.raises(CoreError) as info:
        codes.table(name)
    assert info.value.code == "codes.unknown_table"
    assert info.value.params["table"] == name


def test_tables_are_cached_and_thread_safe() -> None:
    tables._tables.pop("incoterm", None)
    results: list[object] = []
    barrier = threading.Barrier(8)

    def load() -> None:
        barrier.wait()
        results.append(codes.table("incoterm"))

    threads = [threading.Thread(target=load) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8 and all(r is results[0] for r in results)
    assert codes.table("incoterm") is results[0]


def test_customs_districts_keep_the_disputed_codes_marked() -> None:
    districts = codes.table("customs_district")
    for code in ("8000", "7200", "6700", "0600"):
        assert code in districts
    assert "[X]" in districts.source
    assert districts.get("9700") is not None and "[X]" in districts.get("9700").note  # type: ignore[union-attr]


#: Codes confirmed in a published list (a broker's customs dictionary, see resources/codes/SOURCE.md), by table.
PUBLISHED = {"customs_district": {"7208": "凭祥海关", "7901": "成都海关"}}


def test_confirmed_codes_agree_with_the_published_list_and_the_rest_stay_marked() -> None:
    for name, published in PUBLISHED.items():
        table = codes.table(name)
        for code, zh in published.items():
            entry = table.get(code)
            assert entry is not None and entry.zh_CN.startswith(zh.removesuffix("海关")) and "[C]" in entry.note
    unconfirmed = {"customs_district": 9, "port_domestic": 20, "port_foreign": 8, "request_cert": 9}
    for name, count in unconfirmed.items():  # an [M] mark goes only with a published table beside the file
        marked = [e.code for e in codes.table(name).entries if "[M]" in e.note]
        assert len(marked) == count, (name, marked)


def test_mode_combinations_name_known_codes() -> None:
    modes = tables.mode_combinations()["modes"]
    trade, cut, duty = codes.table("trade_mode"), codes.table("cut_mode"), codes.table("duty_mode")
    assert modes["0110"]["cut_modes"][0] == "101" and modes["0110"]["duty_modes"] == ["1"]
    for mode, rule in modes.items():
        assert mode in trade
        assert all(c in cut for c in rule["cut_modes"])
        assert all(d in duty for d in rule["duty_modes"])
