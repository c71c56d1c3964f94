"""A party or product edited on two seats: the second seat's save shows both versions in the conflict dialog;
keep mine, take theirs and cancel each do what they say, and no edit is ever lost."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.core.model import Party, Product
from desktop.core.services import drafts
from desktop.core.store.store import Store
from desktop.ui.conflict import ConflictDialog
from desktop.ui.pages import RecordDialog
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import type_into
from tests.ui.helpers import when_modal as _when_modal

COMPANY = "cq-jiangling"


def _master(make_app: Any, qtbot: Any) -> tuple[Any, Any]:
    ctx = make_app()
    log_in(ctx, qtbot)
    store = ctx.backend.store
    drafts.save_party(store, COMPANY, Party(id="P-HP", role="consignee", name="Hai Phong Motor", city="Hai Phong",
                                            country="VNM"), "test")
    drafts.save_product(store, COMPANY, Product(id="M-1", name_zh="摩托车链条", name_en="Motorcycle chain",
                                                commodity_code="8714100090", declared_unit="007"), "test")
    ctx.window.switch_company(COMPANY)
    ctx.window.show_section("master")
    master = ctx.window.page("master")
    master.refresh()
    qtbot.waitUntil(lambda: bool(master.parties.records) and bool(master.products.records), timeout=10_000)
    settle(ctx, qtbot)  # the listing (read in the background) has landed before another seat saves
    return ctx, master


def _open_and_type(qtbot: Any, master: Any, key: str, row: int, field: str, text: str, typed: list[str]) -> None:
    """Double-click the row, type into the form's field and press OK, as a user does."""

    def fill(dialog: RecordDialog) -> None:
        type_into(qtbot, dialog.form.editor(field), text)
        typed.append(text)
        dialog.accept()

    _when_modal(RecordDialog, fill)
    view = master.views[key]
    index = view.model().index(row, 1)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _other_seat_saves_party(ctx: Any) -> None:
    with Store.open(ctx.backend.store.path) as seat_b:
        loaded = seat_b.parties(COMPANY).get("P-HP")
        theirs = loaded.model_copy(update={"city": "Haiphong", "phone": "+84 225 3800"})
        drafts.save_party(seat_b, COMPANY, theirs, "wang", expected=loaded)


@pytest.mark.parametrize("choice", ["keep", "theirs", "cancel"])
def test_a_party_saved_by_another_seat_meanwhile_asks_and_loses_nothing(
    make_app: Any, qtbot: Any, choice: str
) -> None:
    ctx, master = _master(make_app, qtbot)
    master.setCurrentIndex(1)
    store = ctx.backend.store
    _other_seat_saves_party(ctx)  # after this seat listed the party, before it saves
    seen: list[Any] = []

    reopened: list[RecordDialog] = []

    def look(dialog: RecordDialog) -> None:  # after cancel the form comes back with the edit: closed for now
        reopened.append(dialog)
        seen.append(dialog.form.editor("city").editor.text())
        dialog.reject()

    def answer(box: ConflictDialog) -> None:
        seen.append(({c.path: (c.side, c.mine, c.theirs) for c in box.model.rows}, box.intro.text()))
        if choice == "cancel":
            _when_modal(RecordDialog, look)
        getattr(box, f"{choice}_button").click()

    _when_modal(ConflictDialog, answer)
    typed: list[str] = []
    row = next(n for n, p in enumerate(master.parties.records) if p.id == "P-HP")
    _open_and_type(qtbot, master, "party", row, "city", "Ha Phong", typed)
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    if choice == "cancel":
        qtbot.waitUntil(lambda: bool(reopened), timeout=15_000)
    settle(ctx, qtbot)
    rows, intro = seen[0]
    assert rows["city"] == ("both", "Ha Phong", "Haiphong")
    assert rows["phone"] == ("theirs", "", "+84 225 3800")
    assert "wang saved this record" in intro and "revision" not in intro
    stored = store.parties(COMPANY).get("P-HP")
    if choice == "keep":
        assert stored.city == "Ha Phong"
        assert store.audit_log(kind="party", subject_id="P-HP", limit=1)[0].action == "keep_mine"
    else:
        assert (stored.city, stored.phone) == ("Haiphong", "+84 225 3800")  # theirs stays, nothing written
        qtbot.waitUntil(lambda: any(p.city == "Haiphong" for p in master.parties.records), timeout=10_000)
    if choice == "cancel":
        assert seen[1] == "Ha Phong"  # the edit came back in the form


def test_a_product_nobody_else_saved_is_saved_without_asking(make_app: Any, qtbot: Any) -> None:
    ctx, master = _master(make_app, qtbot)
    master.setCurrentIndex(2)
    typed: list[str] = []
    row = next(n for n, p in enumerate(master.products.records) if p.id == "M-1")
    _open_and_type(qtbot, master, "product", row, "name_en", "Roller chain", typed)
    qtbot.waitUntil(lambda: ctx.backend.store.products(COMPANY).get("M-1").name_en == "Roller chain", timeout=15_000)
    assert QApplication.activeModalWidget() is None or not isinstance(QApplication.activeModalWidget(), QDialog)
