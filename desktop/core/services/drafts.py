"""Draft use cases shared by the GUI and the CLI: validate, derive, save a shipment (refreshing what derives
from it), edit a derived draft, import and export exchange files, and master data.

The shipment is the hub: :func:`save_shipment` stores it and refreshes every declaration and booking derived
from it that is not yet submitted, keeping the values the user set directly on a draft (its ``overrides``).
:func:`edit_declaration` / :func:`edit_booking` set such a value and record its path. Validation checks a
shipment together with what derives from it and labels every problem with its document and field path.

Every function raises :class:`~desktop.core.errors.CoreError` subclasses (``drafts.*`` codes here, ``store.*``
from the store, ``exchange.*`` for unreadable files), never display text.
"""

from __future__ import annotations

import copy
import os
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from desktop.core import i18n
from desktop.core.errors import CoreError
from desktop.core.model import exchange
from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.derive import DRAFT_STATE, derive_booking, derive_declarations, refresh
from desktop.core.model.exchange import ExchangeDocument, Kind
from desktop.core.model.fields import LABEL_CONTEXT, FieldSpec, field_specs
from desktop.core.model.filing import EDITABLE
from desktop.core.model.master import Company, CompanyRole, Party, Product
from desktop.core.model.paths import get_path, split
from desktop.core.model.shipment import GoodsLine, Shipment

if TYPE_CHECKING:  # the rules and the store load on first use: importing this module stays cheap
    from desktop.core.rules import Issue
    from desktop.core.store import Store

DraftT = TypeVar("DraftT", ExportDeclaration, RailSeaBooking)

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


# --- the store: shipments and their derived drafts ----------------------------------------------------------


@dataclass
class SaveResult:
    """What :func:`save_shipment` did: the shipment's new revision and the state of every derived draft."""

    shipment: Shipment
    revision: int
    declarations: list[ExportDeclaration]
    booking: RailSeaBooking | None
    #: ids of drafts written by this save (created or refreshed with a change)
    updated: list[str] = field(default_factory=list)
    #: ids of drafts left alone because they are submitted (not editable any more)
    kept: list[str] = field(default_factory=list)
    #: ids of editable declaration drafts removed because the shipment now has fewer parts
    removed: list[str] = field(default_factory=list)


def declaring_agent(store: Store, company_id: str) -> Company | None:
    """The declaring agent of ``company_id``'s filings: another company of the workspace with the agent role.

    A forwarder's workspace holds its own company (role agent) and its clients; an exporter's has no agent.
    """
    for company in store.companies.list():
        if company.role == CompanyRole.AGENT and company.id != company_id:
            return company
    return None


def _same(a: BaseModel, b: BaseModel) -> bool:
    return a.model_dump(mode="json") == b.model_dump(mode="json")


def save_shipment(store: Store, shipment: Shipment, author: str, *, expected_revision: int | None = None,
                  agent: Company | None = None, today: date | None = None, action: str = "",
                  note: str = "") -> SaveResult:
    """Save ``shipment`` (a new revision) and create or refresh its derived declaration(s) and booking.

    Drafts not yet submitted are refreshed (user overrides kept) and saved only when something changed;
    submitted ones are left alone. When the shipment shrinks to fewer declaration parts, editable surplus
    drafts are deleted (their revisions stay restorable). All of it happens in one transaction.
    """
    if not shipment.company_id:
        raise DraftsError("drafts.company_missing")
    with store.transaction():
        stored = store.shipments.find(shipment.id) if shipment.id else None
        current = store.shipments.revision_of(shipment.id) if stored is not None else 0
        if stored is not None and _same(stored, shipment) and expected_revision in (None, current):
            number = current  # unchanged: no new revision; the drafts are still brought up to date
        else:
            number = store.shipments.save(
                shipment, author, expected_revision=expected_revision, action=action, note=note
            ).revision
        company = store.companies.get(shipment.company_id)
        if agent is None:
            agent = declaring_agent(store, company.id)
        fresh = derive_declarations(shipment, company, agent, today=today or date.today())
        result = SaveResult(shipment, number, [], None)
        existing = {d.part: d for d in store.declarations.by_shipment(shipment.id)}
        for new in fresh:
            old = existing.pop(new.part, None)
            result.declarations.append(_refresh_and_save(store, old, new, author, result))
        for surplus in existing.values():
            if surplus.status in EDITABLE:
                store.declarations.delete(surplus.id, author)
                result.removed.append(surplus.id)
            else:
                result.kept.append(surplus.id)
        bookings = store.bookings.by_shipment(shipment.id)
        fresh_booking = derive_booking(shipment, result.declarations[0] if result.declarations else None,
                                       company=company, agent=agent)
        old_booking = bookings[0] if bookings else None
        result.booking = _refresh_and_save(store, old_booking, fresh_booking, author, result)
    return result


