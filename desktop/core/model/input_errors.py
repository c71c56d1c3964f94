"""What was wrong with unreadable input, as codes a user can be told in their language.

pydantic's and the JSON decoder's own texts are English ("Input should be a valid decimal", "Expecting value");
here each becomes a message code (``input.*``, ``json.*``) with the field's label source from the field
definitions, so the CLI and the UI say "数量 (shipment.goods.0.quantity) 必须是数字" instead.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from desktop.core.model.fields import field_specs

#: English sources of the reasons; ``{label}`` is the field's translated label.
MESSAGES: dict[str, str] = {
    "input.number": "{label} must be a number (for example 1200 or 18.50).",
    "input.integer": "{label} must be a whole number.",
    "input.text": "{label} must be text.",
    "input.date": "{label} must be a date written YYYY-MM-DD.",
    "input.datetime": "{label} must be a date and time written YYYY-MM-DDTHH:MM.",
    "input.boolean": "{label} must be true or false.",
    "input.missing": "{label} is missing.",
    "input.choice": "{label} must be one of: {allowed}.",
    "input.unknown_field": "{label} is not a field of this document.",
    "input.object": "{label} must be a group of fields (a JSON object).",
    "input.list": "{label} must be a list.",
    "input.too_long": "{label} is too long.",
    "input.kind_member_missing": "The file says it is a {kind} but has no {kind} part.",
    "input.newer_version": "The file's format version {version} is newer than this program reads ({supported}).",
    "input.invalid": "{label} has a value that cannot be read.",
    "json.expecting_value": "a value is expected here.",
    "json.expecting_name": "a field name in double quotes is expected here.",
    "json.expecting_comma": "a comma is missing here.",
    "json.expecting_colon": "a colon is missing here.",
    "json.unterminated_string": "a text value is not closed with a double quote.",
    "json.extra_data": "there is more after the end of the data.",
    "json.control_character": "a text value holds a line break or another control character.",
    "json.bad_escape": "a backslash escape is not valid.",
    "json.encoding": "the file is not UTF-8 text.",
    "json.invalid": "the text is not valid JSON here.",
}

_TYPES: dict[str, str] = {
    "decimal_parsing": "input.number", "decimal_type": "input.number", "float_parsing": "input.number",
    "float_type": "input.number", "finite_number": "input.number", "decimal_max_digits": "input.number",
    "decimal_max_places": "input.number", "decimal_whole_digits": "input.number",
    "int_parsing": "input.integer", "int_type": "input.integer", "int_from_float": "input.integer",
    "string_type": "input.text", "string_too_long": "input.too_long",
    "date_parsing": "input.date", "date_type": "input.date", "date_from_datetime_parsing": "input.date",
    "date_from_datetime_inexact": "input.date",
    "datetime_parsing": "input.datetime", "datetime_type": "input.datetime",
    "datetime_from_date_parsing": "input.datetime",
    "bool_parsing": "input.boolean", "bool_type": "input.boolean",
    "missing": "input.missing", "enum": "input.choice", "literal_error": "input.choice",
    "extra_forbidden": "input.unknown_field", "model_type": "input.object", "model_attributes_type": "input.object",
    "dict_type": "input.object", "list_type": "input.list", "tuple_type": "input.list",
    "kind_member_missing": "input.kind_member_missing", "newer_version": "input.newer_version",
}

_JSON: tuple[tuple[str, str], ...] = (
    ("Expecting value", "json.expecting_value"),
    ("Expecting property name", "json.expecting_name"),
    ("Expecting ',' delimiter", "json.expecting_comma"),
    ("Expecting ':' delimiter", "json.expecting_colon"),
    ("Unterminated string", "json.unterminated_string"),
    ("Extra data", "json.extra_data"),
    ("Invalid control character", "json.control_character"),
    ("Invalid \\escape", "json.bad_escape"),
    ("Invalid \\uXXXX escape", "json.bad_escape"),
)


def json_reason(exc: json.JSONDecodeError | UnicodeDecodeError) -> dict[str, Any]:
    """``line``, ``column`` and ``reason_code`` of a decoding error."""
    if isinstance(exc, UnicodeDecodeError):
        return {"line": 0, "column": 0, "reason_code": "json.encoding"}
    code = next((c for prefix, c in _JSON if exc.msg.startswith(prefix)), "json.invalid")
    return {"line": exc.lineno, "column": exc.colno, "reason_code": code}


def label_for(model: type[BaseModel], loc: Sequence[str | int]) -> str:
    """The English label source of the field at ``loc`` under ``model`` (list indexes skipped); the last
    name itself when the path leaves the models."""
    current: Any = model
    label = ""
    for part in loc:
        if isinstance(part, int) or not isinstance(current, type) or not issubclass(current, BaseModel):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return label or str(part)
        spec = field_specs(current).get(part)
        label = spec.label if spec is not None else str(part)
        current = _inner_model(field.annotation)
    return label or ".".join(str(p) for p in loc)


def _inner_model(annotation: Any) -> Any:
    """The model class inside ``X | None``, ``list[X]``, ``tuple[X, ...]`` (or None)."""
    stack = [annotation]
    while stack:
        item = stack.pop()
        if isinstance(item, type) and issubclass(item, BaseModel):
            return item
        origin = typing.get_origin(item)
        if origin is not None or isinstance(item, types.UnionType):
            stack.extend(typing.get_args(item))
    return None


def describe(model: type[BaseModel], errors: Sequence[Any]) -> list[dict[str, Any]]:
    """One ``{field, label, reason_code, reason_params, detail}`` per pydantic error (``detail`` keeps pydantic's
    English for logs and JSON consumers)."""
    out = []
    for error in errors:
        loc = [p for p in error.get("loc", ()) if isinstance(p, (str, int))]
        code = _TYPES.get(str(error.get("type", "")), "input.invalid")
        ctx = error.get("ctx") or {}
        params: dict[str, Any] = {}
        if code == "input.choice":
            params["allowed"] = str(ctx.get("expected", "")).replace("'", "")
        elif code in ("input.kind_member_missing", "input.newer_version"):
            params.update({k: str(v) for k, v in ctx.items()})
            if code == "input.newer_version" and not loc:  # refused before the fields: it is about the version
                loc = ["version"]
        field = ".".join(str(p) for p in loc)
        out.append({"field": field, "label": label_for(model, loc), "reason_code": code,
                    "reason_params": params, "detail": str(error.get("msg", ""))})
    return out
