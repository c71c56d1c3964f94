"""A company's Single Window codes edited in Master data > Companies, typed as a user types: a wrong inspection
registration code or customs code keeps the dialog open with the reason at the field and saves nothing; a right
one is saved."""

from __future__ import annotations

from typing import Any

from desktop.ui.company_dialog import CompanyDialog
from tests.ui.conftest import log_in, settle


def _type(qtbot: Any, dialog: CompanyDialog, name: str, text: str) -> None:
    widget = dialog.form.editor(name).editor
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_company_inspection_and_customs_codes_are_edited_and_checked(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    master = w.page("master")
    w.show_section("master")
    settle(ctx, qtbot)
    row = next(i for i, c in enumerate(master.companies.records) if c.id == w.company_id)
    before = ctx.backend.store.companies.get(w.company_id)
    dialog = CompanyDialog(master.companies.records[row], master)
    dialog.show()
    _type(qtbot, dialog, "ciq_code", "50006x")  # too short and lower case
    _type(qtbot, dialog, "customs_code", "12")
    dialog.accept()  # OK
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.problems.text().splitlines() == [
        "Customs enterprise code has the wrong format: 12.",
        "Inspection registration code has the wrong format: 50006x.",
    ]
    marks = dict(dialog.form.editor("ciq_code").issues)
    assert "error" in marks, marks
    assert ctx.backend.store.companies.get(w.company_id) == before  # nothing saved
    _type(qtbot, dialog, "ciq_code", "5000600123")
    _type(qtbot, dialog, "customs_code", before.customs_code or "500096003A")
    dialog.accept()
    assert dialog.result() == 1 and not dialog.problems.text()
    assert master.edit_company(row, dialog)
    settle(ctx, qtbot)
    assert ctx.backend.store.companies.get(w.company_id).ciq_code == "5000600123"
