"""Checking and deriving drafts: read an exchange file, derive a shipment's declarations and booking, and
check them together, every problem labelled with its document and field path (:class:`ValidationReport`).

Also home of :class:`DraftsError`, the ``drafts.*`` errors every draft use case raises.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from desktop.core import i18n
from desktop.core.errors import CoreError
from desktop.core.model import exchange
from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.derive import derive_booking, derive_declarations
from desktop.core.model.exchange import ExchangeDocument, Kind
from desktop.core.model.fields import LABEL_CONTEXT, FieldSpec, field_specs
from desktop.core.model.master import Company
from desktop.core.model.paths import split
from desktop.core.model.shipment import Shipment

if TYPE_CHECKING:  # the rules and the store load on first use: importing this module stays cheap
    from desktop.core.rules import Issue



#: Kinds a file or the store holds, by name.
KINDS: tuple[str, ...] = tuple(k.value for k in Kind)


class DraftsError(CoreError):
    """A draft use case was refused: ``code`` is one of ``drafts.*`` (messages in services/messages.py)."""


# --- validation ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """One rule issue, labelled with the document it was found in.

    ``document`` is ``shipment``, ``declaration`` or ``booking``; ``part`` numbers the declarations of a
    shipment that splits into several (1-based, 0 elsewhere); ``issue.field_path`` is relative to that
    document.
    """

    document: str
    part: int
    parts: int
    issue: Issue
    spec: FieldSpec | None

    @property
    def rule_id(self) -> str:
        return self.issue.rule_id

    @property
    def field_path(self) -> str:
        return self.issue.field_path

    @property
    def severity(self) -> str:
        """``error`` or ``warning``."""
        return str(self.issue.severity)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def params(self) -> Mapping[str, Any]:
        return self.issue.params

    @property
    def label_source(self) -> str:
        """The English source label of the field (empty when the path names no single field)."""
        return self.spec.label if self.spec is not None else ""

    def where(self) -> str:
        """``shipment``, ``booking``, ``declaration`` or ``declaration 2/3``: which document, untranslated."""
        if self.document == "declaration" and self.parts > 1:
            return f"declaration {self.part}/{self.parts}"
        return self.document

    def label(self, lang: str) -> str:
        return i18n.translate(LABEL_CONTEXT, self.label_source, lang) if self.label_source else ""

    def message(self, lang: str) -> str:
        from desktop.core.rules import message

        return message(self.issue, lang)

    def to_json(self, lang: str) -> dict[str, Any]:
        return {
            "document": self.document,
            "part": self.part,
            "path": self.field_path,
            "field": self.label(lang),
            "severity": str(self.severity),
            "rule_id": self.rule_id,
            "message": self.message(lang),
            "params": dict(self.params),
        }


@dataclass
class ValidationReport:
    """Problems of one exchange document (and, for a shipment, of what derives from it)."""

    kind: str
    source: str = ""
    problems: list[Problem] = field(default_factory=list)
    declarations: list[ExportDeclaration] = field(default_factory=list)
    booking: RailSeaBooking | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def valid(self) -> bool:
        """True when no problem is an error (warnings do not make a document invalid)."""
        return not self.errors

    def to_json(self, lang: str) -> dict[str, Any]:
        return {
            "file": self.source,
            "kind": self.kind,
            "valid": self.valid,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "problems": [p.to_json(lang) for p in self.problems],
        }


def _element_type(annotation: Any) -> Any:
    """The model type behind ``X``, ``X | None`` or ``list[X]`` (anything else as is)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            if arg is not type(None):
                return _element_type(arg)
    if origin is list:
        return _element_type(typing.get_args(annotation)[0])
    return annotation


def field_spec_at(model: type[BaseModel], path: str) -> FieldSpec | None:
    """The definition of the field ``path`` points at (``items.3.g_model`` → DeclarationItem.g_model)."""
    current: Any = model
    spec: FieldSpec | None = None
    for step in split(path):
        if isinstance(step, int) or step == "*":
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        specs = field_specs(current)
        if step not in specs:
            return None
        spec = specs[step]
        current = _element_type(current.model_fields[step].annotation)
    return spec


def _problems(document: str, model: BaseModel, issues: Sequence[Issue], part: int = 0,
              parts: int = 0) -> list[Problem]:
    kind = type(model)
    return [Problem(document, part, parts, i, field_spec_at(kind, i.field_path)) for i in issues]


