"""The sandbox clock: the processing simulator and token lifetimes follow it, and only it.

By default it stands still and moves only when advanced (tests, trainers); ``realtime=True`` also lets it
follow the wall clock (a standalone classroom server where filings progress on their own).
"""

from __future__ import annotations

import functools
import threading
import time
from datetime import UTC, datetime


class SandboxClock:
    def __init__(self, start: datetime | float | None = None, *, realtime: bool = False) -> None:
        if start is None:
            start = float(int(time.time()))
        elif isinstance(start, datetime):
            start = start.timestamp()
        self._base = float(start)
        self._offset = 0.0
        self._realtime = realtime
        self._started = time.monotonic()
        self._lock = threading.Lock()

    @property
    def realtime(self) -> bool:
        return self._realtime

    def now(self) -> float:
        """Seconds since the epoch on the sandbox clock."""
        with self._lock:
            elapsed = time.monotonic() - self._started if self._realtime else 0.0
            return self._base + self._offset + elapsed

    def now_dt(self) -> datetime:
        return datetime.fromtimestamp(self.now(), UTC)

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("the sandbox clock never goes back")
        with self._lock:
            self._offset += seconds
        return self.now()

    def set_at_least(self, epoch: float) -> None:
        """Move forward to ``epoch`` if the clock is behind it (a file database remembers its last time)."""
        now = self.now()
        if epoch > now:
            self.advance(epoch - now)


@functools.lru_cache(maxsize=16384)
def iso(epoch: float | None) -> str | None:
    """RFC 3339 UTC with a Z, second precision (milliseconds when fractional). Kept for the times asked again
    and again: every list and event page writes the same filings' and events' times."""
    if epoch is None:
        return None
    dt = datetime.fromtimestamp(epoch, UTC)
    text = dt.isoformat(timespec="seconds")[:19]  # in C, several times faster than strftime
    if dt.microsecond:
        return f"{text}.{dt.microsecond // 1000:03d}Z"
    return text + "Z"
