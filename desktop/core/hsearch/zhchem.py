"""The everyday names of the inorganic compounds the Chinese tariff words the systematic way.

The tariff writes a salt or a binary compound as the element's and then the kind: 锂的碳酸盐 (28369100), 铜的硫酸盐,
钛的氧化物, 铵的氟化物; traders write 碳酸锂, 硫酸铜, 氧化钛, 氟化铵, and the oxides of a group the other way round
(稀土氧化物 for the tariff's 氧化稀土). A character pair of one never meets the other's, so each Chinese line of
chapter 28 worded so also stands for its everyday names (see :func:`everyday_names`).
"""

from __future__ import annotations

import re

#: The chapter whose lines are worded so: inorganic chemicals.
CHAPTER = "28"
#: "X的Y酸盐" / "X的Y化物": the elements (one or more, joined by 或 or 及) and the kinds of the compound after 的,
#: several kinds joined by 、 or 及.
_OF = re.compile(
    r"((?:[\u4e00-\u9fff](?:或|及|、))*[\u4e00-\u9fff])的((?:[\u4e00-\u9fff]{1,4}?(?:酸盐|化物)(?:、|及|和)?)+)"
)
_KIND = re.compile(r"^([\u4e00-\u9fff]{1,4}?)(酸盐|化物)$")
_JOINS = re.compile(r"、|及|和|有")
#: "氧化X" as a whole line (after 未列名, 其他), X a group of elements: 28469019 未列名氧化稀土.
_OXIDE = re.compile(r"^(?:未列名|其他)?((?:氢氧|过氧|氧|氯|氟)化)([\u4e00-\u9fff]{2,3})$")
_NOT_ELEMENT = frozenset("他名列的")


def everyday_names(code8: str, name_zh: str) -> list[str]:
    """The everyday names of the compounds a tariff line of chapter 28 words the systematic way: "锂的碳酸盐" →
    ["碳酸锂"], "铜的氧化物及氢氧化物" → ["氧化铜", "氢氧化铜"], "未列名氧化稀土" → ["稀土氧化物"]; [] for any other
    line (an organic name's 的 joins no element: 丙烷的全卤化物)."""
    out: list[str] = []
    if not code8.startswith(CHAPTER):
        return out
    for m in _OF.finditer(name_zh):
        elements = [e for e in re.split(r"或|及|、", m.group(1)) if e and e not in _NOT_ELEMENT]
        for part in _JOINS.split(m.group(2)):
            k = _KIND.match(part)
            if k is None or part.startswith("其他"):  # 钠的其他硫酸盐 are not 硫酸钠 (28331100)
                continue
            kind, tail = k.groups()
            for element in elements:
                out.append(f"{kind}{'酸' if tail == '酸盐' else '化'}{element}")
    oxide = _OXIDE.match(name_zh)
    if oxide:
        out.append(f"{oxide.group(2)}{oxide.group(1)}物")
    return list(dict.fromkeys(out))
