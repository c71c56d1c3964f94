"""The shipment as the hub in the store: :func:`save_shipment` stores it and refreshes every declaration and
booking derived from it that is not yet submitted, keeping the values the user set directly on a draft (its
``overrides``); :func:`edit_declaration` / :func:`edit_booking` set such a value and record its path.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.derive import DRAFT_STATE, derive_booking, derive_declarations, refresh
from desktop.core.model.filing import EDITABLE
from desktop.core.model.master import Company, CompanyRole
from desktop.core.model.paths import get_path, split
from desktop.core.model.shipment import Shipment
from desktop.core.services.validation import DraftsError

if TYPE_CHECKING:  # the store loads on first use: importing this module stays cheap
    from desktop.core.store import Store

DraftT = TypeVar("DraftT", ExportDeclaration, RailSeaBooking)


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
