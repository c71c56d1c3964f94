"""Spreadsheet import preview, bulk work over a multi-selection and the clients overview, driven as a user
drives them (menu shortcuts, the file dialog, selecting rows with the keyboard, clicking the buttons)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.bulkview import BulkDialog
from desktop.ui.editors import ShipmentEditor
from desktop.ui.overview import ClientOverviewDialog
from desktop.ui.sheetimport import SheetImportDialog
from tests.core.sheets.test_importing import invoice_zh
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import choose_file


def _open_dialog(ctx: Any, qtbot: Any, kind: type) -> Any:
    qtbot.waitUntil(lambda: any(isinstance(d, kind) for d in ctx.window.batch.dialogs), timeout=10_000)
    return next(d for d in ctx.window.batch.dialogs if isinstance(d, kind))


def test_import_preview_shows_cell_errors_and_imports_only_when_told(make_app: Any, qtbot: Any,
                                                                        tmp_path: Path) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    path = invoice_zh(tmp_path / "发票.xlsx", [
        [1, "陶瓷餐具", "Ceramic tableware", "6911101000", 1200, "PCS", 2.5, 3000, 900, 800],
        [2, "花瓶", "Vase", "6913900000", "三百", "个", 1.5, 450, 200, 180],
    ])
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5_000)
    choose_file(path)
    qtbot.keyClick(w, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = _open_dialog(ctx, qtbot, SheetImportDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.errors.rows == [["发票", "E7", "Quantity", "三百 is not a number."]]
    assert ["发票", "B5", "商品名称", "Goods name (Chinese)"] in dialog.mapping.rows
    assert not dialog.import_button.isEnabled() and dialog.skip_button.isEnabled()
    assert ctx.backend.store.shipments.count() == 0  # nothing saved by the preview
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(w.current_editor(), ShipmentEditor), timeout=10_000)
    editor = w.current_editor()
    assert [g.name_zh for g in editor.document.goods] == ["陶瓷餐具"]
    assert editor.document.invoice_no == "INV-2026-001"


def test_hostile_file_is_refused_in_the_preview(make_app: Any, qtbot: Any, tmp_path: Path) -> None:
    ctx = make_app("--lang", "vi")
    log_in(ctx, qtbot)
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK not really")
    dialog = ctx.window.batch.import_sheet(fake)
    qtbot.waitUntil(lambda: bool(dialog.error_text), timeout=10_000)
    assert "fake.xlsx" in dialog.summary.text() and "Excel" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and not dialog.skip_button.isEnabled()


def test_bulk_check_and_submit_over_the_selected_rows(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot, "demo-forwarder")
    w = ctx.window
    ctx.backend.import_samples("cd-tianfu-ceramics")
    w.switch_company("cd-tianfu-ceramics")
    settle(ctx, qtbot)
    page = w.lists["shipment"]
    page.refresh()
    qtbot.waitUntil(lambda: page.row_count() >= 2, timeout=10_000)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_ids()) == page.row_count()
    w.batch.check_action.trigger()
    dialog = _open_dialog(ctx, qtbot, BulkDialog)
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.model.rowCount() == page.row_count()
    assert all(row[2] in ("Done", "Failed") for row in dialog.model.rows)
    failed = dialog.counts().get("failed", 0)
    assert dialog.retry_button.isEnabled() == bool(failed)
    dialog.close()
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: len(page.selected_ids()) == page.row_count(), timeout=10_000)  # kept on reload
    w.batch.submit_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(d, BulkDialog) and d.operation == "submit"
                                for d in w.batch.dialogs), timeout=10_000)
    submit = next(d for d in w.batch.dialogs if isinstance(d, BulkDialog) and d.operation == "submit")
    qtbot.waitUntil(lambda: not submit.running, timeout=30_000)
    counts = submit.counts()
    assert counts.get("done", 0) == page.row_count() - failed
    if counts.get("failed"):
        qtbot.mouseClick(submit.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not submit.running, timeout=30_000)
        assert submit.counts().get("failed") == counts["failed"]  # still to fix: failed again, not lost
    submit.close()
    w.batch.overview_action.trigger()
    overview = _open_dialog(ctx, qtbot, ClientOverviewDialog)
    qtbot.waitUntil(lambda: bool(overview.rows), timeout=10_000)
    names = [r[0] for r in overview.model.rows]
    assert any("天府" in n for n in names)
    overview.close()
