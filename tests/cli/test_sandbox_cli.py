"""``corridor-desk sandbox`` controls against a real sandbox over HTTP: the trainer lists the class, sets a
scenario for the class or one trainee, moves the clock, adds seats and resets; an ordinary user is refused."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.commands.common import EXIT_INVALID, EXIT_OK
from desktop.sandbox.server import SandboxHandle, run_embedded
from tests.sandbox.conftest import Client, declaration_body


@pytest.fixture
def sandbox() -> Iterator[SandboxHandle]:
    handle = run_embedded()
    try:
        yield handle
    finally:
        handle.stop()


@pytest.fixture
def cli(sandbox: SandboxHandle, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("CORRIDOR_USER", "trainer")
    monkeypatch.setenv("CORRIDOR_PASSWORD", "trainer1234")
    monkeypatch.setenv("CORRIDOR_SEAT_PASSWORD", "seat-pass")

    def run(*argv: str, lang: str = "en") -> int:
        return main(["--lang", lang, "--platform", sandbox.url, "--data-dir", str(data_dir), "sandbox", *argv])

    return run


def _seat(sandbox: SandboxHandle, name: str) -> Client:
    client = Client(sandbox.url)
    answer = client.post("/v1/auth/token", json={"grant_type": "password", "username": name, "password": "seat-pass"})
    assert answer.status_code == 200, answer.text
    client.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
    return client


def test_a_trainer_runs_the_class_from_the_command_line(
    cli: Any, sandbox: SandboxHandle, capfd: pytest.CaptureFixture[str]
) -> None:
    assert cli("seats", "3") == EXIT_OK
    assert "3 seats: seat-01 .. seat-03." in capfd.readouterr().out
    body = declaration_body()
    body["company_id"] = "seat-02"
    seat = _seat(sandbox, "seat-02")
    assert seat.create("/v1/declarations", body).status_code == 201
    assert cli("scenario", "rejection") == EXIT_OK
    assert "Scenario rejection for the whole class." in capfd.readouterr().out
    assert cli("scenario", "inspection", "--trainee", "seat-01") == EXIT_OK
    assert {u: sandbox.sandbox.scenario_of(u)[0] for u in ("seat-01", "seat-03", "trainer")} == {
        "seat-01": "inspection",
        "seat-03": "rejection",
        "trainer": "happy",
    }
    before = sandbox.sandbox.clock.now()
    assert cli("clock", "--advance", "2h") == EXIT_OK
    assert sandbox.sandbox.clock.now() == before + 7200
    assert re.search(r"\(\d+ processing steps? applied\)", capfd.readouterr().out)
    assert cli("trainees", "--json") == EXIT_OK
    listed = {t["username"]: t for t in json.loads(capfd.readouterr().out)}
    assert listed["seat-02"]["filings"] == {"declaration": {"released": 1}}
    assert listed["seat-01"]["scenario"] == "inspection"
    assert cli("trainees") == EXIT_OK
    out = capfd.readouterr().out
    assert "5 trainees:" in out and "seat-02" in out and "declarations 1, bookings 0" in out
    seat = _seat(sandbox, "seat-02")  # its access token ran out in the two hours
    assert cli("reset") == EXIT_INVALID  # not without --yes
    assert "--yes" in capfd.readouterr().out and sandbox.sandbox.query("SELECT id FROM filings")
    assert cli("reset", "--yes", lang="zh_CN") == EXIT_OK
    out = capfd.readouterr().out
    assert out.strip() == "班级已重置：删除 1 份申报，保留 5 名学员。"
    assert sandbox.sandbox.query("SELECT id FROM filings") == []
    assert seat.get("/v1/me").status_code == 200  # the seat's login survived the reset


def test_bad_input_and_ordinary_users_are_refused(
    cli: Any, sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    assert cli("clock", "--advance", "soon") == EXIT_INVALID
    assert "soon is not a time to move the clock by" in capfd.readouterr().err
    assert cli("seats", "0") == EXIT_INVALID
    capfd.readouterr()
    monkeypatch.setenv("CORRIDOR_USER", "demo-exporter")
    monkeypatch.setenv("CORRIDOR_PASSWORD", "demo1234")
    before = sandbox.sandbox.clock.now()
    for argv in (("clock", "--advance", "1h"), ("scenario", "happy"), ("trainees",), ("reset", "--yes")):
        assert cli(*argv) == EXIT_INVALID, argv
        assert "Only a trainer account can do this; demo-exporter is not one." in capfd.readouterr().err
    assert sandbox.sandbox.clock.now() == before


def test_a_port_another_program_holds_is_explained(
    sandbox: SandboxHandle, data_dir: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    from desktop.commands.common import EXIT_UNAVAILABLE

    port = str(sandbox.port)  # the running sandbox holds it
    argv = ["--data-dir", str(data_dir), "sandbox", "--port", port, "--data", str(data_dir / "class.sqlite3")]
    assert main(["--lang", "vi", *argv]) == EXIT_UNAVAILABLE
    err = capfd.readouterr().err
    assert f"Nền tảng đào tạo không nhận được kết nối tại http://127.0.0.1:{port}" in err, err
    assert "--port" in err and "{" not in err
