"""Chinese, English and Vietnamese: the language switches live everywhere, every label and button fits in every
language at the default window size, the compiled catalogues load, choices/numbers/dates follow the language."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTabBar,
    QWidget,
)

from desktop.core import choices, i18n, rules
from desktop.core.model.booking import FreightPayment
from desktop.core.model.filing import FilingStatus
from desktop.core.model.shipment import PreCarriage
from desktop.core.resources import i18n_path
from desktop.core.settings import load_settings, settings_path
from desktop.ui import lang
from desktop.ui.editors import BookingEditor, DeclarationEditor, ShipmentEditor
from desktop.ui.screenshots import SIZE, screens
from tests.ui.conftest import log_in, settle


def T(context: str, source: str, language: str) -> str:
    return i18n.translate(context, source, language)


def _open_everything(ctx: Any, qtbot: Any) -> tuple[ShipmentEditor, DeclarationEditor, BookingEditor]:
    w = ctx.window
    log_in(ctx, qtbot)
    ctx.backend.import_samples(w.company_id)
    page = w.lists["shipment"]
    page.refresh()
    qtbot.waitUntil(lambda: page.row_count() > 0, timeout=10_000)
    w.open_document("shipment", page.row_value(0, "id"))
    qtbot.waitUntil(lambda: bool(w.editors), timeout=10_000)
    shipment = next(iter(w.editors.values()))
    assert isinstance(shipment, ShipmentEditor)
    shipment.derive_declaration()
    qtbot.waitUntil(lambda: any(isinstance(e, DeclarationEditor) for e in w.editors.values()), timeout=15_000)
    decl = next(e for e in w.editors.values() if isinstance(e, DeclarationEditor))
    decl.header.editor("traf_name").set_text("")  # an error in the issues list
    shipment.derive_booking()
    qtbot.waitUntil(lambda: any(isinstance(e, BookingEditor) for e in w.editors.values()), timeout=15_000)
    booking = next(e for e in w.editors.values() if isinstance(e, BookingEditor))
    w.lists["declaration"].refresh()
    w.show_section("settings")
    settle(ctx, qtbot)
    decl.run_checks()
    return shipment, decl, booking


def test_switching_language_retranslates_every_open_window(make_app: Any, qtbot: Any, data_dir: Path) -> None:
    ctx = make_app()
    w = ctx.window
    shipment, decl, booking = _open_everything(ctx, qtbot)
    login = w.show_login("session expired")  # the re-login dialog on top of the open editors
    settings = w.pages["settings"]
    decl_list = w.lists["declaration"]
    assert decl.issues and decl_list.row_count() > 0
    for language in ("zh_CN", "vi", "en"):
        w.language_actions[language].trigger()
        expected_nav = T("MainWindow", "Shipments", language)
        qtbot.waitUntil(lambda e=expected_nav: w.nav.item(0).text() == e, timeout=3_000)
        settle(ctx, qtbot)
        if language != "en":
            assert expected_nav != "Shipments"
        assert lang.current() == language and QLocale().name() == lang.LOCALES[language]
        assert w.language_actions[language].isChecked()
        assert w.view_menu.title() == T("MainWindow", "&View", language)
        assert w.outbox_label.text() == T("MainWindow", "Outbox: {n}", language).format(n=w.outbox_count)
        # the shipment editor: tabs, field labels, code names, choices
        assert shipment.tabs.tabText(0) == T("ShipmentEditor", "General", language)
        fe = shipment.header.editor("contract_no")
        assert fe.label.text() == T("Field", fe.spec.label, language) + " *"
        currency = shipment.header.editor("currency").editor
        assert currency.name_label.toolTip() == choices_code_name("currency", currency.text(), language)
        pre = shipment.route.editor("route.pre_carriage").editor
        assert pre.currentText() == choices.name(PreCarriage(pre.currentData()), language)
        goods = shipment.goods.table
        spec = goods.specs[goods.names[0]]
        assert goods.headerData(0, _horizontal()).startswith(T("Field", spec.label, language))
        # the declaration editor and its issues list
        assert decl.tabs.tabText(1) == T("DeclarationEditor", "Items", language)
        texts = [decl.issue_list.item(i).text() for i in range(decl.issue_list.count())]
        for issue in decl.issues:
            assert any(rules.message(issue, language) in t for t in texts), (issue, texts)
        assert decl.status_label.text().startswith(choices.name(FilingStatus.DRAFT, language))
        # the booking editor's choices; the declaration list's statuses
        freight = booking.header.editor("freight_payment").editor
        assert freight.currentText() == choices.name(FreightPayment(freight.currentData()), language)
        status_col = [c.key for c in decl_list.model.columns].index("status")
        shown = decl_list.model.data(decl_list.model.index(0, status_col))
        assert shown == choices.status_name(str(decl_list.row_value(0, "status")), language)
        # the login dialog, Qt's own button texts (Qt ships a Chinese catalogue; the app's catalogue has the Vietnamese)
        assert login.windowTitle() == T("LoginDialog", "Log in to the single window", language)
        cancel = login.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        assert cancel == {"zh_CN": "取消", "vi": "Hủy", "en": "Cancel"}[language]
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        ok, close = (
            box.button(b).text() for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Close)
        )
        assert (ok, close) == {"zh_CN": ("确定", "关闭"), "vi": ("Đồng ý", "Đóng"), "en": ("OK", "Close")}[language]
        box.deleteLater()
        # a booking is submitted to the carrier, a declaration declared to customs
        assert (
            booking.submit_button.text()
            == {"zh_CN": "经平台提交(&B)", "vi": "&Gửi booking qua nền tảng", "en": "Su&bmit through the platform"}[
                language
            ]
        )
        assert (
            decl.submit_button.text()
            == {"zh_CN": "申报(&B)", "vi": "&Gửi tờ khai", "en": "Su&bmit declaration"}[language]
        )
        # the audit log names actions and kinds, never the stored codes
        from desktop.ui.activity import audit_text

        assert audit_text("action", "submit") == T("Audit", "Submitted", language)
        assert audit_text("action", "platform_released") == T("Audit", "Platform: {status}", language).format(
            status=choices.status_name("released", language)
        )
        assert audit_text("subject_kind", "declaration") == T("Audit", "Declaration", language)
        assert audit_text("action", "something_new") == "something_new"
        # the settings page shows the choice
        assert settings.language.currentData() == language
        assert load_settings(settings_path(data_dir)).language == language


def choices_code_name(table: str, code: str, language: str) -> str:
    from desktop.core import codes

    return codes.table(table).name(code, language)


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_settings_page_switches_the_language_too(make_app: Any, qtbot: Any, data_dir: Path) -> None:
    ctx = make_app(login=False)
    w = ctx.window
    w.show_section("settings")
    page = w.pages["settings"]
    page.language.setCurrentIndex(page.language.findData("vi"))
    page.language.activated.emit(page.language.currentIndex())
    qtbot.waitUntil(lambda: w.nav.item(0).text() == T("MainWindow", "Shipments", "vi"), timeout=3_000)
    assert page.labels[0].text() == T("SettingsPage", "&Language", "vi")
    assert w.language_actions["vi"].isChecked()
    assert load_settings(settings_path(data_dir)).language == "vi"
    page.language.setCurrentIndex(0)  # follow the system language again: nothing stored
    page.language.activated.emit(0)
    assert load_settings(settings_path(data_dir)).language == ""
    assert lang.current() == i18n.system_language()


def test_the_default_language_is_the_os_language(data_dir: Path, qtbot: Any, monkeypatch: Any) -> None:
    from desktop.ui.app import create_app

    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    ctx = create_app(["--data-dir", str(data_dir)], login=False, excepthook=False)
    try:
        qtbot.waitUntil(lambda: ctx.window.is_ready, timeout=30_000)
        assert lang.current() == "vi" and QLocale().name() == "vi_VN"
        assert ctx.window.nav.item(0).text() == T("MainWindow", "Shipments", "vi") != "Shipments"
        assert ctx.window.language_actions["vi"].isChecked()
    finally:
        ctx.close()
        lang.set_current("en")


@pytest.mark.parametrize("language", ["zh_CN", "vi"])
def test_compiled_catalogues_load(language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(i18n_path(f"corridor_{language}.qm")))
    text = translator.translate("MainWindow", "Shipments")
    assert text and text != "Shipments" and text == T("MainWindow", "Shipments", language)
    assert translator.translate("Field", "Supervision mode") == T("Field", "Supervision mode", language)


def test_numbers_dates_and_choices_follow_the_language(make_app: Any) -> None:
    make_app(login=False)
    try:
        lang.set_current("vi")
        assert lang.format_number(Decimal("1234567.50")) == "1.234.567,50"
        assert lang.format_number("-12") == "-12"
        assert lang.format_date("2026-12-10") == "10/12/2026"
        assert lang.display(Decimal("0.125")) == "0,125"
        lang.set_current("en")
        assert lang.format_number(Decimal("1234567.50")) == "1,234,567.50"
        assert lang.format_date("2026-12-10") == "12/10/2026"
        lang.set_current("zh_CN")
        assert lang.format_date("2026-12-10") == "2026-12-10"
        assert lang.format_number("not a number") == "not a number"
    finally:
        lang.set_current("en")
    for language in ("zh_CN", "en", "vi"):
        for enum_type, names in choices.NAMES.items():
            for value in names:
                assert choices.name(enum_type(value), language)  # every choice has a display name


# ------------------------------------------------------------------------------------------- layout fits


def _strip(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(root: QWidget) -> list[str]:
    """Labels, buttons, tabs and header sections of ``root`` whose text does not fit the space they have."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        fm = w.fontMetrics()
        if isinstance(w, QLabel):
            text = w.text()
            if not text or (w.pixmap() is not None and not w.pixmap().isNull()) or "<" in text:
                continue
            if w.wordWrap():
                if w.height() + 1 < w.heightForWidth(w.width()):
                    out.append(f"label (wrapped) {text!r}: {w.height()} < {w.heightForWidth(w.width())}")
                continue
            lines = _strip(text).split("\n")
            need = max(fm.horizontalAdvance(line) for line in lines)
            room = w.contentsRect().width() - 2 * w.margin() - max(w.indent(), 0)
            if need > room + 1:
                out.append(f"label {text!r}: needs {need}, has {room}")
        elif isinstance(w, QAbstractButton):
            text = _strip(w.text())
            if not text:
                continue
            need = fm.horizontalAdvance(text)
            if isinstance(w, QCheckBox):
                style = w.style()
                need += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
                    QStyle.PixelMetric.PM_CheckBoxLabelSpacing
                )
            elif isinstance(w, QPushButton):
                need += 8
                if not w.icon().isNull():
                    need += w.iconSize().width() + 4
            if need > w.width():
                out.append(f"{type(w).__name__} {text!r}: needs {need}, has {w.width()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i) and w.tabRect(i).width() + 1 < w.tabSizeHint(i).width():
                    out.append(f"tab {w.tabText(i)!r}: {w.tabRect(i).width()} < {w.tabSizeHint(i).width()}")
        elif isinstance(w, QHeaderView) and w.orientation() == _horizontal() and w.model() is not None:
            for i in range(w.count()):
                if w.isSectionHidden(i) or w.sectionSize(i) == 0:
                    continue
                text = str(w.model().headerData(i, w.orientation()) or "")
                margin = 2 * w.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
                need = fm.horizontalAdvance(text) + margin
                if need > w.sectionSize(i) + 1:
                    out.append(f"header {text!r}: needs {need}, has {w.sectionSize(i)}")
    return out


@pytest.mark.parametrize(
    ("language", "size"), [("zh_CN", SIZE), ("vi", SIZE), ("en", SIZE), ("zh_CN", (1024, 768)), ("vi", (1024, 768))]
)
def test_every_main_screen_fits_at_the_default_size(
    make_app: Any, qtbot: Any, language: str, size: tuple[int, int]
) -> None:
    ctx = make_app("--lang", language)
    ctx.window.resize(*size)
    problems: dict[str, list[str]] = {}
    seen = 0
    for name, widget in screens(ctx, company="cd-tianfu-ceramics", size=size):
        seen += 1
        widget.activateWindow()
        qtbot.wait(1)
        found = clipped(widget)
        if found:
            problems[name] = found
    assert seen >= 20
    assert ctx.window.width() == size[0] and ctx.window.nav.item(0).text() == T("MainWindow", "Shipments", language)
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_the_fit_check_sees_clipped_text(qtbot: Any) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QTableView

    from desktop.ui.listmodel import Column, LazyTableModel, Query

    class Rows:
        def count(self, query: Query) -> int:
            return 1

        def page(self, query: Query, offset: int, limit: int) -> list[dict[str, Any]]:
            return [{"id": "1", "a": "x"}]

    root = QWidget()
    qtbot.addWidget(root)
    layout = QHBoxLayout(root)
    label, button = QLabel("Người xuất khẩu / đơn vị sản xuất"), QPushButton("Tạo / cập nhật tờ khai hải quan")
    label.setFixedWidth(40)
    button.setFixedWidth(50)
    tabs = QTabBar()
    tabs.setElideMode(lang_elide())
    tabs.addTab("Thông tin chung của lô hàng xuất khẩu")
    tabs.setFixedWidth(60)
    view = QTableView()
    view.setModel(LazyTableModel(Rows(), [Column("a", "Customs declaration number")], parent=view))
    view.horizontalHeader().setStretchLastSection(False)
    view.setColumnWidth(0, 30)
    for w in (label, button, tabs, view):
        layout.addWidget(w)
    root.show()
    qtbot.waitExposed(root)
    found = "\n".join(clipped(root))
    assert "label 'Người" in found and "QPushButton 'Tạo" in found
    assert "tab 'Thông" in found and "header 'Customs" in found
    label.setFixedWidth(400)
    button.setFixedWidth(400)
    tabs.setFixedWidth(500)
    view.setColumnWidth(0, 300)
    qtbot.wait(1)
    assert clipped(root) == []


def lang_elide() -> Any:
    from PySide6.QtCore import Qt

    return Qt.TextElideMode.ElideRight


def test_form_numbers_and_dates_show_in_the_language_and_edit_canonical(qtbot: Any) -> None:
    from datetime import date

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    from desktop.core.model import Shipment
    from desktop.ui.forms import ModelForm, Section

    try:
        lang.set_current("vi")
        form = ModelForm([Section("Shipment", Shipment, ("gross_weight", "package_count", "invoice_date"))])
        qtbot.addWidget(form)
        shipment = Shipment(gross_weight=Decimal("45920.5"), package_count=1600, invoice_date=date(2026, 12, 3))
        form.load(shipment)
        weight = form.editor("gross_weight")
        assert weight.editor.text() == "45.920,5" and weight.text() == "45920.5"
        assert form.editor("package_count").editor.text() == "1.600"
        assert form.editor("invoice_date").editor.text() == "03/12/2026"  # as a Vietnamese forwarder writes it
        QApplication.sendEvent(weight.editor, QFocusEvent(QEvent.Type.FocusIn))
        assert weight.editor.text() == "45920.5"  # edited as stored
        weight.set_text("51000.25")
        changed = form.apply(shipment)
        assert changed == ["gross_weight"] and shipment.gross_weight == Decimal("51000.25")
        lang.set_current("en")
        weight.retranslate()
        assert weight.editor.text() == "51,000.25" and weight.value() == Decimal("51000.25")
    finally:
        lang.set_current("en")


def test_choice_cells_show_names_and_take_a_code_or_a_name(qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from desktop.core.model.booking import DocumentParty, DocumentPartyRole
    from desktop.ui.tables import ModelListTable

    table = ModelListTable(DocumentParty, ("role", "name"), "document_parties", [DocumentParty()])
    cell = table.index(0, 0)
    assert table.setData(cell, "notify party")  # the name as shown, any case
    assert table.rows[0].role == DocumentPartyRole.NOTIFY
    assert table.data(cell) == lang.choice_text(DocumentPartyRole.NOTIFY) != "N1"
    assert table.data(cell, Qt.ItemDataRole.EditRole) == "N1"
    assert table.setData(cell, "CN") and table.rows[0].role == DocumentPartyRole.CONSIGNEE
    assert table.setData(cell, "nobody") and table.rows[0].role == DocumentPartyRole.CONSIGNEE
    assert table.data(cell) == "nobody" and "is not one of the choices" in table.data(cell, Qt.ItemDataRole.ToolTipRole)


def test_code_cells_name_their_code_in_the_ui_language() -> None:
    from PySide6.QtCore import Qt

    from desktop.core import codes
    from desktop.core.model.shipment import GoodsLine
    from desktop.ui.tables import ModelListTable

    table = ModelListTable(GoodsLine, ("unit", "quantity"), "goods", [GoodsLine(unit="035", quantity=Decimal("1200"))])
    try:
        for language in ("zh_CN", "vi", "en"):
            lang.set_current(language)
            tip = table.data(table.index(0, 0), Qt.ItemDataRole.ToolTipRole)
            assert tip == codes.table("unit").name("035", language) and tip
        lang.set_current("vi")
        assert table.data(table.index(0, 1)) == "1.200"
        assert table.data(table.index(0, 1), Qt.ItemDataRole.EditRole) == "1200"
    finally:
        lang.set_current("en")


def test_the_bundled_cjk_font_backs_the_ui_font(make_app: Any) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    make_app(login=False)
    substitutes = QFont.substitutes(QApplication.font().family())
    assert any("wenquanyi micro hei" in name.lower() for name in substitutes), substitutes