def _refresh_and_save(store: Store, old: DraftT | None, new: DraftT, author: str,
                      result: SaveResult) -> DraftT:
    repo = store.declarations if isinstance(new, ExportDeclaration) else store.bookings
    if old is None:
        repo.save(new, author, note="derived from shipment")
        result.updated.append(new.id)
        return new
    if old.status not in EDITABLE:
        result.kept.append(old.id)
        return old
    merged = refresh(old, new)
    if not _same(merged, old):
        repo.save(merged, author, note="refreshed from shipment")
        result.updated.append(merged.id)
    return merged


def refresh_drafts(store: Store, shipment_id: str, author: str, *, today: date | None = None) -> SaveResult:
    """Refresh the derived drafts of a stored shipment (e.g. after master data changed)."""
    shipment = store.shipments.get(shipment_id)
    return save_shipment(store, shipment, author, today=today)


def _edit(draft: DraftT, path: str, value: Any) -> DraftT:
    kind = "declaration" if isinstance(draft, ExportDeclaration) else "booking"
    if draft.status not in EDITABLE:
        raise DraftsError("drafts.not_editable", kind=kind, id=draft.id, status=str(draft.status))
    steps = split(path)
    if not steps or steps[0] in DRAFT_STATE or steps[0] in ("company_id", "shipment_id", "part", "parts"):
        raise DraftsError("drafts.field_not_editable", kind=kind, field=path)
    missing = object()
    if get_path(draft, path, missing) is missing:
        raise DraftsError("drafts.no_such_field", kind=kind, field=path)
    data = draft.model_dump(mode="json")
    node: Any = data
    for step in steps[:-1]:
        node = node[step]
    node[steps[-1]] = copy.deepcopy(value.model_dump(mode="json") if isinstance(value, BaseModel) else value)
    try:
        edited = type(draft).model_validate(data)
    except ValidationError as exc:
        from desktop.core.model.input_errors import describe

        error = describe(type(draft), exc.errors())[0]
        raise DraftsError("drafts.invalid_value", kind=kind, **{**error, "field": path}) from exc
    normalized = ".".join(str(s) for s in steps)
    if normalized not in edited.overrides:
        edited.overrides.append(normalized)
    return edited


def edit_declaration(store: Store, decl: ExportDeclaration, path: str, value: Any, author: str, *,
                     expected_revision: int | None = None) -> ExportDeclaration:
    """Set ``path`` of a declaration draft to ``value``, record the path as a user override and save.

    A later refresh from the shipment keeps the value. Raises ``drafts.not_editable`` for a submitted draft,
    ``drafts.no_such_field`` / ``drafts.invalid_value`` for a bad path or value, ``store.conflict`` when
    ``expected_revision`` is given and the stored draft moved on.
    """
    edited = _edit(decl, path, value)
    store.declarations.save(edited, author, expected_revision=expected_revision, note=f"edited {path}")
    return edited


def edit_booking(store: Store, booking: RailSeaBooking, path: str, value: Any, author: str, *,
                 expected_revision: int | None = None) -> RailSeaBooking:
    """Like :func:`edit_declaration`, for a booking draft."""
    edited = _edit(booking, path, value)
    store.bookings.save(edited, author, expected_revision=expected_revision, note=f"edited {path}")
    return edited


