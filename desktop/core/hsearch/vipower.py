"""What drives the goods a Vietnamese name names: an electric motor ("chạy điện", "dùng pin"), a petrol or
diesel engine ("chạy xăng") or compressed air ("khí nén"). Heading 8467 splits hand tools by it (8467.2x with a
self-contained electric motor, 8467.8x with a non-electric one, 8467.1x pneumatic), so a petrol chain saw is no
electric saw and an electric one no 8467.81 chain saw "with self-contained non-electric motor"."""

from __future__ import annotations

import re

ELECTRIC, ENGINE, PNEUMATIC = "electric", "engine", "pneumatic"
#: The words of a Vietnamese name (lower case, as written) that say what drives its goods. "điện" alone says an
#: electric motor, but not in "điện thoại" (telephone), "điện tử" (electronic) and the other words it begins.
_SAYS = (
    (ELECTRIC, re.compile(r"\b(?:chạy|dùng|cắm) pin\b|\bpin sạc\b|\bđiện\b(?! (?:thoại|tử|trở|áp|cực|dung|năng|môi))")),
    (ENGINE, re.compile(r"\b(?:xăng|diesel|chạy dầu|động cơ dầu|động cơ đốt trong)\b")),
    (PNEUMATIC, re.compile(r"\bkhí nén\b|\bchạy hơi\b")),
)


def power(text: str) -> str | None:
    """The one kind of drive a Vietnamese name says (see the module), else None."""
    written = " ".join(text.lower().split())
    said = {kind for kind, pattern in _SAYS if pattern.search(written)}
    return said.pop() if len(said) == 1 else None


def _drives(english: str) -> set[str]:
    text = english.lower()
    said = set()
    if "non-electric motor" in text:
        said.add(ENGINE)
    elif "electric motor" in text:
        said.add(ELECTRIC)
    if "pneumatic" in text and "not pneumatic" not in text:
        said.add(PNEUMATIC)
    return said


def power_disagrees(kind: str, english: str) -> bool:
    """Whether an HS 2022 text names goods driven otherwise than ``kind`` (see :func:`power`): only a motor
    counts ("non-electric" cooking appliances say how they heat, not what drives them); a text that says
    nothing of its motor agrees."""
    said = _drives(english)
    return bool(said) and kind not in said
