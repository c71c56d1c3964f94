"""Validation rules: pure functions from a document to a list of :class:`Issue` (rule id, field path,
severity, parameters). Messages are English sources translated through the ``Rule`` context (:func:`message`).

Public API: :func:`check_declaration`, :func:`check_booking`, :func:`check_shipment`, :func:`check_company`,
:class:`DeclarationChecker` (incremental, one per open editor), :func:`message`, :data:`RULES`.
"""

from __future__ import annotations

from typing import Any

from desktop.core import formats, i18n
from desktop.core.model.fields import LABEL_CONTEXT
from desktop.core.rules import carrier as _carrier  # noqa: F401  (registers the carrier rules)
from desktop.core.rules import elements as _elements  # (registers the declaration-element warnings)
from desktop.core.rules import plausibility as _plausibility  # noqa: F401  (registers the plausibility warnings)
from desktop.core.rules.declaration import DeclarationChecker, check_declaration
from desktop.core.rules.documents import check_booking, check_company, check_shipment
from desktop.core.rules.engine import RULES, Day, Issue, Number, Rule, Severity
from desktop.core.rules.messages import MESSAGES

RULE_CONTEXT = "Rule"

__all__ = [
    "MESSAGES",
    "RULES",
    "RULE_CONTEXT",
    "DeclarationChecker",
    "Issue",
    "Rule",
    "Severity",
    "check_booking",
    "check_company",
    "check_declaration",
    "check_shipment",
    "errors",
    "message",
]


def errors(issues: list[Issue]) -> list[Issue]:
    """Only the issues that block submission."""
    return [i for i in issues if i.severity is Severity.ERROR]


def message(issue: Issue, lang: str) -> str:
    """The text of ``issue`` in ``lang`` with its parameters filled in (field labels translated too)."""
    source = MESSAGES.get(issue.rule_id)
    params: dict[str, Any] = dict(issue.params)
    if "field" in params:
        params["field"] = i18n.translate(LABEL_CONTEXT, str(params["field"]), lang)
    if "element" in params and "heading" in params:
        params["element"] = _elements.element_name(params, lang)
    if "table" in params:
        from desktop.core.codes.titles import title

        params["table"] = title(str(params["table"]), lang)
    for name, value in params.items():
        if isinstance(value, Number) or (isinstance(value, int) and not isinstance(value, bool)):
            params[name] = formats.number(value, lang)
        elif isinstance(value, Day):
            params[name] = formats.day(value, lang)
    if source is None:
        detail = ", ".join(f"{k}={v}" for k, v in params.items())
        return f"{issue.rule_id} ({issue.field_path}): {detail}" if detail else issue.rule_id
    n = source.number(issue.params) if isinstance(source, i18n.Plural) else None
    return i18n.fill(i18n.translate(RULE_CONTEXT, source, lang, n), source, params)
