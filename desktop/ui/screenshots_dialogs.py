"""The dialogs and panels of :mod:`desktop.ui.screenshots` opened from a list, an editor or the master data:
bulk run, spreadsheet import, save conflict, self-test, HS supplementary digits, calendar, document preview,
the outbox queue and the company form. Each is built the way the app builds it, on the screenshots' sample data."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def more_screens(ctx: Any, editor: Any, company: str) -> Iterator[tuple[str, Any]]:
    from desktop.ui.screenshots import _dialog, _settle

    w = ctx.window
    yield from _bulk(ctx)
    with tempfile.TemporaryDirectory() as tmp:
        yield from _sheet_import(ctx, Path(tmp), company)
    yield from _dialog(ctx, "37-conflict", _conflict(ctx, company))
    yield from _self_test(ctx)
    yield from _supplement(ctx)
    yield from _calendar(ctx, editor)
    filing = next(e for e in w.editors.values() if hasattr(e, "show_documents"))
    documents = filing.show_documents()
    _settle(ctx)
    try:
        yield "41-document-preview", documents
    finally:
        documents.close()
    w.show_section("activity")
    activity = w.page("activity")
    activity.tabs.setCurrentWidget(activity.queue)
    _settle(ctx)
    yield "42-outbox-queue", w
    activity.tabs.setCurrentIndex(0)
    yield from _company(ctx)


def _bulk(ctx: Any) -> Iterator[tuple[str, Any]]:
    from desktop.ui.bulkview import BulkDialog
    from desktop.ui.screenshots import _dialog

    w = ctx.window
    w.show_section("shipments")
    page = w.lists["shipment"]
    ids = [page.row_value(i, "id") for i in range(min(3, page.row_count()))]
    labels = {i: page.row_label(i) for i in ids}
    yield from _dialog(ctx, "35-bulk-check", BulkDialog(w, "check", [("shipment", i) for i in ids], labels))


def _sheet_import(ctx: Any, tmp: Path, company: str) -> Iterator[tuple[str, Any]]:
    from openpyxl import Workbook

    from desktop.ui.screenshots import _dialog, _pump
    from desktop.ui.sheetimport import SheetImportDialog

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["序号", "中文品名", "英文品名", "商品编码", "数量", "单位", "单价", "总价", "毛重", "净重"])
    sheet.append([1, "陶瓷地砖", "Ceramic floor tiles", "6907219000", 1200, "平方米", 6.5, 7800, 26000, 25000])
    sheet.append([2, "陶瓷餐具", "Ceramic tableware", "6911101000", "三百", "套", 12, 3600, 900, 800])
    path = tmp / "发票 invoice.xlsx"
    book.save(path)
    dialog = SheetImportDialog(ctx.window, path, company_id=company)
    dialog.show()
    dialog.start()
    _pump(ctx.app, lambda: dialog.preview is not None or bool(dialog.error_text))
    yield from _dialog(ctx, "36-sheet-import", dialog)


def _conflict(ctx: Any, company: str) -> Any:
    from desktop.core.model.master import Party, PartyRole
    from desktop.core.services import drafts
    from desktop.core.services.conflicts import compare_master
    from desktop.ui.conflict import ConflictDialog
    from desktop.ui.editors.issues import path_label

    store = ctx.backend.store
    loaded = Party(id="P-SHOT", role=PartyRole.CONSIGNEE, name="Hai Phong Home Ceramics Trading JSC",
                   city="Hai Phong", country="VNM")
    drafts.save_party(store, company, loaded, "Nguyễn Văn An")
    loaded = store.parties(company).get("P-SHOT")
    theirs = loaded.model_copy(update={"city": "Hải Phòng", "name": "Hai Phong Home Ceramics JSC"})
    drafts.save_party(store, company, theirs, "Nguyễn Văn An")
    mine = loaded.model_copy(update={"name": "Hai Phong Home Ceramics Trading Joint Stock Company"})
    conflict = compare_master(store, "party", company, mine, loaded)
    return ConflictDialog(conflict, lambda path: path_label(Party, path), ctx.window)


def _self_test(ctx: Any) -> Iterator[tuple[str, Any]]:
    from desktop import selftest
    from desktop.ui.help import SelfTestDialog
    from desktop.ui.screenshots import _dialog

    dialog = SelfTestDialog(ctx.window)
    dialog.show_results(selftest.run_checks(only=("runtime", "catalogues", "sqlite")))
    yield from _dialog(ctx, "38-self-test", dialog)


def _supplement(ctx: Any) -> Iterator[tuple[str, Any]]:
    from desktop.core.hsearch.search import search
    from desktop.ui import lang
    from desktop.ui.hsupplement import SupplementDialog
    from desktop.ui.screenshots import _dialog

    candidate = search("6907", lang.current())[0]
    yield from _dialog(ctx, "39-hs-supplement", SupplementDialog(candidate, ctx.window))


def _calendar(ctx: Any, editor: Any) -> Iterator[tuple[str, Any]]:
    from desktop.ui.datepick import CalendarButton
    from desktop.ui.screenshots import _settle

    w = ctx.window
    w.show_section("shipments")
    w.pages["shipments"].setCurrentWidget(editor)
    editor.tabs.setCurrentIndex(0)
    _settle(ctx)
    button = next(b for b in editor.findChildren(CalendarButton) if b.isVisible())
    popup = button.open_calendar()
    assert popup is not None
    _settle(ctx)
    try:
        yield "40-calendar", popup
    finally:
        popup.hide()


def _company(ctx: Any) -> Iterator[tuple[str, Any]]:
    from desktop.ui.company_dialog import CompanyDialog
    from desktop.ui.screenshots import _dialog, _settle

    w = ctx.window
    w.show_section("master")
    master = w.pages["master"]
    master.setCurrentIndex(0)
    _settle(ctx)
    page = w.page("master")
    row = next(i for i, c in enumerate(page.companies.records) if c.id == w.company_id)
    yield from _dialog(ctx, "43-master-company-form", CompanyDialog(page.companies.records[row], page))
