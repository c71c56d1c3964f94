"""The clients overview's empty-state hint quotes the way there as the window labels it in the UI language:
the File menu's own title and its New shipment action, the navigation's Master data, the company tab and its
add button, without their mnemonics; a language switch changes the quotes with the labels."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.ui import lang
from tests.ui.conftest import log_in

EXPECTED = {
    "vi": ("Tệp > Lô hàng mới", "Danh mục > Doanh nghiệp", "“Thêm doanh nghiệp…”"),
    "zh_CN": ("文件 > 新建业务单", "基础数据 > 企业", "“添加企业…”"),
    "en": ("File > New shipment", "Master data > Companies", "“Add company…”"),
}


def _quotes(window: Any) -> tuple[str, str, str]:
    """The labels as the window shows them: the menu, the navigation, the master-data page's tab and button."""
    menus = window.menus
    master = window.page("master")
    nav = next(
        window.nav.item(i).text()
        for i in range(window.nav.count())
        if window.nav.item(i).data(Qt.ItemDataRole.UserRole) == "master"
    )
    return (
        f"{menus.file_menu.title()} > {menus.new_action.text()}",
        f"{nav} > {master.tabText(0)}",
        f"“{master.add_company_button.text()}”",
    )


def _strip(text: str) -> str:
    return text.replace("(&F)", "").replace("(&N)", "").replace("(&A)", "").replace("&", "")


@pytest.mark.parametrize("language", ["vi", "zh_CN"])
def test_the_overview_hint_quotes_the_real_menu_labels(make_app: Any, qtbot: Any, language: str) -> None:
    ctx = make_app("--lang", language)
    log_in(ctx, qtbot)
    w = ctx.window
    overview = w.batch.show_overview()  # Batch > Clients overview
    text = overview.empty_note.text()
    assert "&" not in text and "{" not in text
    for quote, shown in zip(EXPECTED[language], _quotes(w), strict=True):
        assert quote in text, (quote, text)
        assert _strip(shown) == quote  # the window's own labels, the mnemonic left out
    w.set_language("en")  # the open overview follows, as the window's menus do
    qtbot.waitUntil(lambda: EXPECTED["en"][0] in overview.empty_note.text(), timeout=5_000)
    text = overview.empty_note.text()
    assert all(quote in text for quote in EXPECTED["en"]), text
    assert lang.current() == "en"
