"""The DecMessage field table (resources/single_window/decmessage_fields.csv): every tag, its format and its source."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from desktop.core.resources import resource_path

SECTIONS = ("DecHead", "DecList", "Container", "LicenseDocu", "DecRequestCert", "DecFreeTxt", "DecSign",
            "EdocRealation")
KINDS = frozenset({"text", "digits", "integer", "decimal", "date", "alpha", "alnum", "uscc"})

_FORMATS: dict[str, re.Pattern[str]] = {
    "digits": re.compile(r"\d+"),
    "integer": re.compile(r"\d+"),
    "decimal": re.compile(r"\d+(\.\d+)?"),
    "date": re.compile(r"\d{8}"),
    "alpha": re.compile(r"[A-Za-z]+"),
    "alnum": re.compile(r"[0-9A-Za-z]+"),
    "uscc": re.compile(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}"),
}


@dataclass(frozen=True, slots=True)
class TagDef:
    """One tag of one section, as the field table defines it."""

    section: str
    tag: str
    zh: str
    kind: str
    max_length: int
    exact: bool
    export: str  # Y needed on an export, C when it applies, N not used
    code: str
    source: str

    @property
    def required(self) -> bool:
        return self.export == "Y"

    def format_ok(self, value: str) -> bool:
        pattern = _FORMATS.get(self.kind)
        return pattern is None or pattern.fullmatch(value) is not None

    def length_ok(self, value: str) -> bool:
        return len(value) == self.max_length if self.exact else len(value) <= self.max_length


@cache
def field_table() -> tuple[TagDef, ...]:
    with resource_path("single_window", "decmessage_fields.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for r in rows:
        if r["section"] not in SECTIONS or r["kind"] not in KINDS or r["export"] not in ("Y", "C", "N"):
            raise ValueError(f"decmessage_fields.csv: bad row {r}")
        out.append(TagDef(
            section=r["section"], tag=r["tag"], zh=r["zh"], kind=r["kind"], max_length=int(r["max_length"]),
            exact=r["exact"] == "1", export=r["export"], code=r["code"], source=r["source"],
        ))
    return tuple(out)


@cache
def section_tags(section: str) -> tuple[TagDef, ...]:
    return tuple(t for t in field_table() if t.section == section)
