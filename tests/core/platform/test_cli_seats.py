"""The CLI on a shared workspace: each run works as a workspace user; a broker lists their own queue, a
supervisor everyone's; only a supervisor changes roles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.commands.common import EXIT_INVALID, EXIT_OK
from tests.core.platform.conftest import SAMPLE


@pytest.fixture
def cli(sandbox: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("CORRIDOR_DESK_KEEP_KEYRING", "1")
    monkeypatch.delenv("CORRIDOR_USER", raising=False)
    monkeypatch.delenv("CORRIDOR_SEAT_USER", raising=False)
    monkeypatch.setenv("CORRIDOR_PASSWORD", "demo1234")

    def run(*argv: str) -> int:
        return main(["--lang", "en", "--platform", sandbox.url, "--data-dir", str(data_dir), *argv])

    return run


def test_brokers_see_their_own_queue_and_a_supervisor_everyones(
    cli: Any, capfd: pytest.CaptureFixture[str]
) -> None:
    assert cli("users", "--user", "wang") == EXIT_OK  # the first user of the workspace
    assert "wang  supervisor" in capfd.readouterr().out
    assert cli("login", "demo-exporter", "--user", "li") == EXIT_OK
    assert cli("submit", str(SAMPLE), "--no-send", "--user", "li") == EXIT_OK
    capfd.readouterr()
    assert cli("status", "--user", "wang") == EXIT_OK
    out = capfd.readouterr().out
    assert "Working as wang (supervisor)." in out
    assert "1 filing waiting to be sent (every user's)." in out and "SH-2026-0001-D1  li  " in out
    assert cli("status", "--user", "zhao") == EXIT_OK
    out = capfd.readouterr().out
    assert "Working as zhao (broker)." in out and "0 filings you queued waiting to be sent." in out
    assert cli("status", "--user", "li") == EXIT_OK
    out = capfd.readouterr().out
    assert "1 filing you queued waiting to be sent." in out and "SH-2026-0001-D1" in out
    assert cli("status", "--user", "zhao", "--everyone") == EXIT_OK  # a broker asking still gets their own
    assert "0 filings you queued" in capfd.readouterr().out
    assert cli("status", "--user", "wang", "--mine") == EXIT_OK
    assert "0 filings you queued" in capfd.readouterr().out
    assert cli("status", "--user", "wang", "--by", "li") == EXIT_OK  # a supervisor picks one broker's queue
    out = capfd.readouterr().out
    assert "1 filing queued by li waiting to be sent." in out and "SH-2026-0001-D1" in out
    assert cli("status", "--user", "wang", "--by", "zhao") == EXIT_OK
    assert "0 filings queued by zhao waiting to be sent." in capfd.readouterr().out
    assert cli("status", "--user", "zhao", "--by", "li") == EXIT_OK  # a broker gets their own, never another's
    out = capfd.readouterr().out
    assert "0 filings you queued" in out and "SH-2026-0001-D1" not in out

    assert cli("users", "li", "--role", "supervisor", "--user", "zhao") == EXIT_INVALID
    assert "only a supervisor of this workspace can change roles" in capfd.readouterr().err
    assert cli("users", "li", "--role", "supervisor", "--user", "wang") == EXIT_OK
    out = capfd.readouterr().out
    assert "li  supervisor" in out and "zhao  broker" in out
    assert cli("users", "li", "--user", "wang") != EXIT_OK
    assert "Give both the user and the new role" in capfd.readouterr().err
