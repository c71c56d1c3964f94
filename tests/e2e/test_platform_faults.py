"""A client process killed with SIGKILL in the middle of sending, then restarted: the filing exists exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.model.filing import FilingStatus
from desktop.core.services import drafts, filing
from desktop.core.store.store import Store
from tests.conftest import ROOT, SAMPLES

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

CHILD = """
import sys
from pathlib import Path
from desktop.core.services import filing
from desktop.core.store.store import Store

store = Store.open(Path(sys.argv[1]))
p = filing.open_platform(store, sys.argv[2], "sandbox", read_timeout=60, deadline=120)
filing.login(p, "demo-exporter", "demo1234", remember=False)
filing.submit_declaration(p, sys.argv[3])
print("QUEUED", flush=True)
filing.deliver(p)
print("DELIVERED", flush=True)
"""


@pytest.fixture
def sandbox() -> Iterator[Any]:
    from desktop.sandbox.server import run_embedded

    handle = run_embedded()
    try:
        yield handle
    finally:
        handle.stop()


def _filings(sandbox: Any) -> int:
    return int(sandbox.sandbox.query_one("SELECT COUNT(*) FROM filings WHERE kind = 'declaration'")[0])


def _wait_for(condition: Any, timeout: float = 30.0) -> None:
    """Wait for another process to reach a point (not for a status: those move with the sandbox clock)."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("timed out waiting for the child process")
        time.sleep(0.02)


@pytest.mark.parametrize("fault", ["delay-after-commit", "hold-in-flight"])
def test_kill_9_mid_send_then_restart_files_once(sandbox: Any, tmp_path: Path, fault: str) -> None:
    db = tmp_path / "workspace.sqlite3"
    with Store.open(db) as store:
        result = drafts.import_file(store, SAMPLES / "motorcycle-parts-chongqing-haiphong.json", author="t")
        assert result.derived is not None
        decl = result.derived.declarations[0].id
    # delay-after-commit: the server has stored the filing and holds back its answer when the client dies;
    # hold-in-flight: the client dies while the server is still working on the key.
    sandbox.add_fault(fault, "demo-exporter", seconds=20.0 if fault == "delay-after-commit" else 1.5)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), sandbox.url, decl],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "QUEUED"
        if fault == "delay-after-commit":
            _wait_for(lambda: _filings(sandbox) == 1)
        else:
            _wait_for(lambda: sandbox.sandbox.query_one("SELECT COUNT(*) FROM idempotency")[0] == 1)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout:
            child.stdout.close()
        if child.stderr:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    with Store.open(db) as store:  # the restart: the row survived, queued, with its key and bytes
        p = filing.open_platform(store, sandbox.url, "sandbox")
        try:
            assert p.outbox.pending_count() == 1
            assert store.declarations.get(decl).status is FilingStatus.QUEUED
            filing.login(p, "demo-exporter", "demo1234", remember=False)
            if fault == "hold-in-flight":
                first = filing.deliver(p)
                if first.sent == 0:  # still in flight on the server: 409, stays queued
                    assert first.errors[0].code == "platform.idempotency_in_flight"
                    _wait_for(lambda: _filings(sandbox) == 1)
            result2 = filing.deliver(p) if p.outbox.pending_count() else None
            assert p.outbox.pending_count() == 0, result2
            assert store.declarations.get(decl).status is FilingStatus.RECEIVED
        finally:
            p.close()
    assert _filings(sandbox) == 1
