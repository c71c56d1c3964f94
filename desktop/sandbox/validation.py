"""Server-side validation with the client's own rules (``desktop.core.rules``): errors reject, warnings pass.

Date rules see the sandbox clock's today, so a trainer who moves the clock moves "today" for the rules too.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.rules import Issue, Severity, check_booking, check_declaration


def _jsonable(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def _field_error(issue: Issue) -> dict[str, Any]:
    return {
        "field": issue.field_path,
        "code": issue.rule_id,
        "params": {str(k): _jsonable(v) for k, v in dict(issue.params).items()},
    }


def check(
    document: ExportDeclaration | RailSeaBooking, today: date | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(errors, warnings) as field errors ``{field, code, params}``."""
    if isinstance(document, ExportDeclaration):
        issues = check_declaration(document, today)
    else:
        issues = check_booking(document, today)
    errors = [_field_error(i) for i in issues if i.severity is Severity.ERROR]
    warnings = [_field_error(i) for i in issues if i.severity is not Severity.ERROR]
    return errors, warnings
