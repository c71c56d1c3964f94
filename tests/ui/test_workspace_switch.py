"""Switching workspace without a restart: the old workspace's store, outbox, listeners and embedded platform close,
the other opens and the remembered login resumes in it; a filing queued before the switch is still queued when the
user comes back, and is sent once."""

from __future__ import annotations

import os
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.services import filing
from tests.pg import SKIPPED, fresh_schema, server_url
from tests.ui.conftest import log_in, settle


def _ready(ctx: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: ctx.window.is_ready and bool(ctx.window.companies) and ctx.backend is not None,
                    timeout=60_000)
    settle(ctx, qtbot)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _on_platform(ctx: Any, seq: str) -> list[dict[str, Any]]:
    sandbox = ctx.sandbox.start()
    return list(sandbox.query("SELECT id, status FROM filings WHERE client_seq_no = ?", (seq,)))


def test_a_filing_queued_before_a_switch_is_there_after_switching_back_and_sent_once(
    make_app: Any, qtbot: Any
) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    settle(ctx, qtbot)
    first = ctx.backend
    first.import_samples(w.company_id)
    shipment = first.store.shipments.page(0, 1, "updated_at").pop()
    [declaration] = first.derive_declaration(shipment.id)[:1]
    filing.submit_declaration(first.platform, declaration.id, actor="demo-exporter")  # queued, not sent yet
    seq = first.store.declarations.get(declaration.id).client_seq_no
    assert seq and first.platform.outbox.pending_count() == 1
    old_sandbox = ctx.sandbox.start()
    old_pid = old_sandbox.pid

    assert w.switch_workspace("second")
    qtbot.waitUntil(lambda: first.store is None, timeout=30_000)  # the old store, outbox and listeners closed
    qtbot.waitUntil(lambda: not _alive(old_pid), timeout=30_000)  # and its embedded platform stopped
    _ready(ctx, qtbot)
    second = ctx.backend
    assert second is not first and second.store.path == ctx.paths.workspace_path("second")
    assert second.platform.outbox.pending_count() == 0  # the other workspace has its own (empty) outbox
    assert second.store.declarations.find(declaration.id) is None
    assert _on_platform(ctx, seq) == []  # nothing was sent on the way out

    assert w.switch_workspace("")
    _ready(ctx, qtbot)
    back = ctx.backend
    assert back.store.declarations.get(declaration.id).id == declaration.id
    assert back.platform.outbox.pending_count() == 1  # still queued
    w.sync_now()
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: back.platform.outbox.pending_count() == 0, timeout=30_000)
    w.sync_now()  # a second pass sends nothing again
    settle(ctx, qtbot)
    sent = _on_platform(ctx, seq)
    assert len(sent) == 1, sent
    assert back.store.declarations.get(declaration.id).status != "queued"


def test_after_a_switch_without_a_remembered_login_the_login_offers_the_training_users(
    make_app: Any, qtbot: Any
) -> None:
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    settle(ctx, qtbot)
    ctx.settings.remember_me = False  # the user did not ask to stay signed in
    assert w.switch_workspace("second")
    qtbot.waitUntil(lambda: w.login_dialog is not None, timeout=60_000)
    dialog = w.login_dialog
    assert dialog.sandbox and dialog.demo.isVisibleTo(dialog)  # still the embedded platform: its demo users
    log_in(ctx, qtbot)
    _ready(ctx, qtbot)
    assert ctx.backend.store.path == ctx.paths.workspace_path("second")


def test_unsaved_edits_asked_about_can_stop_the_switch(make_app: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.helpers import type_into
    from tests.ui.helpers import when_modal as _when_modal

    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    settle(ctx, qtbot)
    backend = ctx.backend
    backend.import_samples(w.company_id)
    page = w.lists["shipment"]
    page.refresh()
    qtbot.waitUntil(lambda: page.row_count() > 0, timeout=10_000)
    w.open_document("shipment", page.row_value(0, "id"))
    qtbot.waitUntil(lambda: bool(w.editors), timeout=10_000)
    editor = next(iter(w.editors.values()))
    type_into(qtbot, editor.header.editor("remarks"), "keep me")
    assert editor.dirty
    asked: list[str] = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if b.objectName() == "cancel").click()

    _when_modal(QMessageBox, cancel)
    assert not w.switch_workspace("second")
    assert asked and ctx.backend is backend and backend.store is not None and w.companies
    assert ctx.settings.workspace_url == "" and editor.dirty and w.editors


@pytest.mark.postgresql
def test_the_file_menu_switches_to_a_server_workspace_and_back(make_app: Any, qtbot: Any) -> None:
    from urllib.parse import parse_qsl, urlsplit

    url = server_url()
    if url is None:
        pytest.skip(f"PostgreSQL tests skipped: {SKIPPED[0]}")
    ctx = make_app()
    log_in(ctx, qtbot)
    w = ctx.window
    settle(ctx, qtbot)
    ctx.backend.import_samples(w.company_id)
    local_count = ctx.backend.store.shipments.count()
    assert local_count > 0
    with fresh_schema(url) as schema_url:
        parts = urlsplit(schema_url)
        options = dict(parse_qsl(parts.query))["options"]  # the test's own schema (a real office has a database)
        dialog = w.workspace_menu.open_dialog()
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
        dialog.server.setFocus()
        qtbot.keyClick(dialog.server, Qt.Key.Key_Space)
        assert dialog.server.isChecked()
        for field, text in ((dialog.host, parts.hostname or "localhost"), (dialog.database, parts.path.lstrip("/")),
                            (dialog.user, parts.username or ""), (dialog.password, parts.password or "")):
            field.selectAll()
            qtbot.keyClicks(field, text)
        dialog.port.setValue(parts.port or 5432)
        dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
        original = dialog.edited_url
        dialog.edited_url = lambda: original() and f"{original()}&options={options}"  # type: ignore[method-assign]
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
        _ready(ctx, qtbot)
        assert ctx.backend.store.dialect.name == "postgresql" and ctx.settings.workspace_url.startswith("postgresql")
        assert ctx.backend.store.shipments.count() == 0  # the server's workspace, empty
        back = w.workspace_menu.open_dialog()
        qtbot.waitUntil(back.isVisible, timeout=5_000)
        back.local.setFocus()
        qtbot.keyClick(back.local, Qt.Key.Key_Space)
        assert back.local.isChecked()
        qtbot.mouseClick(back.save_button, Qt.MouseButton.LeftButton)
        _ready(ctx, qtbot)
        assert ctx.settings.workspace_url == "" and ctx.backend.store.shipments.count() == local_count
