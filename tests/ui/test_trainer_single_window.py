"""The trainer's Single Window client control: the trainer picks how the sandbox's Single Window client answers
(rejected with receipt code E here) with the keys, and a declaration filed through the sandbox's ImpPath comes back
with that receipt in its timeline."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.model.filing import FilingStatus
from desktop.ui.editors import DeclarationEditor
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import current_editor


def _pick(qtbot: Any, combo: Any, value: str) -> None:
    """Choose ``value`` in a combo box with the arrow keys, as a user does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value


def test_trainer_sets_a_rejection_code_and_the_filing_s_timeline_shows_it(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot, "trainer", "trainer1234")
    settle(ctx, qtbot)
    w = ctx.window
    w.show()
    hook = ctx.window.trainer_hook
    hook.action.trigger()
    control = hook.panel.single_window
    qtbot.waitUntil(control.isVisible, timeout=10_000)  # the embedded sandbox plays a Single Window client
    assert control.scenario_combo.currentData() == "happy" and not control.code_combo.isEnabled()
    _pick(qtbot, control.scenario_combo, "rejection")
    assert control.code_combo.isEnabled()
    _pick(qtbot, control.code_combo, "E")
    qtbot.mouseClick(control.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "E: not accepted" in hook.panel.status_label.text(), timeout=10_000)
    hook.action.trigger()  # the panel closed: it stops following the class
    qtbot.waitUntil(lambda: not hook.panel.following, timeout=5_000)

    ctx.backend.import_samples(w.company_id)
    settle(ctx, qtbot)
    w.single_window_menu.action.trigger()
    dialog = w.single_window_menu.dialog
    qtbot.mouseClick(dialog.use_sandbox, Qt.MouseButton.LeftButton)
    for widget, text in ((dialog.ic_code, "8100000012345"), (dialog.operator_name, "Trainer")):
        widget.clear()
        qtbot.keyClicks(widget, text)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    decl_id = next(d.id for d in ctx.backend.store.declarations.list(w.company_id))
    w.open_document("declaration", decl_id)
    qtbot.waitUntil(lambda: isinstance(current_editor(ctx, "declaration"), DeclarationEditor), timeout=15_000)
    editor = current_editor(ctx, "declaration")
    editor.submit_button.click()

    def status_is(status: FilingStatus) -> bool:
        ctx.backend.sync()
        settle(ctx, qtbot, 2_000)
        return editor.document.status == status

    qtbot.waitUntil(lambda: status_is(FilingStatus.RECEIVED), timeout=30_000)  # imported by the sandbox's client
    w.advance_action.trigger()  # the sandbox clock an hour on: the rejection receipt falls due
    qtbot.waitUntil(lambda: status_is(FilingStatus.REJECTED), timeout=30_000)
    texts = [editor.timeline.item(i).text() for i in range(editor.timeline.count())]
    assert "Rejected" in texts[-1] and "E 不被受理" in texts[-1], texts  # the code the trainer chose, as it came
    assert editor.document.receipts[-1].message_code.startswith("singlewindow.")


@pytest.mark.parametrize(("language", "size"), [("zh_CN", (1280, 800)), ("vi", (1024, 768))])
def test_the_single_window_control_fits_in_chinese_and_vietnamese(make_app: Any, qtbot: Any, language: str,
                                                                  size: tuple[int, int]) -> None:
    from tests.ui.test_languages import clipped

    ctx = make_app("--lang", language)
    log_in(ctx, qtbot, "trainer", "trainer1234")
    settle(ctx, qtbot)
    w = ctx.window
    w.resize(*size)
    w.show()
    hook = w.trainer_hook
    hook.action.trigger()
    control = hook.panel.single_window
    qtbot.waitUntil(control.isVisible, timeout=10_000)
    _pick(qtbot, control.scenario_combo, "rejection")
    qtbot.waitUntil(control.code_combo.isEnabled, timeout=5_000)
    w.grab().save(str(ctx.paths.data / f"trainer-sw-{language}.png"))
    assert clipped(control) == []
    right = control.apply_button.mapTo(w, control.apply_button.rect().topRight()).x()
    assert right < w.width() == size[0]  # long lesson and scenario names do not push the panel off the window
    hook.action.trigger()
    qtbot.waitUntil(lambda: not hook.panel.following, timeout=5_000)
