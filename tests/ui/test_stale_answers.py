"""Pages load in the background on up to four threads, so answers can come back out of order: an answer asked for
earlier (another company, an earlier search) that finishes last never replaces the one to the user's latest ask."""

from __future__ import annotations

import threading
from typing import Any

from desktop.core.model import Party
from desktop.core.services import drafts
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import switch_with_ctrl_k


def _held_for(monkeypatch: Any, backend: Any, name: str, company_id: str) -> threading.Event:
    """``backend.name`` answers for ``company_id`` only once the returned gate is set: a slow disk, a long lock."""
    gate = threading.Event()
    loads = getattr(backend, name)

    def slow(of: str, *args: Any, **kwargs: Any) -> Any:
        if of == company_id:
            gate.wait(10)
        return loads(of, *args, **kwargs)

    monkeypatch.setattr(backend, name, slow)
    return gate


def test_master_data_shows_the_company_switched_to_last(make_app: Any, qtbot: Any, monkeypatch: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot, "demo-forwarder")
    w, backend = ctx.window, ctx.backend
    settle(ctx, qtbot)
    first, second = (c.id for c in w.companies[:2])  # a forwarder's two client companies
    for company, name in ((first, "Hai Phong Motor Trading Co., Ltd."), (second, "Lao Cai Fruit Import JSC")):
        drafts.save_party(backend.store, company, Party(role="consignee", name=name, country="VNM"), "test")
    w.show_section("master")
    master = w.page("master")
    settle(ctx, qtbot)
    gate = _held_for(monkeypatch, backend, "parties", first)
    switch_with_ctrl_k(qtbot, w, first)
    switch_with_ctrl_k(qtbot, w, second)  # before the first company's parties have come
    qtbot.waitUntil(lambda: [p.name for p in master.parties.records] == ["Lao Cai Fruit Import JSC"], timeout=10_000)
    gate.set()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    settle(ctx, qtbot)
    assert [p.name for p in master.parties.records] == ["Lao Cai Fruit Import JSC"]


def _two_clients(make_app: Any, qtbot: Any) -> tuple[Any, str, str]:
    """A forwarder signed in, with a party saved (and audited) in each of two client companies."""
    ctx = make_app()
    log_in(ctx, qtbot, "demo-forwarder")
    settle(ctx, qtbot)
    first, second = (c.id for c in ctx.window.companies[:2])
    for company, name in ((first, "Hai Phong Motor Trading Co., Ltd."), (second, "Lao Cai Fruit Import JSC")):
        drafts.save_party(ctx.backend.store, company, Party(role="consignee", name=name, country="VNM"), "test")
    return ctx, first, second


def test_the_activity_log_shows_the_company_switched_to_last(make_app: Any, qtbot: Any, monkeypatch: Any) -> None:
    ctx, first, second = _two_clients(make_app, qtbot)
    w = ctx.window
    w.show_section("activity")
    page = w.page("activity")
    settle(ctx, qtbot)

    def companies() -> set[str]:
        return {e.company_id for e in page.audit.entries}

    gate = _held_for(monkeypatch, ctx.backend, "audit_named", first)
    switch_with_ctrl_k(qtbot, w, first)
    switch_with_ctrl_k(qtbot, w, second)  # before the first company's log has come
    qtbot.waitUntil(lambda: companies() == {second}, timeout=10_000)
    gate.set()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    settle(ctx, qtbot)
    assert companies() == {second}


def test_the_hs_lookup_shows_the_search_typed_last(make_app: Any, qtbot: Any, monkeypatch: Any) -> None:
    from tests.ui.test_hslookup import open_dialog, type_text

    ctx = make_app()
    log_in(ctx, qtbot)
    _editor, dialog = open_dialog(ctx, qtbot)
    gate, asked = threading.Event(), threading.Event()
    classify = ctx.backend.classify

    def slow_for_the_first_words(company: str, text: str, *args: Any) -> Any:
        if text == "摩托车":  # the search for what was typed first answers late
            asked.set()
            gate.wait(10)
        return classify(company, text, *args)

    monkeypatch.setattr(ctx.backend, "classify", slow_for_the_first_words)
    type_text(dialog.query, "摩托车")
    qtbot.waitUntil(asked.is_set, timeout=10_000)
    type_text(dialog.query, "轮辋")  # the user types on before that search has come
    qtbot.waitUntil(lambda: bool(dialog.model.rows) and dialog.model.rows[0].code == "87141000", timeout=10_000)
    shown = [c.code for c in dialog.model.rows]
    gate.set()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    settle(ctx, qtbot)
    assert [c.code for c in dialog.model.rows] == shown and dialog.query.text() == "摩托车轮辋"


