"""A supervisor sees every broker's queue and narrows it to their own or one broker's; a broker sees only the
filings they queued; the audit log says which user on which seat did each thing."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt

from desktop.core.outbox import Outbox
from desktop.core.outbox.leases import claim_rows
from desktop.core.services import seats
from desktop.core.store.store import Store
from tests.ui.conftest import log_in, settle

OTHER_SEAT = "office-pc-7/4242/0a0b0c0d#1"  # a seat of another computer, sending right now


def _queue_as(ctx: Any, user: str, decl_id: str) -> None:
    """``user`` queues a declaration on another seat of the workspace, whose sender holds it."""
    with Store.open(ctx.backend.store.path) as other:
        seats.sign_in(other, user)
        Outbox(other, ctx.backend.environment).submit("declaration", decl_id, actor=user)
        assert claim_rows(other, ctx.backend.environment, OTHER_SEAT, limit=10)


def _choose(qtbot: Any, combo: Any, text: str) -> None:
    """Pick ``text`` in the combo with the keyboard, as a user would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text
    combo.activated.emit(combo.currentIndex())  # what Qt emits when the user's key picks it in a closed combo


def _queued_by(panel: Any) -> list[str]:
    column = panel.model.COLUMNS.index("queued_by")
    return sorted(panel.model.index(r, column).data() for r in range(panel.model.rowCount()))


def test_the_supervisor_sees_every_brokers_queue_a_broker_their_own(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)  # the workspace's first user: its supervisor
    w = ctx.window
    backend = ctx.backend
    assert backend.user.supervisor
    backend.import_samples(w.company_id)
    settle(ctx, qtbot)
    shipment_id = backend.store.shipments.ids()[0]
    decl_ids = [d.id for d in backend.derive_declaration(shipment_id)]
    other_ids = [d.id for s in backend.store.shipments.ids()[1:2] for d in backend.derive_declaration(s)]
    assert decl_ids and other_ids
    _queue_as(ctx, "li", decl_ids[0])
    _queue_as(ctx, "demo-exporter", other_ids[0])

    w.show_section("activity")
    page = w.page("activity")
    page.tabs.setCurrentWidget(page.queue)
    panel = page.queue
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    assert _queued_by(panel) == ["demo-exporter", "li"]
    assert not panel.view.isColumnHidden(panel.model.COLUMNS.index("queued_by"))
    seat_column = panel.model.COLUMNS.index("lease_owner")
    assert panel.model.index(0, seat_column).data() == "office-pc-7 (4242)"
    assert [panel.filter.itemText(i) for i in range(panel.filter.count())] == ["Everyone", "Mine", "li"]
    assert "2 filings waiting to be sent, queued by every user." in panel.summary.text()
    _choose(qtbot, panel.filter, "li")
    qtbot.waitUntil(lambda: _queued_by(panel) == ["li"], timeout=10_000)
    assert "1 filing queued by li waiting to be sent." in panel.summary.text()
    _choose(qtbot, panel.filter, "Mine")
    qtbot.waitUntil(lambda: _queued_by(panel) == ["demo-exporter"], timeout=10_000)

    # the audit log names the user and the seat of each entry
    page.tabs.setCurrentIndex(0)
    page.set_company(w.company_id)
    settle(ctx, qtbot)
    model = page.audit
    user_col, seat_col = model.HEADERS.index("user_name"), model.HEADERS.index("seat")
    assert model.headerData(user_col, Qt.Orientation.Horizontal) == "User"
    assert model.headerData(seat_col, Qt.Orientation.Horizontal) == "Seat"
    by_li = [r for r in range(model.rowCount()) if model.entry(r).user_name == "li"]
    assert by_li and model.index(by_li[0], user_col).data() == "li"
    host, pid = model.entry(by_li[0]).seat.split("/")[:2]
    assert model.index(by_li[0], seat_col).data() == f"{host} ({pid})"

    # demoted to broker, signed in again: only their own queue, no filter, no "queued by" column
    with Store.open(backend.store.path) as other:
        seats.sign_in(other, "li")
        other.users.set_role("li", seats.Role.SUPERVISOR, by=seats.sign_in(other, "demo-exporter"))
        other.users.set_role("demo-exporter", seats.Role.BROKER, by=seats.sign_in(other, "li"))
    assert w.log_out()
    log_in(ctx, qtbot)
    assert not ctx.backend.user.supervisor
    w.show_section("activity")
    page = w.page("activity")
    page.tabs.setCurrentWidget(page.queue)
    panel = page.queue
    panel.refresh()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert panel.model.rows[0].queued_by == "demo-exporter"
    assert [panel.filter.itemText(i) for i in range(panel.filter.count())] == ["Mine"]
    assert not panel.filter.isEnabled()
    assert panel.view.isColumnHidden(panel.model.COLUMNS.index("queued_by"))
    assert "1 filing you queued waiting to be sent." in panel.summary.text()


def test_an_earlier_choices_late_answer_does_not_replace_the_later_one(make_app: Any, qtbot: Any,
                                                                       monkeypatch: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w, backend = ctx.window, ctx.backend
    backend.import_samples(w.company_id)
    settle(ctx, qtbot)
    ids = backend.store.shipments.ids()
    _queue_as(ctx, "li", backend.derive_declaration(ids[0])[0].id)
    _queue_as(ctx, "demo-exporter", backend.derive_declaration(ids[1])[0].id)
    w.show_section("activity")
    page = w.page("activity")
    page.tabs.setCurrentWidget(page.queue)
    panel = page.queue
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    gate = threading.Event()
    loads = backend.queue

    def slow_for_li(of: str = "") -> Any:  # li's queue answers late: a slow disk, a long lock on the workspace
        if of == "li":
            gate.wait(10)
        return loads(of)

    monkeypatch.setattr(backend, "queue", slow_for_li)
    _choose(qtbot, panel.filter, "li")
    _choose(qtbot, panel.filter, "Mine")  # the user moves on before li's queue has come
    qtbot.waitUntil(lambda: _queued_by(panel) == ["demo-exporter"], timeout=10_000)
    gate.set()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    settle(ctx, qtbot)
    assert _queued_by(panel) == ["demo-exporter"]  # li's late answer was not shown over the user's choice
    assert panel.filter.currentText() == "Mine"
