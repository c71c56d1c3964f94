"""Typed errors of the core: a stable code and parameters, never display text (the UI and CLI translate)."""

from __future__ import annotations

from typing import Any


class CoreError(Exception):
    """Base of every error the core raises on purpose. ``code`` is stable; ``params`` fill the message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        details = ", ".join(f"{k}={v!r}" for k, v in self.params.items() if k != "errors")
        return f"{self.code}({details})" if details else self.code
