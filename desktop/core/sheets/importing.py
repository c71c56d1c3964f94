"""Sheets -> an :class:`ImportPreview`: the header mapping, the goods lines, shipment fields and every cell error.

Nothing is saved here. A workbook may hold an invoice sheet and a packing list sheet: each sheet with a goods
header row gives rows, and the rows of later sheets are joined to the first sheet's by item number, else by
position when the counts agree, else by goods name. Values above a sheet's header row (``Invoice No.: ...``,
``合同号`` next to its value) fill shipment fields. Each line is then checked with the shipment rules, and an
error on a line field is reported at the cell it came from; a preview with errors gives no lines unless the bad
rows are skipped.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from desktop.core.messages import error_message
from desktop.core.model.fields import FieldSpec, field_specs
from desktop.core.model.master import Party
from desktop.core.model.shipment import GoodsLine, Shipment
from desktop.core.rules import Issue, Severity, check_shipment
from desktop.core.rules import message as rule_message
from desktop.core.sheets import convert
from desktop.core.sheets.cells import CellValue, Sheet, cell_ref, read_sheets, text_of
from desktop.core.sheets.errors import SheetError
from desktop.core.sheets.headers import LINE_NUMBER, Vocabulary, fold_header, goods_vocabulary, shipment_vocabulary
from desktop.core.sheets.safety import DEFAULT_LIMITS, Limits

HEADER_SCAN_ROWS = 40
NAME_FIELDS = ("name_zh", "name_en")


@dataclass(frozen=True, slots=True)
class CellError:
    """One problem of one cell: a value that cannot be read, or a rule the value breaks."""

    sheet: str
    cell: str
    row: int  # 1-based, as the spreadsheet numbers it
    field: str
    code: str
    params: dict[str, Any]
    rule: bool = False

    def message(self, lang: str) -> str:
        if self.rule:
            return rule_message(Issue(self.code, self.field, Severity.ERROR, self.params), lang)
        return error_message(self.code, self.params, lang)


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a sheet's header row and the field it fills (None: not imported)."""

    index: int
    header: str
    field: str | None

    @property
    def letter(self) -> str:
        return cell_ref(0, self.index)[:-1]


@dataclass(slots=True)
class SheetMapping:
    sheet: str
    header_row: int | None  # 1-based; None: the sheet has no goods table
    columns: list[Column] = field(default_factory=list)

    @property
    def mapped(self) -> dict[str, Column]:
        return {c.field: c for c in self.columns if c.field}


@dataclass(slots=True)
class ImportRow:
    """One goods line of the import with the cells it came from and its errors."""

    sheet: str
    row: int
    values: dict[str, Any] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict)  # field -> "B7" (sheet-qualified when joined)
    errors: list[CellError] = field(default_factory=list)
    line_no: str = ""
    line: GoodsLine | None = None
    decimal_comma: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(slots=True)
class ImportPreview:
    """What an import would do, before it does anything."""

    source: str
    sheets: list[SheetMapping]
    rows: list[ImportRow]
    fields: dict[str, Any] = field(default_factory=dict)
    field_cells: dict[str, str] = field(default_factory=dict)
    field_errors: list[CellError] = field(default_factory=list)

    @property
    def errors(self) -> list[CellError]:
        return [*self.field_errors, *(e for r in self.rows for e in r.errors)]

    @property
    def bad_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.errors]

    @property
    def clean(self) -> bool:
        return not self.errors

    def lines(self, *, skip_bad: bool = False) -> list[GoodsLine]:
        """The goods lines; refused (``sheet.not_clean``) while a row has errors, unless they are skipped."""
        bad = self.bad_rows
        if bad and not skip_bad:
            raise SheetError("sheet.not_clean", file=self.source, count=len(bad))
        return [r.line.model_copy(deep=True) for r in self.rows if r.ok and r.line is not None]

    def apply(self, shipment: Shipment, *, skip_bad: bool = False, append: bool = False) -> Shipment:
        """A copy of ``shipment`` with the imported goods (replacing its lines, or after them) and fields.

        Shipment fields found in the file are set; the header totals (packages, weights) are the sums of the
        lines when every line has them and the shipment has none.
        """
        if self.field_errors and not skip_bad:
            raise SheetError("sheet.not_clean", file=self.source, count=len(self.bad_rows) + 1)
        lines = self.lines(skip_bad=skip_bad)
        data = shipment.model_dump()
        data["goods"] = [ln.model_dump() for ln in ([*shipment.goods, *lines] if append else lines)]
        for name, value in self.fields.items():
            if "." in name:  # consignee.name
                head, tail = name.split(".", 1)
                data[head] = {**(data.get(head) or {}), tail: value}
            else:
                data[name] = value
        out = Shipment.model_validate(data)
        goods = out.goods
        for total_name, line_name in (("gross_weight", "gross_weight"), ("net_weight", "net_weight"),
                                      ("package_count", "packages")):
            values = [getattr(ln, line_name) for ln in goods]
            if getattr(out, total_name) is None and goods and all(v is not None for v in values):
                setattr(out, total_name, sum(values) if total_name != "package_count" else int(sum(values)))
        return out


