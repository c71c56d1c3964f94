"""Application shell: live retranslation, remembered geometry, the crash hook logs, the data dir holds everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context><name>MainWindow</name>
<message><source>Shipments</source><translation>货运记录</translation></message>
<message><source>Outbox: {n}</source><translation>待发送：{n}</translation></message>
</context>
<context><name>ListPage</name>
<message><source>Search</source><translation>搜索</translation></message>
</context>
</TS>
"""


def _qm(tmp_path: Path) -> Path:
    ts = tmp_path / "t.ts"
    ts.write_text(TS, encoding="utf-8")
    qm = tmp_path / "t.qm"
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def test_language_change_retranslates_live(make_app: Any, qtbot: Any, tmp_path: Path) -> None:
    ctx = make_app(login=False)
    w = ctx.window
    assert w.nav.item(0).text() == "Shipments"
    translator = QTranslator()
    assert translator.load(str(_qm(tmp_path)))
    QApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: w.nav.item(0).text() == "货运记录", timeout=3_000)
        assert w.outbox_label.text().startswith("待发送")
        assert w.lists["shipment"].search.accessibleName() == "搜索"
    finally:
        QApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: w.nav.item(0).text() == "Shipments", timeout=3_000)


def test_geometry_is_remembered_and_everything_stays_in_the_data_dir(make_app: Any, qtbot: Any, data_dir: Path) -> None:
    ctx = make_app(login=False)
    ctx.window.resize(950, 650)
    qtbot.wait(10)
    ctx.close()
    again = make_app(login=False)
    size = again.window.size()
    assert again.qsettings.value("main/geometry") is not None
    # the offscreen screen is narrower than the window's minimum width, so the height tells
    assert abs(size.height() - 650) <= 10 and size.height() != 800, size
    names = {p.name for p in data_dir.iterdir()}
    assert {"window.ini", "logs", "workspaces"} <= names
    assert (data_dir / "logs" / "corridor-desk.log").read_text(encoding="utf-8").count("starting") >= 2


def test_uncaught_exception_is_logged(make_app: Any, data_dir: Path) -> None:
    from desktop.ui import app as app_module

    ctx = make_app(login=False)
    ctx.app.setProperty("corridor_no_crash_dialog", True)
    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        app_module._excepthook(type(exc), exc, exc.__traceback__)
    ctx.app.setProperty("corridor_no_crash_dialog", False)
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    text = (data_dir / "logs" / "corridor-desk.log").read_text(encoding="utf-8")
    assert "uncaught exception" in text and "boom in a slot" in text


def test_platform_option_points_at_another_platform(make_app: Any, qtbot: Any) -> None:
    from desktop.sandbox.server import run_embedded
    from tests.ui.conftest import log_in

    classroom = run_embedded()
    ctx = None
    try:
        ctx = make_app("--platform", classroom.url)
        assert ctx.sandbox is None and ctx.backend.platform_url == classroom.url
        assert ctx.backend.environment == "sandbox"  # the platform says so in its health answer
        log_in(ctx, qtbot, "trainer", "trainer1234")
        assert len(ctx.window.companies) == 5
        assert ctx.window.badge_action.isVisible() and not ctx.window.advance_action.isVisible()
        assert "Sandbox" in ctx.window.env_label.text()
    finally:
        if ctx is not None:  # the app's long poll ends before the server does: no connection left half-open
            ctx.close()
        classroom.stop()


def test_the_app_lets_its_window_in_between_busy_threads_sooner(make_app: Any) -> None:
    from desktop.ui.app import SWITCH_INTERVAL

    default = 0.005
    sys.setswitchinterval(default)
    try:
        make_app()
        assert sys.getswitchinterval() == SWITCH_INTERVAL < default
    finally:
        sys.setswitchinterval(default)
