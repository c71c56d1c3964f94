"""Declaration elements (申报要素) and the 10-digit commodity code (商品编号) a chosen candidate becomes.

The elements of a heading come from resources/hs-elements/elements.json (one list per 4-digit heading, a default
list otherwise). Values are joined into 规格型号 (g_model) with ``|`` in the heading's order and checked by rules
with ids (``elements.*``) whose messages are translated through the ``Rule`` context like every rule's.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core import i18n
from desktop.core.resources import open_text
from desktop.core.rules.engine import Issue, ParamValue, Severity

SEPARATOR = "|"
#: 规格型号 holds at most this many characters (the declaration's g_model).
MAX_JOINED = 255
#: The usual supplementary digits: most 8-digit lines are not split further.
DEFAULT_SUPPLEMENT = "00"
_SUPPLEMENT = re.compile(r"^\d{2}$")

#: The rules of this module (ids; English messages in desktop/core/rules/messages.py, all errors). They check the
#: HS lookup's input, not a stored document, so they stay out of the document rule registry.
RULE_IDS = ("elements.required", "elements.choice", "elements.separator", "elements.too_long", "elements.supplement")


def issue(rule_id: str, path: str, **params: ParamValue) -> Issue:
    assert rule_id in RULE_IDS
    return Issue(rule_id, path, Severity.ERROR, params)


@dataclass(frozen=True, slots=True)
class Choice:
    code: str
    names: dict[str, str]


@dataclass(frozen=True, slots=True)
class Element:
    """One declaration element of a heading: its key, names in zh_CN/en/vi, whether required, allowed codes."""

    key: str
    names: dict[str, str]
    required: bool
    choices: tuple[Choice, ...] = ()

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names["zh_CN"]


@dataclass(frozen=True, slots=True)
class ElementList:
    heading: str  # the 4-digit heading, or "" for the default list
    elements: tuple[Element, ...]

    @property
    def is_default(self) -> bool:
        return not self.heading


def _element(raw: dict[str, object]) -> Element:
    names = {lang: str(raw[lang]) for lang in ("zh_CN", "en", "vi")}
    choices = tuple(
        Choice(str(c["code"]), {lang: str(c[lang]) for lang in ("zh_CN", "en", "vi")})
        for c in raw.get("choices", [])  # type: ignore[attr-defined]
    )
    return Element(str(raw["key"]), names, bool(raw.get("required", True)), choices)


class _Table:
    def __init__(self) -> None:
        with open_text("hs-elements", "elements.json") as f:
            data = json.load(f)
        self.default = ElementList("", tuple(_element(e) for e in data["default"]))
        self.headings = {
            heading: ElementList(heading, tuple(_element(e) for e in items))
            for heading, items in data["headings"].items()
        }


_table: _Table | None = None
_lock = threading.Lock()


def _data() -> _Table:
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                _table = _Table()
    return _table


def elements_for(code: str) -> ElementList:
    """The declaration elements of the heading of ``code`` (4 to 10 digits), or the default list."""
    data = _data()
    return data.headings.get(code[:4], data.default)


def join(values: Sequence[str]) -> str:
    """规格型号: the values in order joined with ``|`` (trailing empty optional elements dropped)."""
    parts = [v.strip() for v in values]
    while parts and not parts[-1]:
        parts.pop()
    return SEPARATOR.join(parts)


def split(text: str, count: int) -> list[str]:
    """The values of a stored 规格型号 for ``count`` elements (missing ones empty, extra ones kept in the last)."""
    parts = text.split(SEPARATOR) if text else []
    if len(parts) > count:
        parts = [*parts[: count - 1], SEPARATOR.join(parts[count - 1 :])]
    return parts + [""] * (count - len(parts))


def fits(element_list: ElementList, stored: str) -> bool:
    """Whether a stored 规格型号 reads as this list's elements: no more parts than elements, and every part at a
    coded element (brand type, export preference) one of its codes."""
    parts = stored.split(SEPARATOR) if stored else []
    if len(parts) > len(element_list.elements):
        return False
    return all(
        not e.choices or not part.strip() or part.strip() in {c.code for c in e.choices}
        for e, part in zip(element_list.elements, parts, strict=False)
    )


def check(element_list: ElementList, values: Sequence[str]) -> list[Issue]:
    """Issues of the element values (paths ``elements.N``, 0-based, and ``elements`` for the joined text)."""
    out: list[Issue] = []
    for n, element in enumerate(element_list.elements):
        value = values[n].strip() if n < len(values) else ""
        path = f"elements.{n}"
        if not value:
            if element.required:
                out.append(issue("elements.required", path, element=element.key))
            continue
        if SEPARATOR in value:
            out.append(issue("elements.separator", path, element=element.key))
        elif element.choices and value not in {c.code for c in element.choices}:
            allowed = ", ".join(c.code for c in element.choices)
            out.append(issue("elements.choice", path, element=element.key, value=value[:20], allowed=allowed))
    joined = join(values)
    if len(joined) > MAX_JOINED:
        out.append(issue("elements.too_long", "elements", length=len(joined), max=MAX_JOINED))
    return out


def complete_code(line: str, supplement: str = DEFAULT_SUPPLEMENT) -> str:
    """The 10-digit 商品编号 of an 8-digit tariff line and its 2 supplementary digits."""
    if not (len(line) == 8 and line.isdigit()):
        raise ValueError(f"not an 8-digit tariff line: {line!r}")
    if not _SUPPLEMENT.match(supplement):
        raise ValueError(f"not 2 supplementary digits: {supplement!r}")
    return line + supplement


def check_supplement(supplement: str) -> list[Issue]:
    """The supplementary digits must be exactly 2 digits (00 when the line is not split)."""
    if _SUPPLEMENT.match(supplement.strip()):
        return []
    return [issue("elements.supplement", "code", value=supplement[:10])]


def message(found: Issue, element_list: ElementList, lang: str) -> str:
    """The text of an elements issue in ``lang``, naming the element as that language does."""
    from desktop.core.rules import RULE_CONTEXT
    from desktop.core.rules import message as rule_message
    from desktop.core.rules.messages import MESSAGES

    params = dict(found.params)
    key = params.get("element")
    if key is not None:
        named = next((e for e in element_list.elements if e.key == key), None)
        params["element"] = named.name(lang) if named else str(key)
        source = MESSAGES[found.rule_id]
        return i18n.fill(i18n.translate(RULE_CONTEXT, source, lang), source, params)
    return rule_message(found, lang)
