"""The layering holds: core and CLI never load Qt."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def _loads_qt(module: str) -> bool:
    code = (
        f"import importlib, pkgutil, sys\n"
        f"import {module}\n"
        f"pkg = sys.modules['{module}']\n"
        f"if hasattr(pkg, '__path__'):\n"
        f"    for m in pkgutil.walk_packages(pkg.__path__, '{module}.'):\n"
        f"        importlib.import_module(m.name)\n"
        f"print(any(n.startswith('PySide6') for n in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout.strip().endswith("True")


def test_core_never_imports_qt() -> None:
    assert not _loads_qt("desktop.core")


def test_cli_never_imports_qt() -> None:
    assert not _loads_qt("desktop.cli")


def test_no_qt_import_statement_in_core() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "desktop" / "core").rglob("*.py")
        if "PySide6" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
