"""Customs package type (包装种类) to UN/ECE Rec 21, the package code carriers expect (data: package_rec21.json)."""

from __future__ import annotations

import json
from functools import cache

from desktop.core.resources import resource_path


@cache
def rec21_map() -> dict[str, str]:
    """The customs package code -> Rec 21 code mapping (see the file's ``source`` for how sure it is)."""
    raw = json.loads(resource_path("codes", "package_rec21.json").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in raw["map"].items()}


def rec21_for(customs_code: str, override: str = "") -> str:
    """The Rec 21 code of a goods line: its own choice, else the mapped shipment package type, else ``""``."""
    return override or rec21_map().get(customs_code, "")
