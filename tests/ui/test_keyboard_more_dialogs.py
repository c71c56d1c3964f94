"""The keyboard walk of ``test_keyboard_dialogs`` for the dialogs opened from a list, an editor or the master
data: the master-data conflict, the cargo details of a goods line, the bulk run, the self-test and the HS
supplementary digits. Each is opened the way the app opens it, in English and Chinese; Esc closes it and loses
nothing (the edit comes back after a conflict, the goods line keeps its details, nothing is filled in)."""

from __future__ import annotations

import traceback
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.model.master import Party
from desktop.core.services import drafts
from desktop.core.store import Store
from tests.ui.conftest import settle
from tests.ui.helpers import type_into
from tests.ui.helpers import when_modal as _when_modal
from tests.ui.test_keyboard_dialogs import focused, press, signed_in, walk  # noqa: F401  (the fixture)

COMPANY = "cq-jiangling"


def _shipment_editor(ctx: Any, qtbot: Any) -> Any:
    w = ctx.window
    ctx.backend.import_samples(w.company_id)
    page = w.lists["shipment"]
    page.refresh()
    qtbot.waitUntil(lambda: page.row_count() > 0, timeout=10_000)
    w.open_document("shipment", page.row_value(0, "id"))
    qtbot.waitUntil(lambda: bool(w.editors), timeout=10_000)
    return next(iter(w.editors.values()))


def test_the_master_data_conflict_by_keyboard(signed_in: Any, qtbot: Any, monkeypatch: Any) -> None:  # noqa: F811
    from desktop.ui.conflict import ConflictDialog
    from desktop.ui.pages import RecordDialog

    ctx = signed_in
    store = ctx.backend.store
    drafts.save_party(store, COMPANY, Party(id="P-KB", role="consignee", name="Hai Phong Motor", city="Hai Phong",
                                            country="VNM"), "test")
    ctx.window.switch_company(COMPANY)
    ctx.window.show_section("master")
    master = ctx.window.page("master")
    master.refresh()
    master.setCurrentIndex(1)
    qtbot.waitUntil(lambda: any(p.id == "P-KB" for p in master.parties.records), timeout=10_000)
    settle(ctx, qtbot)  # the listing has landed: nothing reloads the list behind the form from here on
    walked: list[str] = []
    reopened: list[str] = []
    steps: list[str] = []  # what happened, named in the failure if the conflict never comes

    def look(dialog: RecordDialog) -> None:
        reopened.append(dialog.form.editor("city").editor.text())
        dialog.reject()

    def answer(box: ConflictDialog) -> None:
        steps.append(f"conflict shown (visible {box.isVisible()})")
        _when_modal(RecordDialog, look)
        try:
            walk(qtbot, box)  # ends with Esc: the same as Cancel
        except Exception as exc:  # a wait that timed out too: reported, not lost in the timer
            walked.append(f"failed: {type(exc).__name__}: {exc}")
        else:
            walked.append(box.windowTitle())

    def fill(dialog: RecordDialog) -> None:
        steps.append(f"form for {dialog.form.editor('city').editor.text()!r}")
        with Store.open(store.path) as seat_b:  # another seat saves the party while this one edits it
            loaded = seat_b.parties(COMPANY).get("P-KB")
            drafts.save_party(seat_b, COMPANY, loaded.model_copy(update={"city": "Haiphong"}), "wang",
                              expected=loaded)
        type_into(qtbot, dialog.form.editor("city"), "Ha Phong")
        steps.append(f"typed {dialog.form.editor('city').editor.text()!r}")
        dialog.accept()

    closing = ConflictDialog.done  # who ends the conflict dialog, and from where, is named in a failure too

    def done(box: ConflictDialog, code: int) -> None:
        where = [f"{f.name}:{f.lineno}" for f in traceback.extract_stack()[-6:-1]]
        steps.append(f"conflict closed ({code}, visible {box.isVisible()}) from {where}")
        closing(box, code)

    monkeypatch.setattr(ConflictDialog, "done", done)
    failed, conflicted = master._on_save_failed, master.resolve_conflict  # traced, still run as they are
    master._on_save_failed = lambda *a: (steps.append(f"save failed: {a[-1]!r}"), failed(*a))[-1]
    master.resolve_conflict = lambda *a: (steps.append("conflict asked"), conflicted(*a))[-1]
    _when_modal(ConflictDialog, answer)
    _when_modal(RecordDialog, fill)
    view = master.views["party"]
    row = next(n for n, p in enumerate(master.parties.records) if p.id == "P-KB")
    ctx.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ctx.window, timeout=5_000)
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 1))
    qtbot.waitUntil(view.hasFocus, timeout=5_000)
    press(qtbot, Qt.Key.Key_Return)  # Enter opens the record, as a double-click does
    try:
        qtbot.waitUntil(lambda: bool(walked), timeout=20_000)
    except qtbot.TimeoutError:
        stored = [(p.id, p.city) for p in store.parties(COMPANY).list()]
        error = getattr(ctx.window, "last_error", None)
        raise AssertionError(f"no conflict dialog: steps {steps}, stored {stored}, current row"
                             f" {view.currentIndex().row()} of {row}, last error {error!r}, active"
                             f" {QApplication.activeWindow()}, modal {QApplication.activeModalWidget()}") from None
    assert not walked[0].startswith("failed"), f"{walked[0]}; steps {steps}"
    qtbot.waitUntil(lambda: bool(reopened), timeout=20_000)
    assert reopened == ["Ha Phong"]  # Esc kept the edit: the form came back with it
    assert next(s for s in steps if s.startswith("conflict closed")).startswith("conflict closed (0, visible True)")
    assert store.parties(COMPANY).get("P-KB").city == "Haiphong"  # and wrote nothing over theirs


