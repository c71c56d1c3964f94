"""Issues that are not rule issues (unreadable input, a rejection's field errors), the text of any issue, and
field paths as labels."""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import Any

from pydantic import BaseModel

from desktop.core.model.filing import FilingStatus
from desktop.ui import lang


class InputIssue:
    """A value typed into a field or cell that could not be read, shaped like a rule issue."""

    def __init__(self, field_path: str, text: str) -> None:
        self.field_path, self.text = field_path, text
        self.rule_id, self.severity = "input.unreadable", "error"
        self.params: dict[str, Any] = {}


class PlatformIssue:
    """A field error from a rejection receipt, shaped like a rule issue."""

    def __init__(self, field_path: str, code: str, params: dict[str, Any]) -> None:
        self.field_path, self.rule_id, self.params = field_path, code, params
        self.severity = "error"


def inner_model(annotation: Any) -> Any:
    import typing

    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
        for inner in typing.get_args(candidate):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return None


def path_label(model: Any, path: str) -> str:
    """``items.2.g_model`` → "Item 3 · Specification and model", from the field definitions of ``model``."""
    from desktop.core.model.fields import field_specs

    parts = path.split(".")
    labels = []
    k = 0
    while k < len(parts):
        part = parts[k]
        specs = field_specs(model) if isinstance(model, type) and issubclass(model, BaseModel) else {}
        spec = specs.get(part)
        if spec is None:
            labels.append(part)
            break
        label = lang.field_label(spec.label)
        annotation = model.model_fields[part].annotation
        sub = inner_model(annotation)
        if k + 1 < len(parts) and parts[k + 1].isdigit():
            label = f"{label} {int(parts[k + 1]) + 1}"
            k += 1
        labels.append(label)
        model = sub
        k += 1
    return " · ".join(labels)


def input_issues(forms: Iterable[Any], tables: Iterable[Any]) -> list[Any]:
    """Fields and cells holding typed text that could not be read: errors until fixed (the text is kept)."""
    out: list[Any] = []
    for t in tables:
        for path, text in t.table.input_issues():
            out.append(InputIssue(path, text))
    for form in forms:
        for path, fe in form.editors.items():
            text = fe.input_error()
            if text:
                out.append(InputIssue(path, text))
    return out


def rejection_issues(document: Any, edited_paths: Container[str]) -> list[Any]:
    """The platform's field errors of the last rejection, pinned like rule issues until the field is edited."""
    receipts = getattr(document, "receipts", [])
    status = getattr(document, "status", None)
    if status not in (FilingStatus.REJECTED, FilingStatus.FAILED) or not receipts:
        return []
    last = receipts[-1]
    return [PlatformIssue(e.field, e.code, dict(e.params)) for e in last.errors if e.field not in edited_paths]


def message(issue: Any) -> str:
    """The text of a rule issue, an unreadable input or a platform field error in the current language."""
    if isinstance(issue, InputIssue):
        return issue.text
    if isinstance(issue, PlatformIssue):
        return lang.code_message(issue.rule_id, issue.params)
    try:
        from desktop.core import rules

        return str(rules.message(issue, lang.current()))
    except (ImportError, AttributeError):
        return f"{issue.rule_id}"
