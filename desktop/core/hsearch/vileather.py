"""Leather in a Vietnamese name of bags, cases and wallets. Heading 4202 splits its goods by their outer surface
(4202.21 handbags "with outer surface of leather", 4202.22 "of sheeting of plastics or of textile materials"), so
"Túi xách nữ da thật" and "Ví da bò" are the leather ones, while "giả da" or "da PU" (imitation leather, a plastic)
is not leather."""

from __future__ import annotations

import re

_LEATHER = re.compile(r"\bda\b")
_IMITATION = re.compile(r"\b(?:giả da|da giả|da (?:pu|simili|nhân tạo)|simili)\b")
_SURFACE = re.compile(r"outer surface of ([^;,]*(?:, [^;,]*)*)")


def says_leather(text: str) -> bool:
    written = " ".join(text.lower().split())
    return bool(_LEATHER.search(written)) and not _IMITATION.search(written)


def not_leather(english: str) -> bool:
    """Whether an HS 2022 text names goods of an outer surface other than leather ("with outer surface of plastics
    or textile materials"); a text that says no surface agrees."""
    m = _SURFACE.search(english.lower())
    return m is not None and "leather" not in m.group(1)
