"""Status changes by the thousand (a batch sending) reach the window as one reload per list and one notice per
tick, without a store read per filing on the window's thread; a few changes are still named one by one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.conftest import log_in


def test_a_burst_of_status_changes_reloads_each_list_once_and_counts_them(
    make_app: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=15_000)
    reloads: list[str] = []
    named: list[str] = []
    for kind, page in w.lists.items():
        monkeypatch.setattr(page, "refresh", lambda k=kind: reloads.append(k))
    real_name = w.filing_name
    monkeypatch.setattr(w, "filing_name", lambda kind, filing_id: named.append(filing_id) or real_name(kind, filing_id))
    before = len(w.notifications)
    for i in range(500):  # as the sending thread posts them
        ctx.bridge.post("filing", ("declaration", f"DECL-{i}", "received"))
    ctx.bridge.post("filing", ("booking", "BK-1", "submitted"))
    qtbot.waitUntil(lambda: "501" in w.statusBar().currentMessage(), timeout=5_000)
    assert sorted(reloads) == ["booking", "declaration"]
    assert named == []
    assert w.notifications[before:] == [("Status changed", "501 filings changed status.")]
    reloads.clear()
    ctx.bridge.post("filing", ("declaration", "DECL-1", "accepted"))
    ctx.bridge.post("filing", ("declaration", "DECL-1", "released"))  # the latest status of one filing counts
    qtbot.waitUntil(lambda: len(w.notifications) == before + 2, timeout=5_000)
    assert reloads == ["declaration"] and named == ["DECL-1"]
    assert w.notifications[-1][1].endswith("Released"), w.notifications[-1]
