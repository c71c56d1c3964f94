"""The embedded platform lives in a child process: the UI process never loads the server, and a platform that
dies is started again while the user is told."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from tests.conftest import ROOT
from tests.ui.conftest import log_in, settle


def test_a_crashed_platform_is_restarted_and_the_user_told(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    settle(ctx, qtbot)
    first = ctx.sandbox.pid
    assert first and first != os.getpid()
    shown: list[str] = []
    ctx.window.statusBar().messageChanged.connect(shown.append)
    os.kill(first, signal.SIGKILL)
    qtbot.waitUntil(lambda: any("stopped unexpectedly" in m for m in shown), timeout=10_000)
    qtbot.waitUntil(lambda: any("started again" in m for m in shown), timeout=60_000)
    assert ctx.sandbox.pid != first and ctx.sandbox.restarts == 1
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: ctx.window.connected is True, timeout=20_000)  # the session goes on, same login
    assert ctx.backend.logged_in


def test_the_ui_process_never_loads_the_server(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from desktop.core.settings import Settings, save_settings, settings_path
        from pathlib import Path
        data = Path({str(tmp_path)!r})
        save_settings(Settings(sandbox_realtime=False), settings_path(data))
        from desktop.ui.app import create_app
        ctx = create_app(["--data-dir", str(data), "--lang", "en"], login=False, excepthook=False, show=False)
        import time
        deadline = time.monotonic() + 60
        while not ctx.window.is_ready and time.monotonic() < deadline:
            ctx.app.processEvents()
            time.sleep(0.01)
        ctx.sandbox.start()  # serving now, for the app's login
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("fastapi", "uvicorn", "starlette")
                        or m == "desktop.sandbox.server")
        print("READY", ctx.window.is_ready, ctx.sandbox.pid, loaded)
        ctx.close()
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    line = [ln for ln in out.stdout.splitlines() if ln.startswith("READY")]
    assert line, out.stderr[-2000:]
    ready, pid, *loaded = line[0].split(" ", 3)[1:]
    assert ready == "True" and int(pid) > 0
    assert loaded == ["[]"]


def _tokens(db: Path) -> int:
    import sqlite3

    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM access_tokens").fetchone()[0])


def test_a_login_reaches_this_apps_platform_when_another_sandbox_took_the_planned_port(
    tmp_path: Path, qapp: Any
) -> None:
    """Two apps on one computer: the port this app planned for its platform was taken by the other app's
    sandbox before its own bound it. The login goes to its own sandbox, never to the other one."""
    from desktop.core.paths import AppPaths
    from desktop.sandbox.launcher import ChildSandbox
    from desktop.ui.backend import Backend

    other_db, own_db = tmp_path / "other.sqlite3", tmp_path / "own.sqlite3"
    with ChildSandbox(db_path=str(other_db)).start() as other:
        own = ChildSandbox(db_path=str(own_db))
        own._port = other.port  # as if the other app's sandbox bound the chosen port a moment before ours
        own.url = other.url
        with own.launch():
            backend = Backend(AppPaths.resolve(tmp_path / "data").ensure(), own.url, "sandbox")
            backend.serve_from(own)
            backend.open()
            try:
                backend.login("demo-exporter", "demo1234", remember=False)
                assert own.port != other.port
                assert backend.platform_url == own.url and backend.platform.client.base_url.startswith(own.url)
            finally:
                backend.close()
        assert _tokens(own_db) == 1 and _tokens(other_db) == 0
