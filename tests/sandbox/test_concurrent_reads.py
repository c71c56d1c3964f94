"""A classroom's reads never queue behind the writer: on a database file each server thread reads through its
own connection, while a write transaction's own reads see what it wrote."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop.sandbox import filings
from desktop.sandbox.state import Sandbox


def test_reads_go_on_while_a_write_transaction_is_open(tmp_path: Path) -> None:
    sb = Sandbox.open(str(tmp_path / "classroom.sqlite3"))
    try:
        entered, release = threading.Event(), threading.Event()

        def slow_writer() -> None:
            with sb.tx() as conn:
                conn.execute("INSERT INTO meta (key, value) VALUES ('lesson', 'one')")
                inside = sb.query_one("SELECT value FROM meta WHERE key = 'lesson'")  # its own write
                assert inside is not None and inside["value"] == "one"
                entered.set()
                release.wait(10)

        writer = threading.Thread(target=slow_writer)
        writer.start()
        assert entered.wait(10)
        got: list[object] = []
        reader = threading.Thread(
            target=lambda: got.append(
                (sb.query_one("SELECT value FROM meta WHERE key = 'lesson'"),
                 len(sb.query("SELECT * FROM users")), filings.events_after(sb, ["cq-jiangling"], 0, 10))
            )
        )
        reader.start()
        reader.join(5)
        finished_while_writing = not reader.is_alive()
        release.set()
        writer.join(10)
        reader.join(10)
        assert finished_while_writing  # it did not wait for the writer's lock
        row, users, (events, cursor) = got[0]  # type: ignore[misc]
        assert row is None and users > 0 and events == [] and cursor == 0  # the last committed state
        after = sb.query_one("SELECT value FROM meta WHERE key = 'lesson'")
        assert after is not None and after["value"] == "one"  # committed: every reader sees it now
    finally:
        sb.close()


def test_an_in_memory_sandbox_reads_through_its_one_connection() -> None:
    sb = Sandbox.open(None)
    try:
        with sb.tx() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('lesson', 'two')")
        found = sb.query_one("SELECT value FROM meta WHERE key = 'lesson'")
        assert found is not None and found["value"] == "two"
        assert not sb._readers
    finally:
        sb.close()