def _fact(problem: Problem) -> tuple[str, tuple[tuple[str, str], ...]]:
    """What a problem says regardless of the document it was found in: the rule's name and its values."""
    name = problem.rule_id.rsplit(".", 1)[-1]
    return name, tuple(sorted((k, str(v)) for k, v in problem.params.items() if k != "field"))


def _company_for(doc: ExchangeDocument) -> Company:
    if doc.company is not None:
        return doc.company
    shipment = doc.shipment
    return Company(id=shipment.company_id if shipment is not None else "")


@dataclass
class Derived:
    """What a shipment yields: its declaration(s) (one per 50 goods lines) and its booking."""

    declarations: list[ExportDeclaration]
    booking: RailSeaBooking


def derive(doc: ExchangeDocument, *, today: date | None = None) -> Derived:
    """The declaration drafts and the booking draft of a shipment exchange document.

    A document without a company still derives (the shipper fields stay empty and validation reports them).
    Raises ``drafts.not_a_shipment`` for a declaration or booking document.
    """
    if doc.kind is not Kind.SHIPMENT or doc.shipment is None:
        raise DraftsError("drafts.not_a_shipment", file="", kind=doc.kind.value)
    return derive_shipment(doc.shipment, _company_for(doc), doc.agent, today=today)


def derive_shipment(shipment: Shipment, company: Company, agent: Company | None = None, *,
                    today: date | None = None) -> Derived:
    declarations = derive_declarations(shipment, company, agent, today=today or date.today())
    return Derived(declarations, derive_booking(shipment, declarations[0], company=company, agent=agent))


def validate_document(doc: ExchangeDocument, *, source: str = "",
                      today: date | None = None) -> ValidationReport:
    """Check an exchange document; a shipment is checked together with its declarations and booking."""
    from desktop.core.rules import check_booking, check_company, check_declaration, check_shipment

    report = ValidationReport(kind=doc.kind.value, source=source)
    if doc.kind is Kind.SHIPMENT and doc.shipment is not None:
        derived = derive(doc, today=today)
        report.declarations, report.booking = derived.declarations, derived.booking
        report.problems += _problems("shipment", doc.shipment, check_shipment(doc.shipment, today=today))
        if doc.company is not None:
            report.problems += _problems("company", doc.company, check_company(doc.company))
        if doc.agent is not None:
            report.problems += _problems("agent", doc.agent, check_company(doc.agent))
        seen = {_fact(p) for p in report.problems}
        parts = len(derived.declarations)
        found: list[Problem] = []
        for decl in derived.declarations:
            found += _problems("declaration", decl, check_declaration(decl, today=today), decl.part, parts)
        found += _problems("booking", derived.booking, check_booking(derived.booking, today=today))
        # a fact already reported on the shipment (or its company) is not repeated for every derived copy
        report.problems += [p for p in found if _fact(p) not in seen]
    elif doc.kind is Kind.DECLARATION and doc.declaration is not None:
        report.declarations = [doc.declaration]
        report.problems += _problems("declaration", doc.declaration,
                                     check_declaration(doc.declaration, today=today))
    elif doc.kind is Kind.BOOKING and doc.booking is not None:
        report.booking = doc.booking
        report.problems += _problems("booking", doc.booking, check_booking(doc.booking, today=today))
    return report


def validate_file(path: Path, *, today: date | None = None) -> ValidationReport:
    """Read and check an exchange file; unreadable input raises ``exchange.*`` errors naming file, field."""
    return validate_document(read_file(path), source=str(path), today=today)


def read_file(path: Path) -> ExchangeDocument:
    """An exchange document from ``path``; every way of failing is an ``ExchangeError`` naming the file."""
    try:
        return exchange.read(path)
    except exchange.ExchangeError as exc:
        if exc.code == "exchange.invalid_value" and not exc.params.get("field"):
            # the envelope's own check (kind without its member, newer version) has no location: name it
            detail = str(exc.params.get("detail", ""))
            exc.params["field"] = "version" if "version" in detail else "kind"
        raise


def check_draft(draft: ExportDeclaration | RailSeaBooking, *, today: date | None = None) -> list[Problem]:
    """The problems of one stored declaration or booking draft."""
    from desktop.core.rules import check_booking, check_declaration

    if isinstance(draft, ExportDeclaration):
        return _problems("declaration", draft, check_declaration(draft, today=today), draft.part, draft.parts)
    return _problems("booking", draft, check_booking(draft, today=today))