# --- reading ----------------------------------------------------------------------------------------------


def preview_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> ImportPreview:
    """Read ``path`` (XLSX or CSV, checked for safety first) into a preview; raises :class:`SheetError`."""
    sheets = read_sheets(path, limits)
    return preview_sheets(sheets, source=str(path))


def preview_sheets(sheets: list[Sheet], source: str = "") -> ImportPreview:
    vocab = goods_vocabulary()
    mappings: list[SheetMapping] = []
    groups: list[list[ImportRow]] = []
    preview = ImportPreview(source, mappings, [])
    for sheet in sheets:
        mapping = find_header(sheet, vocab)
        mappings.append(mapping)
        if mapping.header_row is None:
            continue
        _header_fields(sheet, mapping.header_row - 1, preview)
        groups.append(_rows(sheet, mapping, vocab))
    if not groups:
        raise SheetError("sheet.no_header", file=source)
    rows = groups[0]
    for extra in groups[1:]:
        rows = _join(rows, extra)
    if not rows:
        raise SheetError("sheet.no_rows", file=source)
    preview.rows = rows
    for row in rows:
        _build_line(row)
    _check_lines(rows)
    return preview


def find_header(sheet: Sheet, vocab: Vocabulary) -> SheetMapping:
    """The row among the first rows of ``sheet`` that names the most goods fields (at least two, one a name,
    quantity or commodity code)."""
    best: SheetMapping = SheetMapping(sheet.name, None)
    best_count = 1
    for r, values in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        columns: list[Column] = []
        taken: set[str] = set()
        for c, value in enumerate(values):
            if not isinstance(value, str):
                continue
            name = vocab.field_for(value)
            if name in taken:
                name = None  # a second column with the same meaning is not imported
            if name:
                taken.add(name)
            columns.append(Column(c, value, name))
        real = taken - {LINE_NUMBER}
        if len(real) > best_count and real & {"name_zh", "name_en", "quantity", "commodity_code"}:
            best, best_count = SheetMapping(sheet.name, r + 1, columns), len(real)
    return best


def _header_fields(sheet: Sheet, header_index: int, preview: ImportPreview) -> None:
    """Shipment fields written above the table: ``Invoice No.: INV-1`` in one cell or label then value."""
    vocab = shipment_vocabulary()
    for r in range(header_index):
        values = sheet.rows[r]
        for c, value in enumerate(values):
            if not isinstance(value, str):
                continue
            label, _, rest = value.replace("：", ":").partition(":")
            name = vocab.field_for(label)
            if name is None or name in preview.fields:
                continue
            raw: CellValue = rest.strip() or None
            where = cell_ref(r, c)
            if raw is None:
                for k in range(c + 1, len(values)):
                    if values[k] is not None:
                        raw, where = values[k], cell_ref(r, k)
                        break
            if raw is None:
                continue
            cell = f"{sheet.name}!{where}"
            try:
                model, spec = shipment_field(name)
                preview.fields[name] = _convert(model, spec, raw, sheet.decimal_comma)
                preview.field_cells[name] = cell
            except convert.CellProblem as problem:
                preview.field_errors.append(CellError(sheet.name, where, r + 1, name, problem.code,
                                                      {**problem.params, "cell": cell}))


def shipment_field(name: str) -> tuple[type[BaseModel], FieldSpec]:
    """The model and definition of a shipment field read from the header cells (``consignee.name`` too)."""
    if "." in name:
        return Party, field_specs(Party)[name.split(".", 1)[1]]
    return Shipment, field_specs(Shipment)[name]


def _is_totals(values: list[CellValue], mapping: SheetMapping, vocab: Vocabulary) -> bool:
    names = {c.index for c in mapping.columns if c.field in NAME_FIELDS}
    for c, value in enumerate(values):
        if not isinstance(value, str):
            continue
        folded = fold_header(value)
        if folded in vocab.totals:
            return True
        if c not in names and any(folded.startswith(t) for t in vocab.totals):
            return True
    return False


def _rows(sheet: Sheet, mapping: SheetMapping, vocab: Vocabulary) -> list[ImportRow]:
    assert mapping.header_row is not None
    out: list[ImportRow] = []
    mapped = [c for c in mapping.columns if c.field]
    for r in range(mapping.header_row, len(sheet.rows)):
        values = sheet.rows[r]
        if not any(sheet.value(r, c.index) is not None for c in mapped):
            continue
        if _is_totals(values, mapping, vocab):
            break
        row = ImportRow(sheet.name, r + 1, decimal_comma=sheet.decimal_comma)
        for c in mapped:
            assert c.field is not None
            value = sheet.value(r, c.index)
            if c.field == LINE_NUMBER:
                row.line_no = text_of(value)
                continue
            row.cells[c.field] = cell_ref(r, c.index)
            if value is not None:
                row.values[c.field] = value
        out.append(row)
    return out


