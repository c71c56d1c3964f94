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
    docs.make()
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
