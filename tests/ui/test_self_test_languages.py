"""The self-test window says its technical lines in the UI language; the CLI's English lines stay as they were."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.conftest import log_in

#: A word each language's detail lines use that the others do not.
MARKS = {"zh_CN": ("文件数", "支持 FTS5"), "vi": ("số tệp", "có tìm kiếm FTS5")}


@pytest.mark.parametrize("language", ["zh_CN", "vi"])
def test_the_self_test_lines_are_in_the_ui_language(make_app: Any, qtbot: Any, language: str) -> None:
    from desktop.ui.help import show_self_test

    ctx = make_app("--lang", language)
    log_in(ctx, qtbot)
    dialog = show_self_test(ctx.window, only=("resources", "sqlite", "runtime"))
    qtbot.waitUntil(lambda: dialog.results is not None, timeout=30_000)
    text = dialog.text.toPlainText()
    assert all(r.ok for r in dialog.results), text
    for mark in MARKS[language]:
        assert mark in text
    for english in ("files:", "FTS5 trigram, WAL", "from source at", "commands:"):
        assert english not in text
    by_key = {r.key: r for r in dialog.results}
    assert str(by_key["sqlite"].detail).endswith("FTS5 trigram, WAL")  # what the CLI prints, unchanged
    dialog.close()


def test_the_tls_and_keyring_lines_and_a_failure_are_in_vietnamese(make_app: Any, qtbot: Any, tmp_path: Any) -> None:
    from desktop.install_checks.base import CheckFailed, Context
    from desktop.install_checks.checks import check_resources
    from desktop.ui.help import show_self_test

    ctx = make_app("--lang", "vi")
    log_in(ctx, qtbot)
    dialog = show_self_test(ctx.window, only=("tls", "keyring"))
    qtbot.waitUntil(lambda: dialog.results is not None, timeout=30_000)
    text = dialog.text.toPlainText()
    by_key = {r.key: r for r in dialog.results}
    assert by_key["tls"].ok, text
    assert "kho chứng chỉ của hệ điều hành qua truststore" in text and "OS store" not in text
    assert "keyring default" not in text and "via" not in text
    assert str(by_key["tls"].detail).startswith("OS store via truststore ")  # the CLI's line, unchanged
    dialog.close()
    (tmp_path / "resources").mkdir()
    with pytest.raises(CheckFailed) as failed:  # a bundle without its resources
        check_resources(Context(root=tmp_path, scratch=tmp_path))
    detail = failed.value.args[0]
    assert str(detail).startswith("missing resources/") and f"under {tmp_path}" in str(detail)
    shown = detail.translated("vi")
    assert shown.startswith(f"trong {tmp_path}: thiếu resources/") and "missing" not in shown, shown