def _name_key(row: ImportRow) -> str:
    for name in NAME_FIELDS:
        if name in row.values:
            return fold_header(text_of(row.values[name]))
    return ""


def _join(first: list[ImportRow], extra: list[ImportRow]) -> list[ImportRow]:
    """Join the rows of a further sheet (packing list) to the rows so far (invoice)."""
    if all(r.line_no for r in first + extra):
        by_no = {r.line_no: r for r in first}
        pairs = [(by_no.get(r.line_no), r) for r in extra]
    elif len(first) == len(extra):
        pairs = list(zip(first, extra, strict=True))
    else:
        by_name = {_name_key(r): r for r in first if _name_key(r)}
        pairs = [(by_name.get(_name_key(r)), r) for r in extra]
    out = list(first)
    for target, row in pairs:
        if target is None:
            out.append(row)
            continue
        for name, value in row.values.items():
            if name not in target.values:
                target.values[name] = value
                target.cells[name] = f"{row.sheet}!{row.cells[name]}"
            elif text_of(target.values[name]) != text_of(value) and not _same_number(target.values[name], value):
                target.errors.append(CellError(
                    row.sheet, row.cells[name], row.row, name, "cell.conflict",
                    {"value": text_of(value), "other": text_of(target.values[name]), "sheet": target.sheet},
                ))
        for name, ref in row.cells.items():
            target.cells.setdefault(name, f"{row.sheet}!{ref}")
    return out


def _same_number(a: CellValue, b: CellValue) -> bool:
    try:
        return convert.to_decimal(a) == convert.to_decimal(b)
    except convert.CellProblem:
        return False


def _kind(model: type[BaseModel], name: str) -> type:
    annotation = model.model_fields[name].annotation
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    found = args[0] if args else annotation
    return found if isinstance(found, type) else str


def _convert(model: type[BaseModel], spec: FieldSpec, value: CellValue, decimal_comma: bool = False) -> Any:
    kind = _kind(model, spec.name)
    if kind is Decimal:
        return convert.to_decimal(value, decimal_comma)
    if kind is int:
        return convert.to_int(value, decimal_comma)
    if kind is date:
        return convert.to_date(value)
    if spec.name == "commodity_code":
        return convert.to_commodity_code(value)
    if spec.code_table == "unit":
        return convert.to_unit(value)
    if spec.code_table in ("country", "currency", "incoterm", "package_type"):
        return convert.to_code(value, spec.code_table)
    return text_of(value)


def _where(row: ImportRow, name: str) -> tuple[str, str]:
    """(sheet, cell) of a field of ``row``; a cell of another sheet is written ``Sheet!B7``."""
    ref = row.cells.get(name) or next(iter(row.cells.values()), f"A{row.row}")
    if "!" in ref:
        sheet, cell = ref.split("!", 1)
        return sheet, cell
    return row.sheet, ref


def _build_line(row: ImportRow) -> None:
    specs = field_specs(GoodsLine)
    data: dict[str, Any] = {}
    for name, value in row.values.items():
        try:
            data[name] = _convert(GoodsLine, specs[name], value, row.decimal_comma)
        except convert.CellProblem as problem:
            sheet, cell = _where(row, name)
            row.errors.append(CellError(sheet, cell, row.row, name, problem.code, dict(problem.params)))
    if not any(data.get(n) for n in NAME_FIELDS):
        name = next((n for n in NAME_FIELDS if n in row.cells), "name_zh")
        sheet, cell = _where(row, name)
        row.errors.append(CellError(sheet, cell, row.row, name, "cell.no_name", {}))
    row.line = GoodsLine.model_validate(data)


def _check_lines(rows: list[ImportRow]) -> None:
    """Errors the shipment rules find on each line, at the cells the values came from. A field the file has
    no column for is not reported here (the editor reports it after the import)."""
    lines = [r.line if r.line is not None else GoodsLine() for r in rows]
    issues = check_shipment(Shipment(goods=lines))
    for issue in issues:
        if not issue.is_error or not issue.field_path.startswith("goods."):
            continue
        parts = issue.field_path.split(".")
        if len(parts) < 3 or not parts[1].isdigit():
            continue
        row, name = rows[int(parts[1])], parts[2]
        if name not in row.cells or any(e.field == name for e in row.errors):
            continue
        sheet, cell = _where(row, name)
        row.errors.append(CellError(sheet, cell, row.row, name, issue.rule_id, dict(issue.params), rule=True))
