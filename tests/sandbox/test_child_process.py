"""The embedded platform as a child process: served over real HTTP, controlled over its pipe, started again when
it dies, and gone when its parent goes (even by kill -9)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from desktop.sandbox.launcher import ChildSandbox, SandboxProcessError
from tests.conftest import ROOT


def _health(url: str) -> dict[str, object]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url + "/v1/health", timeout=10) as answer:
        return dict(json.loads(answer.read()))


def _gone(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")  # a zombie waits only for its reaper


def _wait(cond: object, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not cond():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def test_child_serves_and_obeys_its_controls(tmp_path: Path) -> None:
    with ChildSandbox(db_path=str(tmp_path / "sandbox.sqlite3")).start() as child:
        assert child.pid != os.getpid() and child.call("pid") == child.pid
        assert _health(child.url)["sandbox"] is True
        before = child.now()
        child.advance(3600)
        assert child.now() > before
        child.set_verification("demo-exporter", True)
        child.set_scenario("demo-exporter", "rejection")
        assert child.query("SELECT scenario FROM users WHERE username = ?", ("demo-exporter",)) == [
            {"scenario": "rejection"}
        ]
        with pytest.raises(SandboxProcessError):
            child.query("DELETE FROM users")  # a command failing does not stop the server
        assert _health(child.url)["status"] == "ok"
        pid = child.pid
    _wait(lambda: _gone(pid), 15)


def test_a_killed_child_is_started_again_on_the_same_port_and_data(tmp_path: Path) -> None:
    events: list[tuple[str, object]] = []
    restarted = threading.Event()

    def on_event(name: str, detail: object) -> None:
        events.append((name, detail))
        if name == "restarted":
            restarted.set()

    with ChildSandbox(db_path=str(tmp_path / "sandbox.sqlite3"), on_event=on_event).start() as child:
        url, first = child.url, child.pid
        child.set_scenario("demo-exporter", "inspection")
        os.kill(first, signal.SIGKILL)
        assert restarted.wait(60), events
        assert events[0] == ("crashed", -signal.SIGKILL) and events[-1] == ("restarted", url)
        assert child.pid != first and child.url == url and child.restarts == 1
        assert _health(url)["status"] == "ok"
        assert child.query("SELECT scenario FROM users WHERE username = 'demo-exporter'")[0]["scenario"] == "inspection"


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 of the parent is a POSIX test")
def test_no_orphan_when_the_parent_is_killed(tmp_path: Path) -> None:
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import time
                from desktop.sandbox.launcher import ChildSandbox
                child = ChildSandbox(db_path={str(tmp_path / 'sandbox.sqlite3')!r}).start()
                print(child.pid, flush=True)
                time.sleep(120)
                """
            ),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert parent.stdout is not None
        pid = int(parent.stdout.readline())
        assert not _gone(pid)
        parent.send_signal(signal.SIGKILL)  # no clean-up code of the parent runs
        parent.wait()
        _wait(lambda: _gone(pid), 15)
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if parent.stdout is not None:
            parent.stdout.close()


def test_launched_at_once_and_moved_when_its_port_was_taken(tmp_path: Path) -> None:
    import socket

    events: list[tuple[str, object]] = []
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        child = ChildSandbox(db_path=str(tmp_path / "sandbox.sqlite3"), on_event=lambda *e: events.append(e))
        child._port = taken.getsockname()[1]  # as if someone took the chosen port before the child bound it
        child.url = f"http://127.0.0.1:{child._port}"
        with child.launch() as launched:
            assert launched.pid and launched.url.endswith(f":{taken.getsockname()[1]}")  # known before it serves
            launched.start()
            assert events == [("moved", launched.url)] and launched.port != taken.getsockname()[1]
            assert _health(launched.url)["status"] == "ok"
