"""One thread that keeps the overall deadlines of every platform exchange of the process.

An exchange arms a deadline as it starts and disarms it when it ends; only a deadline that passes while still
armed calls its action (the transport shuts the exchange's sockets down). Arming and disarming cost a heap push and
a flag: no thread is started per request, and the keeper sleeps until the nearest deadline, so 1,000 filings sent
in a row wake nothing but the threads that send them (a timer thread per request used to start, and wake to
end, twice per filing beside the sending threads and the window's).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable

log = logging.getLogger("desktop.core.platform")


class Deadline:
    """One armed deadline; :meth:`disarm` before it passes and its action never runs."""

    __slots__ = ("action", "armed", "when")

    def __init__(self, when: float, action: Callable[[], None]) -> None:
        self.when, self.action, self.armed = when, action, True

    def disarm(self) -> None:
        self.armed = False


class DeadlineKeeper:
    """Deadlines on the monotonic clock, kept by one daemon thread started with the first."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, Deadline]] = []
        self._order = itertools.count()
        self._changed = threading.Condition(threading.Lock())
        self._thread: threading.Thread | None = None

    def arm(self, when: float, action: Callable[[], None]) -> Deadline:
        """Run ``action`` (on the keeper's thread) at monotonic time ``when`` unless disarmed first."""
        deadline = Deadline(when, action)
        with self._changed:
            self._drop_disarmed()
            heapq.heappush(self._heap, (when, next(self._order), deadline))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="platform-deadlines", daemon=True)
                self._thread.start()
            elif self._heap[0][2] is deadline:  # sooner than what the keeper sleeps towards
                self._changed.notify()
        return deadline

    def pending(self) -> int:
        """Deadlines still armed (tests look)."""
        with self._changed:
            return sum(1 for _when, _n, d in self._heap if d.armed)

    def _drop_disarmed(self) -> None:
        while self._heap and not self._heap[0][2].armed:
            heapq.heappop(self._heap)
        if len(self._heap) > 64 and sum(d.armed for _w, _n, d in self._heap) * 2 < len(self._heap):
            self._heap = [entry for entry in self._heap if entry[2].armed]  # disarmed ones behind a far one
            heapq.heapify(self._heap)

    def _run(self) -> None:
        while True:
            due: list[Deadline] = []
            with self._changed:
                self._drop_disarmed()
                now = time.monotonic()
                while self._heap and self._heap[0][0] <= now:
                    deadline = heapq.heappop(self._heap)[2]
                    if deadline.armed:
                        due.append(deadline)
                if not due:
                    self._changed.wait(self._heap[0][0] - now if self._heap else None)
                    continue
            for deadline in due:
                try:
                    deadline.action()
                except Exception:  # one exchange's cleanup failing must not stop the others' deadlines
                    log.exception("a platform deadline's action failed")


#: The process's keeper (the transport's watchdogs arm theirs here).
KEEPER = DeadlineKeeper()
