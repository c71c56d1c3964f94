"""Noticing that another seat changed the workspace, so lists can refresh: a cheap poll off the GUI thread.

Every writing transaction of a seat adds one to its writer's row in the workspace's ``change_clock`` (see
``store/db.py``); :class:`WorkspaceWatcher` reads the other writers' sum every ``interval`` seconds on its own
thread and calls ``changed()`` once per interval at most when it moved, however many commits came in
(coalesced). This seat's own commits — the outbox sending, an import, a save — never call it. On SQLite the
watcher first asks ``PRAGMA data_version`` (which changes on any other connection's commit, also another thread
of this process) and reads the clock only then. On PostgreSQL it waits instead: every commit that moves the clock
notifies the workspace's channel (migration step 13); the watcher LISTENs on its own session, gathers the
notifications of an interval (those of other workspaces on the server are ignored) and reads the clock only when
one came, so an idle office costs the server nothing.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from desktop.core.store.migrations.v13 import CHANNEL
from desktop.core.store.store import Store

log = logging.getLogger(__name__)


class WorkspaceWatcher:
    def __init__(self, store: Store, changed: Callable[[], None], interval: float = 1.0) -> None:
        self.store = store
        self.changed = changed
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        #: set once the watcher has read where the workspace stands (and, on PostgreSQL, listens)
        self.ready = threading.Event()

    def version(self) -> int | None:
        """SQLite's counter of other connections' commits as this thread's connection sees it (None on a server)."""
        if self.store.dialect.name != "sqlite":
            return None
        return int(self.store.connection().execute("PRAGMA data_version").fetchone()[0])

    def others(self) -> tuple[int, int] | None:
        """The other writers' changes (see :meth:`Store.others_changes`)."""
        return self.store.others_changes()

    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()
            self.ready.clear()
            run = self._listen if self.store.dialect.name == "postgresql" else self._run
            self._thread = threading.Thread(target=run, name="workspace-watcher", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        try:
            seen, theirs = self.version(), self.others()
            self.ready.set()
            while not self._stop.wait(self.interval):
                now = self.version()
                if now == seen and now is not None:
                    continue  # SQLite: nobody else committed
                seen = now
                others = self.others()
                if others is None:  # a workspace without the change clock: any commit may be another seat's
                    if now is not None:
                        self.changed()
                    continue
                if others != theirs:
                    theirs = others
                    self.changed()
        except Exception:  # a closed store at shutdown, a damaged file: stop watching, never crash the app
            log.debug("workspace watcher stopped", exc_info=True)

    def _listen(self) -> None:
        conn: Any = self.store.connection()  # this thread's own session
        try:
            schema = str(conn.execute("SELECT current_schema()").fetchone()[0])
            conn.execute(f"LISTEN {CHANNEL}")  # before reading the clock: no change falls between the two
            theirs = self.others()
            self.ready.set()
            while not self._stop.is_set():
                came = [n for n in conn.raw.notifies(timeout=self.interval) if n.payload == schema]
                if not came or self._stop.is_set():
                    continue
                others = self.others()
                if others is None or others != theirs:  # not only this seat's own commits
                    theirs = others
                    self.changed()
        except Exception:  # a closed store at shutdown, a lost server: stop watching, never crash the app
            log.debug("workspace watcher stopped", exc_info=True)
        finally:
            with contextlib.suppress(Exception):
                conn.execute(f"UNLISTEN {CHANNEL}")
