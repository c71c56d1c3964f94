"""Hypothesis strategies built from the pydantic models themselves: a new field is covered automatically."""

from __future__ import annotations

import types
import typing
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Literal

from hypothesis import strategies as st
from pydantic import BaseModel

#: What a person types: no surrogates and no control characters (exchange files refuse them) but tab and
#: line breaks.
CHARACTERS = st.characters(exclude_categories=("Cs", "Cc"), include_characters="\t\n\r")
TEXT = st.text(alphabet=CHARACTERS, max_size=12)
DECIMALS = st.decimals(
    min_value=Decimal("-1000000"), max_value=Decimal("1000000000"), places=3,
    allow_nan=False, allow_infinity=False,
)


def for_type(annotation: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """A strategy for values of ``annotation`` (the field types our models use)."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([for_type(a, depth) for a in args])
    if origin is Literal:
        return st.sampled_from(args)
    if origin is list:
        return st.lists(for_type(args[0], depth + 1), max_size=3 if depth < 2 else 1)
    if origin is dict:
        values = st.one_of(TEXT, st.integers(-10**6, 10**6),
                           st.floats(allow_nan=False, allow_infinity=False, width=32))
        return st.dictionaries(st.text(alphabet=CHARACTERS, min_size=1, max_size=8), values, max_size=3)
    if annotation is type(None):
        return st.none()
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return for_model(annotation, depth + 1)
        if issubclass(annotation, Enum):
            return st.sampled_from(list(annotation))
        if annotation is bool:
            return st.booleans()
        if annotation is int:
            return st.integers(-(10**9), 10**9)
        if annotation is str:
            return TEXT
        if annotation is Decimal:
            return DECIMALS
        if annotation is datetime:
            return st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1))
        if annotation is date:
            return st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
    raise TypeError(f"no strategy for {annotation!r}")


def for_model(model: type[BaseModel], depth: int = 0) -> st.SearchStrategy[Any]:
    """``st.builds`` over every field of ``model``; nested models and lists stay small."""
    fields = {name: for_type(info.annotation, depth) for name, info in model.model_fields.items()}
    return st.builds(model, **fields)
