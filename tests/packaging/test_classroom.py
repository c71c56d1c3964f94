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


def _serve(url: str, port: int, env: dict[str, str], *seats: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "sandbox", "--host", "127.0.0.1", "--port", str(port), "--data", url,
         *seats],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT,
    )


def _stop(server: subprocess.Popen[str]) -> str:
    server.send_signal(signal.SIGINT)
    try:
        log, _ = server.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        log, _ = server.communicate()
    assert server.returncode == 0, log
    return log


@pytest.mark.postgresql
@pytest.mark.skipif(sys.platform == "win32", reason="stops the server with SIGINT (Ctrl+C)")
def test_the_classroom_sandbox_keeps_its_data_on_postgresql(tmp_path: Path) -> None:
    """``--data postgresql://...``: the class lives on the office's server (the banner names it without its
    password); a restarted server finds the seats and their filings there."""
    from tests.pg import SKIPPED, fresh_schema, server_url

    url = server_url()
    if url is None:
        pytest.skip(f"PostgreSQL tests skipped: {SKIPPED[0]}")
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    with fresh_schema(url) as location:
        assert ":corridor@" in location  # the test server's URL carries its password
        port = _free_port()
        server = _serve(location, port, env, "--seats", "2")
        try:
            assert server.stdout is not None
            banner = server.stdout.readline()
            assert f"http://127.0.0.1:{port}/v1" in banner and "seats: 4 trainee accounts" in banner, banner
            assert "data: postgresql://corridor@localhost" in banner and ":corridor@" not in banner, banner
            login = subprocess.run(
                [sys.executable, "-m", "desktop", "--platform", f"http://127.0.0.1:{port}", "--lang", "en",
                 "login", "seat-01", "--no-remember", "--data-dir", str(tmp_path / "seat-01")],
                capture_output=True, text=True, env=dict(env, CORRIDOR_PASSWORD="train1234"), cwd=ROOT, timeout=60,
                check=False,
            )
            assert login.returncode == 0, login.stdout + login.stderr
        finally:
            _stop(server)
        port = _free_port()
        server = _serve(location, port, env)  # no --seats: the two seats come from the server's data
        try:
            assert server.stdout is not None
            banner = server.stdout.readline()
            assert "seats: 4 trainee accounts" in banner, banner
        finally:
            _stop(server)


@pytest.mark.postgresql
def test_a_sandbox_database_server_that_refuses_says_so(capfd: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main
    from desktop.commands.common import EXIT_UNAVAILABLE
    from tests.pg import SKIPPED, server_url

    url = server_url()
    if url is None:
        pytest.skip(f"PostgreSQL tests skipped: {SKIPPED[0]}")
    wrong = url.replace("corridor:corridor@", "corridor:wrong-password@")
    assert wrong != url
    port = _free_port()
    assert main(["--lang", "en", "sandbox", "--port", str(port), "--data", wrong]) == EXIT_UNAVAILABLE
    err = capfd.readouterr().err
    assert "refused the user name or password" in err and "wrong-password" not in err, err


def test_ctrl_c_as_soon_as_the_banner_shows_stops_the_sandbox_cleanly(tmp_path: Path) -> None:
    """A trainer who presses Ctrl+C the moment the address shows gets a clean stop, not a traceback."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    for attempt in range(3):
        server = _serve(str(tmp_path / f"class-{attempt}.sqlite3"), _free_port(), env)
        assert server.stdout is not None
        assert "Ctrl+C stops it." in server.stdout.readline()
        log = _stop(server)  # at once: asserts the exit status is 0
        assert "Traceback" not in log, log