def reset_override(store: Store, draft: DraftT, path: str, author: str, *,
                   today: date | None = None) -> DraftT:
    """Forget the user's value at ``path`` and take the shipment's value again."""
    kind = "declaration" if isinstance(draft, ExportDeclaration) else "booking"
    if draft.status not in EDITABLE:
        raise DraftsError("drafts.not_editable", kind=kind, id=draft.id, status=str(draft.status))
    cleared = draft.model_copy(deep=True)
    cleared.overrides = [p for p in cleared.overrides if p != path and not p.startswith(path + ".")]
    shipment = store.shipments.find(draft.shipment_id) if draft.shipment_id else None
    if shipment is None:
        store.documents(kind).save(cleared, author, note=f"reset {path}")
        return cleared
    company = store.companies.get(shipment.company_id)
    fresh: ExportDeclaration | RailSeaBooking
    if isinstance(draft, ExportDeclaration):
        decls = derive_declarations(shipment, company, declaring_agent(store, company.id),
                                    today=today or date.today())
        matching = [d for d in decls if d.part == draft.part]
        if not matching:
            store.declarations.save(cleared, author, note=f"reset {path}")
            return cleared
        fresh = matching[0]
    else:
        fresh = derive_booking(shipment, company=company, agent=declaring_agent(store, company.id))
    merged = refresh(cleared, fresh)
    store.documents(kind).save(merged, author, note=f"reset {path}")
    return merged


# --- exchange files <-> store -------------------------------------------------------------------------------


@dataclass
class ImportResult:
    """What one imported file added to the workspace."""

    kind: str
    id: str
    source: str
    companies: list[str] = field(default_factory=list)
    derived: SaveResult | None = None


def import_document(store: Store, doc: ExchangeDocument, *, author: str, source: str = "",
                    today: date | None = None) -> ImportResult:
    """Put an exchange document into the workspace.

    A shipment brings its company (and agent) along: they are added when the workspace does not know them
    yet (a company already there is kept as it is); then the shipment is saved and its drafts derived. A
    declaration or booking is saved as it is; its company must exist.
    """
    with store.transaction():
        added: list[str] = []
        for company in (doc.company, doc.agent):
            if company is not None and company.id and store.companies.find(company.id) is None:
                store.companies.upsert(company.model_copy(deep=True), author)
                added.append(company.id)
        if doc.kind is Kind.SHIPMENT and doc.shipment is not None:
            shipment = doc.shipment.model_copy(deep=True)
            if not shipment.company_id and doc.company is not None:
                shipment.company_id = doc.company.id
            saved = save_shipment(store, shipment, author, agent=doc.agent, today=today)
            return ImportResult("shipment", shipment.id, source, added, saved)
        if doc.kind is Kind.DECLARATION and doc.declaration is not None:
            decl = doc.declaration.model_copy(deep=True)
            store.declarations.save(decl, author, note="imported", action="import")
            return ImportResult("declaration", decl.id, source, added)
        if doc.kind is Kind.BOOKING and doc.booking is not None:
            booking = doc.booking.model_copy(deep=True)
            store.bookings.save(booking, author, note="imported", action="import")
            return ImportResult("booking", booking.id, source, added)
    raise DraftsError("drafts.unknown_kind", kind=doc.kind.value)  # the envelope's validator forbids it


def import_file(store: Store, path: Path, *, author: str = "import",
                today: date | None = None) -> ImportResult:
    """Read an exchange file and put it into the workspace (see :func:`import_document`).

    The file gets the checks ``validate`` makes before anything is stored: besides the input limits every
    reader applies, a field longer than its field allows is refused here (a draft may be incomplete, but it
    never holds more than its field can carry).
    """
    doc = read_file(path)
    too_long = [
        p for p in validate_document(doc, source=str(path), today=today).problems
        if p.is_error and p.rule_id.endswith(".max_length")
    ]
    if too_long:
        first = too_long[0]
        raise DraftsError(
            "drafts.field_too_long", file=str(path), field=first.field_path, count=len(too_long),
            length=first.params.get("length", ""), max=first.params.get("max", ""),
        )
    return import_document(store, doc, author=author, source=str(path), today=today)


