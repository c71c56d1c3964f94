"""Cell values -> field values (numbers, whole numbers, dates, codes), or the error code and params of the cell."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from desktop.core.codes import tables
from desktop.core.codes.tables import fold
from desktop.core.numbers import parse_decimal
from desktop.core.sheets.cells import CellValue, text_of
from desktop.core.sheets.headers import fold_header, unit_words

_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y.%m.%d", "%Y%m%d")
_CN_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_HS = re.compile(r"^[\d.\s]+$")


class CellProblem(Exception):
    """A cell that cannot become its field's value: ``code`` (an ``Error`` message) and ``params``."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


_DOT_THOUSANDS = re.compile(r"^[-+]?\d{1,3}(\.\d{3})+(,\d*)?$")


def to_decimal(value: CellValue, decimal_comma: bool = False) -> Decimal:
    """A number cell, or text as people write numbers; with ``decimal_comma`` ``1.200,5`` is 1200.5."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    text = text_of(value)
    if decimal_comma and _DOT_THOUSANDS.match(text.replace(" ", "")):
        text = text.replace(" ", "").replace(".", "")
    number = parse_decimal(text, decimal_comma) if not isinstance(value, date) else None
    if number is None:
        raise CellProblem("cell.not_a_number", value=text)
    return number


def to_int(value: CellValue, decimal_comma: bool = False) -> int:
    number = to_decimal(value, decimal_comma)
    if number != number.to_integral_value():
        raise CellProblem("cell.not_whole", value=text_of(value))
    return int(number)


def to_date(value: CellValue) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = text_of(value)
    match = _CN_DATE.match(text)
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            raise CellProblem("cell.not_a_date", value=text) from None
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise CellProblem("cell.not_a_date", value=text)


def to_commodity_code(value: CellValue) -> str:
    text = text_of(value)
    if not _HS.match(text):
        raise CellProblem("cell.bad_commodity_code", value=text)
    return re.sub(r"[.\s]", "", text)


def to_unit(value: CellValue) -> str:
    text = text_of(value)
    code = unit_words().get(fold_header(text))
    if code is None and text.isdigit():
        code = unit_words().get(text.zfill(3))
    if code is None:
        raise CellProblem("cell.unknown_unit", value=text)
    return code


def to_code(value: CellValue, table_name: str) -> str:
    """A code of ``table_name`` given as the code itself or as a name in any language."""
    text = text_of(value)
    table = tables.table(table_name)
    if text.upper() in table:
        return text.upper()
    if table_name == "country":
        import pycountry

        try:
            found = pycountry.countries.lookup(text)
        except LookupError:
            found = None
        if found is not None and found.alpha_3 in table:
            return str(found.alpha_3)
    wanted = fold(text)
    for entry in table:
        if wanted in (fold(entry.zh_CN), fold(entry.en), fold(entry.vi)):
            return entry.code
    if table_name == "incoterm" and text.split():
        first = text.split()[0].upper()  # "FOB SHANGHAI", "CIF Port Klang"
        if first in table:
            return first
    raise CellProblem(f"cell.unknown_{table_name}", value=text)
