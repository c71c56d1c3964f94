"""Running the server: standalone with ``serve`` (Ctrl+C stops it), and on a database file that survives."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import requests

from desktop.sandbox.server import _listen, run_embedded
from tests.conftest import ROOT
from tests.sandbox.conftest import declaration_body, login


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_serve_prints_its_url_answers_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    port = _free_port()
    data = tmp_path / "classroom.sqlite"
    code = f"from desktop.sandbox.server import serve; serve('127.0.0.1', {port}, {str(data)!r})"
    with subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    ) as proc:
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert f"http://127.0.0.1:{port}/v1" in line and str(data) in line
            health = requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=20)  # already listening
            assert health.json()["status"] == "ok"
            proc.send_signal(signal.SIGINT)
            assert proc.wait(timeout=15) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
    assert data.exists()


def test_a_database_file_keeps_filings_clock_and_seed_across_restarts(tmp_path: Path) -> None:
    path = str(tmp_path / "sandbox.sqlite")
    first = run_embedded(db_path=path)
    try:
        client = login(first, "demo-exporter")
        filing = client.create("/v1/declarations", declaration_body(seq="KEEP")).json()
        first.advance(3 * 24 * 3600)
        clock = first.sandbox.clock.now()
    finally:
        first.stop()
    second = run_embedded(db_path=path)
    try:
        assert second.sandbox.clock.now() >= clock  # the sandbox clock never goes back
        client = login(second, "demo-exporter")
        got = client.get(f"/v1/declarations/{filing['id']}").json()
        assert got["status"] == "released" and len(got["customs_no"]) == 18
        me = client.get("/v1/me").json()
        assert len(me["companies"]) == 1  # seeded once
        assert client.create("/v1/declarations", declaration_body(seq="KEEP")).status_code == 409
    finally:
        second.stop()


def test_the_sandbox_never_loads_qt() -> None:
    from tests.test_architecture import _loads_qt

    assert not _loads_qt("desktop.sandbox")


def test_a_real_time_server_applies_what_fell_due_while_it_was_down(tmp_path: Path) -> None:
    from desktop.sandbox.clock import SandboxClock

    path = str(tmp_path / "sandbox.sqlite")
    first = run_embedded(db_path=path)
    try:
        filing = login(first, "demo-exporter").create("/v1/declarations", declaration_body()).json()
    finally:
        first.stop()
    # restarted an hour later (of the wall clock), the declaration has moved on before anyone asks
    later = SandboxClock(first.sandbox.clock.now() + 3600, realtime=True)
    second = run_embedded(db_path=path, clock=later)
    try:
        got = login(second, "demo-exporter").get(f"/v1/declarations/{filing['id']}").json()
        assert got["status"] == "released"
    finally:
        second.stop()


def test_a_second_sandbox_cannot_listen_on_a_port_one_already_serves() -> None:
    """Two apps' sandboxes never share a port (on Windows SO_REUSEADDR alone would let the second bind it)."""
    first = _listen("127.0.0.1", 0)
    try:
        with pytest.raises(OSError):
            _listen("127.0.0.1", first.getsockname()[1]).close()
    finally:
        first.close()


def test_every_answer_says_how_long_the_server_itself_took(tmp_path: Path) -> None:
    """A load test tells the server's own share of a latency (Server-Timing) from time queued in the client."""
    handle = run_embedded(db_path=str(tmp_path / "timing.sqlite3"))
    try:
        client = login(handle, "demo-exporter")
        answers = [
            client.get("/v1/declarations", params={"limit": 5}),
            client.post("/v1/declarations", json=declaration_body(), headers={"Idempotency-Key": str(uuid.uuid4())}),
            client.get("/v1/events", params={"cursor": 0}),
            client.get("/v1/declarations/no-such-filing"),  # a problem answer is timed too
            requests.get(f"{handle.url}/v1/health", timeout=10),
        ]
        assert [a.status_code for a in answers] == [200, 201, 200, 404, 200]
        for answer in answers:
            name, _, duration = answer.headers["Server-Timing"].partition(";dur=")
            assert name == "app" and 0 < float(duration) < 10_000
    finally:
        handle.stop()
