"""File and Help menus, closing editor tabs, logging out and switching user, as a user does it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTabBar

from desktop.ui.editors import ShipmentEditor
from desktop.ui.help import UserGuide
from tests.conftest import SAMPLES
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import choose_file, type_into, when_modal


def answer_box(qtbot: Any, button: str) -> list[str]:
    """Click ``button`` (save / discard / cancel) of the unsaved-changes question as soon as it shows."""
    seen: list[str] = []

    def act(box: QMessageBox) -> None:
        seen.append(box.text())
        box.findChild(type(box.buttons()[0]), button).click()

    when_modal(QMessageBox, act, match=lambda box: box.objectName() == "unsaved-changes")
    return seen


def activate(ctx: Any, qtbot: Any) -> None:
    """Shortcuts go to the active window."""
    ctx.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ctx.window, timeout=5_000)


def close_tab(ctx: Any, editor: Any) -> None:
    """Click the tab's close button."""
    section = ctx.window.pages["shipments"]
    index = section.indexOf(editor)
    section.tabBar().tabButton(index, QTabBar.ButtonPosition.RightSide).click()


def new_saved_shipment(ctx: Any, qtbot: Any, reference: str) -> ShipmentEditor:
    editor = ctx.window.new_shipment()
    type_into(qtbot, editor.header.editor("reference"), reference)
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=10_000)
    return editor


