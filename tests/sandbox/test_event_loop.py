"""The sandbox's short store work runs on its event loop, but never waits there: while another thread holds the
write lock (a clock tick, a control, a login issuing tokens) a filing waits in a worker thread and every other
call is still answered."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from desktop.sandbox.server import run_embedded
from tests.sandbox.conftest import declaration_body, login


def test_a_held_write_lock_never_stops_the_other_calls(tmp_path: Path) -> None:
    sandbox = run_embedded(db_path=str(tmp_path / "classroom.sqlite3"))
    try:
        filer, reader = login(sandbox, "demo-exporter"), login(sandbox, "demo-exporter")
        taken, release = threading.Event(), threading.Event()

        def hold() -> None:
            with sandbox.sandbox.lock:
                taken.set()
                release.wait(30)

        holder = threading.Thread(target=hold)
        holder.start()
        assert taken.wait(10)
        filed: list[int] = []
        filing = threading.Thread(
            target=lambda: filed.append(filer.create("/v1/declarations", declaration_body()).status_code)
        )
        filing.start()
        time.sleep(0.5)  # the filing reaches the server and waits for the lock (if it has not, this proves less)
        try:
            health = reader.get("/v1/health", timeout=10)
            listed = reader.get("/v1/declarations", timeout=10)
            answered_while_held = filing.is_alive()
        finally:
            release.set()
            holder.join(10)
            filing.join(20)
        assert health.status_code == 200 and listed.status_code == 200
        assert answered_while_held  # the loop was free while the filing waited for the lock
        assert filed == [201]  # and the filing went through once the lock was free
        assert len(reader.get("/v1/declarations").json()["items"]) == 1
    finally:
        sandbox.stop()
