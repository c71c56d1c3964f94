"""Master data for a new user: the company tab's add and edit buttons (reachable by keyboard), a line saying
how to fill each empty list, the name column taking the room; the clients overview says how it fills."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.model import Product
from desktop.core.services import drafts
from desktop.ui.company_dialog import CompanyDialog
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import when_modal

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _master(make_app: Any, qtbot: Any) -> tuple[Any, Any]:
    ctx = make_app()
    log_in(ctx, qtbot)
    ctx.window.resize(1024, 768)
    ctx.window.show_section("master")
    master = ctx.window.page("master")
    master.refresh()
    settle(ctx, qtbot)
    return ctx, master


def test_the_company_tab_opens_the_selected_company_from_its_edit_button_by_keyboard(make_app: Any, qtbot: Any) -> None:
    _ctx, master = _master(make_app, qtbot)
    view, edit = master.views["company"], master.edit_company_button
    assert master.companies.records and not edit.isEnabled()  # nothing selected: nothing to edit
    view.selectRow(0)
    assert edit.isEnabled() and edit.text().replace("&", "")
    opened: list[str] = []

    def seen(dialog: CompanyDialog) -> None:
        opened.append(dialog.record.id)
        dialog.reject()

    when_modal(CompanyDialog, seen)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Space)
    assert opened == [master.companies.records[0].id]
    added: list[str] = []
    when_modal(CompanyDialog, lambda d: (added.append(d.record.id), d.reject()))
    qtbot.keyClick(master.add_company_button, Qt.Key.Key_Space)
    assert added == [""]  # a new, empty company form


def test_an_empty_list_says_how_to_fill_it_and_the_name_column_is_as_wide_as_its_names(
    make_app: Any, qtbot: Any
) -> None:
    _ctx, master = _master(make_app, qtbot)
    master.setCurrentIndex(2)
    note = master.empty_notes["product"]
    master.products.set_records([])
    assert note.isVisible() and note.text().strip()
    master.products.set_records([Product(name_zh="花瓶", name_en="Vase")])
    assert not note.isVisible()
    for key, column in (("company", 0), ("party", 1), ("product", 0)):
        header = master.views[key].horizontalHeader()
        view = master.views[key]
        names = [view.model().data(view.model().index(r, column)) for r in range(view.model().rowCount())]
        widest = max([view.fontMetrics().horizontalAdvance(str(n)) for n in names] + [0])
        assert view.columnWidth(column) >= min(
            header.sectionSizeHint(column), view.fontMetrics().averageCharWidth() * 60
        )
        assert view.columnWidth(column) >= min(widest, view.fontMetrics().averageCharWidth() * 55)  # not squeezed


def test_the_clients_overview_says_how_it_fills_while_it_is_empty(make_app: Any, qtbot: Any) -> None:
    from desktop.ui.overview import ClientOverviewDialog

    ctx = make_app()
    log_in(ctx, qtbot)
    overview = ClientOverviewDialog(ctx.window)
    qtbot.addWidget(overview)
    overview.show()
    overview.load()  # a new workspace: no filing of any client yet
    qtbot.waitUntil(overview.empty_note.isVisible, timeout=10_000)
    assert not overview.rows and overview.empty_note.text().strip()
    drafts.import_file(ctx.backend.store, SAMPLES / "motorcycle-parts-chongqing-haiphong.json", author="demo")
    overview.load()
    qtbot.waitUntil(lambda: bool(overview.rows), timeout=10_000)
    assert not overview.empty_note.isVisible()
