"""When a save meets another seat's save: what each side changed, field by field, and the two ways out.

A save carries the revision the user loaded; when the record moved on meanwhile the store refuses it
(``store.conflict``). :func:`compare` then lines up, for every field either side changed since that revision,
the loaded value, mine and theirs (from the store's revision diff). :func:`keep_mine` saves mine on top of
theirs — a new revision after theirs, its audit entry ``keep_mine`` naming the revision it replaced — and
"take theirs" is simply reloading the record. Nothing is lost either way: both versions stay revisions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from desktop.core.outbox.payloads import LOCAL_FIELDS
from desktop.core.store.documents import diff_values
from desktop.core.store.store import Store

#: A field both sides changed (to different values): the user should look at it before keeping mine.
BOTH = "both"
MINE = "mine"
THEIRS = "theirs"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field: its value in the loaded revision, in my edit and in the stored revision."""

    path: str
    loaded: Any
    mine: Any
    theirs: Any

    @property
    def side(self) -> str:
        """Who changed it: ``mine``, ``theirs`` or ``both`` (both to different values)."""
        if self.mine == self.loaded:
            return THEIRS
        if self.theirs == self.loaded or self.theirs == self.mine:
            return MINE
        return BOTH


@dataclass(frozen=True)
class Conflict:
    kind: str
    id: str
    loaded_revision: int
    their_revision: int
    their_author: str
    their_at: str
    changes: list[FieldChange]
    theirs: BaseModel
    #: who wrote the revisions after the loaded one (the outbox for a platform's receipt, a user's name ...)
    authors: tuple[str, ...] = ()

    @property
    def both_changed(self) -> list[FieldChange]:
        return [c for c in self.changes if c.side == BOTH]


def _json(model: BaseModel) -> Any:
    return json.loads(model.model_dump_json())


def compare(store: Store, kind: str, mine: BaseModel, loaded_revision: int) -> Conflict:
    """Line up what changed since ``loaded_revision``: in ``mine`` (the unsaved edit) and in the stored record."""
    subject_id = str(getattr(mine, "id", ""))
    repo = store.documents(kind)
    revisions = store.revisions(kind, subject_id)
    latest = revisions[-1] if revisions else None
    current = repo.revision_of(subject_id)
    theirs = repo.get(subject_id)
    loaded = json.loads(store.revision_json(kind, subject_id, loaded_revision)) if loaded_revision else {}
    if loaded_revision and current:
        theirs_changed = {c.path: c.after for c in store.diff_revisions(kind, subject_id, loaded_revision, current)}
    else:
        theirs_changed = {c.path: c.after for c in diff_values(loaded, _json(theirs))}
    loaded_values = {c.path: c.before for c in diff_values(loaded, _json(mine))}
    mine_changed = {c.path: c.after for c in diff_values(loaded, _json(mine))}
    for c in diff_values(loaded, _json(theirs)):
        loaded_values.setdefault(c.path, c.before)
    paths = list(dict.fromkeys([*mine_changed, *theirs_changed]))
    changes = []
    for path in paths:
        base = loaded_values.get(path)
        changes.append(FieldChange(path, base, mine_changed.get(path, base), theirs_changed.get(path, base)))
    return Conflict(
        kind=kind,
        id=subject_id,
        loaded_revision=loaded_revision,
        their_revision=current,
        their_author=latest.author if latest else "",
        their_at=latest.created_at if latest else "",
        changes=changes,
        theirs=theirs,
        authors=tuple(dict.fromkeys(r.author for r in revisions if r.revision > loaded_revision)),
    )


#: Fields the platform and the app's own background work fill in (status, receipts, numbers, uploaded
#: documents, a confirmed booking's details): no user types them, so a change there is nobody's edit.
PLATFORM_FIELDS = frozenset(
    {
        *LOCAL_FIELDS,
        "client_seq_no",
        "attachments",
        "carrier_booking_reference",
        "through_document_no",
        "train_no",
        "rail_waybill",
        "vessel_name",
        "voyage_no",
        "service_code",
        "cut_offs",
    }
)


def _platform_field(path: str) -> bool:
    steps = path.split(".")
    return steps[0] in PLATFORM_FIELDS or (steps[0] == "equipment" and steps[-1] == "container_numbers")


def merge(conflict: Conflict, mine: BaseModel) -> BaseModel | None:
    """Mine on top of theirs when theirs only changed fields the platform fills (a receipt, an uploaded
    document, a confirmed booking's details) and mine none of those: nobody to ask. None when a user must
    choose."""
    theirs_fields = [c for c in conflict.changes if c.side != MINE]  # fields theirs has and mine has not
    if not all(c.side == THEIRS and _platform_field(c.path) for c in theirs_fields):
        return None
    data = _json(conflict.theirs)
    for change in conflict.changes:
        if change.side == MINE and not _set(data, change.path, change.mine):
            return None
    try:
        return type(mine).model_validate(data)
    except ValueError:
        return None


def _set(data: Any, path: str, value: Any) -> bool:
    """Set a leaf at a ``goods.2.name_zh`` path in JSON data, growing a list by the one element mine added;
    False where the shapes differ (a user decides)."""
    steps = path.split(".")
    node = data
    for index, step in enumerate(steps[:-1]):
        fresh: Any = [] if steps[index + 1].isdigit() else {}
        if isinstance(node, list) and step.isdigit() and int(step) <= len(node):
            if int(step) == len(node):
                node.append(fresh)
            node = node[int(step)]
        elif isinstance(node, dict) and (step not in node or node[step] is None):
            node[step] = fresh
            node = node[step]
        elif isinstance(node, dict) and isinstance(node[step], dict | list):
            node = node[step]
        else:
            return False
    last = steps[-1]
    if isinstance(node, dict):
        node[last] = value
        return True
    if isinstance(node, list) and last.isdigit() and int(last) <= len(node) and value is not None:
        if int(last) == len(node):
            node.append(value)
        else:
            node[int(last)] = value
        return True
    return False


#: master data saved with the version the user opened (no revisions: the opened version is the base)
MASTER_KINDS = ("company", "party", "product")


def compare_master(store: Store, kind: str, company_id: str, mine: BaseModel, loaded: BaseModel) -> Conflict:
    """Line up what changed in a company, party or product since the user opened it (``loaded``): in ``mine``
    and in the stored one, which another seat saved meanwhile; who saved it and when come from the audit log."""
    subject_id = str(getattr(mine, "id", ""))
    if kind == "company":
        stored: BaseModel | None = store.companies.find(subject_id)
    elif kind == "party":
        stored = store.parties(company_id).find(subject_id)
    elif kind == "product":
        stored = store.products(company_id).find(subject_id)
    else:
        raise ValueError(kind)
    theirs = stored if stored is not None else loaded
    base = _json(loaded)
    mine_changed = {c.path: c for c in diff_values(base, _json(mine))}
    theirs_changed = {c.path: c for c in diff_values(base, _json(theirs))}
    changes = []
    for path in dict.fromkeys([*mine_changed, *theirs_changed]):
        before = (mine_changed.get(path) or theirs_changed[path]).before
        changes.append(FieldChange(
            path,
            before,
            mine_changed[path].after if path in mine_changed else before,
            theirs_changed[path].after if path in theirs_changed else before,
        ))
    last = next(iter(store.audit_log(kind=kind, subject_id=subject_id, limit=1)), None)
    return Conflict(
        kind=kind,
        id=subject_id,
        loaded_revision=0,
        their_revision=0,
        their_author=(last.user_name or last.actor) if last is not None else "",
        their_at=last.at if last is not None else "",
        changes=changes,
        theirs=theirs,
    )