def export_document(store: Store, kind: str, record_id: str) -> ExchangeDocument:
    """The exchange document of a stored shipment (with its company and agent), declaration or booking."""
    if kind not in KINDS:
        raise DraftsError("drafts.unknown_kind", kind=kind)
    record = store.documents(kind).find(record_id)
    if record is None:
        raise DraftsError("drafts.not_found", kind=kind, id=record_id)
    if isinstance(record, Shipment):
        company = store.companies.find(record.company_id)
        agent = declaring_agent(store, record.company_id)
        return ExchangeDocument(kind=Kind.SHIPMENT, shipment=record, company=company, agent=agent)
    if isinstance(record, ExportDeclaration):
        return ExchangeDocument(kind=Kind.DECLARATION, declaration=record)
    return ExchangeDocument(kind=Kind.BOOKING, booking=record)


def export_file(store: Store, kind: str, record_id: str, path: Path, *, author: str = "export") -> Path:
    """Write a stored record as an exchange file (atomically: never a half-written file)."""
    doc = export_document(store, kind, record_id)
    write_document(doc, path)
    store.audit(author, "export", kind=kind, subject_id=record_id, company_id=_company_id(doc),
                details={"file": path.name})
    return path


def _company_id(doc: ExchangeDocument) -> str:
    member = doc.shipment or doc.declaration or doc.booking
    return member.company_id if member is not None else ""


def write_document(doc: ExchangeDocument, path: Path) -> None:
    """Write ``doc`` as exchange JSON to ``path`` via a temporary file in the same directory."""
    text = exchange.dumps(doc) + "\n"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DraftsError("drafts.write_failed", file=str(path), detail=exc.strerror or str(exc)) from exc


# --- master data --------------------------------------------------------------------------------------------


def save_company(store: Store, company: Company, author: str) -> Company:
    """Add or update a company of the workspace (an exporter, a forwarder's client, or the agent itself)."""
    return store.companies.upsert(company, author)


def save_party(store: Store, company_id: str, party: Party, author: str) -> Party:
    """Add or update a consignee / notify party in ``company_id``'s master data."""
    return store.parties(company_id).upsert(party, author)


def save_product(store: Store, company_id: str, product: Product, author: str) -> Product:
    """Add or update a product (names, commodity code, declaration elements, units) of ``company_id``."""
    return store.products(company_id).upsert(product, author)


def suggest_products(store: Store, company_id: str, text: str, limit: int = 20) -> list[Product]:
    """Type-ahead over a company's products by name (zh/en), commodity code or elements, best first."""
    return store.products(company_id).suggest(text, limit)


def suggest_parties(store: Store, company_id: str, text: str, limit: int = 20,
                    role: str | None = None) -> list[Party]:
    """Type-ahead over a company's parties by name, local name or tax ID."""
    return store.parties(company_id).suggest(text, limit, role)


def goods_line_from_product(product: Product, quantity: Any = None) -> GoodsLine:
    """A goods line pre-filled from master data: names, commodity code, elements, units, origin, price."""
    line = GoodsLine(
        product_id=product.id, commodity_code=product.commodity_code, name_zh=product.name_zh,
        name_en=product.name_en, declaration_elements=product.declaration_elements,
        unit=product.declared_unit,
        legal_unit_1=product.legal_unit_1, legal_unit_2=product.legal_unit_2,
        origin_country=product.origin_country, unit_price=product.unit_price,
    )
    if quantity is not None:
        line.quantity = GoodsLine.model_validate({"quantity": quantity}).quantity
        if line.quantity is not None and line.unit_price is not None:
            from desktop.core.model.derive import money

            line.total = money(line.quantity * line.unit_price)
        if line.quantity is not None and product.net_weight_per_unit is not None:
            line.net_weight = line.quantity * product.net_weight_per_unit
    return line


def check_draft(draft: ExportDeclaration | RailSeaBooking, *, today: date | None = None) -> list[Problem]:
    """The problems of one stored declaration or booking draft."""
    from desktop.core.rules import check_booking, check_declaration

    if isinstance(draft, ExportDeclaration):
        return _problems("declaration", draft, check_declaration(draft, today=today), draft.part, draft.parts)
    return _problems("booking", draft, check_booking(draft, today=today))
