"""The Single Window flow in Chinese and Vietnamese: the status bar, the timeline and the receipts say what
happened in the user's language (no English status or receipt text), and the settings dialog fits a narrow window."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.channels.single_window.folders import ImpFolders
from desktop.core.model.filing import FilingStatus
from desktop.sandbox.clock import SandboxClock
from desktop.sandbox.single_window import SingleWindowClientSim
from desktop.ui.editors import DeclarationEditor
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import current_editor

SHOTS = Path(os.environ.get("CORRIDOR_SCREENSHOTS", "")) if os.environ.get("CORRIDOR_SCREENSHOTS") else None


def _english_words(text: str) -> list[str]:
    """Words of the English status and receipt texts found in ``text`` (codes, numbers and ImpPath allowed)."""
    return [w for w in ("Received", "Declaration", "Imported", "Sent through", "Single Window client", "Status")
            if w in text]


def test_single_window_receipts_and_status_bar_follow_a_language_switch(
    make_app: Any, qtbot: Any, tmp_path: Path
) -> None:
    from desktop.ui import lang

    imp = tmp_path / "ImpPath"
    imp.mkdir()
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    ctx.backend.import_samples(w.company_id)
    settle(ctx, qtbot)
    w.single_window_menu.action.trigger()
    dialog = w.single_window_menu.dialog
    for widget, text in ((dialog.imp_path, str(imp)), (dialog.ic_code, "8100000012345"),
                         (dialog.operator_name, "Zhang Xiao")):
        widget.clear()
        qtbot.keyClicks(widget, text)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    decl_id = next(d.id for d in ctx.backend.store.declarations.list(w.company_id))
    w.open_document("declaration", decl_id)
    qtbot.waitUntil(lambda: isinstance(current_editor(ctx, "declaration"), DeclarationEditor), timeout=15_000)
    editor = current_editor(ctx, "declaration")
    editor.submit_button.click()
    qtbot.waitUntil(lambda: editor.document.status == FilingStatus.QUEUED, timeout=15_000)
    settle(ctx, qtbot)
    folders = ImpFolders(imp)
    qtbot.waitUntil(lambda: len(list(folders.outgoing_in("OutBox"))) == 1, timeout=15_000)
    SingleWindowClientSim(imp, SandboxClock()).step()
    ctx.backend.sync()
    qtbot.waitUntil(lambda: editor.document.status == FilingStatus.RECEIVED, timeout=15_000)
    qtbot.waitUntil(lambda: "Received" in w.statusBar().currentMessage(), timeout=5_000)  # the notice, in English
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.timeline))
    try:
        for language, received in (("zh_CN", "入库成功"), ("vi", "Đã tiếp nhận")):
            lang.switch(ctx, language)
            qtbot.wait(50)
            message = w.statusBar().currentMessage()
            assert received in message and not _english_words(message), message
            texts = [editor.timeline.item(i).text() for i in range(editor.timeline.count())]
            assert not [t for t in texts if _english_words(t)], texts
            if SHOTS:
                w.resize(1024, 768)
                qtbot.wait(50)
                w.grab().save(str(SHOTS / f"sw-declaration-{language}-1024.png"))
            w.single_window_menu.action.trigger()
            dialog = w.single_window_menu.dialog
            dialog.resize(640, dialog.height())
            qtbot.wait(20)
            assert dialog.imp_path.width() >= 300, dialog.imp_path.width()  # a Windows path fits at 640 px
            if SHOTS:
                dialog.grab().save(str(SHOTS / f"sw-settings-{language}-640.png"))
            dialog.reject()
    finally:
        lang.switch(ctx, "en")


def test_an_unusable_imp_path_is_refused_in_the_settings_with_a_translated_reason(
    make_app: Any, qtbot: Any, monkeypatch: Any
) -> None:
    from desktop.ui import singlewindow

    monkeypatch.setattr(singlewindow, "WINDOWS_RULES", True)  # the rules of the client's Windows PC, here too
    ctx = make_app("--lang", "zh_CN")
    log_in(ctx, qtbot)
    w = ctx.window
    w.single_window_menu.action.trigger()
    dialog = w.single_window_menu.dialog
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    before = ctx.backend.sw_profile(w.company_id)
    for typed, reason in (("C:\\ImpPath\\CON", "设备名"), ("ImpPath", "完整路径"),
                          ("D:\\ImpPath\\Deccus001", "D:\\ImpPath"), ("C:\\" + "x" * 200, "260")):
        dialog.imp_path.clear()
        qtbot.keyClicks(dialog.imp_path, typed)
        assert reason in dialog.folder_state.text() and not ok.isEnabled(), dialog.folder_state.text()
        qtbot.keyClick(dialog.imp_path, Qt.Key.Key_Return)  # Enter does not save a folder that cannot work
        assert dialog.isVisible()
    assert ctx.backend.sw_profile(w.company_id) == before  # nothing saved
    dialog.imp_path.clear()
    qtbot.keyClicks(dialog.imp_path, "\\\\fileserver\\sw\\ImpPath")  # a share: fine, though not reachable here
    assert ok.isEnabled() and "设备名" not in dialog.folder_state.text()
    dialog.reject()
