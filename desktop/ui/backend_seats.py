"""The backend's seat side: who is signed in on this seat, the revision each editor loaded and saved, the
conflict with another seat's save, and the watcher that tells the window another seat changed the workspace."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class SeatsMixin:
    """Part of :class:`~desktop.ui.backend.Backend`: the workspace user and other seats' saves."""

    store: Any
    environment: str
    username: str
    user: Any
    post: Callable[[str, Any], None]
    _saved: dict[tuple[str, str], int]
    _watcher: Any

    def _start_watcher(self) -> None:
        """Another seat's save: the lists refresh (coalesced, off the GUI thread)."""
        if self._watcher is None:
            from desktop.core.store.watch import WorkspaceWatcher

            self._watcher = WorkspaceWatcher(self.store, lambda: self.post("workspace_changed", None))
            self._watcher.start()

    def _stop_watcher(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None

    def _sign_in(self, username: str) -> None:
        """The platform account is this seat's workspace user (the first one becomes its supervisor)."""
        from desktop.core.services import seats

        self.username = username
        self.user = seats.sign_in(self.store, username)


    def load(self, kind: str, doc_id: str) -> tuple[Any, int]:
        """A record and the revision it was read at, for an editor (its next save expects that revision)."""
        repo = self.store.documents(kind)
        with self.store.transaction():  # one snapshot: no other seat's save between the two reads
            return repo.get(doc_id), int(repo.revision_of(doc_id))

    def saved_revision(self, kind: str, doc_id: str) -> int | None:
        """The revision this seat's last save of the record wrote (what the editor expects next time)."""
        return self._saved.get((kind, doc_id))

    def _keep_note(self, kind: str, doc_id: str, over: int | None, action: str) -> str:
        """The audit note of a save that keeps this seat's version over another seat's revision ``over``."""
        if action != "keep_mine" or not over:
            return ""
        by = next((r.author for r in self.store.revisions(kind, doc_id) if r.revision == over), "")
        return f"kept over revision {over} by {by}"

    def conflict(self, kind: str, mine: Any, loaded_revision: int) -> tuple[Any, Any]:
        """How ``mine`` and the record another seat saved differ since ``loaded_revision``, and mine merged
        into theirs when theirs only brought the platform's answers (None when the user must choose)."""
        from desktop.core.services import conflicts

        found = conflicts.compare(self.store, kind, mine, loaded_revision)
        return found, conflicts.merge(found, mine)


    # --- the outbox queue as this seat's user may see it
    def queue(self, of: str = "") -> tuple[list[Any], dict[tuple[str, str], Any], list[str]]:
        """The rows waiting to be sent that this seat's user sees: ``of`` "" (the role's default: a broker's
        own, a supervisor's everyone's), "-" (only mine), "*" (everyone's) or one user's name (supervisors);
        with the name of each row's record and the workspace's user names (for the filter)."""
        from desktop.core.services import seats
        from desktop.core.services.activity import record_names
        from desktop.core.store.records import AuditEntry

        environments = [self.environment, "single-window"]  # the platform's rows and the client's
        everyone = True if of == "*" else (False if of == "-" else None)
        broker = of if of not in ("", "-", "*") else ""
        rows = [
            row
            for env in environments
            for row in seats.queue(self.store, env, self.user, everyone=everyone, of=broker)
        ]
        rows.sort(key=lambda r: (r.created_at, r.id))
        subjects = [AuditEntry(0, "", "", "", r.kind, r.draft_id, r.company_id, {}) for r in rows]
        users = [u.name for u in self.store.users.list()]
        return rows, record_names(self.store, subjects), users
