"""The life of a child process the app hands work to (the sending process, the documents process): spawned on
first use, talked to over a pipe, stopped after the work in hand, reaped (killed if it will not end) so nothing it
held outlives it. Subclasses name the process and the function it serves."""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

STOP_SECONDS = 30.0


class ChildProcess:
    """One spawned child serving ``config``; ``_lock`` keeps one piece of work at a time on its pipe."""

    name = "child"

    def __init__(self, config: Any) -> None:
        self.config = config
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._process: Any = None

    def _serve(self) -> Callable[[Connection, Any], None]:
        """The function the child runs with its end of the pipe and ``config``."""
        raise NotImplementedError

    @property
    def pid(self) -> int:
        return int(self._process.pid) if self._process is not None and self._process.pid else 0

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def start(self) -> None:
        """Spawn the child (it opens the workspace while the caller goes on); idempotent."""
        if self.running:
            return
        self._reap()  # one that died is reaped first
        context = multiprocessing.get_context("spawn")  # never forked from a threaded GUI process
        parent, child = context.Pipe()
        process = context.Process(target=self._serve(), args=(child, self.config), name=self.name, daemon=True)
        process.start()
        child.close()
        self._conn, self._process = parent, process

    def _reap(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            self._process.join(5)  # reaped: the leases it held now belong to a process that has ended
            if self._process.is_alive():
                self._process.kill()
                self._process.join(5)
        self._conn = self._process = None

    def close(self, timeout: float = STOP_SECONDS) -> None:
        """Stop the child after the work in hand, then reap it."""
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(OSError):
                    self._conn.send(("stop",))
            if self._process is not None:
                self._process.join(timeout)
            self._reap()


def requests(conn: Connection, kind: str) -> Iterator[tuple[Any, ...]]:
    """In the child: each message of ``kind`` from the app, until it says stop or the pipe closes."""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message[0] != kind:
            return
        yield message
