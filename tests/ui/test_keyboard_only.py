"""A first shipment, its declaration and its booking filed with the keyboard alone: Tab between fields, typing,
Ctrl+Tab between tabs, Ctrl+V to paste goods copied from Excel, Alt+D / Alt+B to derive, Ctrl+Enter to submit.
No widget method is called on the way; only key presses go to whatever has the focus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.model.filing import FilingStatus
from desktop.ui.editors import BookingEditor, DeclarationEditor, ShipmentEditor
from tests.ui.conftest import settle
from tests.ui.helpers import current_editor
from tests.ui.test_flows import GOODS_PASTE

CTRL, ALT, NONE = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: Any, key: Qt.Key, mods: Qt.KeyboardModifier = NONE) -> None:
    """A key to the focused widget (window-wide shortcuts: to the active window when nothing has the focus)."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, mods)


def type_text(qtbot: Any, text: str) -> None:
    for ch in text:
        qtbot.keyClick(focused(), ch)


def tab_to(qtbot: Any, target: QWidget, limit: int = 150) -> int:
    """Press Tab until ``target`` has the focus, as a user tabbing through a form; returns the presses."""
    for n in range(limit):
        if focused() is target:
            return n
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target}; at {focused().accessibleName()}")


def fill(qtbot: Any, form: Any, values: dict[str, str]) -> None:
    for path, text in values.items():
        editor = form.editor(path).editor
        tab_to(qtbot, getattr(editor, "line", editor))  # a code field's line edit
        type_text(qtbot, text)
        close_popup(qtbot)  # the user has typed the code; Esc closes the suggestions


def close_popup(qtbot: Any) -> None:
    """Esc on an open list of suggestions (it has the keyboard while open)."""
    popup = QApplication.activePopupWidget()
    if popup is None:
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and top.windowFlags() & Qt.WindowType.Popup:
                popup = top
    if popup is not None:
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    window = QApplication.focusWidget().window() if QApplication.focusWidget() else None
    if window is not None and QApplication.activeWindow() is not window:  # offscreen: a closed popup keeps the
        window.activateWindow()  # activation, which a window system gives back to the window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2_000)


def next_tab(qtbot: Any) -> None:
    press(qtbot, Qt.Key.Key_Tab, CTRL)


def test_first_shipment_declaration_and_booking_by_keyboard(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    w = ctx.window
    qtbot.waitUntil(lambda: w.login_dialog is not None, timeout=10_000)
    dialog = w.login_dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    tab_to(qtbot, dialog.username)
    type_text(qtbot, "demo-exporter")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "demo1234")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(w.companies) and w.login_dialog is None, timeout=15_000)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5_000)
    press(qtbot, Qt.Key.Key_N, CTRL)  # File → New shipment: the cursor waits in the first field
    editor = current_editor(ctx, "shipment")
    assert isinstance(editor, ShipmentEditor)
    qtbot.waitUntil(lambda: focused() is editor.header.editor("reference").editor, timeout=2_000)
    fill(
        qtbot,
        editor.header,
        {
            "reference": "KB-ONLY-1",
            "contract_no": "JL2026-VN-118",
            "invoice_no": "JL-INV-26118",
            "package_type": "22",
            "package_count": "220",
            "gross_weight": "6500",
            "net_weight": "6000",
            "transaction_mode": "3",
            "currency": "USD",
            "trade_country": "VNM",
            "destination_country": "VNM",
        },
    )
    assert editor.document.reference == "KB-ONLY-1"
    next_tab(qtbot)  # Parties
    fill(
        qtbot,
        editor.parties,
        {
            "consignee.name": "Hai Phong Motor Parts Trading JSC",
            "consignee.address": "12 Le Hong Phong, Ngo Quyen, Hai Phong",
            "consignee.country": "VNM",
            "consignee.aeo_code": "NO",
        },
    )
    next_tab(qtbot)  # Goods: paste the lines copied from the invoice in Excel
    tab_to(qtbot, editor.goods.view)
    lines = GOODS_PASTE.splitlines()
    QApplication.clipboard().setText(
        "\n".join([lines[0] + "\tDomestic source of goods"] + [ln + "\t50129" for ln in lines[1:]]) + "\n"
    )
    press(qtbot, Qt.Key.Key_V, CTRL)
    assert len(editor.document.goods) == 2
    next_tab(qtbot)  # Containers
    next_tab(qtbot)  # Route
    fill(
        qtbot,
        editor.route,
        {
            "route.place_of_receipt": "CNCKG",
            "route.port_of_loading": "CNQZH",
            "route.port_of_discharge": "VNHPH",
            "route.exit_customs": "7200",
            "route.requested_departure": "12/10/2026",  # as the English UI shows dates
            "route.train_no": "X9103",
            "route.rail_waybill": "CQ26120001",
            "route.vessel": "BEIBU GULF PIONEER",
            "route.voyage": "2612S",
            "route.bill_no": "CDMT2612000118",
        },
    )
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(ctx, qtbot)
    qtbot.wait(200)  # the checks run a moment after the last edit
    assert not editor.dirty and not editor.never_saved
    shipment_errors = [i.field_path for i in editor.issues if str(i.severity) == "error"]
    assert not shipment_errors, shipment_errors
    press(qtbot, Qt.Key.Key_D, ALT)  # Create / refresh &declaration
    qtbot.waitUntil(lambda: isinstance(current_editor(ctx, "declaration"), DeclarationEditor), timeout=15_000)
    decl = current_editor(ctx, "declaration")
    settle(ctx, qtbot)
    qtbot.wait(200)
    left = [(i.field_path, decl.issue_message(i)) for i in decl.issues if str(i.severity) == "error"]
    assert not left, left
    assert decl.isAncestorOf(focused())  # the cursor waits in the declaration's first field
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Submit
    settle(ctx, qtbot)
    qtbot.waitUntil(
        lambda: decl.document.status in (FilingStatus.RECEIVED, FilingStatus.QUEUED),
        timeout=15_000,
    )
    press(qtbot, Qt.Key.Key_1, ALT)  # back to the shipments, where the shipment's tab is still open
    assert w.pages["shipments"].currentWidget() is editor
    press(qtbot, Qt.Key.Key_B, ALT)  # Create / refresh &booking
    qtbot.waitUntil(lambda: isinstance(current_editor(ctx, "booking"), BookingEditor), timeout=15_000)
    booking = current_editor(ctx, "booking")
    settle(ctx, qtbot)
    for _ in range(6):  # Ctrl+Tab to the booking's schedules tab
        if booking.schedule_button.isVisible():
            break
        next_tab(qtbot)
    tab_to(qtbot, booking.schedule_button)
    press(qtbot, Qt.Key.Key_Space)  # Search schedules
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: booking.schedules.count() > 0, timeout=10_000)
    tab_to(qtbot, booking.schedules)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # take the sailing
    assert booking.document.service_code
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: booking.document.status == FilingStatus.REQUESTED, timeout=15_000)
    titles = [w.pages[s].tabText(w.pages[s].currentIndex()) for s in ("shipments", "declarations", "bookings")]
    assert titles == ["KB-ONLY-1", "JL2026-VN-118", "Booking for KB-ONLY-1"], titles
