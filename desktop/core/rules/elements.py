"""The declaration elements (申报要素) of each item in the offline check: the 规格型号 read against the element list
of the item's heading (resources/hs-elements), a missing element or a brand type / export preference that is not
one of their codes flagged at the item's 规格型号.

Warnings, not errors: the heading lists are the project's compilation, not yet checked against the official
规范申报目录 (see resources/hs-elements/SOURCE.md), so they must not block a filing the platform would take.
Only headings with their own list are read; the default list is a guess at goods no list covers. A 规格型号 written
in another order ("地砖|瓷质|..." where the brand type belongs second) is the broker's own and stays unread: only one
in the heading's order (no more parts than elements, and a digit or nothing where a code belongs) is checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.model.declaration import DeclarationItem, ExportDeclaration
from desktop.core.rules import declaration as _declaration  # noqa: F401  (the declaration's own rules come first)
from desktop.core.rules.decl_registry import Context, W, item_rule
from desktop.core.rules.engine import Issue, ParamValue, issue

if TYPE_CHECKING:
    from desktop.core.hsearch.elements import ElementList

MISSING, CHOICE = "item.element_missing", "item.element_choice"


@item_rule(MISSING, W, "items.*.code_ts", "items.*.g_model")
def _missing(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    _check(it, i, out, "elements.required", MISSING)


@item_rule(CHOICE, W, "items.*.code_ts", "items.*.g_model")
def _choice(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    _check(it, i, out, "elements.choice", CHOICE)


def _check(it: DeclarationItem, i: int, out: list[Issue], kind: str, rule_id: str) -> None:
    from desktop.core.hsearch import elements as el

    code = it.code_ts.strip()
    if len(code) < 4 or not code[:4].isdigit() or not it.g_model.strip():
        return  # no code yet, or an empty 规格型号 (the required-field check says so)
    element_list = el.elements_for(code)
    if element_list.is_default:
        return
    parts = it.g_model.split(el.SEPARATOR)
    if not _in_order(element_list, parts):
        return
    values = el.split(it.g_model, len(element_list.elements))
    for found in el.check(element_list, values):
        if found.rule_id != kind:
            continue
        n = int(found.field_path.rsplit(".", 1)[1])
        params: dict[str, ParamValue] = {
            "element": str(found.params["element"]), "heading": element_list.heading, "part": n + 1,
        }
        if kind == "elements.choice":
            params |= {"value": str(found.params["value"]), "allowed": str(found.params["allowed"])}
        out.append(issue(rule_id, f"items.{i}.g_model", **params))


def _in_order(element_list: ElementList, parts: list[str]) -> bool:
    if len(parts) > len(element_list.elements):
        return False
    return all(
        not e.choices or not part.strip() or part.strip().isdigit()
        for e, part in zip(element_list.elements, parts, strict=False)
    )


def element_name(params: dict[str, object], lang: str) -> str:
    """The name in ``lang`` of the element an issue of this module names (its key and heading in ``params``)."""
    from desktop.core.hsearch import elements as el

    key = str(params.get("element", ""))
    named = next((e for e in el.elements_for(str(params.get("heading", ""))).elements if e.key == key), None)
    return named.name(lang) if named else key
