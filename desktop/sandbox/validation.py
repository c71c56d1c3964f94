"""Server-side validation with the client's own rules (``desktop.core.rules``): errors reject, warnings pass.

Until the shared rules module exists a small stand-in checks required fields, lengths and patterns from the
single field definitions, so the server never accepts an empty declaration.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from types import ModuleType
from typing import Any

from pydantic import BaseModel

from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.fields import field_specs


def _rules() -> ModuleType | None:
    try:
        return importlib.import_module("desktop.core.rules")
    except ModuleNotFoundError as exc:
        if exc.name not in ("desktop.core.rules",):
            raise
        return None


def _severity(issue: Any) -> str:
    sev = getattr(issue, "severity", "error")
    return str(getattr(sev, "value", sev)).lower()


def _jsonable(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def check(document: ExportDeclaration | RailSeaBooking) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(errors, warnings) as field errors ``{field, code, params}``."""
    rules = _rules()
    name = "check_declaration" if isinstance(document, ExportDeclaration) else "check_booking"
    fn = getattr(rules, name, None) if rules is not None else None
    issues: Iterable[Any] = fn(document) if fn is not None else _fallback(document)
    errors: list[dict[str, Any]] = []
    warnings: list[dict[str, Any]] = []
    for issue in issues:
        params = getattr(issue, "params", {}) or {}
        entry = {
            "field": str(getattr(issue, "field_path", "")),
            "code": str(getattr(issue, "rule_id", "")),
            "params": {str(k): _jsonable(v) for k, v in dict(params).items()},
        }
        (errors if _severity(issue) == "error" else warnings).append(entry)
    return errors, warnings


class _Issue:
    def __init__(self, rule_id: str, field_path: str, **params: Any) -> None:
        self.rule_id = rule_id
        self.field_path = field_path
        self.params = params
        self.severity = "error"


def _fallback(model: BaseModel, prefix: str = "") -> list[_Issue]:
    issues: list[_Issue] = []
    for name, spec in field_specs(type(model)).items():
        value = getattr(model, name)
        path = f"{prefix}{name}"
        if isinstance(value, list):
            for i, member in enumerate(value):
                if isinstance(member, BaseModel):
                    issues.extend(_fallback(member, f"{path}.{i}."))
            continue
        if isinstance(value, BaseModel):
            issues.extend(_fallback(value, f"{path}."))
            continue
        empty = value is None or value == ""
        if spec.required and empty:
            issues.append(_Issue("field.required", path))
        elif isinstance(value, str) and value:
            if spec.max_length is not None and len(value) > spec.max_length:
                issues.append(_Issue("field.too_long", path, max=spec.max_length))
            elif spec.pattern is not None and not re.fullmatch(spec.pattern, value):
                issues.append(_Issue("field.pattern", path))
    return issues
