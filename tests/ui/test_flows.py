"""The main flows through the real widgets against the embedded sandbox over HTTP."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from desktop.core.model.filing import FilingStatus
from desktop.core.services import drafts
from desktop.ui.editors import BookingEditor, DeclarationEditor, ShipmentEditor
from tests.conftest import SAMPLES
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import current_editor, type_into

GOODS_PASTE = (
    "HS\t名称\tName\tElements\tQty\tUnit\tPrice\tTotal\tNet kg\tGross kg\tPackages\tFirst legal unit\n"
    "8714100090\t摩托车离合器总成\tMotorcycle clutch assembly\t摩托车用|离合器总成|JL牌|型号CG125\t1200\t007\t18.50"
    "\t22200.00\t3600\t3900\t120\t035\n"
    "8714100090\t摩托车刹车盘\tMotorcycle brake disc\t摩托车用|刹车盘|JL牌|型号BD220\t2000\t007\t6.80\t13600.00"
    "\t2400\t2600\t100\t035\n"
)


def _fill_shipment(
    qtbot: Any, editor: ShipmentEditor, reference: str, with_vessel: bool = True, with_district: bool = True
) -> None:
    sample = drafts.read_file(SAMPLES / "motorcycle-parts-chongqing-haiphong.json").shipment
    assert sample is not None
    header = {
        "reference": reference,
        "contract_no": "JL2026-VN-118",
        "invoice_no": "JL-INV-26118",
        "transaction_mode": "3",
        "currency": "USD",
        "trade_country": "VNM",
        "destination_country": "VNM",
        "package_type": "22",
        "package_count": "220",
        "gross_weight": "6500",
        "net_weight": "6000",
    }
    for path, text in header.items():
        type_into(qtbot, editor.header.editor(path), text)
    for path, text in {
        "consignee.name": sample.consignee.name,
        "consignee.name_local": sample.consignee.name_local,
        "consignee.address": sample.consignee.address,
        "consignee.country": "VNM",
        "consignee.aeo_code": "NO",
    }.items():
        type_into(qtbot, editor.parties.editor(path), text)
    route = {
        "route.place_of_receipt": "CNCKG",
        "route.port_of_loading": "CNQZH",
        "route.port_of_discharge": "VNHPH",
        "route.exit_customs": "7200",
        "route.requested_departure": "2026-12-10",
        "route.train_no": "X9103",
        "route.rail_waybill": "CQ26120001",
        "route.bill_no": "CDMT2612000118",
    }
    if with_vessel:
        route |= {"route.vessel": "BEIBU GULF PIONEER", "route.voyage": "2612S"}
    for path, text in route.items():
        type_into(qtbot, editor.route.editor(path), text)
    paste = GOODS_PASTE
    if with_district:
        lines = paste.splitlines()
        paste = "\n".join([lines[0] + "\tDomestic source of goods"] + [ln + "\t50129" for ln in lines[1:]]) + "\n"
    QApplication.clipboard().setText(paste)
    editor.tabs.setCurrentWidget(editor.goods)
    editor.goods.paste()
    assert len(editor.document.goods) == 2
    assert editor.document.goods[1].name_zh == "摩托车刹车盘"


def _derive(ctx: Any, qtbot: Any, editor: ShipmentEditor) -> DeclarationEditor:
    editor.derive_decl_button.click()
    qtbot.waitUntil(lambda: isinstance(current_editor(ctx, "declaration"), DeclarationEditor), timeout=15_000)
    decl_editor = current_editor(ctx, "declaration")
    settle(ctx, qtbot)
    return decl_editor  # type: ignore[no-any-return]


def _advance_until(ctx: Any, qtbot: Any, editor: Any, status: FilingStatus, rounds: int = 6) -> None:
    for _ in range(rounds):
        ctx.window.advance_sandbox(600)
        settle(ctx, qtbot)
        qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
        if editor.document.status == status:
            return
    stored = ctx.backend.store.documents(editor.kind).get(editor.doc_id)
    raise AssertionError(
        f"status stayed {editor.document.status} (stored {stored.status}), wanted {status}"
        f" {ctx.window.notifications} {getattr(ctx.window, 'last_error', '')}"
    )


def test_shipment_to_released(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    assert ctx.window.badge_action.isVisible() and ctx.window.sandbox_badge.isVisibleTo(ctx.window)
    assert [c.id for c in ctx.window.companies] == ["cq-jiangling"]
    editor = ctx.window.new_shipment()
    assert isinstance(editor, ShipmentEditor)
    _fill_shipment(qtbot, editor, "JL-T-0001", with_vessel=False, with_district=False)
    decl = _derive(ctx, qtbot, editor)
    # the checks show what is missing on the derived declaration: the vessel and voyage
    errors = {i.field_path for i in decl.issues if str(i.severity) == "error"}
    assert "traf_name" in errors, errors
    assert decl.header.editor("traf_name").issues
    # each issue jumps to its field; fix it there
    fixes = {"traf_name": "BEIBU GULF PIONEER", "voyage_no": "2612S"}
    for n in range(decl.issue_list.count()):
        item = decl.issue_list.item(n)
        path = item.data(0x0100)
        if path in fixes:
            decl.issue_list.itemClicked.emit(item)
            assert decl.window().focusWidget() is decl.header.editor(path).editor
    for path, value in fixes.items():
        type_into(qtbot, decl.header.editor(path), value)
    # the company has no domestic source district yet: set it on each item line
    table = decl.items.table
    for row in range(table.rowCount()):
        assert decl.focus_path(f"items.{row}.source_district")
        table.setData(decl.items.view.currentIndex(), "50129")
    settle(ctx, qtbot)
    qtbot.wait(200)
    left = [(i.field_path, decl.issue_message(i)) for i in decl.issues if str(i.severity) == "error"]
    assert not left, left
    assert not decl.header.editor("traf_name").issues
    # the editor's incremental checks agree with a full check of the same document
    from desktop.core import rules

    full = {(i.rule_id, i.field_path) for i in rules.check_declaration(decl.document)}
    assert {(i.rule_id, i.field_path) for i in decl.issues} == full
    decl.submit_button.click()
    qtbot.waitUntil(lambda: decl.document.status == FilingStatus.RECEIVED, timeout=15_000)
    assert "traf_name" in decl.document.overrides  # kept when the shipment changes later
    _advance_until(ctx, qtbot, decl, FilingStatus.RELEASED)
    assert len(decl.document.customs_no) == 18
    dialog = decl.show_documents()
    qtbot.waitUntil(lambda: dialog.preview.view.page_count > 0, timeout=15_000)
    assert dialog.preview.data.startswith(b"%PDF")
    dialog.close()
    assert decl.timeline.count() >= 3
    assert not decl.submit_button.isEnabled()
    assert ctx.window.notifications  # a tray/status notification for each status change


def test_rejection_fix_at_field_and_resubmit(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    ctx.sandbox.set_scenario("demo-exporter", "rejection")
    editor = ctx.window.new_shipment()
    _fill_shipment(qtbot, editor, "JL-T-0002")
    decl = _derive(ctx, qtbot, editor)
    assert not [i for i in decl.issues if str(i.severity) == "error"]
    decl.submit_button.click()
    qtbot.waitUntil(lambda: decl.document.status == FilingStatus.RECEIVED, timeout=15_000)
    _advance_until(ctx, qtbot, decl, FilingStatus.REJECTED)
    # the server's field error sits on the item cell
    assert "items.0.g_model" in decl.issues_by_path()
    index = decl.items.table.index_of_path("items.0.g_model")
    assert index is not None and decl.items.table.data(index, 1) is not None  # the marker icon
    assert decl.submit_button.isEnabled()
    decl.focus_path("items.0.g_model")
    assert decl.items.view.currentIndex() == index
    decl.items.table.setData(index, "摩托车用|离合器总成|JL牌|型号CG125|铝合金")
    qtbot.waitUntil(lambda: "items.0.g_model" not in decl.issues_by_path(), timeout=3_000)
    decl.submit_button.click()
    qtbot.waitUntil(lambda: decl.document.status == FilingStatus.RECEIVED, timeout=15_000)
    _advance_until(ctx, qtbot, decl, FilingStatus.RELEASED)


def test_booking_to_confirmation(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    editor = ctx.window.new_shipment()
    _fill_shipment(qtbot, editor, "JL-T-0003")
    editor.derive_booking_button.click()
    qtbot.waitUntil(lambda: isinstance(current_editor(ctx, "booking"), BookingEditor), timeout=15_000)
    booking = current_editor(ctx, "booking")
    settle(ctx, qtbot)
    booking.search_schedules()
    settle(ctx, qtbot)
    assert booking.schedules.count() > 0
    booking.schedules.itemActivated.emit(booking.schedules.item(0))
    assert booking.document.service_code
    booking.submit_button.click()
    qtbot.waitUntil(lambda: booking.document.status == FilingStatus.REQUESTED, timeout=15_000)
    _advance_until(ctx, qtbot, booking, FilingStatus.CONFIRMED)
    assert booking.document.carrier_booking_reference
    assert booking.cancel_button.isEnabled()
    # the bookings list names the shipment by its reference and consignee, as the user knows it, not by its id
    ctx.window.show_section("bookings")
    page = ctx.window.lists["booking"]
    page.refresh()
    qtbot.waitUntil(lambda: page.row_count() == 1, timeout=5_000)
    shown = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    sid = booking.document.shipment_id
    consignee = ctx.backend.store.documents("shipment").rows([sid])[sid].consignee
    assert consignee and shown[:2] == ["JL-T-0003", consignee] and sid not in shown


def test_company_switch_shows_only_that_company(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot, "demo-forwarder")
    w = ctx.window
    assert len(w.companies) == 4
    for company in ("cd-tianfu-ceramics", "nn-lvyuan-trading"):
        ctx.backend.import_samples(company)
    w.switch_company("cd-tianfu-ceramics")
    settle(ctx, qtbot)
    page = w.lists["shipment"]
    refs = {page.row_value(n, "company_id") for n in range(page.row_count())}
    assert page.row_count() >= 2 and refs == {"cd-tianfu-ceramics"}
    w.switch_company("nn-lvyuan-trading")
    settle(ctx, qtbot)
    refs = {page.row_value(n, "company_id") for n in range(page.row_count())}
    assert page.row_count() >= 1 and refs == {"nn-lvyuan-trading"}
    assert w.company_combo.currentData() == "nn-lvyuan-trading"
    # the quick switcher filters by name and switches with Enter
    from desktop.ui.mainwindow import QuickSwitcher

    switcher = QuickSwitcher(w.companies, w)
    switcher.filter.setText("天府")
    assert switcher.chosen() == "cd-tianfu-ceramics"
    # an open editor of another company is closed on switch
    w.switch_company("cd-tianfu-ceramics")
    settle(ctx, qtbot)
    sid = page.row_value(0, "id")
    w.open_document("shipment", sid)
    settle(ctx, qtbot)
    assert ("shipment", sid) in w.editors
    type_into(qtbot, w.editors[("shipment", sid)].header.editor("remarks"), "SAVED ON SWITCH")
    # full-text search and the status filter go to the store
    page.search.setText("Lion City")
    qtbot.waitUntil(lambda: page.row_count() == 1, timeout=5_000)
    assert page.row_value(0, "reference") == "TF-SIN-2612-07"
    page.search.clear()
    qtbot.waitUntil(lambda: page.row_count() == 2, timeout=5_000)
    decls = w.lists["declaration"]
    decls.status.setCurrentIndex(decls.status.findData("released"))
    qtbot.waitUntil(lambda: decls.row_count() == 0, timeout=5_000)
    decls.status.setCurrentIndex(decls.status.findData("draft"))
    qtbot.waitUntil(lambda: decls.row_count() == 3, timeout=5_000)
    from tests.ui.test_menus import answer_box

    seen = answer_box(qtbot, "save")  # unsaved edits of the company left: asked, saved
    w.switch_company("km-yunling-produce")
    assert seen == ["Save the changes to TF-SIN-2612-07?"]
    assert ("shipment", sid) not in w.editors
    settle(ctx, qtbot)
    assert ctx.backend.store.shipments.get(sid).remarks == "SAVED ON SWITCH"  # nothing lost by switching
    settle(ctx, qtbot)
    assert page.row_count() == 0


def test_autosave_and_restore_after_crash(make_app: Any, qtbot: Any, data_dir: Path) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    editor = ctx.window.new_shipment()
    type_into(qtbot, editor.header.editor("reference"), "JL-CRASH-1")
    type_into(qtbot, editor.parties.editor("consignee.name_local"), "Công ty Hải Phòng")
    qtbot.waitUntil(lambda: any((data_dir / "recovery").glob("shipment-*.json")), timeout=5_000)
    # simulate a crash: nothing is closed or saved, the process just goes away
    ctx.window.shutdown = lambda: None
    ctx.runner.shutdown()
    ctx.backend.close()
    ctx.sandbox.stop()
    ctx.sandbox = None
    ctx.closed = True
    ctx.window.hide()  # and its window goes with the process, timers and all, without a word
    ctx.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    again = make_app()
    # the login was remembered (keyring + the sandbox kept in the data dir): the session resumes by itself
    qtbot.waitUntil(lambda: bool(again.window.companies), timeout=15_000)
    settle(again, qtbot)
    restored = [e for e in again.window.editors.values() if isinstance(e, ShipmentEditor)]
    assert restored and restored[0].document.reference == "JL-CRASH-1"
    assert restored[0].document.consignee.name_local == "Công ty Hải Phòng"
    assert restored[0].dirty
    assert restored[0].header.editor("reference").text() == "JL-CRASH-1"


def test_session_expiry_mid_edit_loses_nothing(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    editor = ctx.window.new_shipment()
    type_into(qtbot, editor.header.editor("reference"), "JL-EXPIRE-1")
    # the platform revokes the session (as an expired refresh token would)
    ctx.backend.platform.auth.logout()
    ctx.window.sync_now()  # the next contact with the platform finds the session gone
    qtbot.waitUntil(lambda: ctx.window.login_dialog is not None, timeout=5_000)
    assert editor.header.editor("reference").text() == "JL-EXPIRE-1"
    dialog = ctx.window.login_dialog
    assert dialog.reason_label.isVisibleTo(dialog)
    dialog.password.setText("demo1234")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: ctx.window.login_dialog is None, timeout=15_000)
    assert ctx.window.editors  # the editor is still open with its edits
    assert editor.document.reference == "JL-EXPIRE-1" and editor.dirty
    editor.save()
    settle(ctx, qtbot)
    assert not editor.dirty
    assert ctx.backend.store.shipments.get(editor.doc_id).reference == "JL-EXPIRE-1"


def test_amend_then_withdraw(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    editor = ctx.window.new_shipment()
    _fill_shipment(qtbot, editor, "JL-T-0004")
    decl = _derive(ctx, qtbot, editor)
    decl.submit_button.click()
    qtbot.waitUntil(lambda: decl.document.status == FilingStatus.RECEIVED, timeout=15_000)
    assert decl.header.editor("note_s").editor.isReadOnly()
    assert decl.amend_button.isEnabled() and decl.withdraw_button.isEnabled()
    decl.attach_button.click()
    qtbot.waitUntil(lambda: len(decl.document.attachments) == 2, timeout=15_000)
    assert {a.edoc_code for a in decl.document.attachments} == {"00000001", "00000002"}
    assert not decl.attach_button.isEnabled()
    decl.amend_button.click()
    assert not decl.header.editor("note_s").editor.isReadOnly()
    type_into(qtbot, decl.header.editor("note_s"), "AMENDED MARKS")
    decl.submit_button.click()
    qtbot.waitUntil(lambda: not decl.amending and decl.document.status == FilingStatus.RECEIVED, timeout=15_000)
    settle(ctx, qtbot)
    assert any(r.message_code == "customs.amended" for r in decl.document.receipts) or decl.timeline.count() >= 2
    decl.withdraw_button.click()
    qtbot.waitUntil(lambda: decl.document.status == FilingStatus.WITHDRAWN, timeout=15_000)
    assert not decl.submit_button.isEnabled() and not decl.withdraw_button.isEnabled()


def test_hs_lookup_from_hs_2022_and_own_products(make_app: Any, qtbot: Any) -> None:
    from desktop.core.model import Product
    from desktop.ui.hslookup import HsLookupDialog

    ctx = make_app()
    log_in(ctx, qtbot)
    drafts.save_product(
        ctx.backend.store,
        "cq-jiangling",
        Product(
            name_zh="摩托车离合器总成",
            name_en="Motorcycle clutch assembly",
            commodity_code="8714100090",
            declaration_elements="摩托车用|离合器总成",
            declared_unit="007",
            legal_unit_1="035",
        ),
        "test",
    )
    editor = ctx.window.new_shipment()
    dialog = HsLookupDialog(ctx, "cq-jiangling", "clutch", editor)
    settle(ctx, qtbot)
    assert dialog.choice() is not None and dialog.choice()[0] == "product"
    assert editor.hs_lookup(editor.goods, "commodity_code", dialog)
    line = editor.document.goods[0]
    assert line.commodity_code == "8714100090" and line.name_zh == "摩托车离合器总成" and line.unit == "007"
    dialog.query.setText("motorcycles")
    dialog.search()
    settle(ctx, qtbot)
    tariff = next(n for n, c in enumerate(dialog.model.rows) if c.source == "tariff")
    dialog.table.selectRow(tariff)
    kind, picked = dialog.choice()
    assert kind == "hs" and len(picked.code) == 10 and picked.code.endswith("00") and picked.unit1
    editor.goods.view.setCurrentIndex(editor.goods.table.index(0, 0))
    assert editor.hs_lookup(editor.goods, "commodity_code", dialog)
    assert editor.document.goods[0].commodity_code == picked.code
    assert editor.document.goods[0].legal_unit_1 == picked.unit1


def test_offline_submission_waits_in_the_outbox(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    editor = ctx.window.new_shipment()
    _fill_shipment(qtbot, editor, "JL-T-0005")
    decl = _derive(ctx, qtbot, editor)
    ctx.backend.platform.client.max_attempts = 1  # fail fast: the platform is gone
    ctx.sandbox.stop()
    ctx.sandbox = None
    decl.submit_button.click()
    qtbot.waitUntil(lambda: decl.document.status == FilingStatus.QUEUED, timeout=30_000)
    settle(ctx, qtbot, 30_000)
    qtbot.waitUntil(lambda: ctx.window.connected is False and ctx.window.outbox_count == 1, timeout=10_000)
    assert "1" in ctx.window.outbox_label.text()
    assert ctx.backend.store.declarations.get(decl.doc_id).status == FilingStatus.QUEUED


def test_verification_code_and_remembered_login(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    ctx.sandbox.set_verification("demo-exporter", True)
    qtbot.waitUntil(lambda: ctx.window.login_dialog is not None, timeout=10_000)
    dialog = ctx.window.login_dialog
    qtbot.keyClicks(dialog.username, "demo-exporter")
    qtbot.keyClicks(dialog.password, "demo1234")
    assert not dialog.code.isVisibleTo(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.code.isVisibleTo(dialog), timeout=10_000)
    code = ctx.sandbox.verification_code("demo-exporter")
    assert code
    qtbot.keyClicks(dialog.code, code)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(ctx.window.companies) and ctx.window.login_dialog is None, timeout=10_000)
    ctx.close()
    # remember me: the next start resumes the session from the keyring, no dialog
    again = make_app()
    qtbot.waitUntil(lambda: bool(again.window.companies), timeout=15_000)
    assert again.window.login_dialog is None
    assert [c.id for c in again.window.companies] == ["cq-jiangling"]


def test_closing_the_app_saves_open_edits(make_app: Any, qtbot: Any, data_dir: Path) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    editor = ctx.window.new_shipment()
    type_into(qtbot, editor.header.editor("reference"), "JL-EXIT-1")
    from tests.ui.test_menus import answer_box

    seen = answer_box(qtbot, "save")
    ctx.window.close()
    assert seen == ["Save the changes to JL-EXIT-1?"]
    ctx.close()  # joins the save
    assert not list((data_dir / "recovery").glob("*.json"))
    again = make_app()
    qtbot.waitUntil(lambda: bool(again.window.companies), timeout=15_000)
    settle(again, qtbot)
    assert not again.window.editors  # nothing to restore: it was saved
    page = again.window.lists["shipment"]
    assert [page.row_value(n, "reference") for n in range(page.row_count())] == ["JL-EXIT-1"]
