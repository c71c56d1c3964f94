"""Numbers as people type or paste them (thousands separators, a decimal comma), read without guessing."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_GROUPED = re.compile(r"[-+]?\d{1,3}(,\d{3})+(\.\d*)?")


def parse_decimal(text: str, decimal_comma: bool = False) -> Decimal | None:
    """A number as people type it: ``1234.5``, ``1,234.5``, ``1.234,5``, and ``12,5`` where the language writes
    a decimal comma (Vietnamese). A comma is never silently dropped: ``12,5`` is 12.5, not 125; what cannot be
    read unambiguously gives None."""
    t = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if "," in t and "." in t:
        if t.rfind(",") > t.rfind("."):  # 1.234,5
            t = t.replace(".", "").replace(",", ".")
        elif _GROUPED.fullmatch(t):  # 1,234.5
            t = t.replace(",", "")
        else:
            return None
    elif "," in t:
        if not decimal_comma and _GROUPED.fullmatch(t):  # 1,234 with a comma for thousands
            t = t.replace(",", "")
        elif t.count(",") == 1:  # 12,5
            t = t.replace(",", ".")
        else:
            return None
    try:
        value = Decimal(t)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
