"""The workspace watcher notices another seat's commits (PRAGMA data_version), coalesced, off the caller's thread."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from desktop.core.model.master import Company
from desktop.core.store.store import Store
from desktop.core.store.watch import WorkspaceWatcher


def test_another_seats_commits_are_noticed_once_per_interval(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite3"
    calls: list[str] = []
    seen = threading.Event()
    with Store.open(path) as mine, Store.open(path) as theirs:
        if mine.dialect.name != "sqlite":
            pytest.skip("PRAGMA data_version is SQLite's")

        def changed() -> None:
            calls.append(threading.current_thread().name)
            seen.set()

        watcher = WorkspaceWatcher(mine, changed, interval=0.2)
        watcher.start()
        try:
            time.sleep(0.5)
            assert calls == []  # nothing changed yet
            for n in range(20):  # a burst of commits from another seat
                theirs.companies.upsert(Company(id=f"c{n}", name_zh=f"公司{n}"))
            assert seen.wait(5)
            time.sleep(0.5)
        finally:
            watcher.stop()
    assert 1 <= len(calls) <= 3 and set(calls) == {"workspace-watcher"}
