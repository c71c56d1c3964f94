"""What editor a model field needs, read from its type annotation (no Qt here)."""

from __future__ import annotations

import types
import typing
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from pydantic import BaseModel

from desktop.core.numbers import parse_decimal

__all__ = ["field_kind", "from_text", "parse_decimal"]


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


def from_text(kind: str, text: str, decimal_comma: bool = False) -> Any:
    """Parse what the user typed; an unparsable number or date gives None (the rules report it).
    ``decimal_comma``: the UI language writes a decimal comma, so ``12,5`` means 12.5."""
    text = text.strip()
    if kind == "str":
        return text
    if not text:
        return None
    try:
        if kind == "int":
            return int(text)
        if kind == "decimal":
            return parse_decimal(text, decimal_comma)
        if kind == "date":
            return date.fromisoformat(text)
    except (ValueError, InvalidOperation):
        return None
    return text
