"""The HS lookup at 1024×768 in Chinese and Vietnamese: the old-code warning wraps whole under the line box, the
line names are whole in their tooltips, the description is in the UI language, the "matched by" header is read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.core.model import Product
from desktop.core.services import drafts
from tests.ui.conftest import log_in, settle
from tests.ui.test_hslookup import COMPANY, open_dialog


def _shown(ctx: Any, qtbot: Any, dialog: Any, width: int = 1000) -> None:
    ctx.window.resize(1024, 768)
    dialog.resize(width, 740)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(ctx, qtbot)


def test_the_chinese_lookup_says_whole_that_an_old_code_is_no_tariff_line_and_names_in_chinese(
    make_app: Any, qtbot: Any
) -> None:
    ctx = make_app("--lang", "zh_CN")
    log_in(ctx, qtbot)
    drafts.save_product(
        ctx.backend.store, COMPANY, Product(name_zh="瓷质抛光地砖", commodity_code="6907220000"), "test"
    )
    _editor, dialog = open_dialog(ctx, qtbot, "抛光地砖")
    _shown(ctx, qtbot, dialog)
    note = dialog.line_note
    assert note.isVisible() and "69072200" in note.text() and note.wordWrap()
    # room for every wrapped line: nothing cut
    qtbot.waitUntil(lambda: note.heightForWidth(note.width()) <= note.height(), timeout=2_000)
    for i in range(dialog.line.count()):
        assert dialog.line.itemData(i, Qt.ItemDataRole.ToolTipRole) == dialog.line.itemText(i)
    # a candidate of the tariff: its names in Chinese only, no Vietnamese or English wording in the zh UI
    row = next(r for r, c in enumerate(dialog.model.rows) if c.source != "history" and c.name_vi and c.name_en)
    dialog.table.selectRow(row)
    c = dialog.model.rows[row]
    first = dialog.why.text().splitlines()[0]
    assert c.name_zh in first and c.name_vi not in first and c.name_en not in first
    assert not note.isVisible()


def test_the_vietnamese_lookup_reads_its_matched_by_header_in_full(make_app: Any, qtbot: Any) -> None:
    ctx = make_app("--lang", "vi")
    log_in(ctx, qtbot)
    _editor, dialog = open_dialog(ctx, qtbot, "摩托车轮辋")
    _shown(ctx, qtbot, dialog, 760)  # as narrow as the dialog gets beside the editor at 1024×768
    dialog.fit_columns()
    header = dialog.table.horizontalHeader()
    last = header.count() - 1
    assert header.sectionSize(last) >= header.sectionSizeHint(last)
    shown_width = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
    assert shown_width <= dialog.table.viewport().width() + 1  # no column pushed out of sight
