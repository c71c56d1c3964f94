"""Background work: the one helper that runs a core function in a worker thread.

``TaskRunner.run(fn, *args, on_done=..., on_error=...)`` calls ``fn`` on a pool thread and delivers the
result or the exception back on the GUI thread through queued signals. Workers never touch widgets; callbacks
whose owner widget is gone are dropped; ``shutdown()`` stops accepting work and joins the pool on close.
``latest=`` names a kind of load of the owner (its list, a search): only the newest of that kind is delivered,
so an earlier answer that finishes last (threads finish out of order) never replaces the newer one.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(
        self,
        task_id: int,
        relay: _Relay,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id, self._relay, self._fn, self._args, self._kwargs = task_id, relay, fn, args, kwargs

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # delivered to the GUI thread, never lost in the pool
            self._relay.failed.emit(self._id, exc)
        else:
            self._relay.finished.emit(self._id, result)


_Entry = tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None, QObject | None]


class TaskRunner(QObject):
    """Runs callables off the GUI thread. ``pending`` counts tasks not yet delivered."""

    busy_changed = Signal(bool)
    task_failed = Signal(object)  # an exception no on_error handled

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)
        self._relay.failed.connect(self._on_relay_failed)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, _Entry] = {}
        self._latest: dict[tuple[int, str], int] = {}  # (owner, kind of load) -> the newest task of that kind
        self._kinds: dict[int, tuple[int, str]] = {}
        self._lock = threading.Lock()
        self._closed = False

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        latest: str = "",
        **kwargs: Any,
    ) -> int:
        """Start ``fn(*args, **kwargs)`` in a worker; returns a task id. With ``latest``, a task of the same
        owner and kind started after this one makes this one's answer (or failure) dropped when it comes."""
        if self._closed:  # a timer that fired while the app closes: nothing more is started
            log.debug("task %s dropped: the runner is shut down", getattr(fn, "__name__", fn))
            return -1
        task_id = next(self._ids)
        was_idle = not self._callbacks
        self._callbacks[task_id] = (on_done, on_error, owner)
        if latest:
            kind = (id(owner), latest)
            self._latest[kind] = task_id
            self._kinds[task_id] = kind
        self._pool.start(_Job(task_id, self._relay, fn, args, kwargs))
        if was_idle:
            self.busy_changed.emit(True)
        return task_id

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (tests, shutdown). Results are still delivered by the event loop."""
        return bool(self._pool.waitForDone(msecs))

    def shutdown(self, msecs: int = 10_000) -> None:
        """Stop accepting work and join what was started (a last save still lands); results are not delivered."""
        self._closed = True
        if not self._pool.waitForDone(msecs):
            log.warning("background tasks still running after %d ms", msecs)
        self._callbacks.clear()
        self._latest.clear()
        self._kinds.clear()

    def _pop(self, task_id: int) -> _Entry | None:
        entry = self._callbacks.pop(task_id, None)
        kind = self._kinds.pop(task_id, None)
        if kind is not None:
            if self._latest.get(kind) == task_id:
                del self._latest[kind]
            else:  # a newer load of the same kind is on its way: this answer is out of date
                entry = None
        if not self._callbacks:
            self.busy_changed.emit(False)
        return entry

    @Slot(int, object)
    def _on_relay_finished(self, task_id: int, result: object) -> None:
        entry = self._pop(task_id)
        if entry is None:
            return
        on_done, _on_error, owner = entry
        if owner is not None and not shiboken6.isValid(owner):
            return
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_relay_failed(self, task_id: int, exc: object) -> None:
        entry = self._pop(task_id)
        if entry is None:
            return
        _on_done, on_error, owner = entry
        if owner is not None and not shiboken6.isValid(owner):
            return
        assert isinstance(exc, BaseException)
        if on_error is not None:
            on_error(exc)
        else:
            log.error("background task failed", exc_info=exc)
            self.task_failed.emit(exc)
