"""The workspace watcher notices another seat's commits (SQLite: PRAGMA data_version; PostgreSQL: LISTEN/NOTIFY),
coalesced, off the caller's thread."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.core.model.master import Company
from desktop.core.store import MIGRATIONS
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


_OTHER_SEAT = """
import sys
from desktop.core.model.master import Company
from desktop.core.store.store import Store

store = Store.open(sys.argv[1], password=sys.argv[2] or None)
try:
    store.companies.upsert(Company(id="from-another-seat", name_zh="另一个席位"))
finally:
    store.close()
"""


def _location(store: Store) -> tuple[str, str]:
    reopen = store._db.reopen_args
    return (reopen[0], reopen[1] or "") if reopen is not None else (str(store.path), "")


def _another_process_saves(store: Store) -> None:
    location, password = _location(store)
    subprocess.run([sys.executable, "-c", _OTHER_SEAT, location, password], check=True, timeout=120)


def test_own_commits_never_reload_but_another_process_commit_does(store: Store) -> None:
    """Both ways: this seat's commits from several threads (as the outbox sender makes them) are not another
    seat's, a commit of another process is, also while this seat keeps committing."""
    calls: list[float] = []
    seen = threading.Event()

    def changed() -> None:
        calls.append(time.monotonic())
        seen.set()

    watcher = WorkspaceWatcher(store, changed, interval=0.1)
    watcher.start()
    stop = threading.Event()
    written: list[int] = []

    def sender() -> None:  # another thread of this seat, with its own connection, committing all the time
        n = 0
        while not stop.is_set():
            store.companies.upsert(Company(id=f"own-{n % 5}", name_zh=f"本席位{n}"))
            n += 1
            time.sleep(0.02)
        written.append(n)

    thread = threading.Thread(target=sender)
    thread.start()
    try:
        for n in range(10):
            store.companies.upsert(Company(id=f"main-{n}", name_zh="本席位"))
        time.sleep(1.0)
        assert calls == []  # ten intervals of our own commits: nothing reloaded
        _another_process_saves(store)
        assert seen.wait(10)
        time.sleep(0.3)
        assert len(calls) == 1
        assert store.companies.find("from-another-seat") is not None
    finally:
        stop.set()
        thread.join()
        watcher.stop()
    assert written and written[0] > 10  # the sender really committed meanwhile


def test_bookkeeping_of_the_outbox_is_not_a_change_for_other_seats(store: Store) -> None:
    from desktop.core.outbox.leases import claim_rows

    other = store.open_again()
    try:
        store.companies.upsert(Company(id="c1", name_zh="公司"))
        before = other.others_changes()
        with store.transaction():
            store.connection().execute(
                "INSERT INTO outbox (environment, kind, draft_id, company_id, client_seq_no, idempotency_key,"
                " payload, payload_sha256, created_at, updated_at) VALUES ('sandbox', 'declaration', 'D1', 'c1',"
                " 'S1', 'K1', ?, 'h', 't0', 't0')",
                (b"{}",),
            )
        queued = other.others_changes()
        assert before is not None and queued is not None and queued[0] == before[0] + 1  # a queued filing shows
        [row] = claim_rows(store, "sandbox", "seat-a")
        with store.transaction(quiet=True):
            store.connection().execute("UPDATE outbox SET lease_owner = '' WHERE id = ?", (row.id,))
        with store.transaction():  # a transaction that writes nothing is no change either
            store.connection().execute("SELECT COUNT(*) FROM outbox").fetchone()
        assert other.others_changes() == queued
        assert store.others_changes() == (0, 0)  # the other store wrote nothing
    finally:
        other.close()


def _listening(store: Store, calls: list[str], seen: threading.Event) -> tuple[WorkspaceWatcher, list[int]]:
    """A watcher of ``store`` that counts how often it reads the change clock."""

    def changed() -> None:
        calls.append(threading.current_thread().name)
        seen.set()

    watcher = WorkspaceWatcher(store, changed, interval=0.3)
    reads: list[int] = []
    clock = watcher.others

    def counted() -> tuple[int, int] | None:
        reads.append(1)
        return clock()

    watcher.others = counted  # type: ignore[method-assign]
    watcher.start()
    assert watcher.ready.wait(10)
    return watcher, reads


@pytest.mark.postgresql
def test_on_postgresql_another_seats_commits_arrive_as_notifications(pg_workspaces: Any) -> None:
    """No polling: an idle workspace is not read at all; a burst of another seat's commits reloads once or twice;
    a rolled-back change and a change in another workspace on the same server reload nothing."""
    from tests.pg import fresh_schema

    calls: list[str] = []
    seen = threading.Event()
    with Store.open(pg_workspaces.clean()) as mine, mine.open_again() as theirs:
        watcher, reads = _listening(mine, calls, seen)
        try:
            time.sleep(1.0)
            assert calls == [] and len(reads) == 1  # three intervals of nothing: only the first reading
            with pytest.raises(RuntimeError), theirs.transaction():
                theirs.companies.upsert(Company(id="gone", name_zh="撤销"))
                raise RuntimeError
            with fresh_schema(pg_workspaces.server) as elsewhere, Store.open(elsewhere) as other:
                other.companies.upsert(Company(id="c0", name_zh="别的工作区"))
            mine.companies.upsert(Company(id="own", name_zh="本席位"))  # this seat's own: read, no reload
            time.sleep(1.0)
            assert calls == []
            for n in range(20):  # a burst of commits from another seat
                theirs.companies.upsert(Company(id=f"c{n}", name_zh=f"公司{n}"))
            assert seen.wait(5)
            time.sleep(0.7)
        finally:
            watcher.stop()
    assert 1 <= len(calls) <= 3 and set(calls) == {"workspace-watcher"}


@pytest.mark.postgresql
def test_a_postgresql_workspace_of_version_12_notifies_after_the_upgrade(pg_workspaces: Any) -> None:
    from tests.pg import fresh_schema

    calls: list[str] = []
    seen = threading.Event()
    with fresh_schema(pg_workspaces.server) as location:
        Store.open(location, migrations=MIGRATIONS[:12]).close()
        with Store.open(location) as mine, mine.open_again() as theirs:
            assert mine.user_version() == len(MIGRATIONS) >= 13
            watcher, _ = _listening(mine, calls, seen)
            try:
                theirs.companies.upsert(Company(id="a", name_zh="甲"))
                assert seen.wait(5)
            finally:
                watcher.stop()
