"""The README's classroom set-up works: one standalone sandbox, two seats logging in to it with --platform.

Only on 127.0.0.1 (the README's 0.0.0.0 is the same server listening on every interface).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.skipif(sys.platform == "win32", reason="stops the server with SIGINT (Ctrl+C)")
def test_two_seats_log_in_to_one_classroom_sandbox(tmp_path: Path) -> None:
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    server = subprocess.Popen(
        [sys.executable, "-m", "desktop", "sandbox", "--host", "127.0.0.1", "--port", str(port),
         "--data", str(tmp_path / "classroom.sqlite3"), "--seats", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT,
    )
    try:
        assert server.stdout is not None
        banner = server.stdout.readline()  # printed once the port is bound
        assert f"http://127.0.0.1:{port}/v1" in banner, banner
        assert "seats: 4 trainee accounts" in banner, banner  # two demo accounts and two seats
        seat_env = dict(env, CORRIDOR_PASSWORD="train1234")
        for seat in ("seat-01", "seat-02"):
            login = subprocess.run(
                [sys.executable, "-m", "desktop", "--platform", f"http://127.0.0.1:{port}", "--lang", "en",
                 "login", seat, "--no-remember", "--data-dir", str(tmp_path / seat)],
                capture_output=True, text=True, env=seat_env, cwd=ROOT, timeout=60, check=False,
            )
            assert login.returncode == 0, login.stdout + login.stderr
            assert f"Logged in to sandbox as {seat}." in login.stdout and f"  {seat}  " in login.stdout
            assert (tmp_path / seat).is_dir()
    finally:
        server.send_signal(signal.SIGINT)
        try:
            log, _ = server.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            log, _ = server.communicate()
    assert server.returncode == 0, log
    assert log.count("POST /v1/auth/token") == 2, log  # both seats reached this one server
    assert (tmp_path / "classroom.sqlite3").is_file()
