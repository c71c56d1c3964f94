"""Smart declaration as a user meets it: a goods name typed into the goods table (Chinese, Vietnamese) offers
ranked codes with their names and why; choosing one fills the line's 10-digit code and legal units."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from desktop.core.model import Product
from desktop.core.services import drafts
from desktop.ui.hsuggest import HsSuggester
from desktop.ui.hsupplement import SupplementDialog
from tests.ui.conftest import log_in, settle

COMPANY = "cq-jiangling"


def type_keys(text: str) -> None:
    """Type into whatever has the focus, one key at a time (non-ASCII as key events with text)."""
    for ch in text:
        widget = QApplication.focusWidget()
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def start_typing_name(ctx: Any, qtbot: Any, editor: Any, column: str, text: str) -> QLineEdit:
    """Select the new line's name cell and type the name over it, as a user does (the first key opens the
    cell's editor)."""
    ctx.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ctx.window, timeout=5_000)
    editor.tabs.setCurrentWidget(editor.goods)
    editor.goods.add_button.click()
    qtbot.wait(400)  # the editor's check of the new line runs first (its refresh would reset an open cell)
    settle(ctx, qtbot)
    view = editor.goods.view
    view.setFocus()
    view.setCurrentIndex(editor.goods.table.index(0, editor.goods.table.names.index(column)))
    type_keys(text)
    edit = QApplication.focusWidget()
    assert isinstance(edit, QLineEdit) and edit.text() == text
    return edit


def suggestions(ctx: Any, qtbot: Any, edit: QLineEdit) -> HsSuggester:
    suggester = edit.findChild(HsSuggester)
    assert suggester is not None
    qtbot.waitUntil(lambda: not suggester.timer.isActive(), timeout=5_000)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: bool(suggester.rows), timeout=15_000)
    return suggester


def test_chinese_goods_name_offers_codes_with_names_and_why_and_fills_the_line(make_app: Any, qtbot: Any) -> None:
    ctx = make_app("--lang", "vi")
    log_in(ctx, qtbot)
    editor = ctx.window.new_shipment()
    edit = start_typing_name(ctx, qtbot, editor, "name_zh", "摩托车轮辋")
    suggester = suggestions(ctx, qtbot, edit)
    best = suggester.rows[0]
    assert best.hs6 == "871410"
    label = suggester.model.item(0).text()
    assert label.startswith("87141000") and "摩托车" in label
    assert "Yên xe" in label or "xe" in label.lower()  # the name in the UI language (Vietnamese)
    assert "摩托车轮辋" in label.split("←")[1]  # why: the words it matched, as typed (not character pairs)
    tooltip = suggester.model.item(0).toolTip()
    assert best.units("vi") and all(name in tooltip for _code, name in best.units("vi"))  # the legal units
    assert "Parts and accessories" in tooltip and "摩托车" in tooltip  # every name, whole
    popup = suggester.completer.popup()
    assert popup is not None and popup.isVisible()

    QTest.keyClick(popup, Qt.Key.Key_Down)  # the user picks the first code from the list
    QTest.keyClick(popup, Qt.Key.Key_Return)
    # nothing knows how customs splits 87141000: the supplementary digits are asked, the usual 00 explained
    dialog = asked(qtbot)
    assert dialog.supplement.text() == "00" and "00" in dialog.help.text() and "87141000" in dialog.line.text()
    assert "Yên xe" in dialog.line.text() or "xe" in dialog.line.text().lower()  # the name in Vietnamese too
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # cancelled: no code is filled, the name typed is kept
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    qtbot.waitUntil(lambda: editor.document.goods[0].name_zh == "摩托车轮辋", timeout=5_000)
    assert editor.document.goods[0].commodity_code == ""

    view = editor.goods.view  # the user opens the cell again (F2) and retypes the last character
    ctx.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ctx.window, timeout=5_000)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    edit = QApplication.focusWidget()
    assert isinstance(edit, QLineEdit) and edit.text() == "摩托车轮辋"
    QTest.keyClick(edit, Qt.Key.Key_End)
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    type_keys("辋")
    suggester = suggestions(ctx, qtbot, edit)
    popup = suggester.completer.popup()
    assert popup is not None
    qtbot.waitUntil(lambda: popup.isVisible(), timeout=5_000)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    dialog = asked(qtbot)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.supplement, timeout=5_000)
    type_keys("1")  # the 00 is selected: typing replaces it
    assert not ok.isEnabled() and dialog.error.isVisibleTo(dialog) and "2" in dialog.error.text()
    type_keys("0")
    assert ok.isEnabled() and dialog.code() == "8714100010" and "8714100010" in dialog.full_code.text()
    QTest.keyClick(dialog.supplement, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.goods[0].commodity_code != "", timeout=5_000)
    line = editor.document.goods[0]
    assert line.commodity_code == "8714100010" and line.legal_unit_1 == "035"
    assert line.name_zh == "摩托车轮辋"  # the name typed stays as typed


def asked(qtbot: Any) -> SupplementDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SupplementDialog), timeout=5_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SupplementDialog)
    return dialog


def test_a_line_the_company_declared_before_takes_its_supplementary_digits(make_app: Any, qtbot: Any) -> None:
    ctx = make_app("--lang", "zh_CN")
    log_in(ctx, qtbot)
    drafts.save_product(  # the company's history knows how 87141000 is split for it
        ctx.backend.store, COMPANY, Product(name_zh="铝合金轮圈", commodity_code="8714100090"), "test",
    )
    editor = ctx.window.new_shipment()
    edit = start_typing_name(ctx, qtbot, editor, "name_zh", "摩托车减震器")
    suggester = suggestions(ctx, qtbot, edit)
    assert suggester.rows[0].code == "87141000" and suggester.rows[0].source == "tariff"
    assert suggester.rows[0].supplements == ("90",)
    popup = suggester.completer.popup()
    assert popup is not None
    qtbot.waitUntil(lambda: popup.isVisible(), timeout=5_000)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.goods[0].commodity_code != "", timeout=5_000)
    assert editor.document.goods[0].commodity_code == "8714100090"  # taken without asking
    assert not isinstance(QApplication.activeModalWidget(), SupplementDialog)


def test_vietnamese_name_offers_the_subheading_with_its_chinese_name(make_app: Any, qtbot: Any) -> None:
    ctx = make_app("--lang", "zh_CN")
    log_in(ctx, qtbot)
    editor = ctx.window.new_shipment()
    edit = start_typing_name(ctx, qtbot, editor, "name_en", "Sầu riêng tươi")
    suggester = suggestions(ctx, qtbot, edit)
    assert suggester.rows[0].hs6 == "081060"
    label = suggester.model.item(0).text()
    assert "鲜榴莲" in label  # in the Chinese UI the Chinese name is the name shown
    assert "Sầu" in label.split("←")[1] and "riêng" in label.split("←")[1]  # the words as typed

    shown = list(suggester.rows)
    type_keys("x")  # typed past: an answer for the earlier text is not shown for the new one
    suggester.show([], "Sầu riêng tươi")
    assert suggester.rows == shown and edit.text() == "Sầu riêng tươix"
