"""A company added in Master data > Companies, typed as a user types, is listed at once everywhere the window
lists companies: the master-data company tab, the toolbar's company chooser and the Ctrl+K switcher; a rename
follows too; after a restart the company is still offered, also to another user of the workspace, while the
companies only another user's platform login brought in stay out of that user's lists."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.ui.company_dialog import CompanyDialog
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import switch_with_ctrl_k, type_into, when_modal

NEW = {
    "name_zh": "重庆江北新材料有限公司",
    "name_en": "Chongqing Jiangbei New Materials",
    "uscc": "91500105MA5U7Y3X2K",
    "customs_code": "5001960123",
}


def _chooser(window: Any) -> list[str]:
    return [window.company_combo.itemText(i) for i in range(window.company_combo.count())]


def _master(ctx: Any, qtbot: Any) -> Any:
    ctx.window.show_section("master")
    master = ctx.window.page("master")
    master.refresh()
    settle(ctx, qtbot)
    return master


def _type_and_ok(qtbot: Any, values: dict[str, str]) -> Any:
    def fill(dialog: CompanyDialog) -> None:
        for name, text in values.items():
            type_into(qtbot, dialog.form.editor(name), text)
        qtbot.keyClick(dialog.form.editor("customs_code").editor, Qt.Key.Key_Return)  # OK, as Enter does

    return fill


def test_a_company_added_in_master_data_is_offered_by_the_toolbar_chooser_and_ctrl_k(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    master = _master(ctx, qtbot)
    first = w.company_id
    assert NEW["name_zh"] not in _chooser(w)
    when_modal(CompanyDialog, _type_and_ok(qtbot, NEW))
    qtbot.keyClick(master.add_company_button, Qt.Key.Key_Space)
    settle(ctx, qtbot)
    assert NEW["name_zh"] in [c.name_zh for c in master.companies.records]
    assert NEW["name_zh"] in _chooser(w)  # no restart needed
    assert w.company_id == first and w.company_combo.currentData() == first  # the current company stays chosen
    added = next(c.id for c in w.companies if c.name_zh == NEW["name_zh"])
    switch_with_ctrl_k(qtbot, w, added)
    assert w.company_id == added and w.company_combo.currentText() == NEW["name_zh"]

    row = next(i for i, c in enumerate(master.companies.records) if c.id == added)
    master.views["company"].selectRow(row)
    when_modal(CompanyDialog, _type_and_ok(qtbot, {"name_zh": "重庆江北新材料科技有限公司"}))
    qtbot.keyClick(master.edit_company_button, Qt.Key.Key_Space)
    settle(ctx, qtbot)
    assert "重庆江北新材料科技有限公司" in _chooser(w) and NEW["name_zh"] not in _chooser(w)
    assert w.company_combo.currentData() == added
    ctx.close()

    again = make_app()  # the remembered login resumes
    qtbot.waitUntil(lambda: bool(again.window.companies), timeout=15_000)
    assert "重庆江北新材料科技有限公司" in _chooser(again.window)
    assert "重庆江陵摩托车配件有限公司" in _chooser(again.window)
    again.window.menus.switch_user_action.trigger()
    qtbot.waitUntil(lambda: again.window.login_dialog is not None, timeout=10_000)
    log_in(again, qtbot, "demo-forwarder")
    settle(again, qtbot)
    forwarder = _chooser(again.window)
    assert "重庆江北新材料科技有限公司" in forwarder and "重庆江陵摩托车配件有限公司" not in forwarder
