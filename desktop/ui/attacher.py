"""The documents of received declarations (commercial invoice, packing list, through bill) are attached one
declaration at a time after the sending: never on the outbox's path.

A sync that brings a declaration to "received" only notes it here; the thread wakes, waits until no sync is
sending (the backend's sync lock), then has each declaration's documents made and uploaded, so a round of 1,000
filings goes out at the speed of the network and the documents follow. The work itself is done in a process of
its own (desktop/core/documents/attaching.py; worker processes for a server workspace), which ends when the round
does: this thread only waits on it. What a killed app still owed is found again in the workspace after the first
sync (``scan``). Progress and failures go to ``report``. Nothing here knows Qt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)
RETRIES = 3  # a declaration under which the documents process died this many times is left for the button


class DocumentAttacher:
    """Declarations whose documents are due, and the thread that attaches them."""

    def __init__(
        self,
        attach: Callable[[str], Any],
        sending: threading.Lock,
        ready: Callable[[], bool],
        finished: Callable[[], None] = lambda: None,
        scan: Callable[[], list[str]] = list,
        report: Callable[[str, Any], None] = lambda name, payload: None,
    ) -> None:
        self._attach, self._sending, self._ready = attach, sending, ready
        self._finished = finished  # called when a round is over and nothing is due (the PDF processes end)
        self._scan, self._scanned = scan, False  # what a round killed with the app owed, looked for once
        #: ("progress", declarations left), ("attached", decl_id), ("failed", (decl_id, error)), ("done", count)
        self._report = report
        self._stopped: dict[str, int] = {}  # a declaration whose process died under it: how many times
        self._settled: set[str] = set()  # attached or failed in this run: the look back leaves them to the button
        self._in_hand = ""  # the declaration whose documents are being attached now
        self._lock = threading.Lock()
        self._due: set[str] = set()
        self._wake = threading.Event()
        self._closing = threading.Event()
        self._thread: threading.Thread | None = None
        self.idle = threading.Event()  # set while nothing is due or in hand (benchmarks and tests wait on it)
        self.idle.set()

    def start(self) -> None:
        if self._thread is None:
            self._closing.clear()
            self._thread = threading.Thread(target=self._loop, name="documents-attach", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 60) -> None:
        """Finish the declaration in hand; what is still due waits for the next start (or the Attach button)."""
        if self._thread is not None:
            self._closing.set()
            self._wake.set()
            self._thread.join(timeout=timeout)
            self._thread = None

    def note(self, decl_id: str) -> None:
        """The platform has just stored ``decl_id``: its documents go up once the sending round is over.

        The same receipt heard again (from the outbox and from the event feed) is not tried a second time once
        settled, so a failure is shown once; a declaration sent again is reopened first (``reopen``)."""
        with self._lock:
            if decl_id in self._settled or decl_id == self._in_hand:
                return
            self._due.add(decl_id)
            self.idle.clear()
        self._wake.set()

    def reopen(self, decl_id: str) -> None:
        """``decl_id`` is on its way to the platform again: its next receipt has its documents tried again."""
        with self._lock:
            self._settled.discard(decl_id)

    def poke(self) -> None:
        """Try again what waited (offline, logged out) — called after each sync."""
        with self._lock:
            if self._due or not self._scanned:
                self._wake.set()

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._due)

    def _loop(self) -> None:
        while not self._closing.is_set():
            self._wake.wait()
            self._wake.clear()
            if self._closing.is_set():
                return
            try:
                self._look_back()
                self.run_due()
            except Exception:  # a store closed under it at shutdown, or a bug: logged, the thread lives on
                log.exception("attaching documents failed")
            with self._lock:
                done = not self._due
            if done:
                try:
                    self._finished()
                except Exception:
                    log.exception("ending the documents round failed")
                with self._lock:
                    if not self._due:
                        self.idle.set()

    def _look_back(self) -> None:
        """Once, when the platform is first reachable: the declarations a killed app left without documents."""
        if self._scanned or not self._ready():
            return
        self._scanned = True
        owed = self._scan()  # never under the lock: the UI thread notes receipts meanwhile
        with self._lock:
            owed = [decl_id for decl_id in owed if decl_id not in self._settled]
            if owed:
                self._due.update(owed)
                self.idle.clear()

    def run_due(self) -> int:
        """Attach the documents of every declaration now due; returns how many were done.

        Offline or logged out, the declaration waits for the next sync; a document that cannot be made or a
        refusal is logged and left for the Attach button."""
        from desktop.core.errors import CoreError
        from desktop.core.platform.errors import AuthError, NotLoggedIn, TransientError

        with self._lock:
            due, self._due = sorted(self._due), set()
        done = 0
        for n, decl_id in enumerate(due):
            if self._closing.is_set() or not self._ready():
                with self._lock:
                    self._due.update(due[n:])
                break
            with self._lock:
                if decl_id in self._settled:  # heard again meanwhile: done or failed already
                    continue
                self._in_hand = decl_id
                left = len(self._due.union(due[n:]))
            with self._sending:  # a sync sending filings goes first: documents never slow the outbox down
                pass
            self._report("progress", left)
            try:
                self._attach(decl_id)
                done += 1
                self._report("attached", decl_id)
                self._stopped.pop(decl_id, None)
                self._settle(decl_id)
            except (TransientError, NotLoggedIn, AuthError):  # offline or logged out: the next sync tries again
                with self._lock:
                    self._due.add(decl_id)
            except CoreError as exc:
                if exc.code == "documents.worker_stopped" and self._stopped.get(decl_id, 0) < RETRIES:
                    self._stopped[decl_id] = self._stopped.get(decl_id, 0) + 1  # killed: a new process takes it
                    with self._lock:
                        self._due.add(decl_id)
                        self._wake.set()
                    continue
                log.warning("documents of %s not attached: %s", decl_id, exc)
                self._stopped.pop(decl_id, None)
                self._settle(decl_id)
                self._report("failed", (decl_id, exc))
            except Exception as exc:  # a bug: logged and shown; the others go on
                log.exception("documents of %s not attached", decl_id)
                self._settle(decl_id)
                self._report("failed", (decl_id, exc))
            finally:
                with self._lock:
                    self._in_hand = ""
        if done:
            self._report("done", done)
        return done

    def _settle(self, decl_id: str) -> None:
        """A failure is shown once: the look back after a later sync must not try (and report) it again."""
        with self._lock:
            self._settled.add(decl_id)
