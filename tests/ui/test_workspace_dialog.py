"""File > Workspace…: a user types a PostgreSQL server, tests the connection (a wrong password first), saves;
the settings keep the URL without the password, the keyring keeps the password, and the app opens it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from PySide6.QtCore import Qt

from desktop.core.settings import Settings, load_settings, save_settings, settings_path
from tests.pg import SKIPPED, fresh_schema, server_url

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server() -> Iterator[str]:
    url = server_url()
    if url is None:
        pytest.skip(f"PostgreSQL tests skipped: {SKIPPED[0]}")
    with fresh_schema(url) as schema_url:
        yield schema_url


@pytest.fixture
def ctx(data_dir: Path, qtbot: Any) -> Iterator[Any]:
    from desktop.ui import lang
    from desktop.ui.tasks import TaskRunner

    before = lang.current()
    lang.set_current("en")  # the messages below are checked in English, whatever an earlier test chose
    settings = Settings()
    runner = TaskRunner()
    context = SimpleNamespace(
        settings=settings, runner=runner, save_settings=lambda: save_settings(settings, settings_path(data_dir))
    )
    yield context
    runner.shutdown()
    lang.set_current(before)


def _type(qtbot: Any, widget: Any, text: str) -> None:
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_a_server_workspace_typed_tested_and_saved(ctx: Any, server: str, data_dir: Path, qtbot: Any) -> None:
    from desktop.core.store.workspace import load_password
    from desktop.ui.workspace import WorkspaceDialog

    parts = urlsplit(server)
    options = dict(parse_qsl(parts.query))["options"]  # the test's own schema (a real office has a database)
    dialog = WorkspaceDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.local.isChecked() and not dialog.host.isEnabled()
    assert dialog.tls.currentData() == "verify-full"  # verified TLS unless the user chooses otherwise
    qtbot.mouseClick(dialog.server, Qt.MouseButton.LeftButton)
    assert dialog.host.isEnabled()
    _type(qtbot, dialog.host, parts.hostname or "localhost")
    dialog.port.setValue(parts.port or 5432)
    _type(qtbot, dialog.database, parts.path.lstrip("/"))
    _type(qtbot, dialog.user, parts.username or "")
    _type(qtbot, dialog.password, "wrong-password")
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
    original = dialog.edited_url

    def with_schema() -> str:
        url = original()
        return url and f"{url}&options={options}"

    dialog.edited_url = with_schema  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert "refused the user name or password" in dialog.outcome.text()
    _type(qtbot, dialog.password, parts.password or "")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert dialog.outcome.text().startswith("Connected"), dialog.outcome.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = load_settings(settings_path(data_dir)).workspace_url
    assert saved.startswith("postgresql://") and "sslmode=disable" in saved
    assert urlsplit(saved).password is None and "wrong-password" not in settings_path(data_dir).read_text("utf-8")
    assert load_password(saved) == parts.password
    assert dialog.password.text() == ""


def test_missing_fields_are_said_and_nothing_is_saved(ctx: Any, data_dir: Path, qtbot: Any) -> None:
    from desktop.ui.workspace import WorkspaceDialog

    dialog = WorkspaceDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.server, Qt.MouseButton.LeftButton)
    dialog.database.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Enter the server" in dialog.outcome.text()
    assert ctx.settings.workspace_url == ""
    assert not settings_path(data_dir).exists()
