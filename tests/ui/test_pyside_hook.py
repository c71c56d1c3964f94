"""PySide6's import hook no longer keeps the source of every module imported after Qt in memory, and still tells
modules that use PySide6 from those that do not."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path
from typing import Any

import desktop.ui  # noqa: F401  (the app's Qt package: installs the light hook)


def test_modules_imported_after_qt_leave_no_source_behind(tmp_path: Path, monkeypatch: Any) -> None:
    (tmp_path / "corridor_probe_qt.py").write_text("from PySide6.QtCore import QObject\nVALUE = 1\n")
    (tmp_path / "corridor_probe_plain.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        uses = __import__("corridor_probe_qt")  # an import statement's way in (PySide's hook sits there)
        plain = __import__("corridor_probe_plain")
        assert uses.VALUE == 1 and plain.VALUE == 2
        assert not [name for name in linecache.cache if "corridor_probe" in name]
        feature = sys.modules["shibokensupport.feature"]
        assert feature._mod_uses_pyside(uses) is True  # uses PySide6: features may switch there
        assert feature._mod_uses_pyside(plain) is False  # ignored, as before
        assert not [name for name in linecache.cache if "corridor_probe" in name]
        # PySide records its answer once per module after the import; when it has, it is the light hook's answer
        assert feature.pyside_feature_dict.get("corridor_probe_qt", 0) == 0
        assert feature.pyside_feature_dict.get("corridor_probe_plain", -1) == -1
    finally:
        sys.modules.pop("corridor_probe_qt", None)
        sys.modules.pop("corridor_probe_plain", None)