def test_closed_tab_opens_again(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    editor = new_saved_shipment(ctx, qtbot, "JL-REOPEN-1")
    doc_id = editor.doc_id
    for _round in range(2):
        close_tab(ctx, editor)
        qtbot.waitUntil(lambda: ctx.window.editor_for("shipment", doc_id) is None, timeout=3_000)
        qtbot.wait(20)  # the closed editor is deleted
        ctx.window.open_document("shipment", doc_id)
        qtbot.waitUntil(lambda: ctx.window.editor_for("shipment", doc_id) is not None, timeout=10_000)
        editor = ctx.window.editor_for("shipment", doc_id)
        assert ctx.window.pages["shipments"].currentWidget() is editor
        assert editor.document.reference == "JL-REOPEN-1"


def test_closing_a_dirty_tab_asks_save_discard_cancel(make_app: Any, qtbot: Any, data_dir: Path) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    editor = new_saved_shipment(ctx, qtbot, "JL-ASK-1")
    type_into(qtbot, editor.header.editor("reference"), "JL-ASK-2")
    seen = answer_box(qtbot, "cancel")
    close_tab(ctx, editor)
    assert seen == ["Save the changes to JL-ASK-2?"]
    assert ctx.window.editor_for("shipment", editor.doc_id) is editor and editor.dirty  # still open
    answer_box(qtbot, "discard")
    close_tab(ctx, editor)
    assert ctx.window.editor_for("shipment", editor.doc_id) is None
    settle(ctx, qtbot)
    assert ctx.backend.shipment(editor.doc_id).reference == "JL-ASK-1"
    assert not list((data_dir / "recovery").glob("*.json"))
    ctx.window.open_document("shipment", editor.doc_id)
    qtbot.waitUntil(lambda: ctx.window.editor_for("shipment", editor.doc_id) is not None, timeout=10_000)
    again = ctx.window.editor_for("shipment", editor.doc_id)
    type_into(qtbot, again.header.editor("reference"), "JL-ASK-3")
    answer_box(qtbot, "save")
    close_tab(ctx, again)
    settle(ctx, qtbot)
    assert ctx.backend.shipment(editor.doc_id).reference == "JL-ASK-3"


def test_new_record_is_not_saved_until_it_is(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    activate(ctx, qtbot)
    editor = ctx.window.new_shipment()
    assert editor.status_label.text().startswith("Not saved yet")
    type_into(qtbot, editor.header.editor("reference"), "JL-NEW-1")
    assert editor.status_label.text().startswith("Not saved yet")
    qtbot.keyClick(editor.header.editor("reference").editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.status_label.text().startswith("Saved"), timeout=10_000)


def test_closing_the_app_with_unsaved_edits_asks(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    editor = ctx.window.new_shipment()
    type_into(qtbot, editor.header.editor("reference"), "JL-QUIT-1")
    answer_box(qtbot, "cancel")
    ctx.window.menus.quit_action.trigger()
    assert ctx.window.isVisible() and ctx.window.editor_for("shipment", editor.doc_id) is editor
    answer_box(qtbot, "discard")
    ctx.window.menus.quit_action.trigger()
    assert not ctx.window.isVisible()
    settle(ctx, qtbot)
    assert ctx.backend.store.shipments.find(editor.doc_id) is None


def test_login_after_cancel_and_new_shipment_asks_to_log_in(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    w = ctx.window
    qtbot.waitUntil(lambda: w.login_dialog is not None, timeout=10_000)
    w.login_dialog.buttons.button(w.login_dialog.buttons.StandardButton.Cancel).click()
    assert w.login_dialog is None
    assert w.menus.login_action.isVisible() and not w.menus.logout_action.isVisible()
    activate(ctx, qtbot)
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # File → New shipment
    assert w.login_dialog is not None
    assert w.login_dialog.reason_label.text() == "Log in to create a shipment."
    w.login_dialog.reject()
    w.menus.login_action.trigger()
    log_in(ctx, qtbot)
    assert w.menus.logout_action.isVisible() and not w.menus.login_action.isVisible()
    activate(ctx, qtbot)
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(w.current_editor(), ShipmentEditor)


def test_log_out_and_switch_user(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    editor = w.new_shipment()
    type_into(qtbot, editor.header.editor("reference"), "JL-OUT-1")
    answer_box(qtbot, "save")
    w.menus.logout_action.trigger()
    qtbot.waitUntil(lambda: w.login_dialog is not None, timeout=10_000)
    assert not w.editors and not w.companies and w.company_combo.count() == 0
    assert not ctx.backend.logged_in
    assert w.login_dialog.username.text() == "demo-exporter"
    log_in(ctx, qtbot, "demo-forwarder")
    settle(ctx, qtbot)
    assert len(w.companies) > 1 and "cq-jiangling" not in [c.id for c in w.companies]
    w.menus.switch_user_action.trigger()
    qtbot.waitUntil(lambda: w.login_dialog is not None, timeout=10_000)
    assert w.login_dialog.username.text() == ""
    log_in(ctx, qtbot)
    settle(ctx, qtbot)
    page = w.lists["shipment"]
    qtbot.waitUntil(lambda: page.row_count() == 1, timeout=5_000)
    assert page.row_value(0, "reference") == "JL-OUT-1"  # saved on log out


def test_import_export_and_recent_files(make_app: Any, qtbot: Any, tmp_path: Path) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    sample = SAMPLES / "motorcycle-parts-chongqing-haiphong.json"
    activate(ctx, qtbot)
    choose_file(sample)
    qtbot.keyClick(w, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(w.current_editor(), ShipmentEditor), timeout=10_000)
    editor = w.current_editor()
    reference = editor.document.reference
    assert reference and w.pages["shipments"].tabText(w.pages["shipments"].indexOf(editor)) == reference
    assert [a.data() for a in w.menus.recent_menu.actions() if a.data()] == [str(sample.resolve())]
    out = tmp_path / "out.json"
    activate(ctx, qtbot)
    choose_file(out)
    qtbot.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert json.loads(out.read_text(encoding="utf-8"))["shipment"]["reference"] == reference
    # a file of a company this account does not file for, and a broken one: clear messages, nothing imported
    foreign = SAMPLES / "gx-beibu-forwarder-for-nn-lvyuan-port-klang.json"
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    before = len(ctx.backend.store.shipments.list(w.company_id))
    w.menus.import_files([foreign, broken])
    qtbot.waitUntil(lambda: bool(getattr(w.menus, "last_problems", None)), timeout=10_000)
    problems = w.menus.last_problems
    assert (
        problems[0].startswith("gx-beibu-forwarder-for-nn-lvyuan-port-klang.json: ")
        and "does not file for" in problems[0]
    )
    assert problems[1].startswith("broken.json: ")
    assert len(ctx.backend.store.shipments.list(w.company_id)) == before
    assert ctx.backend.store.companies.find("nn-lvyuan") is None
    w.findChild(QMessageBox, "import-problems").close()


def test_help_menu(make_app: Any, qtbot: Any) -> None:
    from desktop.ui import lang

    ctx = make_app(login=False)
    w = ctx.window
    opened: list[str] = []
    w.open_url = lambda url: opened.append(url.toLocalFile()) or True
    w.menus.log_folder_action.trigger()
    assert opened == [str(ctx.paths.logs)]
    assert str(ctx.paths.logs) in w.statusBar().currentMessage()
    activate(ctx, qtbot)
    qtbot.keyClick(w, Qt.Key.Key_F1)
    guide = next(g for g in w.findChildren(UserGuide))
    assert "Ctrl+K" in guide.browser.toPlainText() and "Log in" in guide.browser.toPlainText()
    lang.switch(ctx, "vi", save=False)
    qtbot.waitUntil(lambda: "Đăng nhập" in guide.browser.toPlainText(), timeout=3_000)
    lang.switch(ctx, "zh_CN", save=False)
    qtbot.waitUntil(lambda: "登录" in guide.browser.toPlainText(), timeout=3_000)
    lang.switch(ctx, "en", save=False)
    about = w.menus.show_about()
    assert str(ctx.paths.data) in about.informativeText() and str(ctx.paths.logs) in about.informativeText()
    about.close()
    w.menus.run_self_test(only=("runtime", "resources"))
    dialog = w.selftest_dialog
    qtbot.waitUntil(lambda: dialog.results is not None, timeout=30_000)
    assert [r.ok for r in dialog.results] == [True, True], dialog.text.toPlainText()
    assert "All 2 checks passed" in dialog.text.toPlainText()


def test_ctrl_k_closes_the_previous_clients_tabs(make_app: Any, qtbot: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QDialog

    from desktop.ui.mainwindow import QuickSwitcher

    ctx = make_app()
    log_in(ctx, qtbot, "demo-forwarder")
    w = ctx.window
    w.switch_company("cd-tianfu-ceramics")
    editor = new_saved_shipment(ctx, qtbot, "TF-SWITCH-1")
    type_into(qtbot, editor.header.editor("remarks"), "unsaved remark")

    def choose(self: QuickSwitcher) -> int:  # the user types part of the name and presses Enter
        self.filter.setText("云岭")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QuickSwitcher, "exec", choose)
    activate(ctx, qtbot)
    seen = answer_box(qtbot, "cancel")  # Cancel: nothing changes
    qtbot.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Save the changes to TF-SWITCH-1?"]
    assert w.company_id == "cd-tianfu-ceramics" and w.company_combo.currentData() == "cd-tianfu-ceramics"
    assert w.editor_for("shipment", editor.doc_id) is editor
    activate(ctx, qtbot)  # the closed question gives the keyboard back to the window
    seen = answer_box(qtbot, "save")
    qtbot.keyClick(w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Save the changes to TF-SWITCH-1?"]
    assert w.company_id == "km-yunling-produce" and w.company_combo.currentData() == "km-yunling-produce"
    section = w.pages["shipments"]
    assert section.count() == 1 and not w.editors  # only the list of the new client
    settle(ctx, qtbot)
    assert ctx.backend.shipment(editor.doc_id).remarks == "unsaved remark"
