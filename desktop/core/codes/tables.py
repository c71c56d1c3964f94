"""Loading and searching code tables: one JSON file per table, plus country and currency (pycountry)."""

from __future__ import annotations

import gettext
import json
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from desktop.core.errors import CoreError
from desktop.core.resources import resource_path

#: Tables built from pycountry rather than from a file.
PYCOUNTRY_TABLES = ("country", "currency")
#: Files in resources/codes that hold rule data, not a code table.
NOT_TABLES = frozenset({"mode_combinations", "package_rec21", "country_names", "currency_names"})
LANG_KEYS = ("zh_CN", "en", "vi")

_lock = threading.RLock()
_tables: dict[str, CodeTable] = {}


class CodeTableError(CoreError):
    """A code table that does not exist or cannot be read."""


def fold(text: str) -> str:
    """Lower case without diacritics (Vietnamese ``Hải Phòng`` -> ``hai phong``; ``đ`` -> ``d``)."""
    text = text.lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class CodeEntry:
    code: str
    zh_CN: str
    en: str
    vi: str
    note: str = ""
    also: str = ""  # other names users search by (an entry's ``also_<lang>``), never shown

    def name(self, lang: str) -> str:
        if lang.startswith("zh"):
            return self.zh_CN or self.en
        if lang.startswith("vi"):
            return self.vi or self.en
        return self.en


