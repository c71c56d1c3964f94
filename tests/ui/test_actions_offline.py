"""An action the platform must answer at once (withdrawing a declaration) fails while the platform is away: the
user is told why, and the button is back for another try, which goes through once the platform answers again."""

from __future__ import annotations

from typing import Any

from desktop.core.model.filing import FilingStatus
from tests.ui.conftest import log_in
from tests.ui.test_flows import _derive, _fill_shipment


def test_withdrawing_while_the_platform_is_away_can_be_tried_again(make_app: Any, qtbot: Any, tmp_path: Any) -> None:
    from desktop.sandbox.server import run_embedded

    db = str(tmp_path / "platform.sqlite3")
    platform = run_embedded(db_path=db)
    port = platform.port
    ctx = make_app("--platform", platform.url)
    again = None
    try:
        log_in(ctx, qtbot)
        editor = ctx.window.new_shipment()
        _fill_shipment(qtbot, editor, "JL-T-0301")
        decl = _derive(ctx, qtbot, editor)
        decl.submit_button.click()
        qtbot.waitUntil(lambda: decl.document.status == FilingStatus.RECEIVED, timeout=15_000)
        qtbot.waitUntil(decl.withdraw_button.isEnabled, timeout=15_000)
        platform.stop()
        decl.withdraw_button.click()
        qtbot.waitUntil(lambda: any(title == "Error" for title, _text in ctx.window.notifications), timeout=60_000)
        qtbot.waitUntil(decl.withdraw_button.isEnabled, timeout=15_000)  # back for another try
        assert decl.document.status == FilingStatus.RECEIVED
        assert "cannot be reached" in ctx.window.notifications[-1][1], ctx.window.notifications
        again = run_embedded(port=port, db_path=db)
        decl.withdraw_button.click()
        qtbot.waitUntil(lambda: decl.document.status == FilingStatus.WITHDRAWN, timeout=30_000)
        assert not decl.withdraw_button.isEnabled()
    finally:
        ctx.close()
        if again is not None:
            again.stop()
