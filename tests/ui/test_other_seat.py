"""Lists refresh when another seat changes the workspace: a shipment saved by another process shows up."""

from __future__ import annotations

from typing import Any

from desktop.core.store.store import Store
from tests.ui.conftest import log_in, settle


def test_a_shipment_another_seat_saves_appears_in_the_list(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    ctx.backend.import_samples("cq-jiangling")
    ctx.window.switch_company("cq-jiangling")
    settle(ctx, qtbot)
    page = ctx.window.lists["shipment"]
    qtbot.waitUntil(lambda: page.row_count() >= 1, timeout=10_000)
    before = page.row_count()
    with Store.open(ctx.backend.store.path) as seat_b:  # another seat on the same workspace
        shipment = seat_b.shipments.get(seat_b.shipments.ids()[0])
        shipment.id = "FROM-SEAT-B"
        shipment.reference = "SEAT-B-0001"
        seat_b.shipments.save(shipment, "wang", expected_revision=0)
    qtbot.waitUntil(lambda: page.row_count() == before + 1, timeout=10_000)  # no click, no event of ours
    refs = {page.row_value(n, "reference") for n in range(page.row_count())}
    assert "SEAT-B-0001" in refs


def test_this_seats_sending_reloads_nothing_another_seats_save_does(make_app: Any, qtbot: Any) -> None:
    """While this seat's outbox sends (commits on the sending thread), the watcher stays quiet; a save by
    another process right after reloads the lists."""
    import subprocess
    import sys
    import threading

    ctx = make_app()
    log_in(ctx, qtbot)
    backend = ctx.backend
    backend.import_samples("cq-jiangling")
    ctx.window.switch_company("cq-jiangling")
    settle(ctx, qtbot)
    watcher = backend._watcher
    assert watcher is not None
    calls: list[int] = []
    real = watcher.changed
    watcher.changed = lambda: (calls.append(1), real())
    shipments = backend.store.shipments.ids()
    done: list[object] = []

    def send() -> None:  # the way the window sends: derive, submit, sync, on a worker thread
        try:
            for shipment_id in shipments:
                for decl in backend.derive_declaration(shipment_id):
                    backend.submit("declaration", decl.id)
            for _ in range(3):
                backend.sync()
            done.append(True)
        except Exception as exc:  # shown by the assertion below
            done.append(exc)

    thread = threading.Thread(target=send)
    thread.start()
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    thread.join()
    assert done == [True]
    assert backend.outbox_count() == 0 and backend.store.connection().execute(
        "SELECT COUNT(*) FROM outbox WHERE state = 'sent'").fetchone()[0] >= 1  # it really sent
    qtbot.wait(int(watcher.interval * 2500))
    assert calls == []
    page = ctx.window.lists["shipment"]
    before = page.row_count()
    script = (
        "import sys\nfrom desktop.core.store.store import Store\n"
        "with Store.open(sys.argv[1]) as s:\n"
        "    sh = s.shipments.get(s.shipments.ids()[0]); sh.id = 'FROM-SEAT-C'; sh.reference = 'SEAT-C-1'\n"
        "    s.shipments.save(sh, 'wang', expected_revision=0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(backend.store.path)], check=True, timeout=120)
    qtbot.waitUntil(lambda: page.row_count() == before + 1, timeout=10_000)
    assert calls
