"""Who serves a sandbox database file: one process at a time, found by any other that opens the same file.

Two Corridor Desk windows on one data folder would otherwise start two sandboxes on one ``sandbox.sqlite3``:
two clocks moving receipts, two Single Window clients on one ImpPath, each process's faults and scenarios
unknown to the other. The process that serves holds an OS lock on ``<database>.owner`` for as long as it lives
(released by the OS however it ends, kill -9 included) and writes its URL and pid there; another finds that URL
and uses it, and takes over (on the same port when it can) once the lock is free.

Stdlib only: POSIX ``fcntl.flock``; on Windows ``msvcrt.locking`` of one byte far past the text, so the text
itself stays readable by the others.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
import urllib.request
from pathlib import Path
from typing import IO, Any

_WINDOWS_LOCK_AT = 1 << 30  # the byte Windows locks: past any owner text, which stays readable


def owner_path(db_path: str | os.PathLike[str]) -> Path:
    return Path(str(db_path) + ".owner")


def shareable(db_path: str | None) -> bool:
    """Whether ``db_path`` is a file other processes may open too (not in memory, not a database server)."""
    return bool(db_path) and db_path != ":memory:" and "://" not in str(db_path)


class Ownership:
    """The lock on one database file's owner record; :meth:`try_take` is non-blocking."""

    def __init__(self, db_path: str | os.PathLike[str]) -> None:
        self.path = owner_path(db_path)
        self._file: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def try_take(self) -> bool:
        """Take the lock if no living process holds it; True when this process now owns the file."""
        if self._file is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while the lock is held
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(_WINDOWS_LOCK_AT)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def announce(self, url: str, pid: int | None = None) -> None:
        """Say where this owner serves (call only while holding the lock)."""
        if self._file is None:
            raise RuntimeError("the owner record is not held")
        text = json.dumps({"url": url, "pid": pid or os.getpid()})
        self._file.seek(0)
        self._file.truncate()
        self._file.write(text + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def read(self) -> dict[str, Any] | None:
        """The current owner's ``{"url", "pid"}``, or None when none has said yet."""
        try:
            text = self.path.read_text(encoding="utf-8").strip()
            found = json.loads(text) if text else None
        except (OSError, ValueError):
            return None
        return found if isinstance(found, dict) and isinstance(found.get("url"), str) else None

    def release(self) -> None:
        if self._file is None:
            return
        with contextlib.suppress(OSError):
            self._file.seek(0)
            self._file.truncate()
            self._file.flush()
        self._file.close()  # closing drops the lock (on Windows too: the OS unlocks a closed handle's regions)
        self._file = None


def answers(url: str) -> bool:
    """Whether a sandbox serves at ``url`` (its health answers), never through a proxy."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(f"{url}/v1/health", timeout=5) as answer:
            return bool(answer.status == 200)
    except (OSError, ValueError):
        return False


def find_owner(owner: Ownership, timeout: float) -> dict[str, Any] | None:
    """The record of the process serving the database once its URL answers; None when the lock was free (this
    process now holds it and serves). OSError when a process holds it without answering within ``timeout``."""
    deadline = time.monotonic() + timeout
    while not owner.try_take():
        found = owner.read()
        if found is not None and answers(found["url"]):
            return found
        if time.monotonic() > deadline:
            raise OSError(f"the sandbox database is held by a process that does not answer ({owner.path})")
        time.sleep(0.2)
    return None
