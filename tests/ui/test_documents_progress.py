"""The documents of a submitted declaration go up in the background after the sending; the status bar says how
many are left, when they are attached, and, in the user's language, why a declaration's documents were not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.core.model.filing import FilingStatus
from desktop.ui.editors import ShipmentEditor
from tests.ui.conftest import log_in
from tests.ui.test_flows import _derive, _fill_shipment


def _submitted(ctx: Any, qtbot: Any, reference: str, without_shipment: bool = False) -> Any:
    log_in(ctx, qtbot)
    editor = ctx.window.new_shipment()
    assert isinstance(editor, ShipmentEditor)
    _fill_shipment(qtbot, editor, reference)
    decl = _derive(ctx, qtbot, editor)
    if without_shipment:  # another seat removed the shipment meanwhile: its documents cannot be made
        ctx.backend.store.shipments.delete(editor.doc_id, "other-seat")
    shown: list[str] = []
    ctx.window.statusBar().messageChanged.connect(shown.append)
    decl.submit_button.click()
    qtbot.waitUntil(lambda: decl.document.status == FilingStatus.RECEIVED, timeout=15_000)
    return decl, shown


def _newest(button: Any) -> tuple[str, int]:
    return button.notices[-1].title, button.notices[-1].times


def test_the_status_bar_follows_the_documents_of_a_submitted_declaration(make_app: Any, qtbot: Any) -> None:
    ctx = make_app("--lang", "zh_CN")
    decl, shown = _submitted(ctx, qtbot, "JL-T-0101")
    qtbot.waitUntil(lambda: "已为 1 份报关单上传随附单证。" in shown, timeout=60_000)
    assert "正在上传随附单证：还有 1 份报关单…" in shown
    stored = ctx.backend.store.declarations.get(decl.doc_id)
    assert {a.edoc_code for a in stored.attachments} == {"00000001", "00000002"}
    qtbot.waitUntil(lambda: not decl.attach_button.isEnabled(), timeout=15_000)  # the editor shows them


def test_documents_that_cannot_be_made_are_explained_in_the_users_language(make_app: Any, qtbot: Any) -> None:
    ctx = make_app("--lang", "vi")
    decl, shown = _submitted(ctx, qtbot, "JL-T-0102", without_shipment=True)
    qtbot.waitUntil(lambda: any(t.startswith("Chưa tải được chứng từ của tờ khai") for t in shown), timeout=60_000)
    [text] = [t for t in shown if t.startswith("Chưa tải được chứng từ")]
    assert "Tải chứng từ lên nền tảng" in text and "{" not in text and "documents." not in text, text
    assert decl.attach_button.text() == "Tải chứng từ lên nền tảng"  # the message names the button as it is
    assert ("Chưa đính kèm chứng từ", text) in ctx.window.notifications
    assert decl.attach_button.isEnabled()  # left for the button
    # the status bar cuts a long text at the window's edge; the notices button opens it whole
    button = ctx.window.notices_button
    assert button.isVisible() and button.text().endswith("thông báo chưa đọc"), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Thông báo trong phiên làm việc này"
    shown_whole = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(item.endswith(text) and "Chưa đính kèm chứng từ" in item for item in shown_whole), shown_whole
    assert button.text() == "Thông báo"  # read
    # the user tries twice more and the documents fail the same way: one notice says it came twice
    dialog.close()
    for times in (1, 2):
        qtbot.waitUntil(decl.attach_button.isEnabled, timeout=15_000)  # left for another try
        qtbot.mouseClick(decl.attach_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=times: _newest(button) == ("Lỗi", n), timeout=60_000)
    error = button.notices[-1].text
    assert error.startswith("Hóa đơn thương mại: không lập được"), error
    assert ctx.window.notifications.count(("Lỗi", error)) == 1, ctx.window.notifications
    assert button.text() == "1 thông báo chưa đọc", button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    folded = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert folded[0].endswith(error) and "Lỗi (2 lần)" in folded[0], folded
    assert len(folded) == len(shown_whole) + 1, (folded, shown_whole)
