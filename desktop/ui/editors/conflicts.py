"""When another seat saved the same record first: merge what the platform filled in, else ask the user."""

from __future__ import annotations

from typing import Any


def save_merging(owner: Any, doc: Any, edited: list[str], revision: int | None = None, action: str = "") -> Any:
    """``owner.save_work`` (worker thread); when only what the platform fills in (status, receipts, uploaded
    documents) was saved meanwhile, mine is merged into it and saved at once — a real conflict raises."""
    from desktop.core.store.errors import ConflictError

    try:
        return owner.save_work(doc, edited, revision, action)
    except ConflictError:
        if revision is None:
            raise
        conflict, merged = owner.ctx.backend.conflict(owner.kind, doc, revision)
        if merged is None:
            raise
        return owner.save_work(merged, edited, conflict.their_revision, action)


def resolve_conflict(owner: Any, dialog: Any = None) -> None:
    """Another seat saved first: compare (off the GUI thread), then keep mine, take theirs or cancel."""
    from desktop.ui.conflict import ConflictDialog

    mine = owner.document.model_copy(deep=True)
    loaded = int(owner.revision or 0)

    def shown(found: Any) -> None:
        conflict, merged = found
        if merged is not None:  # only what the platform fills in came in meanwhile: keep both
            owner.document = merged
            owner.save_over(conflict.their_revision, action="save")
            return
        box = dialog or ConflictDialog(conflict, owner.path_label, owner)
        choice = box.exec_choice()
        if choice == ConflictDialog.KEEP_MINE:
            owner.save_over(conflict.their_revision)
        elif choice == ConflictDialog.TAKE_THEIRS:
            owner.journal.discard(owner.kind, owner.doc_id)
            owner.dirty = False
            owner.edited_paths = []
            owner.reload(conflict.theirs)
            owner.revision = conflict.their_revision
        # cancel: the edit stays in the editor (and its recovery copy) until the user decides

    owner.ctx.runner.run(
        owner.ctx.backend.conflict, owner.kind, mine, loaded, on_done=shown,
        on_error=owner.ctx.window.show_error, owner=owner,
    )
