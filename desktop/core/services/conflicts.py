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

from desktop.core.store.documents import diff_values
from desktop.core.store.records import Revision
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
    )


def keep_mine(store: Store, conflict: Conflict, mine: BaseModel, author: str) -> Revision:
    """Save ``mine`` on top of their revision (refused again if yet another save came in meanwhile)."""
    return store.documents(conflict.kind).save(
        mine,
        author,
        expected_revision=conflict.their_revision,
        action="keep_mine",
        note=f"kept over revision {conflict.their_revision} by {conflict.their_author}",
    )
