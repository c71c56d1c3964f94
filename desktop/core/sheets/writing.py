"""XLSX out: any list, a shipment's goods and the import templates, with formula injection neutralised.

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (the OWASP CSV-injection
rule, full-width forms included) is written with a leading apostrophe and as a string, so Excel shows the text
and never runs it. Numbers and dates are written as numbers and dates. Files are written atomically.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.core import i18n
from desktop.core.model.fields import LABEL_CONTEXT, field_specs
from desktop.core.model.shipment import GoodsLine, Shipment
from desktop.core.sheets.errors import SheetError
from desktop.core.sheets.headers import template_headers

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
MAX_WIDTH = 60


def neutralise(text: str) -> str:
    """``text`` made safe for a spreadsheet cell (OWASP: prefix a formula trigger with an apostrophe)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell_value(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | Decimal | date | datetime):
        return value
    if hasattr(value, "value") and isinstance(value.value, str):  # enums: the stored code
        value = value.value
    return neutralise(str(value))


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str = "Sheet",
                notes: Sequence[tuple[str, str]] = ()) -> Path:
    """Write one sheet (bold frozen header row, fitted widths) and, with ``notes``, a second sheet of them."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Font

    book = Workbook(write_only=False)
    sheet = book.active
    assert sheet is not None
    sheet.title = _sheet_title(title)
    widths = [len(h) for h in headers]
    sheet.append([neutralise(h) for h in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in rows:
        cells: list[Any] = []
        for k, value in enumerate(values):
            v = _cell_value(value)
            cell = Cell(sheet, value=v)
            if isinstance(v, str):
                cell.data_type = "s"  # never a formula, whatever the text
            cells.append(cell)
            if k < len(widths):
                widths[k] = max(widths[k], len(str(v)) if v is not None else 0)
        sheet.append(cells)
    sheet.freeze_panes = "A2"
    from openpyxl.utils import get_column_letter

    for k, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(k + 1)].width = min(MAX_WIDTH, max(8, width + 2))
    if notes:
        info = book.create_sheet(_sheet_title("?" if not notes else notes[0][0]))
        for key, text in notes[1:]:
            info.append([neutralise(key), neutralise(text)])
        info.column_dimensions["A"].width = 28
        info.column_dimensions["B"].width = 90
    _save(book, path)
    return path


def _sheet_title(text: str) -> str:
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in text).strip("'") or "Sheet"
    return cleaned[:31]


def _save(book: Any, path: Path) -> None:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".xlsx.part", dir=path.parent)
        os.close(fd)
        try:
            book.save(tmp)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        raise SheetError("sheet.write_failed", file=str(path), detail=exc.strerror or str(exc)) from None


def goods_rows(goods: Sequence[GoodsLine]) -> list[list[Any]]:
    names = [name for name, _ in template_headers("en")]
    return [[getattr(line, name) for name in names] for line in goods]


def write_goods(shipment: Shipment, path: Path, lang: str) -> Path:
    """A shipment's goods lines, headed by the field labels in ``lang`` (the importer reads it back)."""
    headers = [label for _, label in template_headers(lang)]
    title = i18n.translate(LABEL_CONTEXT, "Goods lines", lang)
    return write_table(path, headers, goods_rows(shipment.goods), title=title)


def write_template(path: Path, lang: str) -> Path:
    """An empty goods sheet with the headers in ``lang``, and a second sheet saying what each column holds."""
    specs = field_specs(GoodsLine)
    headers = template_headers(lang)
    notes: list[tuple[str, str]] = [(i18n.translate("Sheets", "Columns", lang), "")]
    for name, label in headers:
        spec = specs[name]
        notes.append((label, i18n.translate(LABEL_CONTEXT, spec.help, lang) if spec.help else ""))
    title = i18n.translate(LABEL_CONTEXT, "Goods lines", lang)
    return write_table(path, [label for _, label in headers], [], title=title, notes=notes)