def test_the_cargo_details_by_keyboard(signed_in: Any, qtbot: Any) -> None:  # noqa: F811
    from desktop.ui.cargo_details import DetailsDialog

    editor = _shipment_editor(signed_in, qtbot)
    editor.tabs.setCurrentIndex(2)
    editor.goods.view.setCurrentIndex(editor.goods.table.index(0, 0))
    before = editor.document.goods[0].model_copy(deep=True)
    for button in (editor.dg_button, editor.reefer_button):
        if button is editor.reefer_button:
            editor.tabs.setCurrentIndex(3)
            editor.containers.view.setCurrentIndex(editor.containers.table.index(0, 0))
        button.click()
        dialog = next(d for d in editor.findChildren(DetailsDialog) if d.isVisible())
        settle(signed_in, qtbot)
        walk(qtbot, dialog)
    assert editor.document.goods[0] == before and not editor.edited_paths  # Esc changed nothing


def test_the_bulk_run_by_keyboard(signed_in: Any, qtbot: Any) -> None:  # noqa: F811
    w = signed_in.window
    signed_in.backend.import_samples(w.company_id)
    w.show_section("shipments")
    page = w.lists["shipment"]
    page.refresh()
    qtbot.waitUntil(lambda: page.row_count() > 1, timeout=10_000)
    page.view.selectAll()
    dialog = w.batch.bulk("check")
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    settle(signed_in, qtbot)
    done = [s[0] for s in dialog.states]
    walk(qtbot, dialog)
    assert "pending" not in done and len(done) == page.row_count()


def test_the_self_test_by_keyboard(signed_in: Any, qtbot: Any) -> None:  # noqa: F811
    from desktop.ui.help import show_self_test

    dialog = show_self_test(signed_in.window, only=("runtime",))
    qtbot.waitUntil(lambda: dialog.results is not None, timeout=30_000)
    walk(qtbot, dialog)


def test_the_hs_supplementary_digits_by_keyboard(signed_in: Any, qtbot: Any) -> None:  # noqa: F811
    from desktop.core.hsearch.search import search
    from desktop.ui import lang
    from desktop.ui.hsupplement import SupplementDialog

    candidate = next(c for c in search("6907", lang.current()) if len(c.code) == 8)
    dialog = SupplementDialog(candidate, signed_in.window)
    filled: list[str] = []
    dialog.accepted.connect(lambda: filled.append(dialog.code()))
    dialog.open()
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    walk(qtbot, dialog)
    assert not filled  # Esc is Cancel: nothing is filled in
    assert QApplication.activeModalWidget() is None
    assert focused() is None or focused().window() is signed_in.window
