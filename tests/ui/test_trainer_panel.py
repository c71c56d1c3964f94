"""Trainer mode through the real widgets: the trainer panel on a classroom sandbox (trainers only, live, with
scenario, clock and reset), and presenter mode on one key."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.sandbox import classroom
from desktop.sandbox.server import SandboxHandle, run_embedded
from tests.sandbox.conftest import Client, declaration_body
from tests.ui.conftest import log_in, settle


@pytest.fixture
def room() -> Iterator[SandboxHandle]:
    handle = run_embedded()
    classroom.add_seats(handle.sandbox, 3, "seat-pass")
    try:
        yield handle
    finally:
        handle.stop()


def _seat(room: SandboxHandle, name: str) -> Client:
    client = Client(room.url)
    answer = client.post("/v1/auth/token", json={"grant_type": "password", "username": name, "password": "seat-pass"})
    client.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
    return client


def _file(room: SandboxHandle, seat: str) -> dict[str, Any]:
    body = declaration_body()
    body["company_id"] = seat
    answer = _seat(room, seat).create("/v1/declarations", body)
    assert answer.status_code == 201, answer.text
    return dict(answer.json())


def test_the_trainer_follows_the_class_live_and_runs_it(make_app: Any, qtbot: Any, room: SandboxHandle) -> None:
    ctx = make_app("--platform", room.url)
    log_in(ctx, qtbot, "trainer", "trainer1234")
    hook = ctx.window.trainer_hook
    qtbot.waitUntil(lambda: hook.panel is not None and hook.panel.trainee_model.rowCount() == 5, timeout=10_000)
    panel = hook.panel
    assert hook.action.isVisible() and hook.dock.isVisible()
    assert hook.http_warning.isVisible() and "HTTP" in hook.http_warning.text()  # a classroom's plain HTTP
    assert [t.username for t in panel.trainee_model.rows] == [
        "demo-exporter", "demo-forwarder", "seat-01", "seat-02", "seat-03"]
    # a trainee files: the panel shows it without anyone pressing anything
    filed = _file(room, "seat-02")
    qtbot.waitUntil(lambda: any(f.id == filed["id"] for f in panel.filing_model.rows), timeout=5_000)
    row = next(f for f in panel.filing_model.rows if f.id == filed["id"])
    assert row.trainee == "seat-02" and panel.filing_model.data(panel.filing_model.index(0, 3)) == "Received"
    # the clock: +1 h, receipts fall due and show
    before = room.sandbox.clock.now()
    qtbot.mouseClick(panel.advance_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.filing_model.rows and panel.filing_model.rows[0].status == "released",
                    timeout=5_000)
    assert room.sandbox.clock.now() == before + 3600
    timeline = panel.filing_model.data(panel.filing_model.index(0, 5), Qt.ItemDataRole.ToolTipRole)
    assert [line.split(" · ")[0] for line in timeline.splitlines()] == ["Received", "Accepted", "Released"]
    # a scenario for one trainee, chosen with the keyboard
    qtbot.mouseClick(panel.trainee_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.trainee_view.visualRect(panel.trainee_model.index(2, 0)).center())
    assert panel.trainee_filter == "seat-01" and panel.target_combo.currentData() == "seat-01"
    panel.scenario_combo.setFocus()
    panel.scenario_combo.setCurrentIndex(0)
    qtbot.keyClick(panel.scenario_combo, Qt.Key.Key_Down)  # happy -> rejection
    assert panel.scenario_combo.currentData() == "rejection"
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: room.sandbox.scenario_of("seat-01")[0] == "rejection", timeout=5_000)
    assert room.sandbox.scenario_of("seat-02")[0] == "happy"
    qtbot.waitUntil(lambda: panel.trainee_model.rows[2].scenario == "rejection", timeout=5_000)
    assert panel.trainee_model.data(panel.trainee_model.index(2, 1)) == "Declarations rejected"
    # the whole class
    panel.target_combo.setCurrentIndex(0)
    panel.scenario_combo.setCurrentIndex(panel.scenario_combo.findData("inspection"))
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(room.sandbox.scenario_of(n)[0] == "inspection"
                                for n in classroom.trainee_names(room.sandbox)), timeout=5_000)
    # a lesson's scenario for the class
    panel.lesson_combo.setCurrentIndex(panel.lesson_combo.findData("rejected-declaration"))
    assert panel.lesson_combo.currentText().endswith("Declarations rejected")
    qtbot.mouseClick(panel.lesson_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(room.sandbox.scenario_of(n)[0] == "rejection"
                                for n in classroom.trainee_names(room.sandbox)), timeout=5_000)
    # reset, confirmed in the dialog
    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        reset = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        reset.click()

    QTimer.singleShot(200, confirm)
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: room.sandbox.query("SELECT id FROM filings") == [], timeout=5_000)
    panel.trainee_view.clearSelection()
    qtbot.waitUntil(lambda: panel.filing_model.rowCount() == 0 and panel.trainee_model.rowCount() == 5,
                    timeout=5_000)


def test_the_panel_is_for_trainers_only(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    settle(ctx, qtbot)
    hook = ctx.window.trainer_hook
    assert not hook.action.isVisible() and not hook.dock.isVisible() and hook.panel is None
    assert hook.http_warning.isHidden()  # the embedded sandbox never leaves this machine


def test_presenter_mode_on_one_key(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    settle(ctx, qtbot)
    window = ctx.window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    app = QApplication.instance()
    normal = app.font().pointSizeF()
    assert window.user_label.font().pointSizeF() == normal
    editor = window.new_shipment()
    assert editor is not None
    field = editor.header.editor("reference")
    field.editor.setFocus()
    qtbot.keyClick(field.editor, Qt.Key.Key_F5)
    presenter = window.trainer_hook.presenter
    assert presenter.active
    qtbot.waitUntil(lambda: field.editor.font().pointSizeF() >= normal * 1.5, timeout=2_000)
    assert window.user_label.font().pointSizeF() >= normal * 1.5  # everywhere, not only in the form
    assert presenter.explained_label is field.label and field.label.property("explained") is True
    other = editor.header.editor("contract_no")
    qtbot.keyClick(field.editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: presenter.explained_label is not field.label, timeout=2_000)
    assert field.label.property("explained") is False
    assert presenter.explained_label is not None and presenter.explained_label.buddy() is QApplication.focusWidget()
    del other
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert not presenter.active and "explained" not in app.styleSheet()
    qtbot.waitUntil(lambda: field.editor.font().pointSizeF() == normal, timeout=2_000)


def test_a_trainee_works_through_a_lesson_step_by_step(make_app: Any, qtbot: Any) -> None:
    from desktop.core.services import drafts
    from tests.conftest import SAMPLES

    ctx = make_app()
    log_in(ctx, qtbot)
    settle(ctx, qtbot)
    hook = ctx.window.trainer_hook
    assert hook.lesson_action.isVisible()
    hook.lesson_action.trigger()
    panel = hook.lessons
    assert panel is not None and hook.lesson_dock.isVisible()
    panel.lesson_combo.setCurrentIndex(panel.lesson_combo.findData("first-declaration"))
    assert panel.step_title.text() == "Create a shipment" and not panel.next_button.isEnabled()
    with qtbot.waitSignal(panel.checked, timeout=5_000) as failed:
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert failed.args == [False] and panel.result.text() == "Not yet: this company has no shipment in the workspace."
    assert not panel.next_button.isEnabled()
    drafts.import_file(ctx.backend.store, SAMPLES / "motorcycle-parts-chongqing-haiphong.json", author="demo")
    with qtbot.waitSignal(panel.checked, timeout=5_000) as passed:
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert passed.args == [True] and panel.next_button.isEnabled()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.step_title.text() == "The overseas consignee" and panel.progress.format() == "Step 2 of 8"
    ctx.window.set_language("vi")
    qtbot.waitUntil(lambda: panel.step_title.text() == "Người nhận hàng ở nước ngoài", timeout=3_000)
    assert panel.check_button.text() == "&Kiểm tra bước này" and panel.progress.format() == "Bước 2 / 8"


def test_on_the_embedded_sandbox_the_trainer_opens_the_panel_when_wanted(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot, "trainer", "trainer1234")
    settle(ctx, qtbot)
    hook = ctx.window.trainer_hook
    assert hook.action.isVisible() and not hook.dock.isVisible()  # practising alone: out of the way
    assert hook.panel is not None and not hook.panel.following
    ctx.window.show()
    hook.action.trigger()
    qtbot.waitUntil(lambda: hook.panel.following and hook.panel.trainee_model.rowCount() == 2, timeout=5_000)
    hook.action.trigger()
    qtbot.waitUntil(lambda: not hook.panel.following, timeout=2_000)


def test_trainer_screenshots_are_written_at_both_sizes(tmp_path: Any) -> None:
    from PySide6.QtGui import QImage

    from desktop.ui.trainer import screenshots

    written = screenshots.capture(tmp_path, "vi")
    sizes = {p.name: (QImage(str(p)).width(), QImage(str(p)).height()) for p in written}
    assert sizes == {
        "30-trainer-panel.png": (1280, 800), "31-trainer-panel-1024.png": (1024, 768),
        "32-lesson-step.png": (1280, 800), "33-lesson-step-1024.png": (1024, 768),
        "34-presenter-mode.png": (1280, 800), "35-presenter-mode-1024.png": (1024, 768),
    }
