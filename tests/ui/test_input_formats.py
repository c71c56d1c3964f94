"""Dates and numbers are typed as each language shows them (ISO always works); what cannot be read stays with
its error. Typed into the real shipment editor with key clicks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from desktop.ui import lang
from desktop.ui.fieldkinds import parse_date
from tests.ui.conftest import log_in
from tests.ui.helpers import type_into


def test_parse_date_orders() -> None:
    assert parse_date("10/12/2026", "dmy") == date(2026, 12, 10)
    assert parse_date("12/1/2026", "mdy") == date(2026, 12, 1)
    assert parse_date("2026/12/1", "ymd") == parse_date("2026-12-01", "dmy") == date(2026, 12, 1)
    assert parse_date("10.12.26", "dmy") == date(2026, 12, 10)
    assert parse_date("20261210", "mdy") == date(2026, 12, 10)
    for bad in ("1012", "31/02/2026", "10/12", "2026-13-01", "abc", "10/12/2026/1", "12/10/26", "1/1/123"):
        assert parse_date(bad, "ymd" if bad == "12/10/26" else "dmy") is None, bad


@pytest.mark.parametrize(
    ("language", "typed_date", "typed_number", "number"),
    [
        ("vi", "10/12/2026", "2.650,5", Decimal("2650.5")),
        ("en", "12/10/2026", "2,650.5", Decimal("2650.5")),
        ("zh_CN", "2026/12/10", "2,650.5", Decimal("2650.5")),
    ],
)
def test_dates_and_numbers_typed_as_shown(
    make_app: Any, qtbot: Any, language: str, typed_date: str, typed_number: str, number: Decimal
) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    lang.switch(ctx, language, save=False)
    try:
        editor = ctx.window.new_shipment()
        departure = editor.route.editor("route.requested_departure")
        type_into(qtbot, departure, typed_date)
        assert editor.document.route.requested_departure == date(2026, 12, 10)
        assert "is not a date" not in departure.marker.toolTip()
        type_into(qtbot, departure, "2026-12-11")  # ISO always works
        assert editor.document.route.requested_departure == date(2026, 12, 11)
        gross = editor.header.editor("gross_weight")
        type_into(qtbot, gross, typed_number)
        assert editor.document.gross_weight == number
        # shown back in the language's format once the field is left
        editor.header.editor("reference").editor.setFocus()
        qtbot.waitUntil(lambda: departure.editor.text() == lang.format_date(date(2026, 12, 11)), timeout=2_000)
    finally:
        lang.switch(ctx, "en", save=False)


def test_unreadable_values_stay_with_their_error(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    editor = ctx.window.new_shipment()
    departure = editor.route.editor("route.requested_departure")
    type_into(qtbot, departure, "10.12.2026x")
    assert departure.editor.text() == "10.12.2026x"
    assert not departure.marker.isHidden() and "is not a date" in departure.marker.toolTip()
    assert "12/10/2026" in departure.marker.toolTip()  # an example in the language's format
    gross = editor.header.editor("gross_weight")
    type_into(qtbot, gross, "12kg")
    assert gross.editor.text() == "12kg"  # the letters did not vanish
    assert not gross.marker.isHidden() and "is not a number" in gross.marker.toolTip()
    editor.header.editor("reference").editor.setFocus()
    qtbot.wait(20)
    assert gross.editor.text() == "12kg"
    type_into(qtbot, gross, "12")
    assert editor.document.gross_weight == Decimal("12")
    assert "is not a number" not in gross.marker.toolTip()


@pytest.mark.parametrize(
    ("language", "placeholder", "shown"),
    [("zh_CN", "YYYY-MM-DD", "2026-12-11"), ("vi", "DD/MM/YYYY", "11/12/2026"), ("en", "MM/DD/YYYY", "12/11/2026")],
)
def test_date_fields_show_the_language_format_and_a_calendar(
    make_app: Any, qtbot: Any, language: str, placeholder: str, shown: str
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    ctx = make_app()
    log_in(ctx, qtbot)
    lang.switch(ctx, language, save=False)
    try:
        editor = ctx.window.new_shipment()
        departure = editor.route.editor("route.requested_departure")
        line = departure.editor
        assert line.placeholderText() == placeholder
        type_into(qtbot, departure, lang.format_date(date(2026, 12, 10)))
        assert editor.document.route.requested_departure == date(2026, 12, 10)
        line.setFocus()
        qtbot.keyClick(line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # Alt+Down opens the calendar
        popup = departure.calendar.popup
        qtbot.waitUntil(lambda: popup is not None and popup.isVisible(), timeout=2_000)
        assert popup.selectedDate().day() == 10  # opens on the field's date
        target = QApplication.focusWidget()
        assert target is not None and popup.isAncestorOf(target)
        qtbot.keyClick(target, Qt.Key.Key_Escape)  # Esc closes it, the date stays
        qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2_000)
        assert editor.document.route.requested_departure == date(2026, 12, 10)
        qtbot.keyClick(line, Qt.Key.Key_F4)
        qtbot.waitUntil(popup.isVisible, timeout=2_000)
        target = QApplication.focusWidget()
        qtbot.keyClick(target, Qt.Key.Key_Right)  # the next day
        qtbot.keyClick(target, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2_000)
        assert editor.document.route.requested_departure == date(2026, 12, 11)  # stored as a date (ISO)
        assert line.text() == shown
        assert not departure.calendar.focusPolicy() & Qt.FocusPolicy.TabFocus  # Tab goes on to the next field
    finally:
        lang.switch(ctx, "en", save=False)
