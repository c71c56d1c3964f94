"""Hypothesis strategies building arbitrary models field by field from their annotations: empty, huge,
unicode, negative and None values, mixed with valid codes so the rules past the format checks run too."""

from __future__ import annotations

import types
import typing
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel

from desktop.core.codes import table
from desktop.core.model.fields import field_specs

TEXT = st.one_of(
    st.just(""),
    st.text(max_size=12),
    st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXYZ", min_size=1, max_size=20),
    st.text(min_size=200, max_size=600),
    st.sampled_from(["N/M", "NO", "重庆", "Hải Phòng", "CSQU3054383", "91500112MA60ABCD0D", "8714100090", " x "]),
)
DECIMALS = st.one_of(
    st.decimals(min_value=-1000, max_value=100000, places=2),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.sampled_from([Decimal("0"), Decimal("0.5"), Decimal("1E+999999"), Decimal("-1E-999999")]),
)


def _strip(value: str) -> str:
    return value.strip()


def text_for(model: type[BaseModel], name: str) -> st.SearchStrategy[str]:
    spec = field_specs(model).get(name)
    if spec is not None and spec.code_table and spec.code_table != "hs":
        codes = [e.code for e in table(spec.code_table)][:60]
        return st.one_of(st.sampled_from(codes), TEXT).map(_strip)
    if spec is not None and spec.code_table == "hs":
        return st.one_of(st.sampled_from(["8714100090", "871410", "0000000000", "6911101000"]), TEXT).map(_strip)
    return TEXT.map(_strip)


def for_annotation(annotation: Any, model: type[BaseModel], name: str, depth: int) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return st.one_of(st.none(), *(for_annotation(a, model, name, depth) for a in inner))
    if origin is list:
        (arg,) = args
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return st.lists(models(arg, depth + 1), max_size=3 if depth < 2 else 1) if depth < 3 else st.just([])
        if arg is int:
            return st.lists(st.integers(min_value=-3, max_value=60), max_size=5)
        return st.lists(text_for(model, name), max_size=3)
    if origin is dict:
        return st.just({})
    if origin is typing.Literal:
        return st.sampled_from(args)
    if annotation is str:
        return text_for(model, name)
    if annotation is bool:
        return st.booleans()
    if annotation is int:
        return st.one_of(st.integers(min_value=-5, max_value=300), st.integers())
    if annotation is Decimal:
        return DECIMALS
    if annotation is date:
        return st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1))
    if annotation is datetime:
        return st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1))
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return st.sampled_from(list(annotation))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return models(annotation, depth + 1)
    raise NotImplementedError(f"{model.__name__}.{name}: {annotation!r}")


def field_value(model: type[BaseModel], name: str, depth: int = 0) -> st.SearchStrategy[Any]:
    return for_annotation(model.model_fields[name].annotation, model, name, depth)


@cache
def models(model: type[BaseModel], depth: int = 0) -> st.SearchStrategy[Any]:
    """Arbitrary instances of ``model``: fields drawn from their annotations (unset ones keep defaults)."""
    fields = {name: field_value(model, name, depth) for name in model.model_fields}
    return st.fixed_dictionaries({}, optional=fields).map(lambda kw: model.model_validate(kw))
