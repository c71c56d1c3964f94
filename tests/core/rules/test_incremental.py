"""The incremental checker agrees with a full check after any sequence of single-field edits."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.model.declaration import (
    Attachment,
    DeclarationContainer,
    DeclarationItem,
    ExportDeclaration,
)
from desktop.core.model.paths import set_path
from desktop.core.rules import DeclarationChecker, check_declaration
from tests.core.rules.conftest import TODAY, baseline_declaration
from tests.core.rules.strategies import field_value, models

HEADER_FIELDS = [n for n in ExportDeclaration.model_fields if n not in ("items", "containers", "attachments")]
ITEM_FIELDS = list(DeclarationItem.model_fields)
BOX_FIELDS = list(DeclarationContainer.model_fields)


@st.composite
def edits(draw: st.DrawFn, decl: ExportDeclaration) -> tuple[str, Any]:
    """One edit: a path and the value to put there (or a structural change of the item list)."""
    kind = draw(st.sampled_from(["header", "header", "item", "item", "item", "container", "attachments", "items"]))
    if kind == "header":
        name = draw(st.sampled_from(HEADER_FIELDS))
        return name, draw(field_value(ExportDeclaration, name))
    if kind == "item" and decl.items:
        index = draw(st.integers(0, len(decl.items) - 1))
        name = draw(st.sampled_from(ITEM_FIELDS))
        return f"items.{index}.{name}", draw(field_value(DeclarationItem, name))
    if kind == "container" and decl.containers:
        index = draw(st.integers(0, len(decl.containers) - 1))
        name = draw(st.sampled_from(BOX_FIELDS))
        return f"containers.{index}.{name}", draw(field_value(DeclarationContainer, name))
    if kind == "attachments":
        return "attachments", draw(st.lists(models(Attachment), max_size=2))
    return "items", draw(st.lists(models(DeclarationItem), max_size=3))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_incremental_equals_full_check(data: st.DataObject) -> None:
    decl = baseline_declaration()
    checker = DeclarationChecker(decl, TODAY)
    assert checker.issues == []
    for _ in range(data.draw(st.integers(1, 12))):
        path, value = data.draw(edits(decl))
        assert set_path(decl, path, value), path
        incremental = checker.update(decl, path)
        assert incremental == check_declaration(decl, TODAY), path
        assert checker.issues == incremental


def test_item_edit_reruns_only_that_item() -> None:
    decl = baseline_declaration()
    checker = DeclarationChecker(decl, TODAY)
    decl.items[1].total = None
    decl.items[0].unit = "999"  # changed but not reported: the checker must not look at item 0
    issues = checker.update(decl, "items.1.total")
    assert [(i.rule_id, i.field_path) for i in issues] == [("decl.required", "items.1.total")]
    assert [(i.rule_id, i.field_path) for i in checker.update(decl, "items.0.unit")] == [
        ("decl.unknown_code", "items.0.unit"),
        ("decl.required", "items.1.total"),
    ]


def test_header_edit_reaches_the_items_that_read_it() -> None:
    decl = baseline_declaration()
    checker = DeclarationChecker(decl, TODAY)
    decl.currency = "EUR"
    paths = [i.field_path for i in checker.update(decl, "currency") if i.rule_id == "item.currency_mismatch"]
    assert paths == ["items.0.currency", "items.1.currency"]
    decl.currency = "USD"
    assert checker.update(decl, "currency") == []


def test_unknown_path_falls_back_to_a_full_check() -> None:
    decl = baseline_declaration()
    checker = DeclarationChecker(decl, TODAY)
    decl.contr_no = ""
    decl.items.append(decl.items[0].model_copy(update={"g_no": 3}))
    issues = checker.update(decl, "no.such.path")
    assert issues == check_declaration(decl, TODAY) and issues
