"""PDFs made in worker processes: reportlab is pure Python, so a round of documents made in the app's own
process would hold its interpreter (and stall the window) for minutes; in a pool of processes they use every
core and the app's process only stores and uploads the bytes.

The pool starts on the first document and ends with :meth:`RenderPool.release` (the round is over) or
:meth:`RenderPool.close`; its processes are spawned (never forked from a threaded GUI process), the same on
Linux, Windows and in the frozen bundle (whose entry point calls ``multiprocessing.freeze_support``). A worker
that dies is replaced on the next document; what it had in hand fails with ``documents.worker_stopped``.
The workers run at a lower CPU priority than the app (nice 10; below normal on Windows): on a machine with few
cores they take what the window leaves, so a round of documents never makes the window stutter.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from desktop.core.documents.errors import DocumentError

if TYPE_CHECKING:
    from desktop.core.documents.source import DocumentSource


Made = tuple[int, bytes, str, dict[str, Any]]  # process id, PDF bytes, error code and its parameters


def _render_in_worker(kind: str, source: DocumentSource, lang: str) -> Made:
    """In a worker process: the PDF's bytes, with the process that made them; a document error comes back as
    its code and parameters (an exception crosses processes with its code only)."""
    from desktop.core.services import documents

    try:
        return os.getpid(), documents.document_bytes(kind, source, lang), "", {}
    except DocumentError as exc:
        return os.getpid(), b"", exc.code, dict(exc.params)


#: How much lower than the app's the workers' priority is (POSIX nice increment).
NICE_INCREMENT = 10
_BELOW_NORMAL_PRIORITY_CLASS = 0x4000


def lower_priority() -> None:
    """The initializer of each worker process: background work yields the CPU to the app's window."""
    try:
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), _BELOW_NORMAL_PRIORITY_CLASS)
        else:
            os.nice(NICE_INCREMENT)
    except (OSError, AttributeError):  # a sandbox that refuses: the documents are made all the same
        pass


def default_workers() -> int:
    """One process per core, at most four: the app's own process still needs a share of a small machine."""
    return max(1, min(4, os.cpu_count() or 1))


class RenderPool:
    """A lazily started pool of processes making PDFs; thread-safe."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or default_workers()
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self.pids: set[int] = set()  # the processes that made documents (tests and the benchmark look)

    def submit(self, kind: str, source: DocumentSource, lang: str) -> Future[Made]:
        with self._lock:
            if self._executor is None:
                self._executor = ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=lower_priority
                )
            return self._executor.submit(_render_in_worker, kind, source, lang)

    def render(self, jobs: list[tuple[str, DocumentSource, str]]) -> list[bytes]:
        """The PDFs of ``jobs`` (kind, source, language), made side by side; in the order given."""
        futures = [self.submit(kind, source, lang) for kind, source, lang in jobs]
        out: list[bytes] = []
        for future in futures:
            try:
                pid, data, code, params = future.result()
            except BrokenProcessPool as exc:  # a worker was killed: the next document starts a new pool
                self.release()
                raise DocumentError("documents.worker_stopped") from exc
            self.pids.add(pid)
            if code:
                raise DocumentError(code, **params)
            out.append(data)
        return out

    def release(self) -> None:
        """End the worker processes (the round is over); the next document starts them again."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    close = release

    @property
    def running(self) -> bool:
        with self._lock:
            return self._executor is not None
