"""The state a Vietnamese name says its goods are in: fresh, frozen, dried, roasted, crude or refined. HS 2022 splits
food and oils on it (0307.42 squid "live, fresh or chilled", 0307.43 "frozen", 0307.49 "dried, salted ..."; 0901.11
coffee "not roasted", 0901.21 "roasted"; 1511.10 palm oil "crude", 1511.90 "other than crude"), while the shared
words of a name and a text cannot see it: "Mực ống khô" found the frozen squid first. So a subheading whose text
names other states only, or the name's state after "not" or "other than", comes after the rest, as for the wearer
and the metal (see :mod:`vitext`). A machine or tool ("máy sấy", a dryer) is in no such state.
"""

from __future__ import annotations

import re

FRESH, FROZEN, DRIED, ROASTED, CRUDE, REFINED = "fresh", "frozen", "dried", "roasted", "crude", "refined"
#: How a Vietnamese name says each state, as written.
_SAID = (
    (FRESH, re.compile(r"\b(?:tươi|ướp lạnh|còn sống)\b")),
    (FROZEN, re.compile(r"\bđông lạnh\b")),
    (DRIED, re.compile(r"\b(?:khô|sấy)\b")),
    (ROASTED, re.compile(r"\brang\b")),
    (CRUDE, re.compile(r"\bthô\b")),
    (REFINED, re.compile(r"\btinh luyện\b")),
)
#: How HS 2022 texts name each state (refined oils are "other than crude").
_TEXT = {
    FRESH: re.compile(r"\b(?:fresh|live|chilled)\b"),
    FROZEN: re.compile(r"\bfrozen\b"),
    DRIED: re.compile(r"\b(?:dried|dehydrated)\b"),
    ROASTED: re.compile(r"\broasted\b"),
    CRUDE: re.compile(r"\bcrude\b"),
}
_NEGATED = re.compile(r"\b(?:not|other than|neither|nor|non-)\s*(?:[a-z]+ or\s+)?$")
#: Vietnamese words before a state that say the goods are not in it ("chưa rang", "không sấy").
_NOT = re.compile(r"\b(?:chưa|không)(?: (?:được|qua))?\s*$")
_MACHINE = re.compile(r"^\s*(?:máy|thiết bị|dụng cụ|bộ dụng cụ|lò|tủ)\b")


def state(text: str) -> str | None:
    """The one state a Vietnamese name (with its diacritics) says its goods are in ("Mực ống khô": dried, "Dầu
    cọ thô": crude), or are not in, after "chưa" or "không" ("Cà phê nhân chưa rang": "-roasted"; "chưa tinh
    luyện" is crude), else None; a machine or tool's name says none."""
    written = " ".join(text.lower().split())
    if _MACHINE.match(written):
        return None
    said = set()
    for kind, pattern in _SAID:
        for m in pattern.finditer(written):
            said.add("-" + kind if _NOT.search(written[: m.start()]) else kind)
    said = {CRUDE if kind == "-" + REFINED else kind for kind in said}
    return said.pop() if len(said) == 1 else None


def _states(english: str) -> tuple[set[str], set[str]]:
    """The states an HS 2022 text names, and those it names after "not", "other than" ... ("not roasted")."""
    said: set[str] = set()
    negated: set[str] = set()
    for kind, pattern in _TEXT.items():
        for m in pattern.finditer(english):
            (negated if _NEGATED.search(english[: m.start()]) else said).add(kind)
    return said - negated, negated


def state_disagrees(kind: str, english: str) -> bool:
    """Whether an HS 2022 text is of goods in another state than ``kind`` (see :func:`state`): 0307.43 "frozen"
    for dried squid, 0901.11 "not roasted" for roasted coffee, 1511.10 "crude" for a refined oil; a text naming no
    state agrees; goods not in a state (``kind`` "-roasted") disagree with a text naming it."""
    said, negated = _states(english.lower())
    if kind.startswith("-"):  # coffee not roasted is no roasted coffee
        return kind[1:] in said
    if kind == REFINED:
        return CRUDE in said
    if kind == CRUDE:  # refining is a split of its own: raw cashews ("điều thô") are no oil "other than crude"
        return CRUDE in negated
    said.discard(CRUDE)
    return kind in negated or (bool(said) and kind not in said)
