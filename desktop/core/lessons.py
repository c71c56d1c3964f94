"""Guided lessons: data files (resources/lessons/*.json, and a trainer's own copies in ``<data dir>/lessons``)
that walk a trainee through a first declaration or a first booking, with a check for each step that looks at
the trainee's workspace (the drafts, their fields, the rules, the platform's receipts).

A lesson file: ``{"format": "corridor-lesson/1", "id", "title": {lang: text}, "summary": {...},
"scenario": "happy", "steps": [{"id", "title": {...}, "text": {...}, "field"?: "path",
"check"?: {"document": "shipment|declaration|booking", "fields"?: [paths], "status"?: [statuses],
"no_errors"?: true}}]}``. A step without a check passes when the trainee moves on. A copy with the same id in
the data directory replaces the built-in lesson.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from desktop.core.errors import CoreError
from desktop.core.resources import resource_path

FORMAT = "corridor-lesson/1"
LANGS = ("zh_CN", "en", "vi")
MAX_FILE = 512 * 1024
BUILT_IN = resource_path("lessons")


class LessonError(CoreError):
    pass


Text = dict[str, str]


def _complete(value: Text) -> Text:
    missing = [lang for lang in LANGS if not str(value.get(lang, "")).strip()]
    if missing:
        raise ValueError(f"missing text in {', '.join(missing)}")
    return value


class Check(BaseModel):
    model_config = ConfigDict(extra="forbid")

    document: Literal["shipment", "declaration", "booking"]
    fields: list[str] = Field(default_factory=list)
    status: list[str] = Field(default_factory=list)
    no_errors: bool = False


class Step(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=64)
    title: Text
    text: Text
    field: str = ""
    check: Check | None = None

    @field_validator("title", "text")
    @classmethod
    def every_language(cls, value: Text) -> Text:
        return _complete(value)


class Lesson(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["corridor-lesson/1"]
    id: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: Text
    summary: Text
    scenario: str = "happy"
    steps: list[Step] = Field(min_length=1, max_length=50)
    source: str = ""  # the file it came from (set on loading)

    @field_validator("title", "summary")
    @classmethod
    def every_language(cls, value: Text) -> Text:
        return _complete(value)

    def text(self, value: Text, lang: str) -> str:
        return value.get(lang) or value.get("en") or next(iter(value.values()), "")


def load(path: Path) -> Lesson:
    try:
        if path.stat().st_size > MAX_FILE:
            raise LessonError("lessons.too_large", file=path.name, limit=MAX_FILE)
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LessonError("lessons.unreadable", file=path.name, detail=exc.strerror or str(exc)) from exc
    except (ValueError, RecursionError) as exc:
        raise LessonError("lessons.malformed", file=path.name, detail=str(exc)[:200]) from exc
    try:
        lesson = Lesson.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise LessonError("lessons.malformed", file=path.name, detail=f"{where}: {first.get('msg', '')}") from exc
    return lesson.model_copy(update={"source": str(path)})


@dataclass
class Catalogue:
    lessons: list[Lesson]
    problems: list[LessonError] = field(default_factory=list)  # files that could not be read (shown, skipped)


def catalogue(own_dir: Path | None = None) -> Catalogue:
    """The built-in lessons, each replaced by a copy with the same id in ``own_dir`` (a trainer's edits), plus
    the trainer's own new lessons; in file-name order."""
    found: dict[str, Lesson] = {}
    problems: list[LessonError] = []
    for folder in (BUILT_IN, own_dir):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                lesson = load(path)
            except LessonError as exc:
                problems.append(exc)
                continue
            found[lesson.id] = lesson
    return Catalogue(list(found.values()), problems)


# ---------------------------------------------------------------- checking a step


@dataclass(frozen=True)
class Outcome:
    passed: bool
    reason: str = ""  # an error code (see check_step)
    params: dict[str, Any] = field(default_factory=dict)


def _value(obj: Any, path: str) -> Any:
    for part in path.split("."):
        if obj is None:
            return None
        if part.isdigit():
            items = list(obj) if isinstance(obj, list | tuple) else []
            obj = items[int(part)] if int(part) < len(items) else None
        else:
            obj = getattr(obj, part, None)
    return obj


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | dict):
        return bool(value)
    return True


def _errors(kind: str, doc: Any) -> int:
    from desktop.core.rules import declaration as decl_rules
    from desktop.core.rules import documents as doc_rules

    if kind == "declaration":
        issues = decl_rules.check_declaration(doc)
    elif kind == "booking":
        issues = doc_rules.check_booking(doc)
    else:
        issues = doc_rules.check_shipment(doc)
    return sum(1 for i in issues if i.is_error)


def _label(doc: Any, path: str) -> str:
    """The English label source (context "Field") of the field at ``path``, or of the nearest field above it."""
    from pydantic import BaseModel as _Model

    from desktop.core.model.fields import field_specs

    parts = path.split(".")
    for depth in range(len(parts), 0, -1):
        parent = _value(doc, ".".join(parts[: depth - 1])) if depth > 1 else doc
        name = parts[depth - 1]
        if isinstance(parent, _Model) and name in type(parent).model_fields:
            return field_specs(type(parent))[name].label
    return path


def check_step(step: Step, store: Any, company_id: str) -> Outcome:
    """Whether the trainee's workspace shows the step done: some document of the kind, in this company, has
    every named field filled, one of the statuses and (if asked) no rule errors. A failed check names why:
    ``lessons.no_<kind>``, ``lessons.field_empty`` (``field``: the field's label source, context Field),
    ``lessons.status_<kind>`` or ``lessons.has_errors`` (``count``)."""
    check = step.check
    if check is None:
        return Outcome(True)
    kind = check.document
    repo = {"shipment": store.shipments, "declaration": store.declarations, "booking": store.bookings}[kind]
    docs = repo.list(company_id) if company_id else []
    if not docs:
        return Outcome(False, f"lessons.no_{kind}")
    best: Outcome | None = None
    for doc in docs:
        empty = [f for f in check.fields if not _filled(_value(doc, f))]
        status = str(getattr(getattr(doc, "status", ""), "value", ""))
        if empty:
            outcome = Outcome(False, "lessons.field_empty", {"field": _label(doc, empty[0])})
        elif check.status and status not in check.status:
            outcome = Outcome(False, f"lessons.status_{kind}")
        elif check.no_errors and (count := _errors(kind, doc)):
            outcome = Outcome(False, "lessons.has_errors", {"count": count})
        else:
            return Outcome(True)
        best = best or outcome
    assert best is not None
    return best
