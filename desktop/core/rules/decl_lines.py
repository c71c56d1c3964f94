"""Goods-item and container rules of the export declaration: each sees one item or one container (and the
header fields it names in its dependencies).
"""

from __future__ import annotations

from desktop.core.model.declaration import (
    DeclarationContainer,
    DeclarationItem,
    ExportDeclaration,
)
from desktop.core.rules.decl_registry import (
    Context,
    E,
    allowed_codes,
    container_rule,
    item_rule,
)
from desktop.core.rules.engine import (
    ZERO,
    Issue,
    container_problem,
    fmt,
    issue,
    register,
    total_differs,
)

_POSITIVE_ITEM_FIELDS = ("quantity", "unit_price", "total", "legal_quantity_1", "legal_quantity_2")

# --- item rules ---


@item_rule("item.sequence", E, "items.*.g_no")
def _sequence(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if it.g_no != i + 1:
        out.append(issue("item.sequence", f"items.{i}.g_no", g_no=it.g_no, expected=i + 1))


@item_rule(
    "item.not_positive",
    E,
    "items.*.quantity",
    "items.*.unit_price",
    "items.*.total",
    "items.*.legal_quantity_1",
    "items.*.legal_quantity_2",
)
def _item_not_positive(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    values = it.__dict__
    for name in _POSITIVE_ITEM_FIELDS:
        value = values[name]
        if value is not None and value <= ZERO:
            out.append(issue("item.not_positive", f"items.{i}.{name}", value=fmt(value)))


@item_rule("item.total_mismatch", E, "items.*.quantity", "items.*.unit_price", "items.*.total")
def _item_total(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    expected = total_differs(it.quantity, it.unit_price, it.total)
    if expected is not None:
        out.append(
            issue(
                "item.total_mismatch",
                f"items.{i}.total",
                total=fmt(it.total),
                expected=fmt(expected),
                quantity=fmt(it.quantity),
                unit_price=fmt(it.unit_price),
            )
        )


@item_rule("item.currency_mismatch", E, "items.*.currency", "currency")
def _item_currency(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if it.currency and d.currency and it.currency != d.currency:
        out.append(issue("item.currency_mismatch", f"items.{i}.currency", currency=it.currency, header=d.currency))


@item_rule("item.legal_unit_incomplete", E, "items.*.legal_unit_2", "items.*.legal_quantity_2")
def _legal_2(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if it.legal_unit_2 and it.legal_quantity_2 is None:
        out.append(issue("item.legal_unit_incomplete", f"items.{i}.legal_quantity_2"))
    elif it.legal_quantity_2 is not None and not it.legal_unit_2:
        out.append(issue("item.legal_unit_incomplete", f"items.{i}.legal_unit_2"))


@item_rule("decl.mode_duty", E, "items.*.duty_mode", "trade_mode")
def _mode_duty(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    allowed = allowed_codes(ctx, d.trade_mode, "duty_modes")
    if allowed and it.duty_mode and it.duty_mode not in allowed:
        out.append(
            issue(
                "decl.mode_duty",
                f"items.{i}.duty_mode",
                trade_mode=d.trade_mode,
                duty_mode=it.duty_mode,
                allowed=", ".join(allowed),
            )
        )


# --- container rules ---


@container_rule("container.check_digit", E, "containers.*.number")
def _box_number(box: DeclarationContainer, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if not box.number:
        return
    problem = container_problem(box.number)
    if problem == "format":
        out.append(issue("container.format", f"containers.{i}.number", value=box.number[:40]))
    elif problem:
        out.append(issue("container.check_digit", f"containers.{i}.number", value=box.number))


register("container.format", E, "container", ("containers.*.number",))


@container_rule("container.unknown_item", E, "containers.*.items", "items")
def _box_items(box: DeclarationContainer, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    count = len(d.items)
    for n in box.items:
        if not 1 <= n <= count:
            out.append(issue("container.unknown_item", f"containers.{i}.items", item=n, count=count))
            return
