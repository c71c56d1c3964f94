"""The HS lookup of an editor's goods table: fill a line's code, units and elements, remember them on the product."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from desktop.ui.editors.table import TableEditor


def hs_lookup(owner: Any, editor: TableEditor, code_column: str, dialog: Any = None) -> bool:
    """Pick an HS 2022 subheading or one of the company's products for the current line."""
    from desktop.ui.hslookup import HsLookupDialog

    row = editor.current_row()
    if row < 0:
        row = editor.table.add_row()
    line = editor.table.rows[row]
    company = str(getattr(owner.document, "company_id", ""))
    if dialog is None:
        dialog = HsLookupDialog(owner.ctx, company, str(getattr(line, code_column, "")), owner)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    picked = dialog.choice()
    if picked is None:
        return False
    kind, value = picked
    if kind == "hs":
        fill_classification(owner, editor, row, code_column, value)
        return True
    if code_column == "code_ts":  # a declaration item: the product's code and elements in its own columns
        fill_classification(owner, editor, row, code_column, value)
    for name in (
        "commodity_code",
        "name_zh",
        "name_en",
        "declaration_elements",
        "unit",
        "legal_unit_1",
        "unit_price",
        "origin_country",
    ):
        source = {"unit": "declared_unit"}.get(name, name)
        if name in editor.table.names and getattr(value, source, None) not in (None, ""):
            editor.table.setData(
                editor.table.index(row, editor.table.names.index(name)), str(getattr(value, source))
            )
    if hasattr(line, "product_id"):
        line.product_id = value.id
    remember_classification(owner, value)
    return True

def fill_suggestion(owner: Any, editor: TableEditor, row: int, code_column: str, candidate: Any) -> QDialog | None:
    """A code offered under a goods name: its 10 digits, legal units and, from the company's history, the
    elements used last time. Where the supplementary digits of a tariff line are not known, the user is asked
    first (the dialog returned; nothing is filled if it is cancelled)."""
    from desktop.ui.hsuggest import ten_digits

    code = ten_digits(candidate)
    if code:
        _fill_suggested(owner, editor, row, code_column, candidate, code)
        return None
    if not (len(candidate.code) == 8 and candidate.code.isdigit()):
        return None
    from desktop.ui.hsupplement import SupplementDialog

    dialog = SupplementDialog(candidate, owner)
    dialog.accepted.connect(
        lambda: _fill_suggested(owner, editor, row, code_column, candidate, dialog.code())
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _fill_suggested(owner: Any, editor: TableEditor, row: int, code_column: str, candidate: Any, code: str) -> None:
    from desktop.ui.hslookup import HsChoice

    if 0 <= row < editor.table.rowCount() and code:
        choice = HsChoice(code, candidate.unit1, candidate.unit2, candidate.elements, "", "")
        fill_classification(owner, editor, row, code_column, choice)


def fill_classification(owner: Any, editor: TableEditor, row: int, code_column: str, value: Any) -> None:
    """The 10-digit code, legal units and declaration elements (规格型号) of an HS lookup choice."""
    names = editor.table.names
    elements = "g_model" if "g_model" in names else "declaration_elements"
    code = getattr(value, "code", None) or getattr(value, "commodity_code", "")
    fills = {code_column: code, elements: getattr(value, "elements", None)
             or getattr(value, "declaration_elements", "")}
    for name in ("unit1", "unit2"):
        if getattr(value, name, ""):
            fills["legal_unit_" + name[-1]] = getattr(value, name)
    for name, text in fills.items():
        if name in names and text:
            editor.table.setData(editor.table.index(row, names.index(name)), str(text))
    line = editor.table.rows[row]
    product_id = str(getattr(line, "product_id", "") or "")
    if product_id and code:  # remembered on the product for the next time
        product = owner.ctx.backend.product(str(getattr(owner.document, "company_id", "")), product_id)
        if product is not None:
            remember_classification(owner,
                product.model_copy(update={"commodity_code": code, "declaration_elements": fills[elements]})
            )

def remember_classification(owner: Any, product: Any) -> None:
    """Save a product's code and elements as chosen in the HS lookup (master data remembers them)."""
    company = str(getattr(owner.document, "company_id", ""))
    stored = owner.ctx.backend.product(company, product.id) if company and product.id else None
    if stored is None:
        return
    if (stored.commodity_code, stored.declaration_elements) != (
        product.commodity_code, product.declaration_elements
    ):
        owner.ctx.backend.save_product(company, stored.model_copy(update={
            "commodity_code": product.commodity_code, "declaration_elements": product.declaration_elements,
        }))