def test_the_documents_page_offers_the_shipments_of_the_company_switched_to_last(
    make_app: Any, qtbot: Any, monkeypatch: Any
) -> None:
    from desktop.ui.backend import StoreSource

    ctx, first, second = _two_clients(make_app, qtbot)
    w, store = ctx.window, ctx.backend.store
    for company in (first, second):
        ctx.backend.import_samples(company)
    w.show_section("documents")
    docs = w.page("documents")
    settle(ctx, qtbot)
    gate = threading.Event()
    page = StoreSource.page

    def slow_for_the_first(self: Any, query: Any, *args: Any) -> Any:
        if query.company_id == first and self.kind == "shipment":
            gate.wait(10)
        return page(self, query, *args)

    def offered() -> set[str]:
        return {store.shipments.get(docs.shipment.itemData(i)).company_id for i in range(docs.shipment.count())}

    monkeypatch.setattr(StoreSource, "page", slow_for_the_first)
    switch_with_ctrl_k(qtbot, w, first)
    switch_with_ctrl_k(qtbot, w, second)  # before the first company's shipments have come
    qtbot.waitUntil(lambda: offered() == {second}, timeout=10_000)
    gate.set()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    settle(ctx, qtbot)
    assert offered() == {second}


def test_the_clients_overview_shows_the_refresh_clicked_last(make_app: Any, qtbot: Any, monkeypatch: Any) -> None:
    from PySide6.QtCore import Qt

    from desktop.core.services import overview as service
    from desktop.ui.overview import ClientOverviewDialog

    ctx, _first, second = _two_clients(make_app, qtbot)
    w, backend = ctx.window, ctx.backend
    backend.import_samples(second)
    w.batch.overview_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(d, ClientOverviewDialog) for d in w.batch.dialogs), timeout=10_000)
    dialog = next(d for d in w.batch.dialogs if isinstance(d, ClientOverviewDialog))
    qtbot.waitUntil(lambda: bool(dialog.rows), timeout=10_000)

    def clients() -> set[str]:
        return {r.company_id for r in dialog.rows}

    assert clients() == {second}
    gate = threading.Event()
    count = service.client_overview
    calls: list[int] = []

    def first_refresh_late(store: Any) -> Any:
        rows = count(store)
        calls.append(1)
        if len(calls) == 1:  # read before the filings below were made, and answered late
            gate.wait(10)
        return rows

    monkeypatch.setattr(service, "client_overview", first_refresh_late)
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=10_000)
    other = next(c.id for c in w.companies if c.id not in (_first, second) and backend.import_samples(c.id))
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)  # after another client's filings came in
    qtbot.waitUntil(lambda: clients() == {second, other}, timeout=10_000)
    gate.set()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    settle(ctx, qtbot)
    assert clients() == {second, other}
    dialog.close()


def test_a_list_shows_the_company_switched_to_after_a_search_typed_fast(make_app: Any, qtbot: Any,
                                                                         monkeypatch: Any) -> None:
    from desktop.ui.backend import StoreSource
    from desktop.ui.listmodel import Query

    ctx, _first, second = _two_clients(make_app, qtbot)
    w, backend = ctx.window, ctx.backend
    other = next(c.id for c in w.companies if c.id not in (_first, second) and backend.import_samples(c.id))
    backend.import_samples(second)
    switch_with_ctrl_k(qtbot, w, second)
    w.show_section("shipments")
    page = w.lists["shipment"]
    settle(ctx, qtbot)
    gate, asked = threading.Event(), threading.Event()
    count = StoreSource.count

    def slow_search_of_second(self: Any, query: Any) -> int:
        if query.company_id == second and query.text:
            asked.set()
            gate.wait(10)
        return count(self, query)

    monkeypatch.setattr(StoreSource, "count", slow_search_of_second)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "SH")
    qtbot.waitUntil(asked.is_set, timeout=10_000)  # the search in the first company is held
    switch_with_ctrl_k(qtbot, w, other)
    source = backend.source("shipment")
    wanted, stale = ({r["id"] for r in source.page(Query(c, "SH"), 0, 50)} for c in (other, second))
    assert wanted and stale and wanted != stale

    def shown() -> set[str]:
        return {page.model.row_id(n) for n in range(page.row_count())}

    qtbot.waitUntil(lambda: shown() == wanted and ctx.runner.pending == 1, timeout=10_000)
    gate.set()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    settle(ctx, qtbot)
    assert shown() == wanted and page.search.text() == "SH"


def test_the_goods_name_suggestions_are_for_the_name_typed_last(make_app: Any, qtbot: Any, monkeypatch: Any) -> None:
    from desktop.ui.hsuggest import HsSuggester
    from tests.ui.test_hsuggest import start_typing_name, type_keys

    ctx = make_app()
    log_in(ctx, qtbot)
    gate, asked = threading.Event(), threading.Event()
    classify = ctx.backend.classify

    def slow_for_the_first_words(company: str, text: str, *args: Any) -> Any:
        if text == "摩托车":  # the suggestions for what was typed first answer late
            asked.set()
            gate.wait(10)
        return classify(company, text, *args)

    monkeypatch.setattr(ctx.backend, "classify", slow_for_the_first_words)
    editor = ctx.window.new_shipment()
    edit = start_typing_name(ctx, qtbot, editor, "name_zh", "摩托车")
    qtbot.waitUntil(asked.is_set, timeout=10_000)
    type_keys("轮辋")  # typed on before those suggestions came
    suggester = edit.findChild(HsSuggester)
    assert suggester is not None
    qtbot.waitUntil(lambda: bool(suggester.rows) and suggester.rows[0].hs6 == "871410", timeout=10_000)
    shown = [c.code for c in suggester.rows]
    gate.set()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0, timeout=10_000)
    settle(ctx, qtbot)
    assert [c.code for c in suggester.rows] == shown and edit.text() == "摩托车轮辋"
