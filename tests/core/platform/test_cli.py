"""The platform CLI commands against the sandbox over HTTP: exit codes and translated messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest

from desktop.cli import main
from desktop.commands.common import EXIT_INVALID, EXIT_OK, EXIT_UNAVAILABLE
from tests.core.platform.conftest import SAMPLE, server_count


@pytest.fixture
def cli(sandbox: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("CORRIDOR_DESK_KEEP_KEYRING", "1")
    monkeypatch.delenv("CORRIDOR_USER", raising=False)
    monkeypatch.delenv("CORRIDOR_PASSWORD", raising=False)

    def run(*argv: str) -> int:
        return main(["--lang", "en", "--platform", sandbox.url, "--data-dir", str(data_dir), *argv])

    return run


def test_login_submit_sync_status_logout(
    cli: Any, sandbox: Any, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CORRIDOR_PASSWORD", "demo1234")
    assert cli("login", "demo-exporter") == EXIT_OK
    out = capfd.readouterr().out
    assert "Logged in to sandbox as demo-exporter." in out and "cq-jiangling" in out
    monkeypatch.delenv("CORRIDOR_PASSWORD")  # the next commands resume from the keyring
    assert keyring.get_password("CorridorDesk/sandbox", "demo-exporter")
    assert cli("submit", str(SAMPLE)) == EXIT_OK
    assert "declaration SH-2026-0001-D1: Received" in capfd.readouterr().out
    sandbox.advance(3600)
    assert cli("sync") == EXIT_OK
    assert cli("status", "SH-2026-0001-D1") == EXIT_OK
    out = capfd.readouterr().out
    assert "Accepted" in out and "customs number 8000" in out
    assert cli("book", "SH-2026-0001-B") == EXIT_OK
    assert "booking SH-2026-0001-B: Requested" in capfd.readouterr().out
    assert cli("book", "--schedules", "--port-of-discharge", "VNHPH", "--date", "2026-12-10", "--json") == EXIT_OK
    assert '"service_code"' in capfd.readouterr().out
    assert cli("logout") == EXIT_OK
    assert keyring.get_password("CorridorDesk/sandbox", "demo-exporter") is None
    assert cli("sync") == EXIT_INVALID
    assert "You are not logged in to the sandbox platform." in capfd.readouterr().err
    assert server_count(sandbox) == 1 and server_count(sandbox, "booking") == 1


def test_wrong_password_and_verification_code(
    cli: Any, sandbox: Any, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CORRIDOR_PASSWORD", "wrong")
    assert cli("login", "demo-exporter") == EXIT_INVALID
    assert "Wrong user name or password." in capfd.readouterr().err
    monkeypatch.setenv("CORRIDOR_PASSWORD", "demo1234")
    sandbox.set_verification("demo-exporter")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert cli("login", "demo-exporter") == EXIT_INVALID
    assert "verification code" in capfd.readouterr().err
    code = sandbox.verification_code("demo-exporter")
    assert cli("login", "demo-exporter", "--code", code) == EXIT_OK


def test_unreachable_platform_exits_3(data_dir: Path, capfd: pytest.CaptureFixture[str]) -> None:
    code = main(["--lang", "en", "--platform", "http://127.0.0.1:9", "--data-dir", str(data_dir), "status"])
    assert code == EXIT_UNAVAILABLE
    assert "cannot be reached" in capfd.readouterr().err


def test_queued_without_network_then_sync(
    cli: Any, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str], sandbox: Any
) -> None:
    monkeypatch.setenv("CORRIDOR_PASSWORD", "demo1234")
    assert cli("login", "demo-exporter") == EXIT_OK
    assert cli("submit", str(SAMPLE), "--no-send") == EXIT_OK
    assert "declaration SH-2026-0001-D1: Queued" in capfd.readouterr().out
    assert cli("status", "--json") == EXIT_OK
    assert '"pending"' in capfd.readouterr().out
    assert cli("sync") == EXIT_OK
    assert "Sent 1" in capfd.readouterr().out
    assert server_count(sandbox) == 1


def test_sandbox_command_serves_until_interrupted(tmp_path: Path) -> None:
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time

    from desktop.core.platform.client import PlatformClient
    from desktop.core.platform.errors import Timeout, Unreachable
    from tests.conftest import ROOT

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = tmp_path / "sandbox.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "sandbox", "--port", str(port), "--data", str(data)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    client = PlatformClient(f"http://127.0.0.1:{port}", "sandbox", connect_timeout=0.5, deadline=2.0)
    try:
        end = time.monotonic() + 30
        while True:  # wait for the other process to listen
            try:
                health = client.health()
                break
            except (Unreachable, Timeout):  # a loaded machine may take longer than one attempt's deadline
                assert time.monotonic() < end and proc.poll() is None
                time.sleep(0.1)
        assert health.status == "ok" and health.sandbox
    finally:
        client.close()
        proc.send_signal(signal.SIGINT)
        out, _err = proc.communicate(timeout=30)
    assert f"127.0.0.1:{port}/v1" in out
    assert data.exists()


@pytest.mark.parametrize("lang", ["en", "zh_CN", "vi"])
def test_a_queued_filing_says_which_platform_cannot_be_reached(
    sandbox: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str], lang: str
) -> None:
    from urllib.parse import urlsplit

    from tests.faultproxy import FaultProxy

    monkeypatch.setenv("CORRIDOR_DESK_KEEP_KEYRING", "1")
    monkeypatch.setenv("CORRIDOR_PASSWORD", "demo1234")
    upstream = urlsplit(sandbox.url)
    with FaultProxy((upstream.hostname or "127.0.0.1", upstream.port or 80)) as proxy:
        args = ["--lang", lang, "--platform", proxy.url, "--data-dir", str(data_dir)]
        assert main([*args, "login", "demo-exporter"]) == EXIT_OK
        proxy.add("reset", "/v1/declarations", "POST", count=50)  # every delivery attempt is cut off
        capfd.readouterr()
        assert main([*args, "submit", str(SAMPLE)]) == EXIT_UNAVAILABLE
        err = capfd.readouterr().err
        assert "{" not in err and "}" not in err, err  # every placeholder filled
        assert proxy.url in err  # the platform's address is named
        for command in (["status", "SH-2026-0001-D1"], ["status"]):
            main([*args, *command])
            both = capfd.readouterr()
            text = both.out + both.err
            assert "{" not in text and "platform.unreachable" not in text, text  # a sentence, not a code
        assert proxy.url in text  # the waiting filing's reason names the platform
