"""Noticing that another seat changed the workspace, so lists can refresh: a cheap poll off the GUI thread.

On SQLite, ``PRAGMA data_version`` on one connection changes whenever another connection (another seat's
process, or another thread here) commits; :class:`WorkspaceWatcher` reads it every ``interval`` seconds on its
own thread and calls ``changed()`` once per interval at most, however many commits came in (coalesced). On
PostgreSQL the watcher does nothing yet (LISTEN/NOTIFY is the way there); lists refresh on the app's own events.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from desktop.core.store.store import Store

log = logging.getLogger(__name__)


class WorkspaceWatcher:
    def __init__(self, store: Store, changed: Callable[[], None], interval: float = 1.0) -> None:
        self.store = store
        self.changed = changed
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def version(self) -> int | None:
        """The workspace's change counter as this thread's connection sees it (None where there is none)."""
        if self.store.dialect.name != "sqlite":
            return None
        return int(self.store.connection().execute("PRAGMA data_version").fetchone()[0])

    def start(self) -> None:
        if self._thread is None and self.store.dialect.name == "sqlite":
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="workspace-watcher", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        try:
            seen = self.version()
            while not self._stop.wait(self.interval):
                now = self.version()
                if now != seen:
                    seen = now
                    self.changed()
        except Exception:  # a closed store at shutdown, a damaged file: stop watching, never crash the app
            log.debug("workspace watcher stopped", exc_info=True)
