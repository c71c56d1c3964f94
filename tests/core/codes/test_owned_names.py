"""Country and currency names: the trade's own names replace pycountry's archaic or wrong ones (review V1, V2, Z7)."""

from __future__ import annotations

import json
import unicodedata

import pycountry
import pytest

from desktop.core import codes
from desktop.core.resources import resource_path


@pytest.mark.parametrize(
    ("table", "code", "zh_CN", "vi"),
    [
        ("country", "KHM", "柬埔寨", "Campuchia"),
        ("country", "IDN", "印度尼西亚", "Indonesia"),
        ("country", "MMR", "缅甸", "Myanmar"),
        ("country", "SGP", "新加坡", "Singapore"),
        ("country", "KOR", "韩国", "Hàn Quốc"),
        ("country", "LAO", "老挝", "Lào"),
        ("country", "HKG", "中国香港", "Hồng Kông"),
        ("currency", "CNY", "人民币", "Nhân dân tệ"),
        ("currency", "VND", "越南盾", "Đồng Việt Nam"),
        ("currency", "THB", "泰国铢", "Baht Thái"),
    ],
)
def test_the_trade_names_replace_pycountrys(table: str, code: str, zh_CN: str, vi: str) -> None:
    t = codes.table(table)
    assert (t.name(code, "zh_CN"), t.name(code, "vi")) == (zh_CN, vi)


def test_a_code_the_file_does_not_name_keeps_pycountrys_name() -> None:
    t = codes.table("country")
    assert t.name("FJI", "en") == "Fiji"
    assert t.name("FJI", "zh_CN") not in ("", "FJI")


ARCHAIC = {"Nam Dương", "Căm Bốt", "Miến Điện", "Tích Lan", "Xin-ga-po", "Ma-lai-xi-a", "Phi-li-pi-nợ", "Ba Tư",
           "Đồng Yu-an Ren-min-bi", "Đồng Băt", "Đồng Eu-rô", "柬埔塞", "人民币元"}


@pytest.mark.parametrize("name", ["country_names", "currency_names"])
def test_owned_names_are_real_codes_in_nfc_without_archaic_spelling(name: str) -> None:
    raw = json.loads(resource_path("codes", f"{name}.json").read_text(encoding="utf-8"))
    assert "[M]" in raw["source"] or "[C]" in raw["source"]
    known = pycountry.countries if name == "country_names" else pycountry.currencies
    for entry in raw["entries"]:
        assert known.get(alpha_3=entry["code"]) is not None, entry
        for lang in ("zh_CN", "vi"):
            text = entry.get(lang)
            if text is not None:
                assert text and unicodedata.is_normalized("NFC", text), entry
                assert "hoà" not in text.lower(), entry  # the app's new-style tone placement (hòa)
                assert text not in ARCHAIC, entry
