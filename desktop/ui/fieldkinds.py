"""What editor a model field needs, read from its type annotation (no Qt here)."""

from __future__ import annotations

import re
import types
import typing
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from pydantic import BaseModel

from desktop.core.numbers import parse_decimal

__all__ = ["field_kind", "from_text", "parse_date", "parse_decimal", "unreadable"]


def field_kind(model: type[BaseModel], name: str) -> str:
    """One of ``str int decimal date bool enum model list``."""
    annotation = model.model_fields[name].annotation
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        annotation = args[0]
        origin = typing.get_origin(annotation)
    if origin is list:
        return "list"
    if annotation is bool:
        return "bool"
    if annotation is int:
        return "int"
    if annotation is Decimal:
        return "decimal"
    if annotation is date:
        return "date"
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "enum"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "model"
    return "str"


def enum_type(model: type[BaseModel], name: str) -> type[Enum]:
    annotation = model.model_fields[name].annotation
    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            return candidate
    raise TypeError(f"{model.__name__}.{name} is not an enum field")


def to_text(value: Any) -> str:
    """How a value shows in a line edit."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


_DATE_PARTS = re.compile(r"[./\-\s]+")


def parse_date(text: str, order: str = "ymd") -> date | None:
    """A date as people type it: ISO ``2026-12-10`` always; else day, month and year in the language's
    ``order`` (``dmy`` Vietnamese 10/12/2026, ``mdy`` US English 12/10/2026, ``ymd`` Chinese 2026/12/10) with
    ``/ . -`` or spaces between; a four-digit first part is always the year; ``20261210``. None if unreadable."""
    t = text.strip()
    compact = re.fullmatch(r"\d{8}", t)
    parts = [t[:4], t[4:6], t[6:]] if compact else [p for p in _DATE_PARTS.split(t) if p]
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    if len(parts[0]) == 4:
        order = "ymd"
    elif order == "ymd":  # a two-digit first part in a year-first language: not a date we can read
        return None
    values = dict(zip(order, (int(p) for p in parts), strict=True))
    year_text = parts[order.index("y")]
    if len(year_text) == 2:
        values["y"] += 2000
    elif len(year_text) != 4:
        return None
    try:
        return date(values["y"], values["m"], values["d"])
    except ValueError:
        return None


def from_text(kind: str, text: str, decimal_comma: bool = False, date_order: str = "ymd") -> Any:
    """Parse what the user typed; an unparsable number or date gives None (the rules report it).
    ``decimal_comma``: the UI language writes a decimal comma, so ``12,5`` means 12.5; ``date_order``: how the
    language writes dates (see :func:`parse_date`)."""
    text = text.strip()
    if kind == "str":
        return text
    if not text:
        return None
    try:
        if kind == "int":
            number = parse_decimal(text, decimal_comma)
            return int(number) if number is not None and number == number.to_integral_value() else None
        if kind == "decimal":
            return parse_decimal(text, decimal_comma)
        if kind == "date":
            return parse_date(text, date_order)
    except (ValueError, InvalidOperation):
        return None
    return text


def unreadable(kind: str, text: str, decimal_comma: bool = False, date_order: str = "ymd") -> bool:
    """True when ``text`` is not empty but cannot be read as a ``kind`` value (shown with an error, kept)."""
    if kind not in ("int", "decimal", "date") or not text.strip():
        return False
    return from_text(kind, text, decimal_comma, date_order) is None
