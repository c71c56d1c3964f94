"""Reads the sheets of a checked XLSX or CSV file as rows of cells that know their reference (``B7``).

Values stay as the file has them (text, number, date); turning them into field values is the importer's job.
CSV files are read as UTF-8 (with or without BOM), else GB18030 (what Chinese Excel saves), with the delimiter
sniffed from the first lines.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from desktop.core.sheets.errors import SheetError
from desktop.core.sheets.safety import DEFAULT_LIMITS, Limits, check_size, check_xlsx

CellValue = str | Decimal | int | date | datetime | None


@dataclass(slots=True)
class Sheet:
    """One sheet: its name and its rows (lists of values; row 1 of the file is ``rows[0]``)."""

    name: str
    rows: list[list[CellValue]] = field(default_factory=list)
    #: numbers written as text use a decimal comma and dots for thousands (a CSV saved with ``;``)
    decimal_comma: bool = False

    def value(self, row: int, column: int) -> CellValue:
        """The value at 0-based ``row`` and ``column`` (None past the end)."""
        if row >= len(self.rows) or column >= len(self.rows[row]):
            return None
        return self.rows[row][column]


def cell_ref(row: int, column: int) -> str:
    """``B7`` for 0-based row 6, column 1."""
    return f"{get_column_letter(column + 1)}{row + 1}"


def text_of(value: CellValue) -> str:
    """A cell as text, the way it reads in the sheet (numbers without a float tail)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return str(value).strip()


def _clean(value: Any) -> CellValue:
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, int | Decimal | date):
        return value
    return str(value)


def read_sheets(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Sheet]:
    """Every sheet of an XLSX workbook or the one sheet of a CSV file, after the safety checks."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return [read_csv(path, limits)]
    if suffix in (".xls",):
        raise SheetError("sheet.not_a_workbook", file=str(path))
    return read_xlsx(path, limits)


def read_xlsx(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Sheet]:
    check_xlsx(path, limits)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises anything from KeyError to TypeError on a damaged file
        raise SheetError("sheet.damaged", file=str(path), detail=type(exc).__name__) from None
    sheets: list[Sheet] = []
    try:
        for ws in book.worksheets:
            sheet = Sheet(ws.title)
            for values in ws.iter_rows(values_only=True):
                if len(sheet.rows) >= limits.max_rows:
                    raise SheetError("sheet.too_many_rows", file=str(path), sheet=ws.title, limit=limits.max_rows)
                row = [_clean(v) for v in values[: limits.max_columns + 1]]
                while row and row[-1] is None:
                    row.pop()
                if len(row) > limits.max_columns:
                    raise SheetError("sheet.too_many_columns", file=str(path), sheet=ws.title,
                                     limit=limits.max_columns)
                sheet.rows.append(row)
            while sheet.rows and not sheet.rows[-1]:
                sheet.rows.pop()
            sheets.append(sheet)
    finally:
        book.close()
    return sheets


def read_csv(path: Path, limits: Limits = DEFAULT_LIMITS) -> Sheet:
    check_size(path, limits)
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise SheetError("sheet.not_a_workbook", file=str(path))
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SheetError("sheet.encoding", file=str(path))
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    sheet = Sheet(path.stem, decimal_comma=getattr(dialect, "delimiter", ",") == ";")
    try:
        for values in csv.reader(io.StringIO(text, newline=""), dialect):
            if len(sheet.rows) >= limits.max_rows:
                raise SheetError("sheet.too_many_rows", file=str(path), sheet=path.stem, limit=limits.max_rows)
            if len(values) > limits.max_columns:
                raise SheetError("sheet.too_many_columns", file=str(path), sheet=path.stem,
                                 limit=limits.max_columns)
            row: list[CellValue] = [v.strip() or None for v in values]
            while row and row[-1] is None:
                row.pop()
            sheet.rows.append(row)
    except csv.Error as exc:
        raise SheetError("sheet.damaged", file=str(path), detail=str(exc)) from None
    while sheet.rows and not sheet.rows[-1]:
        sheet.rows.pop()
    return sheet
