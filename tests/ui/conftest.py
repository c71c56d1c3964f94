"""UI test fixtures: Qt warnings fail the test; an app on a temp data dir with the embedded sandbox; login."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

#: Messages of the offscreen platform plugin that say nothing about our code.
IGNORED = ("propagateSizeHints", "QSystemTrayIcon", "This plugin does not support")


@pytest.fixture(autouse=True)
def qt_warnings_fail() -> Iterator[list[str]]:
    recorded: list[str] = []

    def handler(kind: QtMsgType, _context: Any, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) and not any(
            s in message for s in IGNORED
        ):
            recorded.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield recorded
    finally:
        qInstallMessageHandler(previous)
    assert not recorded, f"Qt warnings: {recorded}"


@pytest.fixture(autouse=True)
def no_window_outlives_its_test() -> Iterator[None]:
    """Every window a test leaves shown (a crashed app's main window, a dialog it never closed, a completer's
    popup) is hidden and deleted after it, timers and all, and every answerer still waiting for a dialog is
    stopped: nothing of one test reacts in the next one's windows."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from tests.ui.helpers import stop_answering

    stop_answering()  # an answer waiting for a dialog that never came must not answer the next test's dialog
    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()  # not close(): a left-over main window would ask about its unsaved edits
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def ui_language_restored() -> Iterator[None]:
    """The UI language is the process's: a test that built an app in Chinese leaves the next one in its own."""
    from desktop.ui import lang

    before = lang.current()
    yield
    lang.set_current(before)


@pytest.fixture
def make_app(data_dir: Path, qtbot: Any) -> Iterator[Callable[..., Any]]:
    """Build apps on ``data_dir`` (several in a row simulate restarts); all are closed at the end."""
    from desktop.ui.app import create_app

    made: list[Any] = []

    from desktop.core.settings import Settings, save_settings, settings_path

    if not settings_path(data_dir).exists():  # the sandbox clock moves only when a test advances it
        save_settings(Settings(sandbox_realtime=False), settings_path(data_dir))

    def make(*extra: str, login: bool = True) -> Any:
        ctx = create_app(["--data-dir", str(data_dir), "--lang", "en", *extra], login=login, excepthook=False)
        ctx.app.setProperty("corridor_auto_restore", True)
        made.append(ctx)
        qtbot.waitUntil(lambda: ctx.window.is_ready, timeout=30_000)
        return ctx

    yield make
    for ctx in made:
        ctx.close()


def log_in(ctx: Any, qtbot: Any, username: str = "demo-exporter", password: str = "demo1234") -> None:
    """Log in through the dialog as a user would."""
    qtbot.waitUntil(lambda: ctx.window.login_dialog is not None, timeout=10_000)
    dialog = ctx.window.login_dialog
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(ctx.window.companies) and ctx.window.login_dialog is None, timeout=15_000)


def settle(ctx: Any, qtbot: Any, timeout: int = 15_000) -> None:
    """Wait until every background task has delivered its result."""
    deadline = time.monotonic() + timeout / 1000
    while time.monotonic() < deadline:
        ctx.runner.wait(50)
        qtbot.wait(5)
        if ctx.runner.pending == 0:
            return
    raise AssertionError("background tasks did not finish")