@dataclass(slots=True)
class CodeTable:
    """One code table: ordered entries, fast membership, names in three languages, ranked search."""

    table_name: str
    version: str
    source: str
    entries: tuple[CodeEntry, ...]
    codes: frozenset[str] = field(init=False)
    _by_code: dict[str, CodeEntry] = field(init=False, repr=False)
    _keys: list[tuple[str, str, str, str, str]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code = {e.code: e for e in self.entries}
        self.codes = frozenset(self._by_code)
        self._keys = [(e.code.lower(), e.zh_CN, e.en.lower(), fold(f"{e.vi}\n{e.also}" if e.also else e.vi),
                       fold(e.en)) for e in self.entries]

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[CodeEntry]:
        return iter(self.entries)

    def get(self, code: str) -> CodeEntry | None:
        return self._by_code.get(code)

    def name(self, code: str, lang: str = "en") -> str:
        """The name of ``code`` in ``lang`` (``zh_CN``, ``en``, ``vi``); the code itself when unknown."""
        entry = self._by_code.get(code)
        return entry.name(lang) if entry is not None else code

    def search(self, query: str, lang: str = "en", limit: int | None = None) -> list[CodeEntry]:
        """Entries matching ``query`` by code prefix or by name in any language, best first.

        Chinese matches by substring, Vietnamese with or without diacritics, English case-insensitively.
        Ranking: exact code, code prefix, name prefix (the ``lang`` name first), word prefix, substring.
        """
        q = query.strip()
        if not q:
            return list(self.entries[:limit] if limit else self.entries)
        ql = q.lower()
        qf = fold(q)
        prefer = 1 if lang.startswith("zh") else (3 if lang.startswith("vi") else 2)
        scored: list[tuple[int, int, CodeEntry]] = []
        for index, (entry, key) in enumerate(zip(self.entries, self._keys, strict=True)):
            code = key[0]
            if code == ql:
                rank = 0
            elif code.startswith(ql):
                rank = 1
            else:
                rank = _name_rank(key, q, ql, qf, prefer)
                if rank < 0:
                    continue
            scored.append((rank, index, entry))
        scored.sort(key=lambda s: (s[0], s[1]))
        found = [s[2] for s in scored]
        return found[:limit] if limit else found


def _name_rank(key: tuple[str, str, str, str, str], q: str, ql: str, qf: str, prefer: int) -> int:
    best = -1
    for slot, text, needle in ((1, key[1], q), (2, key[2], ql), (3, key[3], qf), (2, key[4], qf)):
        pos = text.find(needle)
        if pos < 0:
            continue
        if pos == 0:
            rank = 2
        elif not text[pos - 1].isalnum():
            rank = 4
        else:
            rank = 6
        if slot != prefer:
            rank += 1
        if best < 0 or rank < best:
            best = rank
    return best


def table_names() -> list[str]:
    """Every table name: the files in resources/codes and the pycountry tables."""
    files = sorted(p.stem for p in resource_path("codes").glob("*.json") if p.stem not in NOT_TABLES)
    return [*files, *PYCOUNTRY_TABLES]


def table(name: str) -> CodeTable:
    """The code table ``name`` (loaded once, then cached; safe from any thread)."""
    found = _tables.get(name)
    if found is not None:
        return found
    with _lock:
        found = _tables.get(name)
        if found is None:
            found = _load(name)
            _tables[name] = found
        return found


def is_known(name: str, code: str) -> bool:
    return code in table(name).codes


def _load(name: str) -> CodeTable:
    if name == "country":
        return _countries()
    if name == "currency":
        return _currencies()
    if not name.replace("_", "").isalnum() or name in NOT_TABLES:
        raise CodeTableError("codes.unknown_table", table=name)
    path = resource_path("codes", f"{name}.json")
    if not path.is_file():
        raise CodeTableError("codes.unknown_table", table=name)
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        entries = tuple(
            CodeEntry(
                code=str(e["code"]),
                zh_CN=str(e["zh_CN"]),
                en=str(e["en"]),
                vi=str(e["vi"]),
                note=str(e.get("note", "")),
                also=", ".join(str(e[k]) for k in ("also_zh_CN", "also_en", "also_vi") if e.get(k)),
            )
            for e in raw["entries"]
        )
        return CodeTable(name, str(raw["version"]), str(raw["source"]), entries)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CodeTableError("codes.unreadable_table", table=name, detail=str(exc)) from exc


def _catalogue(domain: str, lang: str) -> gettext.NullTranslations:
    import pycountry

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def _owned_names(name: str) -> dict[str, dict[str, str]]:
    """The project's own zh_CN / vi names (resources/codes/<name>.json) that replace pycountry's, by code."""
    path = resource_path("codes", f"{name}.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {str(e["code"]): {k: str(e[k]) for k in ("zh_CN", "vi") if k in e} for e in raw["entries"]}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CodeTableError("codes.unreadable_table", table=name, detail=str(exc)) from exc


def _named(code: str, zh_CN: str, en: str, vi: str, owned: dict[str, dict[str, str]]) -> CodeEntry:
    names = owned.get(code, {})
    return CodeEntry(code=code, zh_CN=names.get("zh_CN", zh_CN), en=en, vi=names.get("vi", vi))


def _countries() -> CodeTable:
    import pycountry

    zh = _catalogue("iso3166-1", "zh_CN")
    vi = _catalogue("iso3166-1", "vi")
    owned = _owned_names("country_names")
    entries = []
    for c in pycountry.countries:
        name = str(c.name)
        entries.append(_named(str(c.alpha_3), zh.gettext(name), name, vi.gettext(name), owned))
    entries.sort(key=lambda e: e.code)
    return CodeTable(
        "country",
        f"pycountry {pycountry.__version__}" if hasattr(pycountry, "__version__") else "pycountry",
        "ISO 3166-1 alpha-3 from pycountry (iso-codes), names from its iso3166-1 gettext catalogues [C], "
        "except the trade's own names in resources/codes/country_names.json [M].",
        tuple(entries),
    )


def _currencies() -> CodeTable:
    import pycountry

    zh = _catalogue("iso4217", "zh_CN")
    vi = _catalogue("iso4217", "vi")
    owned = _owned_names("currency_names")
    entries = []
    for c in pycountry.currencies:
        name = str(c.name)
        entries.append(_named(str(c.alpha_3), zh.gettext(name), name, vi.gettext(name), owned))
    entries.sort(key=lambda e: e.code)
    return CodeTable(
        "currency",
        f"pycountry {pycountry.__version__}" if hasattr(pycountry, "__version__") else "pycountry",
        "ISO 4217 from pycountry (iso-codes), names translated by its iso4217 gettext catalogues [C], "
        "except the trade's own names in resources/codes/currency_names.json [M].",
        tuple(entries),
    )


def mode_combinations() -> dict[str, Any]:
    """The supervision mode -> levy nature -> duty mode data the rules use (resources/codes)."""
    with _lock:
        cached = _data.get("mode_combinations")
        if cached is None:
            path = resource_path("codes", "mode_combinations.json")
            cached = json.loads(path.read_text(encoding="utf-8"))
            _data["mode_combinations"] = cached
        result: dict[str, Any] = cached
        return result


_data: dict[str, Any] = {}
