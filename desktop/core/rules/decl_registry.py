"""How the export declaration's rules are registered: the checking context, the header, item and container
rule lists with the fields each rule reads, and the decorators that fill them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.core.model.declaration import (
    DeclarationContainer,
    DeclarationItem,
    ExportDeclaration,
)
from desktop.core.rules.engine import (
    Issue,
    Severity,
    register,
    register_generic,
)

PREFIX = "decl"
USCC_FIELDS = ("trade_co_scc", "owner_code_scc", "agent_code_scc")

register_generic(PREFIX, "declaration")


@dataclass(frozen=True, slots=True)
class Context:
    today: date
    modes: dict[str, Any]


HeaderFn = Callable[[ExportDeclaration, Context, list[Issue]], None]
ItemFn = Callable[[DeclarationItem, int, ExportDeclaration, Context, list[Issue]], None]
ContainerFn = Callable[[DeclarationContainer, int, ExportDeclaration, Context, list[Issue]], None]


@dataclass(frozen=True, slots=True)
class Bound:
    id: str
    fn: Any
    header_deps: frozenset[str]  # header fields
    item_deps: frozenset[str]  # item fields (items.*.<name>)
    container_deps: frozenset[str]


HEADER: list[Bound] = []
ITEM: list[Bound] = []
CONTAINER: list[Bound] = []


def _split(depends: Iterable[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    header, items, boxes = set(), set(), set()
    for dep in depends:
        if dep.startswith("items.*."):
            items.add(dep[8:])
        elif dep.startswith("containers.*."):
            boxes.add(dep[13:])
        else:
            header.add(dep)
    return frozenset(header), frozenset(items), frozenset(boxes)


def _rule(
    target: list[Bound], scope: str, rule_id: str, severity: Severity, depends: tuple[str, ...]
) -> Callable[[Any], Any]:
    def wrap(fn: Any) -> Any:
        register(rule_id, severity, scope, depends)
        target.append(Bound(rule_id, fn, *_split(depends)))
        return fn

    return wrap


def header_rule(rule_id: str, severity: Severity, *depends: str) -> Callable[[HeaderFn], HeaderFn]:
    return _rule(HEADER, "declaration", rule_id, severity, depends)


def item_rule(rule_id: str, severity: Severity, *depends: str) -> Callable[[ItemFn], ItemFn]:
    return _rule(ITEM, "item", rule_id, severity, depends)


def container_rule(rule_id: str, severity: Severity, *depends: str) -> Callable[[ContainerFn], ContainerFn]:
    return _rule(CONTAINER, "container", rule_id, severity, depends)


def allowed_codes(ctx: Context, trade_mode: str, key: str) -> list[str] | None:
    """The codes of ``key`` (cut_modes, duty_modes) the supervision mode allows, or None for an unknown mode."""
    mode = ctx.modes.get(trade_mode)
    if mode is None:
        return None
    allowed: list[str] = mode[key]
    return allowed


E, W = Severity.ERROR, Severity.WARNING
