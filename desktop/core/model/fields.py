"""One definition per field: label, help, code table, format constraints and import column.

A model field is declared with :func:`spec_field`; everything else (forms, PDF labels, Excel import columns,
validation messages, the JSON Schema of the exchange format) reads the definition back with :func:`field_specs`.
Labels and help texts are English source strings translated through the ``Field`` catalogue context.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

LABEL_CONTEXT = "Field"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """Everything known about one field of one model."""

    name: str
    label: str
    help: str | None = None
    code_table: str | None = None
    max_length: int | None = None
    pattern: str | None = None
    required: bool = False
    column: str | None = None
    is_list: bool = False


def spec_field(
    label: str,
    *,
    default: Any = None,
    default_factory: Any = None,
    help: str | None = None,
    code: str | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
    required: bool = False,
    column: str | None = None,
) -> Any:
    """Declare a model field together with its single definition.

    ``required`` means required for submission; drafts may leave it empty (the rules report it).
    ``max_length`` and ``pattern`` are checked by the rules, not at parse time, so a draft is never refused.
    """
    extra: dict[str, Any] = {"x-label": label}
    if code:
        extra["x-code-table"] = code
    if max_length is not None:
        extra["x-max-length"] = max_length
    if pattern is not None:
        extra["x-pattern"] = pattern
    if required:
        extra["x-required"] = True
    if column:
        extra["x-column"] = column
    kwargs: dict[str, Any] = {"title": label, "json_schema_extra": extra}
    if help:
        kwargs["description"] = help
    if default_factory is not None:
        return Field(default_factory=default_factory, **kwargs)
    return Field(default=default, **kwargs)


class Model(BaseModel):
    """Base of every domain model: unknown keys are refused, strings are trimmed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_default=False, defer_build=True)


@cache
def field_specs(model: type[BaseModel]) -> dict[str, FieldSpec]:
    """The field definitions of ``model`` in declaration order."""
    specs: dict[str, FieldSpec] = {}
    for name, info in model.model_fields.items():
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        annotation = str(info.annotation)
        specs[name] = FieldSpec(
            name=name,
            label=str(extra.get("x-label", info.title or name)),
            help=info.description,
            code_table=_opt_str(extra.get("x-code-table")),
            max_length=_opt_int(extra.get("x-max-length")),
            pattern=_opt_str(extra.get("x-pattern")),
            required=bool(extra.get("x-required", False)),
            column=_opt_str(extra.get("x-column")),
            is_list=annotation.startswith("list["),
        )
    return specs


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _opt_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
