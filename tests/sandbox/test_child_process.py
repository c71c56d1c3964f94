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


SECOND_APP = textwrap.dedent(
    """
    import json, sys
    from desktop.sandbox.launcher import ChildSandbox, SandboxProcessError

    events = []
    child = ChildSandbox(sys.argv[1], on_event=lambda name, detail: events.append([name, detail])).start()
    for line in sys.stdin:  # each line: say what this app's sandbox is now
        try:
            advanced = child.advance(60)
        except SandboxProcessError as exc:
            advanced = str(exc)
        print(json.dumps({"url": child.url, "owner_pid": child.owner_pid, "child_pid": child.pid,
                          "advance": advanced, "events": events}), flush=True)
    child.stop()
    """
)


def _post_declaration(url: str) -> str:
    import requests

    from tests.sandbox.conftest import PASSWORDS, declaration_body

    with requests.Session() as session:
        token = session.post(f"{url}/v1/auth/token", timeout=30, json={
            "grant_type": "password", "username": "demo-exporter", "password": PASSWORDS["demo-exporter"]}).json()
        answer = session.post(f"{url}/v1/declarations", json=declaration_body(), timeout=30, headers={
            "Authorization": f"Bearer {token['access_token']}", "Idempotency-Key": str(os.urandom(8).hex())})
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


@pytest.mark.parametrize("how", ["closed", "killed"])
def test_a_second_app_on_the_same_data_uses_the_first_apps_sandbox_and_takes_over_when_it_goes(
    tmp_path: Path, how: str
) -> None:
    db = str(tmp_path / "sandbox.sqlite3")
    first = ChildSandbox(db_path=db).start()
    second = subprocess.Popen(
        [sys.executable, "-c", SECOND_APP, db], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert second.stdin is not None and second.stdout is not None

    def ask() -> dict[str, object]:
        second.stdin.write("\n")  # type: ignore[union-attr]
        second.stdin.flush()  # type: ignore[union-attr]
        return dict(json.loads(second.stdout.readline()))  # type: ignore[union-attr]

    try:
        state = ask()
        # one server for the file: the second app's child serves nothing and points at the first's
        assert state["url"] == first.url and state["owner_pid"] == first.pid != state["child_pid"]
        assert "another Corridor Desk" in str(state["advance"])  # its controls name the process that has them
        filed = _post_declaration(str(state["url"]))
        assert first.query("SELECT id FROM filings WHERE id = ?", (filed,)) == [{"id": filed}]
        first_url = first.url
        if how == "killed":  # kill -9: the OS drops the lock; this app's own restart must not serve it twice
            first._stopping.set()
            os.kill(first.pid, signal.SIGKILL)
        first.stop()
        _wait(lambda: ask()["owner_pid"] == 0, 30)
        state = ask()
        assert state["url"] == first_url  # taken over on the same port: the second app's URL stays right
        assert _health(str(state["url"]))["status"] == "ok"
        assert state["advance"] == 0 or isinstance(state["advance"], int)  # its controls work now
        assert _post_declaration(str(state["url"])) != filed
    finally:
        first.stop()
        second.stdin.close()
        second.wait(timeout=30)
        second.stdout.close()


def test_a_command_line_run_uses_the_apps_sandbox_and_the_app_uses_the_command_lines(tmp_path: Path) -> None:
    from desktop.commands.platform import _embedded

    db = str(tmp_path / "sandbox.sqlite3")
    with ChildSandbox(db_path=db).start() as app_sandbox:
        handle, url, owner = _embedded(db)  # the app serves the file: the command uses that server
        assert (handle, url, owner) == (None, app_sandbox.url, None)
    handle, url, owner = _embedded(db)  # nobody does: the command serves it while it runs
    try:
        with ChildSandbox(db_path=db).start() as app_sandbox:
            assert app_sandbox.url == url and app_sandbox.owner_pid == os.getpid()
    finally:
        handle.stop()
        owner.release()
