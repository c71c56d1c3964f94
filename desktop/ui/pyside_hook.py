"""PySide6's import hook made light: it reads each module imported after Qt for the word "PySide6" (to scope
``from __feature__ import ...``) through ``inspect.getsource``, which tokenizes the file and keeps every source in
``linecache`` for the life of the process (some 14 MB of text at idle, and time at start). Here the same question
is answered from the file's bytes, and what was cached that way before is dropped."""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

import PySide6.QtCore  # noqa: F401  (installs the hook patched here)

_MARK = "_corridor_light"


def _from_file(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)  # no plain source file (built-in, frozen, a zip): PySide's own answer

    setattr(uses_pyside, _MARK, True)
    return uses_pyside


def install() -> bool:
    """Replace the hook's source check; True when it was there to replace (PySide6 versions differ)."""
    feature: Any = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, _MARK, False):
        return False
    feature._mod_uses_pyside = _from_file(original)
    linecache.clearcache()  # sources read so far only to answer that question (tracebacks read them again)
    return True
