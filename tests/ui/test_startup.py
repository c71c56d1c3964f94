"""The cold-start path: until the main window has painted, the app loads only Qt and its own light modules —
pydantic and the models, the PDF stack, the HTTP client and the sandbox server load afterwards, in the
background (a fresh interpreter, as a user's start is)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from desktop.cli import _wants_commands, build_parser
argv = ["--data-dir", sys.argv[1], "--lang", "en"]
build_parser(with_commands=_wants_commands(argv)).parse_args(argv)
from desktop.ui.app import create_app
ctx = create_app(argv, excepthook=False)
heavy = ("pydantic", "desktop.core.model", "reportlab", "requests", "fastapi", "uvicorn", "desktop.core.store")
print(json.dumps({"loaded": [m for m in heavy if m in sys.modules], "shown": ctx.window.isVisible()}))
ctx.close()
"""


def test_nothing_heavy_loads_before_the_window_shows(data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"loaded": [], "shown": True}


def test_the_login_dialog_shows_before_the_workspace_opens_and_a_login_typed_early_goes_through(
    data_dir: Path, qtbot: Any
) -> None:
    """No remembered session: the dialog is up at once; a password typed and sent while the workspace and the
    platform are still opening waits (the dialog busy) and logs in once they are open, exactly once."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.core.settings import Settings, save_settings, settings_path
    from desktop.ui.app import create_app

    save_settings(Settings(sandbox_realtime=False), settings_path(data_dir))
    ctx = create_app(["--data-dir", str(data_dir), "--lang", "en"], excepthook=False)
    dialog_up_when_open: list[bool] = []  # asked when the workspace is open (a busy machine may be quick or slow)
    ctx.window.ready.connect(
        lambda: dialog_up_when_open.append(ctx.window.login_dialog is not None and ctx.window.login_dialog.isVisible())
    )
    try:
        qtbot.waitUntil(lambda: ctx.window.login_dialog is not None and ctx.window.login_dialog.isVisible())
        dialog = ctx.window.login_dialog
        assert dialog_up_when_open in ([], [True])  # the workspace opens behind the dialog, never before it
        qtbot.keyClicks(dialog.username, "demo-exporter")
        qtbot.keyClicks(dialog.password, "demo1234")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        if not ctx.window.is_ready:
            assert not dialog.buttons.isEnabled()  # busy until the workspace is open and the login answered
        qtbot.waitUntil(lambda: bool(ctx.window.companies) and ctx.window.login_dialog is None, timeout=30_000)
        assert ctx.backend.username == "demo-exporter"
        assert ctx.window._early_login is None
        assert dialog_up_when_open == [True]
    finally:
        ctx.close()


IDLE_PROBE = """
import json, sys, time
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from desktop.ui.app import create_app
ctx = create_app(["--data-dir", sys.argv[1], "--lang", "en"], excepthook=False)
def until(cond):
    end = time.monotonic() + 60
    while not cond():
        assert time.monotonic() < end, "timed out"
        ctx.app.processEvents()
        time.sleep(0.005)
until(lambda: ctx.window.login_dialog is not None and ctx.window.login_dialog.isVisible())
dialog = ctx.window.login_dialog
QTest.keyClicks(dialog.username, "demo-exporter")
QTest.keyClicks(dialog.password, "demo1234")
dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
until(lambda: bool(ctx.window.companies) and ctx.runner.pending == 0)
for kind in ("declaration", "shipment"):
    ctx.window.show_section(kind + "s")
    ctx.app.processEvents()
until(lambda: ctx.runner.pending == 0)
heavy = ("desktop.core.services.drafts", "desktop.core.model.derive", "desktop.core.codes.hs",
         "desktop.core.services.validation", "desktop.core.services.exchange_files", "reportlab",
         "desktop.core.model.declaration", "desktop.core.model.booking", "desktop.core.model.shipment",
         "desktop.core.model.cargo")
print(json.dumps({"loaded": [m for m in heavy if m in sys.modules], "companies": len(ctx.window.companies)}))
ctx.close()
"""


def test_logged_in_and_idle_the_app_has_not_loaded_derivation_codes_or_exchange_files(data_dir: Path) -> None:
    """Logging in stores the user's companies (master data) without loading the draft derivation, the HS and
    code tables, the checks, the exchange-file readers or the shipment, declaration and booking models: they
    load when a draft is derived, checked or read (the lists show stored rows, not models).
    The workspace exists already, as a returning user's does (creating one uses the HS table once)."""
    from desktop.core.paths import DEFAULT_WORKSPACE, AppPaths
    from desktop.core.store.store import Store

    Store.open_workspace(AppPaths.resolve(data_dir).ensure(), DEFAULT_WORKSPACE).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", IDLE_PROBE, str(data_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["companies"] > 0
    assert result["loaded"] == []
