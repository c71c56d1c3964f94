"""Two seats on one workspace: seat B saves a shipment while seat A edits it; A's save shows the conflict
dialog, and keep mine / take theirs / cancel each do what they say — no edit is ever lost."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.store.store import Store
from desktop.ui.conflict import ConflictDialog
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import type_into, when_modal


def _answer(qtbot: Any, button: str, seen: list[Any]) -> None:
    """Click a button of the conflict dialog as soon as it shows (what it showed goes into ``seen``)."""

    def act(box: ConflictDialog) -> None:
        seen.append([(c.path, c.side, c.loaded, c.mine, c.theirs) for c in box.model.rows])
        seen.append(box.intro.text())
        getattr(box, f"{button}_button").click()

    when_modal(ConflictDialog, act)


def _open_edited(ctx: Any, qtbot: Any) -> tuple[Any, str]:
    ctx.backend.import_samples("cq-jiangling")
    settle(ctx, qtbot)
    sid = ctx.backend.store.shipments.ids()[0]
    ctx.window.open_document("shipment", sid)
    settle(ctx, qtbot)
    editor = ctx.window.editors[("shipment", sid)]
    type_into(qtbot, editor.header.editor("remarks"), "MINE")
    type_into(qtbot, editor.header.editor("contract_no"), "A-123")
    assert editor.dirty
    return editor, sid


def _seat_b_saves(ctx: Any, sid: str) -> int:
    with Store.open(ctx.backend.store.path) as seat_b:  # another seat: its own connection to the workspace
        shipment = seat_b.shipments.get(sid)
        shipment.remarks = "THEIRS"
        shipment.invoice_no = "B-INV-9"
        revision = seat_b.shipments.revision_of(sid)
        return seat_b.shipments.save(shipment, "wang", expected_revision=revision).revision


def _save(ctx: Any, qtbot: Any, editor: Any, button: str) -> list[Any]:
    seen: list[Any] = []
    _answer(qtbot, button, seen)
    editor.save_button.click()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=15_000)
    settle(ctx, qtbot)
    return seen


@pytest.mark.parametrize("choice", ["keep", "theirs", "cancel"])
def test_a_save_after_another_seats_save_asks_and_does_what_the_user_chose(
    make_app: Any, qtbot: Any, choice: str
) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    editor, sid = _open_edited(ctx, qtbot)
    theirs = _seat_b_saves(ctx, sid)
    seen = _save(ctx, qtbot, editor, choice)
    rows = {path: (side, loaded, mine, other) for path, side, loaded, mine, other in seen[0]}
    assert rows["remarks"][0] == "both" and rows["remarks"][2:] == ("MINE", "THEIRS")
    assert rows["contract_no"][0] == "mine" and rows["contract_no"][2] == "A-123"
    assert rows["invoice_no"][0] == "theirs" and rows["invoice_no"][3] == "B-INV-9"
    assert next(iter(rows)) == "remarks"  # the field both changed comes first
    assert "wang saved this record" in seen[1] and f"revision {theirs}" in seen[1]
    store = ctx.backend.store
    stored = store.shipments.get(sid)
    if choice == "keep":
        assert (stored.remarks, stored.contract_no) == ("MINE", "A-123")
        assert stored.invoice_no == "JL-INV-26118"  # mine is saved whole, on top of theirs
        assert not editor.dirty and editor.revision == store.shipments.revision_of(sid) == theirs + 1
        [entry] = store.audit_log(subject_id=sid, action="keep_mine")
        assert entry.user_name == "demo-exporter" and f"kept over revision {theirs} by wang" in entry.details["note"]
        assert store.load_revision("shipment", sid, theirs).remarks == "THEIRS"  # theirs stays a revision
    elif choice == "theirs":
        assert stored.remarks == "THEIRS" and store.shipments.revision_of(sid) == theirs
        assert not editor.dirty and editor.document.remarks == "THEIRS" and editor.revision == theirs
        assert editor.header.editor("remarks").editor.text() == "THEIRS"
    else:
        assert stored.remarks == "THEIRS" and store.shipments.revision_of(sid) == theirs
        assert editor.dirty and editor.document.remarks == "MINE"  # the edit waits in the editor
        seen = _save(ctx, qtbot, editor, "keep")  # saving again asks again
        assert store.shipments.get(sid).remarks == "MINE"


def test_a_save_nobody_else_raced_saves_without_asking(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    editor, sid = _open_edited(ctx, qtbot)
    before = editor.revision
    assert before is not None
    seen: list[Any] = []
    _answer(qtbot, "cancel", seen)  # were the dialog to show, it would be answered (and the test fail)
    editor.save_button.click()
    settle(ctx, qtbot)
    assert not editor.dirty and editor.revision == before + 1
    type_into(qtbot, editor.header.editor("remarks"), "SECOND")
    editor.save_button.click()  # the next save expects the revision the first one wrote
    settle(ctx, qtbot)
    assert ctx.backend.store.shipments.get(sid).remarks == "SECOND" and editor.revision == before + 2
    assert seen == []
