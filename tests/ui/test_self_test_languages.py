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
