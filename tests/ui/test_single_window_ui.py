"""The Single Window channel in the app: the company's settings dialog typed as a user types, a declaration
submitted from its editor lands as a zip in the ImpPath OutBox, the timeline says which channel it went through,
and the client's answer comes back into the editor; screenshots in the three languages."""

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
from desktop.ui.singlewindow import SingleWindowDialog
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import current_editor

SHOTS = Path(os.environ.get("CORRIDOR_SCREENSHOTS", "")) if os.environ.get("CORRIDOR_SCREENSHOTS") else None


def test_settings_dialog_submit_through_the_folders_and_the_answer_back(
    make_app: Any, qtbot: Any, tmp_path: Path
) -> None:
    imp = tmp_path / "ImpPath"
    imp.mkdir()
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    ctx.backend.import_samples(w.company_id)
    settle(ctx, qtbot)
    w.single_window_menu.action.trigger()
    dialog = w.single_window_menu.dialog
    assert isinstance(dialog, SingleWindowDialog)
    for widget, text in ((dialog.imp_path, str(imp)), (dialog.ic_code, "8100000012345"),
                         (dialog.operator_name, "Zhang Xiao")):
        widget.clear()
        qtbot.keyClicks(widget, text)
    assert dialog.folder_state.text() == "Folder found."
    if SHOTS:
        dialog.grab().save(str(SHOTS / "single-window-settings-en.png"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert ctx.backend.uses_single_window(w.company_id)

    decl_id = next(d.id for d in ctx.backend.store.declarations.list(w.company_id))
    decl = ctx.backend.store.declarations.get(decl_id)
    decl.enty_port_customs, decl.distinate_port_customs = "450701", "VNM052"  # as typed in the header form
    ctx.backend.store.declarations.save(decl, "test")
    w.open_document("declaration", decl_id)
    qtbot.waitUntil(lambda: isinstance(current_editor(ctx, "declaration"), DeclarationEditor), timeout=15_000)
    editor = current_editor(ctx, "declaration")
    assert editor.timeline.item(0).text() == "Will be sent through the Single Window client (ImpPath folders)"
    editor.submit_button.click()
    qtbot.waitUntil(lambda: editor.document.status == FilingStatus.QUEUED, timeout=15_000)
    settle(ctx, qtbot)
    folders = ImpFolders(imp)
    qtbot.waitUntil(lambda: len(list(folders.outgoing_in("OutBox"))) == 1, timeout=15_000)
    SingleWindowClientSim(imp, SandboxClock()).step()
    ctx.backend.sync()
    qtbot.waitUntil(lambda: editor.document.status == FilingStatus.RECEIVED, timeout=15_000)
    assert editor.timeline.item(1).text() == "Sent through the Single Window client (ImpPath folders)"
    # the platform does not hold it: nothing to amend, withdraw or attach there
    assert not editor.amend_button.isEnabled() and not editor.withdraw_button.isEnabled()
    assert not editor.attach_button.isEnabled()
    assert any("Imported by the Single Window client." in editor.timeline.item(i).text()
               for i in range(editor.timeline.count()))
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.timeline))  # the Receipts tab
    if SHOTS:
        from desktop.ui import lang

        for language in ("en", "zh_CN", "vi"):
            lang.switch(ctx, language)
            qtbot.wait(50)
            for size in ((1280, 800), (1024, 768)):
                w.resize(*size)
                qtbot.wait(50)
                w.grab().save(str(SHOTS / f"single-window-declaration-{language}-{size[0]}.png"))
            w.single_window_menu.action.trigger()
            w.single_window_menu.dialog.grab().save(str(SHOTS / f"single-window-settings-{language}.png"))
            w.single_window_menu.dialog.reject()


def test_filing_through_the_sandbox_s_own_single_window_client_end_to_end(make_app: Any, qtbot: Any) -> None:
    """The embedded sandbox plays the Single Window client on its ImpPath: the user picks that folder in the
    company's settings, submits, and the client's import and the customs receipt reach the timeline."""
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    ctx.backend.import_samples(w.company_id)
    settle(ctx, qtbot)
    w.single_window_menu.action.trigger()
    dialog = w.single_window_menu.dialog
    assert dialog.use_sandbox.isVisible()
    qtbot.mouseClick(dialog.use_sandbox, Qt.MouseButton.LeftButton)
    assert dialog.imp_path.text() == str(ctx.sandbox.imp_path)
    for widget, text in ((dialog.ic_code, "8100000012345"), (dialog.operator_name, "Zhang Xiao")):
        widget.clear()
        qtbot.keyClicks(widget, text)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert ctx.backend.uses_single_window(w.company_id)

    decl_id = next(d.id for d in ctx.backend.store.declarations.list(w.company_id))
    w.open_document("declaration", decl_id)
    qtbot.waitUntil(lambda: isinstance(current_editor(ctx, "declaration"), DeclarationEditor), timeout=15_000)
    editor = current_editor(ctx, "declaration")
    assert editor.document.enty_port_customs and editor.document.distinate_port_customs  # derived from the route
    editor.submit_button.click()
    folders = ImpFolders(ctx.sandbox.imp_path)

    def imported() -> bool:
        ctx.backend.sync()
        settle(ctx, qtbot, 2_000)
        return editor.document.status == FilingStatus.RECEIVED

    qtbot.waitUntil(imported, timeout=30_000)  # no test code plays the client: the sandbox's watcher did
    assert not list(folders.outgoing_in("OutBox"))
    texts = [editor.timeline.item(i).text() for i in range(editor.timeline.count())]
    assert any("Imported by the Single Window client." in t for t in texts), texts
    ctx.sandbox.advance(600)  # customs accepts after ten sandbox minutes

    def accepted() -> bool:
        ctx.backend.sync()
        settle(ctx, qtbot, 2_000)
        return editor.document.status == FilingStatus.ACCEPTED

    qtbot.waitUntil(accepted, timeout=30_000)
    assert editor.document.customs_no
