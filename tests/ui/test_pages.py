"""Documents, master data, activity and settings pages with a forwarder's sample data."""

from __future__ import annotations

from typing import Any

from desktop.core.settings import load_settings, settings_path
from tests.ui.conftest import log_in, settle


def test_pages_show_the_current_company(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot, "demo-forwarder")
    w = ctx.window
    ctx.backend.import_samples("cd-tianfu-ceramics")
    w.switch_company("cd-tianfu-ceramics")
    settle(ctx, qtbot)
    docs = w.page("documents")
    settle(ctx, qtbot)
    assert docs.shipment.count() >= 2
    docs.kind.setCurrentIndex(docs.kind.findData("invoice"))
    docs.save_as(ctx.paths.data / "invoice.pdf")
    settle(ctx, qtbot)
    assert docs.last_path is not None and docs.last_path.read_bytes().startswith(b"%PDF")
    activity = w.page("activity")
    activity.refresh()
    settle(ctx, qtbot)
    actions = {e.action for e in activity.audit.entries}
    assert "print" in actions and activity.audit.rowCount() > 0
    master = w.page("master")
    settle(ctx, qtbot)
    assert {c.id for c in master.companies.records} >= {"cd-tianfu-ceramics", "gx-beibu-logistics"}
    # settings go to the JSON file of the data dir
    page = w.page("settings")
    page.autosave.setValue(7)
    page.language.setCurrentIndex(page.language.findData("vi"))
    page.apply()
    stored = load_settings(settings_path(ctx.paths.data))
    assert stored.autosave_seconds == 7 and stored.language == "vi"
    assert stored.last_username == "demo-forwarder" and stored.last_company_id == "cd-tianfu-ceramics"


def test_master_data_add_and_edit(make_app: Any, qtbot: Any) -> None:
    from desktop.ui.pages import RecordDialog

    ctx = make_app()
    log_in(ctx, qtbot)
    master = ctx.window.page("master")
    ctx.window.show_section("master")
    settle(ctx, qtbot)
    from desktop.core.model import Party

    dialog = RecordDialog(Party, Party(), ["role", "name", "country"], master)
    dialog.form.editor("name").set_text("Công ty TNHH Xuất nhập khẩu Hà Nội")
    dialog.form.editor("country").set_text("VNM")
    assert master.edit("party", -1, dialog)
    settle(ctx, qtbot)
    assert [p.name for p in master.parties.records] == ["Công ty TNHH Xuất nhập khẩu Hà Nội"]
    edit = RecordDialog(Party, master.parties.records[0], ["role", "name", "country"], master)
    assert edit.form.editor("country").text() == "VNM"
    edit.form.editor("name").set_text("Hanoi Import Export Co., Ltd.")
    assert master.edit("party", 0, edit)
    settle(ctx, qtbot)
    assert [p.name for p in master.parties.records] == ["Hanoi Import Export Co., Ltd."]
